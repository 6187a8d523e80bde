#pragma once

#include "model/timex.h"

#include <QList>

namespace annals {

// What TempEval-3 counts for one document (or, summed, for a corpus).
struct TimexCounts {
    qsizetype gold = 0;
    qsizetype system = 0;
    qsizetype strict = 0;       // pairs with identical spans
    qsizetype relaxed = 0;      // pairs with overlapping spans (strict ones included)
    qsizetype valueCorrect = 0; // relaxed pairs whose values are identical
    qsizetype typeCorrect = 0;  // relaxed pairs whose types are identical

    TimexCounts &operator+=(const TimexCounts &other);
    friend bool operator==(const TimexCounts &, const TimexCounts &) = default;
};

// One gold timex paired with one system timex.
struct TimexMatch {
    qsizetype gold = 0;   // index into the gold list
    qsizetype system = 0; // index into the system list
    bool strict = false;
    bool valueCorrect = false;
    bool typeCorrect = false;
};

struct TimexAlignment {
    QList<TimexMatch> matches; // in gold order
    QList<qsizetype> missed;   // gold timexes without a partner (false negatives)
    QList<qsizetype> spurious; // system timexes without a partner (false positives)
    TimexCounts counts;
};

// Pairs gold and system timexes one to one: identical spans first (strict matches), then, among the rest, as
// many overlapping pairs as possible (a maximum matching, larger overlaps tried first), so that no timex is
// counted twice. Empty spans never overlap anything.
TimexAlignment alignTimexes(const QList<Timex> &gold, const QList<Timex> &system);

} // namespace annals
