#pragma once

// Hand-made timeline items shared by the timeline widget and export tests.

#include "ui/timeline/time_geometry.h"
#include "ui/timeline/timeline_item.h"

#include <QDate>

namespace annals::timeline::testing {

// Noon (or the given hour) of a day, in UTC milliseconds.
inline qint64 at(int y, int m, int d, int h = 12) {
    return dayStartMs(QDate(y, m, d)) + h * msPerHour;
}

// An item labelled "Label of <id>" from the given source.
inline TimelineItem item(const QString &id, qint64 start, qint64 end, const QString &source,
                         annals::Granularity g = annals::Granularity::Day) {
    using namespace Qt::StringLiterals;
    TimelineItem it;
    it.eventId = id;
    it.label = u"Label of "_s + id;
    it.documentId = source;
    it.source = source;
    it.dateText = u"a day"_s;
    it.granularity = g;
    it.startMs = start;
    it.endMs = end;
    return it;
}

} // namespace annals::timeline::testing
