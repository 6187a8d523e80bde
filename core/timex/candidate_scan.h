#pragma once

#include "timex/lexicon.h"

#include <QStringView>

#include <vector>

namespace annals::timex {

// A stretch of text worth tokenizing: it holds at least one trigger (a month, a weekday, a unit word,
// "today"..., or a number that can be part of a date or a clock time) with enough context on both sides.
struct Window {
    qsizetype start = 0;
    qsizetype end = 0;
};

// One fast pass over the characters: no tokens are built, words are looked up only when their length and
// first letter can belong to a trigger. Windows are sorted and do not overlap.
void findWindows(QStringView text, const Lexicon &lexicon, std::vector<Window> &windows);
// The same windows found one character at a time: the plain form of the scan, which findWindows follows
// for text that is not ASCII and which tests compare it with.
void findWindowsByCharacter(QStringView text, const Lexicon &lexicon, std::vector<Window> &windows);

} // namespace annals::timex
