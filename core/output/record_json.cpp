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
    const char *const begin = writeDigitsBefore(end, n);
    appendBytes(out, begin, end - begin);
}
} // namespace

void appendDocumentMembers(QByteArray &out, const Document &document) {
    appendRaw(out, "\"id\": ");
    appendString(out, document.id);
    appendRaw(out, ", \"path\": ");
    appendString(out, document.path);
    appendRaw(out, ", \"title\": ");
    appendString(out, document.title);
    appendRaw(out, ", \"publication_date\": ");
    appendDate(out, document.publicationDate);
    appendRaw(out, ", \"publication_date_source\": ");
    if (document.publicationDateSource)
        appendString(out, dateSourceName(*document.publicationDateSource));
    else
        appendRaw(out, "null");
    appendRaw(out, ", \"warnings\": [");
    for (qsizetype i = 0; i < document.warnings.size(); ++i) {
        if (i > 0)
            appendRaw(out, ", ");
        appendString(out, document.warnings[i]);
    }
    out.append(']');
}

void appendEventMembers(QByteArray &out, const Event &event, QStringView eventId,
                        const CodePointIndex &codePoints, const QByteArray *inlineDocument) {
    appendRaw(out, "\"id\": ");
    appendString(out, eventId);
    appendRaw(out, ", \"document\": ");
    if (inlineDocument)
        out.append(*inlineDocument);
    else
        appendString(out, event.documentId);
    appendRaw(out, ", \"date\": ");
    appendString(out, event.date);
    appendRaw(out, ", \"granularity\": ");
    appendString(out, granularityName(event.granularity));
    appendRaw(out, ", \"earliest\": ");
    appendDate(out, event.earliest);
    appendRaw(out, ", \"latest\": ");
    appendDate(out, event.latest);
    appendRaw(out, ", \"timex\": {\"text\": ");
    appendString(out, event.timexText);
    appendRaw(out, ", \"type\": ");
    appendString(out, timexTypeName(event.timex.type));
    appendRaw(out, ", \"value\": ");
    appendString(out, event.timex.value);
    appendRaw(out, ", \"mod\": ");
    appendStringOrNull(out, event.timex.mod);
    appendRaw(out, ", \"start\": ");
    appendNumber(out, codePoints.toCodePoint(event.timex.span.start));
    appendRaw(out, ", \"end\": ");
    appendNumber(out, codePoints.toCodePoint(event.timex.span.end));
    appendRaw(out, "}, \"sentence\": {\"text\": ");
    appendString(out, event.sentenceText);
    appendRaw(out, ", \"start\": ");
    appendNumber(out, codePoints.toCodePoint(event.sentence.start));
    appendRaw(out, ", \"end\": ");
    appendNumber(out, codePoints.toCodePoint(event.sentence.end));
    appendRaw(out, "}, \"summary\": ");
    appendString(out, event.summary);
    appendRaw(out, ", \"actors\": [");
    for (qsizetype i = 0; i < event.actors.size(); ++i) {
        if (i > 0)
            appendRaw(out, ", ");
        appendString(out, event.actors[i]);
    }
    appendRaw(out, "], \"zone\": ");
    appendString(out, zoneName(event.zone));
}

} // namespace annals::json
