#pragma once

#include "timex/tokenizer.h"

#include <QStringView>

#include <vector>

namespace annals::timex {

enum class Tense { Unknown, Past, Present, Future };

// Guesses the tense governing the tokens [first, last] from the words of their sentence [sentenceFirst,
// sentenceLast]: the nearest tense marker wins (will/would/'ll/going to/plans to/expected to/next/upcoming/
// scheduled for the future; past-tense verbs (-ed, irregular forms), "ago", "last" for the past; is/are/
// says for the present).
// `deadlines`: whether "by"/"until" right before the expression look ahead (in a history, "By 1941, the
// army had retreated" tells the story's own progress).
Tense tenseAround(QStringView text, const std::vector<Token> &tokens, qsizetype sentenceFirst,
                  qsizetype sentenceLast, qsizetype first, qsizetype last, bool deadlines = true);

// Whether a past-tense verb right before the expression (across "on" or "in") tells when its event
// happened: "began on 4 March", "was signed in March", "said on Monday". Such a date lies in the past even
// when the same month-day a few weeks ahead would fit ("payable Dec. 15" in a past-tense report does not).
bool pastVerbGoverns(QStringView text, const std::vector<Token> &tokens, qsizetype sentenceFirst,
                     qsizetype first);

} // namespace annals::timex
