#pragma once

#include "pipeline/pipeline.h"
#include "timeline_item.h"

#include <QList>

namespace annals::timeline {

// One TimelineItem per dated event of the processed documents, in document then event order.
// Events without a usable date (no earliest day) are left out: there is nowhere to draw them.
QList<TimelineItem> timelineItemsFrom(const QList<annals::ProcessedDocument> &documents);

// The item for one event of a document (the source is the document's title, or its file name).
TimelineItem timelineItemFrom(const annals::Event &event, const annals::Document &document);

} // namespace annals::timeline
