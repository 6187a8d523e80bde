#pragma once

#include "model/event.h"

#include <QString>
#include <QStringList>

namespace annals::timeline {

// What the timeline draws for one event, decoupled from the extraction types.
// Times are UTC milliseconds since the epoch. A point event (day or time of day) has startMs == endMs;
// a week/month/quarter/season/half/year/decade/century event covers [earliest 00:00, latest + 1 day 00:00).
struct TimelineItem {
    QString eventId;    // stable id, e.g. "e12"
    QString label;      // the event's summary
    QString documentId; // the document it comes from
    QString source;     // the document's title, or its file name when it has none
    QStringList actors;
    QString dateText; // the date in words: "Sunday 5 May 2024", "late January 2024"
    annals::Granularity granularity = annals::Granularity::Day;
    qint64 startMs = 0;
    qint64 endMs = 0;

    bool isSpan() const { return endMs > startMs; }
};

} // namespace annals::timeline
