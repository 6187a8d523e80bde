#include "output/record_json.h"

#include "output/json_text.h"

namespace annals::json {

namespace {
// Offsets are never negative; digits by hand, without QByteArray::number's allocation.
void appendNumber(QByteArray &out, qsizetype n) {
    if (n < 0) {
        out.append(QByteArray::number(qint64(n)));
        return;
    }
    char digits[24];
    char *const end = digits + sizeof digits;
    char *p = end;
    do {
        *--p = char('0' + n % 10);
        n /= 10;
    } while (n > 0);
    out.append(p, end - p);
}
} // namespace

void appendDocumentMembers(QByteArray &out, const Document &document) {
    out.append("\"id\": ");
    appendString(out, document.id);
    out.append(", \"path\": ");
    appendString(out, document.path);
    out.append(", \"title\": ");
    appendString(out, document.title);
    out.append(", \"publication_date\": ");
    appendDate(out, document.publicationDate);
    out.append(", \"publication_date_source\": ");
    if (document.publicationDateSource)
        appendString(out, dateSourceName(*document.publicationDateSource));
    else
        out.append("null");
    out.append(", \"warnings\": [");
    for (qsizetype i = 0; i < document.warnings.size(); ++i) {
        if (i > 0)
            out.append(", ");
        appendString(out, document.warnings[i]);
    }
    out.append(']');
}

void appendEventMembers(QByteArray &out, const Event &event, QStringView eventId,
                        const CodePointIndex &codePoints, const QByteArray *inlineDocument) {
    out.append("\"id\": ");
    appendString(out, eventId);
    out.append(", \"document\": ");
    if (inlineDocument)
        out.append(*inlineDocument);
    else
        appendString(out, event.documentId);
    out.append(", \"date\": ");
    appendString(out, event.date);
    out.append(", \"granularity\": ");
    appendString(out, granularityName(event.granularity));
    out.append(", \"earliest\": ");
    appendDate(out, event.earliest);
    out.append(", \"latest\": ");
    appendDate(out, event.latest);
    out.append(", \"timex\": {\"text\": ");
    appendString(out, event.timexText);
    out.append(", \"type\": ");
    appendString(out, timexTypeName(event.timex.type));
    out.append(", \"value\": ");
    appendString(out, event.timex.value);
    out.append(", \"mod\": ");
    appendStringOrNull(out, event.timex.mod);
    out.append(", \"start\": ");
    appendNumber(out, codePoints.toCodePoint(event.timex.span.start));
    out.append(", \"end\": ");
    appendNumber(out, codePoints.toCodePoint(event.timex.span.end));
    out.append("}, \"sentence\": {\"text\": ");
    appendString(out, event.sentenceText);
    out.append(", \"start\": ");
    appendNumber(out, codePoints.toCodePoint(event.sentence.start));
    out.append(", \"end\": ");
    appendNumber(out, codePoints.toCodePoint(event.sentence.end));
    out.append("}, \"summary\": ");
    appendString(out, event.summary);
    out.append(", \"actors\": [");
    for (qsizetype i = 0; i < event.actors.size(); ++i) {
        if (i > 0)
            out.append(", ");
        appendString(out, event.actors[i]);
    }
    out.append("], \"zone\": ");
    appendString(out, zoneName(event.zone));
}

} // namespace annals::json
