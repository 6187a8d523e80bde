#include "eval/timex_scores.h"

namespace annals {

namespace {

double ratio(qsizetype numerator, qsizetype denominator) {
    return denominator == 0 ? 0.0 : double(numerator) / double(denominator);
}

PrecisionRecall precisionRecall(qsizetype matched, qsizetype system, qsizetype gold) {
    PrecisionRecall pr;
    pr.precision = ratio(matched, system);
    pr.recall = ratio(matched, gold);
    const double sum = pr.precision + pr.recall;
    pr.f1 = sum == 0.0 ? 0.0 : 2.0 * pr.precision * pr.recall / sum;
    return pr;
}

} // namespace

TimexScores timexScores(const TimexCounts &counts) {
    TimexScores scores;
    scores.strict = precisionRecall(counts.strict, counts.system, counts.gold);
    scores.relaxed = precisionRecall(counts.relaxed, counts.system, counts.gold);
    scores.valueAccuracy = ratio(counts.valueCorrect, counts.relaxed);
    scores.valueF1 = scores.relaxed.f1 * scores.valueAccuracy;
    scores.typeAccuracy = ratio(counts.typeCorrect, counts.relaxed);
    scores.typeF1 = scores.relaxed.f1 * scores.typeAccuracy;
    return scores;
}

} // namespace annals
