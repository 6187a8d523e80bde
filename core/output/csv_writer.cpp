#include "output/csv_writer.h"

#include "output/code_points.h"
#include "output/iso_date.h"

using namespace Qt::StringLiterals;

namespace annals {

namespace {
const char header[] =
    "event,document,path,title,publication_date,date,granularity,earliest,latest,timex_text,"
    "timex_type,timex_value,timex_mod,timex_start,timex_end,sentence_start,sentence_end,"
    "summary,actors,zone,sentence\r\n";

} // namespace

CsvWriter::CsvWriter(QIODevice *out)
    : m_out(out) {
    m_out.data().append(header);
}

void CsvWriter::appendField(QByteArray &out, QStringView field) {
    bool quote = false;
    for (QChar c : field) {
        if (c == u',' || c == u'"' || c == u'\n' || c == u'\r') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        out.append(field.toUtf8());
        return;
    }
    out.append('"');
    out.append(field.toString().replace(u"\""_s, u"\"\""_s).toUtf8());
    out.append('"');
}

void CsvWriter::add(const ProcessedDocument &processed) {
    if (processed.events.isEmpty())
        return;
    const Document &doc = processed.document;
    const CodePointIndex codePoints(doc.text);
    const QString publication = isoDayText(doc.publicationDate.value_or(QDate()));
    QByteArray &out = m_out.data();
    for (const Event &e : processed.events) {
        const QString fields[] = {
            u'e' + QString::number(++m_eventCount),
            doc.id,
            doc.path,
            doc.title,
            publication,
            e.date,
            granularityName(e.granularity),
            isoDayText(e.earliest),
            isoDayText(e.latest),
            e.timexText,
            timexTypeName(e.timex.type),
            e.timex.value,
            e.timex.mod,
            QString::number(codePoints.toCodePoint(e.timex.span.start)),
            QString::number(codePoints.toCodePoint(e.timex.span.end)),
            QString::number(codePoints.toCodePoint(e.sentence.start)),
            QString::number(codePoints.toCodePoint(e.sentence.end)),
            e.summary,
            e.actors.join(u"; "_s),
            zoneName(e.zone),
            e.sentenceText,
        };
        bool first = true;
        for (const QString &f : fields) {
            if (!first)
                out.append(',');
            first = false;
            appendField(out, f);
        }
        out.append("\r\n");
        m_out.flushIfFull();
    }
}

bool CsvWriter::finish() {
    const bool ok = m_out.flush();
    if (!ok)
        m_error = m_out.errorString();
    return ok;
}

} // namespace annals
