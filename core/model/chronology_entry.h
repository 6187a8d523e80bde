#pragma once

#include <QStringView>

namespace annals {

// The layout of a chronology ("Timeline: key events"): entries that open a line (after blanks or a list
// bullet) with their date, set off from the statement by a mark ("Feb. 9 - A truce is agreed",
// "- Oct. 27: Both sides agree", "June 12 | Talks open"); years as headings on lines of their own. Shared by
// the tagger, which dates the entries, and the event builder, which leaves the date label out of summaries.

// Only blanks, list bullets or heading marks between the start of `start`'s line and `start`.
bool opensLine(QStringView text, qsizetype start);

// A heading such as "2023" or "2023:": nothing but blanks, marks and a colon around [start, end) on its line.
bool aloneOnLine(QStringView text, qsizetype start, qsizetype end);

// Where the statement starts when the date ending at `end` is set off from it by a mark that stands apart
// ("June 12 - Duvania", not "June 12-13"); -1 when it is not.
qsizetype statementAfterDate(QStringView text, qsizetype end);

} // namespace annals
