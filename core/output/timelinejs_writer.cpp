#include "output/timelinejs_writer.h"

#include "output/json_text.h"

#include <QBuffer>

using namespace Qt::StringLiterals;

namespace annals {

namespace {

void appendDateObject(QByteArray &out, const QDate &date, QStringView time) {
    out.append("{\"year\": ");
    out.append(QByteArray::number(date.year()));
    out.append(", \"month\": ");
    out.append(QByteArray::number(date.month()));
    out.append(", \"day\": ");
    out.append(QByteArray::number(date.day()));
    // "T18:13..." -> hour and minute when the value states them
    if (time.size() >= 3 && time[0] == u'T' && time[1].isDigit() && time[2].isDigit()) {
        out.append(", \"hour\": ");
        out.append(QByteArray::number(time.mid(1, 2).toInt()));
        if (time.size() >= 6 && time[3] == u':') {
            out.append(", \"minute\": ");
            out.append(QByteArray::number(time.mid(4, 2).toInt()));
        }
    }
    out.append('}');
}

// How the date reads for events longer than a day ("2024-01 (late)").
QString displayDate(const Event &e) {
    if (e.timex.mod.isEmpty())
        return e.date;
    return e.date + u" ("_s + e.timex.mod.toLower() + u')';
}

} // namespace

TimelineJsWriter::TimelineJsWriter(QIODevice *out, const QString &title)
    : m_out(out) {
    QByteArray &data = m_out.data();
    data.append("{\"title\": {\"text\": {\"headline\": ");
    json::appendString(data, title.isEmpty() ? u"Annals timeline"_s : title);
    data.append(", \"text\": \"\"}},\n\"events\": [");
}

void TimelineJsWriter::add(const ProcessedDocument &processed) {
    const Document &doc = processed.document;
    const QString group = doc.title.isEmpty() ? doc.path : doc.title;
    QByteArray &out = m_out.data();
    for (const Event &e : processed.events) {
        out.append(m_eventCount++ == 0 ? "\n  {" : ",\n  {");
        out.append("\"unique_id\": ");
        json::appendString(out, QString(u'e' + QString::number(m_eventCount)));
        const qsizetype t = e.date.indexOf(u'T');
        const QStringView time = t >= 0 ? QStringView(e.date).mid(t) : QStringView();
        out.append(", \"start_date\": ");
        appendDateObject(out, e.earliest, time);
        if (e.latest != e.earliest) {
            out.append(", \"end_date\": ");
            appendDateObject(out, e.latest, {});
            out.append(", \"display_date\": ");
            json::appendString(out, displayDate(e));
        }
        out.append(", \"text\": {\"headline\": ");
        json::appendString(out, e.summary);
        out.append(", \"text\": ");
        json::appendString(out, QString(e.sentenceText + u" \u2014 "_s + group));
        out.append("}, \"group\": ");
        json::appendString(out, group);
        out.append('}');
        m_out.flushIfFull();
    }
}

bool TimelineJsWriter::finish() {
    m_out.data().append(m_eventCount ? "\n]}\n" : "]}\n");
    const bool ok = m_out.flush();
    if (!ok)
        m_error = m_out.errorString();
    return ok;
}

QByteArray timelineJsJson(const QList<ProcessedDocument> &documents, const QString &title) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    TimelineJsWriter writer(&buffer, title);
    for (const ProcessedDocument &d : documents)
        writer.add(d);
    writer.finish();
    return bytes;
}

} // namespace annals
