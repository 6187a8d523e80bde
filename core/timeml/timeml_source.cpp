#include "timeml/timeml_source.h"

#include "timeml/xml_decoding.h"

#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace annals {

namespace {

void setError(QString *error, const QString &message) {
    if (error)
        *error = message;
}

struct HeaderPass {
    bool ok = false;
    bool severalRoots = false; // failed only because more than one top-level element follows the first
    QString error;
};

// Checks well-formedness of the whole file with QXmlStreamReader and reads DOCID, TITLE, DCT and where the
// content of TEXT lies. (QXmlStreamReader cannot say where each character of TEXT came from in the source,
// so TEXT itself is scanned by hand afterwards.)
HeaderPass readHeader(TimeMLSource &source) {
    HeaderPass pass;
    QXmlStreamReader xml(source.raw);
    bool inDct = false;
    bool textFound = false;
    int depth = 0;
    int textDepth = 0; // depth of the TEXT element while inside it, else 0
    bool sawElement = false;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            ++depth;
            sawElement = true;
            const QStringView name = xml.name();
            if (textDepth > 0)
                continue;
            if (name == u"TEXT" && !textFound) {
                textFound = true;
                textDepth = depth;
                source.textRawStart = xml.characterOffset();
            } else if (name == u"DOCID" && source.docId.isEmpty()) {
                source.docId = xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
                --depth;
            } else if (name == u"TITLE" && source.title.isEmpty()) {
                source.title = xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
                --depth;
            } else if (name == u"DCT") {
                inDct = true;
            } else if (name == u"TIMEX3" && inDct && !source.dct) {
                DctTimex dct;
                dct.value = xml.attributes().value(u"value"_s).toString().trimmed();
                dct.type = xml.attributes().value(u"type"_s).toString().trimmed();
                dct.content = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                source.dct = dct;
                --depth;
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (textDepth > 0 && depth == textDepth) {
                textDepth = 0;
                // A self-closing <TEXT/> reports its end without moving on: the content is empty.
                // Otherwise the reader stands just after "</TEXT>" and the content ends where that tag
                // starts.
                const qsizetype after = xml.characterOffset();
                source.textRawEnd = after == source.textRawStart
                                        ? after
                                        : source.raw.lastIndexOf(u"</", qMax<qsizetype>(0, after - 1));
            } else if (xml.name() == u"DCT") {
                inDct = false;
            }
            --depth;
        }
    }
    if (xml.hasError()) {
        // "Extra content at end of document": TempEval-3 input files are a DOCID, a DCT and a TEXT side by
        // side, without a root element.
        pass.severalRoots = depth == 0 && sawElement && xml.error() == QXmlStreamReader::NotWellFormedError;
        pass.error = u"malformed XML at line %1, column %2: %3"_s.arg(xml.lineNumber())
                         .arg(xml.columnNumber())
                         .arg(xml.errorString());
        return pass;
    }
    if (!textFound) {
        pass.error = u"no <TEXT> element in the TimeML document"_s;
        return pass;
    }
    pass.ok = true;
    return pass;
}

// Puts the top-level elements under one root, after the XML declaration; lines stay where they were.
QString wrapInRoot(const QString &raw) {
    qsizetype bodyStart = 0;
    if (raw.startsWith(u"<?xml")) {
        const qsizetype close = raw.indexOf(u"?>");
        bodyStart = close < 0 ? 0 : close + 2;
    }
    return raw.first(bodyStart) + u"<TimeML>"_s + raw.sliced(bodyStart) + u"</TimeML>"_s;
}

} // namespace

std::optional<TimeMLSource> parseTimeMLSource(QByteArrayView bytes, bool withMap, QString *error) {
    std::optional<QString> decoded = decodeXmlBytes(bytes, error);
    if (!decoded)
        return std::nullopt;

    TimeMLSource source;
    source.raw = std::move(*decoded);
    HeaderPass pass = readHeader(source);
    if (!pass.ok && pass.severalRoots) {
        TimeMLSource wrapped;
        wrapped.raw = wrapInRoot(source.raw);
        const HeaderPass second = readHeader(wrapped);
        if (second.ok) {
            source = std::move(wrapped);
            pass = second;
        }
    }
    if (!pass.ok) {
        setError(error, pass.error);
        return std::nullopt;
    }
    if (source.textRawStart <= 0 || source.textRawStart > source.raw.size() ||
        source.raw[source.textRawStart - 1] != u'>' || source.textRawEnd < source.textRawStart) {
        setError(error, u"line %1: cannot locate the content of <TEXT>"_s.arg(
                            lineNumberAt(source.raw, source.textRawStart)));
        return std::nullopt;
    }

    QString scanError;
    std::optional<ScannedText> text =
        scanMarkedText(source.raw, source.textRawStart, source.textRawEnd, withMap, &scanError);
    if (!text) {
        setError(error, u"in <TEXT>: %1"_s.arg(scanError));
        return std::nullopt;
    }
    source.text = std::move(*text);
    return source;
}

} // namespace annals
