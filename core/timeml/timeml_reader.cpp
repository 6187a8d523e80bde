#include "timeml/timeml_reader.h"

#include "timeml/paragraph_blocks.h"
#include "timeml/timeml_source.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace annals {

bool looksLikeTimeML(QByteArrayView bytes) {
    // UTF-16 files carry NUL bytes between ASCII letters; look at their ASCII skeleton instead.
    const QByteArrayView head = bytes.first(qMin<qsizetype>(bytes.size(), 1 << 20));
    QByteArray skeleton;
    if (head.contains('\0')) {
        skeleton.reserve(head.size() / 2);
        for (char c : head) {
            if (c != '\0')
                skeleton.append(c);
        }
    }
    const QByteArrayView text = skeleton.isEmpty() ? head : QByteArrayView(skeleton);
    if (text.contains("<TimeML"))
        return true;
    return text.contains("<DCT>") && text.contains("<TEXT>");
}

std::optional<TimexType> timexTypeFromName(QStringView name) {
    for (TimexType type : {TimexType::Date, TimexType::Time, TimexType::Duration, TimexType::Set}) {
        if (name.compare(timexTypeName(type), Qt::CaseInsensitive) == 0)
            return type;
    }
    return std::nullopt;
}

namespace {

// The calendar date at the start of a TIMEX3 value ("1998-01-08", "1998-01-08T18:30"), if there is one.
std::optional<QDate> dateOfValue(QStringView value) {
    if (value.size() < 10 || (value.size() > 10 && value[10] != u'T'))
        return std::nullopt;
    const QDate date = QDate::fromString(value.first(10).toString(), Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

Document documentFrom(const QString &path, const TimeMLSource &source) {
    Document doc;
    doc.path = path;
    doc.text = source.text.plain;
    doc.blocks = paragraphBlocks(doc.text);
    doc.title = source.title.isEmpty() ? source.docId : source.title;
    doc.metadata.format = u"timeml"_s;
    if (source.dct) {
        doc.metadata.publishedRaw = source.dct->value;
        if (const std::optional<QDate> date = dateOfValue(source.dct->value)) {
            doc.publicationDate = *date;
            doc.publicationDateSource = DateSource::Metadata;
        } else {
            doc.warnings.append(
                u"the DCT value \"%1\" is not a calendar date; use --dct"_s.arg(source.dct->value));
        }
    }
    return doc;
}

} // namespace

std::optional<Document> readTimeML(const QString &path, const QByteArray &bytes, QString *error) {
    const std::optional<TimeMLSource> source = parseTimeMLSource(bytes, false, error);
    if (!source)
        return std::nullopt;
    return documentFrom(path, *source);
}

std::optional<TimeMLGold> readTimeMLGold(const QString &path, const QByteArray &bytes, QString *error) {
    const std::optional<TimeMLSource> source = parseTimeMLSource(bytes, false, error);
    if (!source)
        return std::nullopt;

    TimeMLGold gold;
    gold.document = documentFrom(path, *source);
    gold.docId = source->docId;
    gold.dctValue = source->dct ? source->dct->value : QString();

    // Pair each TIMEX3 start tag with its end tag (a stack, as tags nest); other elements are ignored.
    QList<const RawTag *> stack;
    QList<std::pair<const RawTag *, qsizetype>> found; // start tag and plain end
    for (const RawTag &tag : source->text.tags) {
        if (tag.name != u"TIMEX3")
            continue;
        if (tag.kind == RawTag::Kind::Open) {
            stack.append(&tag);
        } else if (tag.kind == RawTag::Kind::Empty) {
            found.append({&tag, tag.plainPos});
        } else if (!stack.isEmpty()) {
            found.append({stack.takeLast(), tag.plainPos});
        }
    }
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) {
        return a.first->plainPos != b.first->plainPos ? a.first->plainPos < b.first->plainPos
                                                      : a.second > b.second;
    });

    QHash<QString, int> indexOfTid;
    QList<QString> anchors;
    for (const auto &[tag, end] : found) {
        const QString typeName = tag->attribute(u"type");
        const std::optional<TimexType> type = timexTypeFromName(typeName);
        if (!type) {
            if (error)
                *error = u"line %1: TIMEX3 with unknown type \"%2\""_s
                             .arg(lineNumberAt(source->raw, tag->rawStart))
                             .arg(typeName);
            return std::nullopt;
        }
        Timex timex;
        timex.span = {tag->plainPos, end};
        timex.type = *type;
        timex.value = tag->attribute(u"value");
        timex.mod = tag->attribute(u"mod");
        timex.quant = tag->attribute(u"quant");
        timex.freq = tag->attribute(u"freq");
        indexOfTid.insert(tag->attribute(u"tid"), int(gold.timexes.size()));
        anchors.append(tag->attribute(u"anchorTimeID"));
        gold.timexes.append(timex);
    }
    // An anchor on the DCT (t0), on an unknown id or on the timex itself (seen in the gold) counts as none.
    for (qsizetype i = 0; i < gold.timexes.size(); ++i) {
        const int anchor = anchors[i].isEmpty() ? -1 : indexOfTid.value(anchors[i], -1);
        gold.timexes[i].anchorIndex = anchor == i ? -1 : anchor;
    }
    return gold;
}

} // namespace annals
