#include "output/jsonl_writer.h"

#include "output/record_json.h"

namespace annals {

JsonLinesWriter::JsonLinesWriter(QIODevice *out)
    : m_out(out) {}

void JsonLinesWriter::add(const ProcessedDocument &processed) {
    if (processed.events.isEmpty())
        return;
    QByteArray document;
    {
        json::Cursor c(document);
        c.byte('{');
        json::appendDocumentMembers(c, processed.document);
        c.byte('}');
    }
    const CodePointIndex codePoints(processed.document.text);
    QByteArray &out = m_out.data();
    for (const Event &event : processed.events) {
        {
            json::Cursor c(out);
            c.byte('{');
            json::appendEventMembers(c, event, QString(u'e' + QString::number(++m_eventCount)), codePoints,
                                     &document);
            c.raw("}\n");
        }
        m_out.flushIfFull();
    }
}

bool JsonLinesWriter::finish() {
    const bool ok = m_out.flush();
    if (!ok)
        m_error = m_out.errorString();
    return ok;
}

} // namespace annals
