#pragma once

#include <QString>
#include <QStringView>

// The text work of a summary once its clauses are chosen: whitespace, trailing punctuation, unpaired quotes,
// the cut to length and the opening.
namespace annals::summary_text {

// No whitespace but single spaces between other characters: collapseWhitespace would change nothing.
bool isCollapsed(QStringView s);

// Whitespace runs become one space, leading and trailing whitespace goes; *a and *b (offsets into s)
// are moved to the matching offsets of the result.
QString collapseWhitespace(QStringView s, qsizetype *a, qsizetype *b);

// Drops trailing punctuation and quote marks that no longer pair up.
QString tidy(QStringView v);

// Cuts `s` to at most maxSummaryLength at word boundaries, keeping [keepFrom, keepTo) inside. `tailFrom`
// is where the clause holding the expression begins in s (0 when s is that clause).
QString cutToLength(QStringView s, qsizetype keepFrom, qsizetype keepTo, qsizetype tailFrom = 0);

// A summary opens as a statement: no leading punctuation or closing quote, no conjunction tying it to a
// clause left out ("and a truce ...", "But this week ..."), a capital letter.
QString openAsStatement(QString s);

} // namespace annals::summary_text
