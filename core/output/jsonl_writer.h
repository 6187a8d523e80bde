#pragma once

#include "output/event_writer.h"
#include "output/output_buffer.h"

namespace annals {

// One JSON object per line and per event: the event's members as in the JSON output, with the
// document's members inlined under "document" (id, path, title, publication_date,
// publication_date_source, warnings). Documents without events write no line.
class JsonLinesWriter : public EventWriter {
public:
    explicit JsonLinesWriter(QIODevice *out);
    void add(const ProcessedDocument &processed) override;
    bool finish() override;

private:
    OutputBuffer m_out;
    qint64 m_eventCount = 0;
};

} // namespace annals
