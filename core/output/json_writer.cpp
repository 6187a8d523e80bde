#include "output/json_writer.h"

#include "output/record_json.h"

using namespace Qt::StringLiterals;

namespace annals {

namespace {
constexpr qsizetype maxEventsInMemory = 32 << 20; // bytes of event JSON held before spilling to disk
}

JsonWriter::JsonWriter(QIODevice *out)
    : m_out(out) {}

void JsonWriter::add(const ProcessedDocument &processed) {
    m_documents.append(m_documentCount++ == 0 ? "\n  {" : ",\n  {");
    json::appendDocumentMembers(m_documents, processed.document);
    m_documents.append('}');
    if (processed.events.isEmpty())
        return;
    const CodePointIndex codePoints(processed.document.text);
    for (const Event &event : processed.events) {
        m_events.append(m_eventCount++ == 0 ? "\n  {" : ",\n  {");
        json::appendEventMembers(m_events, event, QString(u'e' + QString::number(m_eventCount)), codePoints);
        m_events.append('}');
    }
    if (m_events.size() > maxEventsInMemory)
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
    if (m_spool->write(m_events) != m_events.size())
        m_error = u"cannot write a temporary file: "_s + m_spool->errorString();
    m_events.clear();
}

bool JsonWriter::finish() {
    QByteArray &out = m_out.data();
    out.append("{\"documents\": [");
    out.append(m_documents);
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
    out.append(m_events);
    m_events.clear();
    out.append(m_eventCount ? "\n]}\n" : "]}\n");
    const bool ok = m_out.flush();
    if (!ok && m_error.isEmpty())
        m_error = m_out.errorString();
    return ok && m_error.isEmpty();
}

} // namespace annals
