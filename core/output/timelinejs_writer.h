#pragma once

#include "output/event_writer.h"
#include "output/output_buffer.h"

namespace annals {

// TimelineJS3 JSON, ready for publishing:
// {"title": {"text": {"headline": TITLE, "text": ""}}, "events": [{"unique_id", "start_date": {"year",
//  "month", "day"[, "hour", "minute"]}, "end_date": {...} (for events longer than a day), "display_date",
//  "text": {"headline": summary, "text": sentence and source}, "group": document title}]}
class TimelineJsWriter : public EventWriter {
public:
    TimelineJsWriter(QIODevice *out, const QString &title);
    void add(const ProcessedDocument &processed) override;
    bool finish() override;

private:
    OutputBuffer m_out;
    qint64 m_eventCount = 0;
};

// The whole TimelineJS document for a set of processed documents (the GUI's data export).
QByteArray timelineJsJson(const QList<ProcessedDocument> &documents, const QString &title);

} // namespace annals
