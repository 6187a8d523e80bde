#include "output/jsonl_writer.h"

#include "output/record_json.h"

namespace annals {

JsonLinesWriter::JsonLinesWriter(QIODevice *out)
    : m_out(out) {}

void JsonLinesWriter::add(const ProcessedDocument &processed) {
    if (processed.events.isEmpty())
        return;
    QByteArray document("{");
    json::appendDocumentMembers(document, processed.document);
    document.append('}');
    const CodePointIndex codePoints(processed.document.text);
    QByteArray &out = m_out.data();
    for (const Event &event : processed.events) {
        out.append('{');
        json::appendEventMembers(out, event, QString(u'e' + QString::number(++m_eventCount)), codePoints,
                                 &document);
        out.append("}\n");
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
