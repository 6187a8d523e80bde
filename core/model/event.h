#pragma once

#include "model/document.h"
#include "model/timex.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace annals {

// How precisely an event's date is known.
enum class Granularity { Time, Day, Week, Month, Quarter, Season, Half, Year, Decade, Century };
QString
granularityName(Granularity g); // "time", "day", "week", "month", "quarter", "season", "half", "year"...

// A dated statement: one sentence of a document anchored by one DATE or TIME expression.
struct Event {
    QString id;         // "e1", "e2"... stable for a given input
    QString documentId; // Document::id
    Timex timex;
    QString timexText; // the expression's text as it appears
    TextSpan sentence;
    QString sentenceText;
    QString summary;    // the clause around the main verb
    QStringList actors; // people, organisations, countries named in the sentence
    Zone zone = Zone::Body;

    QString date; // the calendar value (timex value), e.g. "2024-05-05", "2024-W06", "2024-01"
    Granularity granularity = Granularity::Day;
    QDate earliest; // first day the value can mean (mod taken into account: "late January" -> Jan 21)
    QDate latest;   // last day, inclusive
};

} // namespace annals
