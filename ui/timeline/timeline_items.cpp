#include "timeline_items.h"

#include "date_words.h"
#include "time_geometry.h"

#include <QDateTime>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace annals::timeline {

namespace {

QString sourceName(const Document &document) {
    if (!document.title.trimmed().isEmpty())
        return document.title.trimmed();
    return QFileInfo(document.path).fileName();
}

// Milliseconds into the day given by a TIME value ("2024-02-07T18:13", "...T18"), or noon when the
// value names no clock time, so that a point sits in the middle of its day when zoomed to hours.
qint64 timeOfDayMs(QStringView value) {
    const qsizetype t = value.indexOf(u'T');
    if (t >= 0) {
        const QStringView clock = value.mid(t + 1);
        bool okHour = false;
        const int hour = clock.left(2).toInt(&okHour);
        int minute = 0;
        if (clock.size() >= 5 && clock[2] == u':')
            minute = clock.mid(3, 2).toInt();
        if (okHour && hour >= 0 && hour < 24 && minute >= 0 && minute < 60)
            return hour * msPerHour + minute * qint64(60000);
    }
    return 12 * msPerHour;
}

} // namespace

TimelineItem timelineItemFrom(const Event &event, const Document &document) {
    TimelineItem item;
    item.eventId = event.id;
    item.label = event.summary.isEmpty() ? event.sentenceText.simplified() : event.summary;
    item.documentId = event.documentId.isEmpty() ? document.id : event.documentId;
    item.source = sourceName(document);
    item.actors = event.actors;
    item.granularity = event.granularity;
    const QDate latest =
        event.latest.isValid() && event.latest >= event.earliest ? event.latest : event.earliest;
    item.dateText = describeDate(event.granularity, event.earliest, latest, event.timex.mod, event.date);
    switch (event.granularity) {
    case Granularity::Time:
        item.startMs = item.endMs = dayStartMs(event.earliest) + timeOfDayMs(event.date);
        break;
    case Granularity::Day:
        if (latest > event.earliest) { // a day value with a range (rare): honest about it
            item.startMs = dayStartMs(event.earliest);
            item.endMs = dayStartMs(latest.addDays(1));
        } else {
            item.startMs = item.endMs = dayStartMs(event.earliest) + 12 * msPerHour;
        }
        break;
    default:
        item.startMs = dayStartMs(event.earliest);
        item.endMs = dayStartMs(latest.addDays(1));
        break;
    }
    return item;
}

QList<TimelineItem> timelineItemsFrom(const QList<ProcessedDocument> &documents) {
    QList<TimelineItem> items;
    for (const ProcessedDocument &processed : documents) {
        for (const Event &event : processed.events) {
            if (event.earliest.isValid())
                items.append(timelineItemFrom(event, processed.document));
        }
    }
    return items;
}

} // namespace annals::timeline
