#include "output/json_writer.h"

#include "output/json_text.h"
#include "output/large_buffer.h"
#include "output/record_json.h"

using namespace Qt::StringLiterals;

namespace annals {

namespace {
// Bytes of event JSON held before spilling to a temporary file. Spilling writes and re-reads every byte,
// so the cap is set high enough that typical runs (40 MB of news gives about 60 MB of event JSON) never
// spill, while very large inputs still keep memory bounded.
constexpr qsizetype maxEventsInMemory = qsizetype(128) << 20;
// Event JSON is kept in chunks of about this size: several huge pages each (see reserveLargeBuffer).
constexpr qsizetype eventChunkSize = qsizetype(8) << 20;

// "e" followed by the event's number, written into buffer: no allocation per event.
QStringView eventId(qint64 number, char16_t (&buffer)[24]) {
    char16_t *const end = buffer + 24;
    char16_t *p = json::writeDigitsBefore(end, number);
    *--p = u'e';
    return QStringView(p, end - p);
}
} // namespace

JsonWriter::JsonWriter(QIODevice *out)
    : m_out(out) {}

void JsonWriter::add(const ProcessedDocument &processed) {
    {
        json::Cursor documents(m_documents);
        if (m_documentCount++ > 0)
            documents.byte(',');
        documents.raw("\n  {");
        json::appendDocumentMembers(documents, processed.document);
        documents.byte('}');
    }
    if (processed.events.isEmpty())
        return;
    if (m_events.capacity() == 0)
        reserveLargeBuffer(m_events, eventChunkSize + eventChunkSize / 4);
    const CodePointIndex codePoints(processed.document.text);
    char16_t idBuffer[24];
    {
        json::Cursor events(m_events);
        for (const Event &event : processed.events) {
            if (m_eventCount++ > 0)
                events.byte(',');
            events.raw("\n  {");
            json::appendEventMembers(events, event, eventId(m_eventCount, idBuffer), codePoints);
            events.byte('}');
        }
    }
    if (m_events.size() >= eventChunkSize) {
        m_chunkedEventBytes += m_events.size();
        m_eventChunks.append(std::move(m_events));
        m_events = QByteArray();
        reserveLargeBuffer(m_events, eventChunkSize + eventChunkSize / 4);
    }
    if (m_chunkedEventBytes + m_events.size() > maxEventsInMemory)
        spillEvents();
}

void JsonWriter::spillEvents() {
    if (!m_spool) {
        m_spool = std::make_unique<QTemporaryFile>();
        if (!m_spool->open()) {
            m_error = u"cannot create a temporary file: "_s + m_spool->errorString();
            m_spool.reset();
            return; // keep the events in memory
        }
    }
    m_eventChunks.append(std::move(m_events));
    m_events = QByteArray();
    for (const QByteArray &chunk : std::as_const(m_eventChunks)) {
        if (m_spool->write(chunk) != chunk.size())
            m_error = u"cannot write a temporary file: "_s + m_spool->errorString();
    }
    m_eventChunks.clear();
    m_chunkedEventBytes = 0;
}

bool JsonWriter::finish() {
    QByteArray &out = m_out.data();
    out.append("{\"documents\": [");
    m_out.write(m_documents); // the event and document arrays can be tens of megabytes: no extra copy
    m_documents.clear();
    out.append(m_documentCount ? "\n],\n\"events\": [" : "],\n\"events\": [");
    m_out.flush();
    if (m_spool) {
        m_spool->seek(0);
        while (!m_spool->atEnd()) {
            out.append(m_spool->read(1 << 20));
            m_out.flush();
        }
    }
    for (const QByteArray &chunk : std::as_const(m_eventChunks))
        m_out.write(chunk);
    m_eventChunks.clear();
    m_out.write(m_events);
    m_events.clear();
    out.append(m_eventCount ? "\n]}\n" : "]}\n");
    const bool ok = m_out.flush();
    if (!ok && m_error.isEmpty())
        m_error = m_out.errorString();
    return ok && m_error.isEmpty();
}

} // namespace annals
