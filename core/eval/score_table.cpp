#include "eval/score_table.h"

#include "eval/timex_scores.h"

using namespace Qt::StringLiterals;

namespace annals {

namespace {

QString percent(double fraction) {
    return QString::number(fraction * 100.0, 'f', 1);
}

} // namespace

QString formatScoreTable(const QList<ScoreRow> &rows, bool showType) {
    QList<QStringList> cells;
    cells.append({u"corpus"_s, u"docs"_s, u"gold"_s, u"system"_s, u"strict P"_s, u"strict R"_s,
                  u"strict F1"_s, u"relaxed P"_s, u"relaxed R"_s, u"relaxed F1"_s, u"value acc"_s,
                  u"value F1"_s, u"type F1"_s});
    for (const ScoreRow &row : rows) {
        const TimexScores s = timexScores(row.counts);
        cells.append({row.label, QString::number(row.documents), QString::number(row.counts.gold),
                      QString::number(row.counts.system), percent(s.strict.precision),
                      percent(s.strict.recall), percent(s.strict.f1), percent(s.relaxed.precision),
                      percent(s.relaxed.recall), percent(s.relaxed.f1), percent(s.valueAccuracy),
                      percent(s.valueF1), showType ? percent(s.typeF1) : u"-"_s});
    }

    QList<qsizetype> widths(cells.first().size(), 0);
    for (const QStringList &line : cells) {
        for (qsizetype c = 0; c < line.size(); ++c)
            widths[c] = qMax(widths[c], line[c].size());
    }
    QString out;
    for (const QStringList &line : cells) {
        QString text;
        for (qsizetype c = 0; c < line.size(); ++c) {
            if (c == 0)
                text += line[c].leftJustified(widths[c]);
            else
                text += u"  "_s + line[c].rightJustified(widths[c]);
        }
        out += text + u'\n';
    }
    return out;
}

} // namespace annals
