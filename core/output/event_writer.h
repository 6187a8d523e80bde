#pragma once

#include "pipeline/pipeline.h"

#include <QIODevice>
#include <QString>

#include <memory>

namespace annals {

enum class OutputFormat {
    Json,       // one object: {"documents": [...], "events": [...]} (the `annals extract` schema)
    JsonLines,  // one event object per line, the document's fields inlined
    Csv,        // RFC 4180, a header row, one row per event
    TimelineJs, // TimelineJS3 JSON: {"title": ..., "events": [...]}
};

// Streams documents and their events to a device in one output format. Documents are added in input
// order, each with its id set ("d1", "d2"...); events are numbered "e1", "e2"... across all documents.
// Offsets are written as Unicode code points, end exclusive. Nothing is kept per document beyond what the
// format must hold back (the JSON event list, spooled to a temporary file when large).
class EventWriter {
public:
    virtual ~EventWriter();
    virtual void add(const ProcessedDocument &processed) = 0;
    // Writes what was held back and flushes; false on a write error (see errorString()).
    virtual bool finish() = 0;
    QString errorString() const { return m_error; }

protected:
    QString m_error;
};

std::unique_ptr<EventWriter> makeEventWriter(OutputFormat format, QIODevice *out, const QString &title = {});

} // namespace annals
