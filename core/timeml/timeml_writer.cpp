#include "timeml/timeml_writer.h"

#include "timeml/timeml_source.h"
#include "timeml/xml_escape.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace annals {

namespace {

// A timex chosen for output, with its TIMEX3 id number.
struct Placed {
    int index; // into the caller's list
    TextSpan span;
};

// Non-empty, in-range, non-overlapping timexes in text order; earlier (then longer) ones win.
QList<Placed> placeTimexes(const QList<Timex> &timexes, qsizetype textSize) {
    QList<Placed> candidates;
    for (int i = 0; i < timexes.size(); ++i) {
        const TextSpan span = timexes[i].span;
        if (span.start >= 0 && span.end <= textSize && !span.isEmpty())
            candidates.append({i, span});
    }
    std::stable_sort(candidates.begin(), candidates.end(), [](const Placed &a, const Placed &b) {
        return a.span.start != b.span.start ? a.span.start < b.span.start : a.span.end > b.span.end;
    });
    QList<Placed> placed;
    for (const Placed &p : candidates) {
        if (placed.isEmpty() || placed.last().span.end <= p.span.start)
            placed.append(p);
    }
    return placed;
}

QString startTag(const Timex &timex, int tid, int anchorTid) {
    QString tag = u"<TIMEX3 tid=\"t%1\" type=\"%2\" value=\"%3\""_s.arg(tid).arg(
        timexTypeName(timex.type), escapeXmlAttribute(timex.value));
    if (!timex.mod.isEmpty())
        tag += u" mod=\""_s + escapeXmlAttribute(timex.mod) + u'"';
    if (timex.type == TimexType::Set) {
        if (!timex.quant.isEmpty())
            tag += u" quant=\""_s + escapeXmlAttribute(timex.quant) + u'"';
        if (!timex.freq.isEmpty())
            tag += u" freq=\""_s + escapeXmlAttribute(timex.freq) + u'"';
    }
    if (anchorTid > 0)
        tag += u" anchorTimeID=\"t%1\""_s.arg(anchorTid);
    return tag + u'>';
}

// Start tags for the placed timexes, tids numbered from 1 in text order.
QList<QString> startTags(const QList<Timex> &timexes, const QList<Placed> &placed) {
    QList<int> tidOf(timexes.size(), 0);
    for (qsizetype i = 0; i < placed.size(); ++i)
        tidOf[placed[i].index] = int(i + 1);
    QList<QString> tags;
    for (qsizetype i = 0; i < placed.size(); ++i) {
        const Timex &timex = timexes[placed[i].index];
        const int anchor = timex.anchorIndex;
        const int anchorTid =
            anchor >= 0 && anchor < timexes.size() && anchor != placed[i].index ? tidOf[anchor] : 0;
        tags.append(startTag(timex, int(i + 1), anchorTid));
    }
    return tags;
}

QString header(const QString &docId) {
    return u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           u"<TimeML xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
           u"xsi:noNamespaceSchemaLocation=\"http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd\">\n"_s +
           u"<DOCID>"_s + escapeXmlText(docId) + u"</DOCID>\n"_s;
}

QString dctElement(const QString &type, const QString &value, const QString &content) {
    return u"<DCT><TIMEX3 tid=\"t0\" type=\"%1\" value=\"%2\" temporalFunction=\"false\" "
           u"functionInDocument=\"CREATION_TIME\">%3</TIMEX3></DCT>\n"_s.arg(
               escapeXmlAttribute(type.isEmpty() ? u"DATE"_s : type), escapeXmlAttribute(value),
               escapeXmlText(content));
}

QString dctFromDate(const Document &doc) {
    if (!doc.publicationDate)
        return {};
    const QString iso = doc.publicationDate->toString(Qt::ISODate);
    return dctElement(u"DATE"_s, iso, iso);
}

QString titleElement(const QString &title) {
    return title.isEmpty() ? QString() : u"<TITLE>"_s + escapeXmlText(title) + u"</TITLE>\n"_s;
}

// "reports/a.txt" -> "a"; "feed.jsonl:12" -> "feed_12".
QString docIdFromPath(const Document &doc) {
    QString path = doc.path;
    QString line;
    const qsizetype colon = path.lastIndexOf(u':');
    if (colon > 0 && colon + 1 < path.size()) {
        bool isNumber = false;
        path.sliced(colon + 1).toInt(&isNumber);
        if (isNumber) {
            line = path.sliced(colon + 1);
            path.truncate(colon);
        }
    }
    QString id = QFileInfo(path).completeBaseName();
    if (id.isEmpty())
        id = doc.id.isEmpty() ? u"document"_s : doc.id;
    return line.isEmpty() ? id : id + u'_' + line;
}

QByteArray writeFromPlainText(const Document &doc, const QList<Timex> &timexes) {
    const QList<Placed> placed = placeTimexes(timexes, doc.text.size());
    const QList<QString> tags = startTags(timexes, placed);
    QString text;
    text.reserve(doc.text.size() + placed.size() * 80);
    qsizetype cursor = 0;
    for (qsizetype i = 0; i < placed.size(); ++i) {
        const TextSpan span = placed[i].span;
        text += escapeXmlText(QStringView(doc.text).sliced(cursor, span.start - cursor));
        text += tags[i];
        text += escapeXmlText(QStringView(doc.text).sliced(span.start, span.length()));
        text += u"</TIMEX3>";
        cursor = span.end;
    }
    text += escapeXmlText(QStringView(doc.text).sliced(cursor));

    const QString out = header(docIdFromPath(doc)) + dctFromDate(doc) + titleElement(doc.title) +
                        u"<TEXT>"_s + text + u"</TEXT>\n</TimeML>\n"_s;
    return out.toUtf8();
}

bool isStrippedTag(const RawTag &tag) {
    return tag.name == u"TIMEX3" || tag.name == u"EVENT" || tag.name == u"SIGNAL";
}

// Whether wrapping raw[start, end) in a new element keeps the source's markup properly nested: the tags we
// keep inside the range must balance, and neither end may fall inside a CDATA section.
bool nestsCleanly(const TimeMLSource &source, qsizetype start, qsizetype end) {
    for (const auto &[cdataStart, cdataEnd] : source.text.cdataSections) {
        if ((start > cdataStart && start < cdataEnd) || (end > cdataStart && end < cdataEnd))
            return false;
    }
    int depth = 0;
    for (const RawTag &tag : source.text.tags) {
        if (tag.rawStart < start || tag.rawStart >= end || isStrippedTag(tag))
            continue;
        if (tag.kind == RawTag::Kind::Open)
            ++depth;
        else if (tag.kind == RawTag::Kind::Close && --depth < 0)
            return false;
    }
    return depth == 0;
}

// One edit of the raw TEXT: drop raw[start, end) (a stripped tag) or insert text at start (== end).
struct Edit {
    qsizetype start;
    qsizetype end;
    QString insert;
    int order; // at the same offset: closing tags (0) before removals (1) before opening tags (2)
};

QByteArray writeFromSource(const Document &doc, const QList<Timex> &timexes, const TimeMLSource &source) {
    QList<Placed> placed = placeTimexes(timexes, doc.text.size());
    const ScannedText &scanned = source.text;
    placed.removeIf([&](const Placed &p) {
        return !nestsCleanly(source, scanned.charRawStart[p.span.start], scanned.charRawEnd[p.span.end - 1]);
    });
    const QList<QString> tags = startTags(timexes, placed);

    QList<Edit> edits;
    for (const RawTag &tag : scanned.tags) {
        if (isStrippedTag(tag))
            edits.append({tag.rawStart, tag.rawEnd, {}, 1});
    }
    for (qsizetype i = 0; i < placed.size(); ++i) {
        const qsizetype open = scanned.charRawStart[placed[i].span.start];
        const qsizetype close = scanned.charRawEnd[placed[i].span.end - 1];
        edits.append({open, open, tags[i], 2});
        edits.append({close, close, u"</TIMEX3>"_s, 0});
    }
    std::stable_sort(edits.begin(), edits.end(), [](const Edit &a, const Edit &b) {
        return a.start != b.start ? a.start < b.start : a.order < b.order;
    });

    const QStringView raw = source.raw;
    QString text;
    text.reserve(source.textRawEnd - source.textRawStart + placed.size() * 80);
    qsizetype cursor = source.textRawStart;
    for (const Edit &edit : edits) {
        text += raw.sliced(cursor, edit.start - cursor);
        text += edit.insert;
        cursor = edit.end;
    }
    text += raw.sliced(cursor, source.textRawEnd - cursor);

    const QString dct =
        source.dct ? dctElement(source.dct->type, source.dct->value, source.dct->content) : dctFromDate(doc);
    const QString docId = source.docId.isEmpty() ? docIdFromPath(doc) : source.docId;
    const QString out =
        header(docId) + dct + titleElement(source.title) + u"<TEXT>"_s + text + u"</TEXT>\n</TimeML>\n"_s;
    return out.toUtf8();
}

} // namespace

QByteArray writeTimeML(const Document &doc, const QList<Timex> &timexes, QString *error) {
    if (doc.metadata.format != u"timeml")
        return writeFromPlainText(doc, timexes);

    QFile file(doc.path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = u"cannot read the TimeML source %1 again: %2"_s.arg(doc.path, file.errorString());
        return {};
    }
    QString parseError;
    const std::optional<TimeMLSource> source = parseTimeMLSource(file.readAll(), true, &parseError);
    if (!source) {
        if (error)
            *error = u"%1: %2"_s.arg(doc.path, parseError);
        return {};
    }
    if (source->text.plain != doc.text) {
        if (error)
            *error = u"%1: the file changed since it was read; its TEXT no longer matches"_s.arg(doc.path);
        return {};
    }
    return writeFromSource(doc, timexes, *source);
}

} // namespace annals
