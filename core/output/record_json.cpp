#include "output/record_json.h"

#include "output/json_text.h"

#include <array>

namespace annals::json {

namespace {

// An enum value's name as a JSON string ("\"day\""), made once per value from its name function: the
// writers ask for three of them with every event. A value past `Count` (one added to the enum later)
// is written the ordinary way.
template <typename Enum, QString (*Name)(Enum), int Count> void writeName(Cursor &c, Enum value) {
    static const std::array<QByteArray, Count> names = [] {
        std::array<QByteArray, Count> all;
        for (int i = 0; i < Count; ++i)
            appendString(all[std::size_t(i)], Name(Enum(i)));
        return all;
    }();
    if (std::size_t(value) >= std::size_t(Count)) {
        c.string(Name(value));
        return;
    }
    const QByteArray &name = names[std::size_t(value)];
    c.bytes(name.constData(), name.size());
}

} // namespace

void appendDocumentMembers(Cursor &c, const Document &document) {
    c.raw("\"id\": ");
    c.string(document.id);
    c.raw(", \"path\": ");
    c.string(document.path);
    c.raw(", \"title\": ");
    c.string(document.title);
    c.raw(", \"publication_date\": ");
    c.date(document.publicationDate.value_or(QDate()));
    c.raw(", \"publication_date_source\": ");
    if (document.publicationDateSource)
        c.string(dateSourceName(*document.publicationDateSource));
    else
        c.raw("null");
    c.raw(", \"warnings\": [");
    for (qsizetype i = 0; i < document.warnings.size(); ++i) {
        if (i > 0)
            c.raw(", ");
        c.string(document.warnings[i]);
    }
    c.byte(']');
}

void appendEventMembers(Cursor &c, const Event &event, QStringView eventId, const CodePointIndex &codePoints,
                        const QByteArray *inlineDocument) {
    c.raw("\"id\": ");
    c.string(eventId);
    c.raw(", \"document\": ");
    if (inlineDocument)
        c.bytes(inlineDocument->constData(), inlineDocument->size());
    else
        c.string(event.documentId);
    c.raw(", \"date\": ");
    c.string(event.date);
    c.raw(", \"granularity\": ");
    writeName<Granularity, granularityName, 10>(c, event.granularity);
    c.raw(", \"earliest\": ");
    c.date(event.earliest);
    c.raw(", \"latest\": ");
    c.date(event.latest);
    c.raw(", \"timex\": {\"text\": ");
    c.string(event.timexText);
    c.raw(", \"type\": ");
    writeName<TimexType, timexTypeName, 4>(c, event.timex.type);
    c.raw(", \"value\": ");
    c.string(event.timex.value);
    c.raw(", \"mod\": ");
    c.stringOrNull(event.timex.mod);
    c.raw(", \"start\": ");
    c.number(codePoints.toCodePoint(event.timex.span.start));
    c.raw(", \"end\": ");
    c.number(codePoints.toCodePoint(event.timex.span.end));
    c.raw("}, \"sentence\": {\"text\": ");
    c.string(event.sentenceText);
    c.raw(", \"start\": ");
    c.number(codePoints.toCodePoint(event.sentence.start));
    c.raw(", \"end\": ");
    c.number(codePoints.toCodePoint(event.sentence.end));
    c.raw("}, \"summary\": ");
    c.string(event.summary);
    c.raw(", \"actors\": [");
    for (qsizetype i = 0; i < event.actors.size(); ++i) {
        if (i > 0)
            c.raw(", ");
        c.string(event.actors[i]);
    }
    c.raw("], \"zone\": ");
    writeName<Zone, zoneName, 5>(c, event.zone);
}

} // namespace annals::json
