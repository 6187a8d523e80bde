#pragma once

#include <QStringView>

// Decides whether a sentence boundary proposed by ICU right after a word ending in '.' is false:
// "Lt. Col. Magdy", "on Oct. 7", "U.S. Secretary", "J. Smith". Cheap: looks only at the word before the
// boundary and the first characters after it.
namespace annals::sentences {

// text is the block; boundary is ICU's break offset (start of the next sentence, after spaces);
// returns true when the two sides must stay one sentence.
bool isFalseBoundary(QStringView text, qsizetype boundary);

} // namespace annals::sentences
