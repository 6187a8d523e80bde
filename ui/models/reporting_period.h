#pragma once

#include "pipeline/pipeline.h"

#include <QDate>
#include <QList>

#include <optional>

namespace annals::ui {

// The stretch of time the articles report on: from a month before the earliest publication date to two
// weeks after the latest. Articles often mention events decades back ("a treaty signed in 1994"); a view
// that fits all of them squeezes the story itself into a few pixels, so the window opens on this period
// and Fit All shows everything. Empty when no document has a publication date, and when the documents'
// events all lie outside that stretch (histories: "in 480 BC" in an article published in 2024), so that the
// window shows every event instead of an empty stretch around the publication dates.
struct DateRange {
    QDate first;
    QDate last; // inclusive
    bool contains(QDate date) const { return date >= first && date <= last; }
};

std::optional<DateRange> reportingPeriod(const QList<ProcessedDocument> &documents);

} // namespace annals::ui
