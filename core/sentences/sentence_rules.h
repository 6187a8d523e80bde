#pragma once

#include <QStringView>

#include <vector>

// The Unicode sentence-break rules (UAX #29, as ICU's sentence BreakIterator applies them) run directly on
// UTF-16 text. ICU's rule machine costs some fifty instructions per character; these rules only need to
// look around sentence terminators and line breaks, so most characters cost one table lookup. Character
// classes come from ICU's own Sentence_Break property data, so both agree on every character.
namespace annals::sentences {

// Appends to breaks the offsets strictly inside text where a new sentence starts, in order: the same
// offsets, below text.size(), as ICU's sentence BreakIterator returns. Returns false, having appended
// nothing, when text holds characters the rules skip over (combining marks, format characters) or
// characters outside the Basic Multilingual Plane: the caller then asks ICU.
bool findSentenceBreaks(QStringView text, std::vector<qsizetype> &breaks);

} // namespace annals::sentences
