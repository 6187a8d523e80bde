#pragma once

#include "model/text_span.h"
#include "timex/lexicon.h"

#include <QList>
#include <QStringView>

namespace annals::timex {

// The sentence holding `expression`: the caller's sentence span when there is one, otherwise a light guess
// (a line break, or ". ! ?" followed by a capitalized word, not after an abbreviation such as "Oct." or
// "Mr."). Never reaches further than `reach` characters on either side.
TextSpan sentenceAround(QStringView text, TextSpan expression, const QList<TextSpan> &sentences,
                        const Lexicon &lexicon, qsizetype reach = 400);

} // namespace annals::timex
