#pragma once

#include "eval/timex_alignment.h"

namespace annals {

struct PrecisionRecall {
    double precision = 0.0;
    double recall = 0.0;
    double f1 = 0.0;
};

// TempEval-3 measures, as fractions in [0, 1]. A ratio with nothing to divide by is 0.
struct TimexScores {
    PrecisionRecall strict;
    PrecisionRecall relaxed;
    double valueAccuracy = 0.0; // identical values among relaxed matches
    double valueF1 = 0.0;       // relaxed F1 x value accuracy
    double typeAccuracy = 0.0;
    double typeF1 = 0.0;
};

// Micro-averaged: pass counts summed over the documents.
TimexScores timexScores(const TimexCounts &counts);

} // namespace annals
