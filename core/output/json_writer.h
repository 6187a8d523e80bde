#pragma once

#include "output/event_writer.h"
#include "output/output_buffer.h"

#include <QList>
#include <QTemporaryFile>

#include <memory>

namespace annals {

// {"documents": [...], "events": [...]}, one document or event per line. Documents come first, so events
// are held back until finish(): in memory, moved to a temporary file once they grow large.
class JsonWriter : public EventWriter {
public:
    explicit JsonWriter(QIODevice *out);
    void add(const ProcessedDocument &processed) override;
    bool finish() override;

private:
    void spillEvents();

    OutputBuffer m_out;
    QByteArray m_documents;
    QByteArray m_events;               // the events being added, up to about a chunk
    QList<QByteArray> m_eventChunks;   // full chunks: held apart so growth never copies what is written
    qsizetype m_chunkedEventBytes = 0; // bytes in m_eventChunks
    std::unique_ptr<QTemporaryFile> m_spool;
    qint64 m_eventCount = 0;
    qint64 m_documentCount = 0;
};

} // namespace annals
