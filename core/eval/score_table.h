#pragma once

#include "eval/timex_alignment.h"

#include <QList>
#include <QString>

namespace annals {

struct ScoreRow {
    QString label; // a gold folder, or "overall"
    qsizetype documents = 0;
    TimexCounts counts;
};

// A plain-text table, one line per row, columns aligned: documents, gold, system, strict P/R/F1, relaxed
// P/R/F1, value accuracy and F1, type F1 (shown as "-" with showType false). Scores in percent, one decimal.
QString formatScoreTable(const QList<ScoreRow> &rows, bool showType);

} // namespace annals
