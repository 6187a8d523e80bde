#include "load/jsonl_loader.h"

#include "load/plain_text_loader.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace annals {

namespace {

bool isBlank(QByteArrayView line) {
    for (char c : line) {
        if (c != ' ' && c != '\t' && c != '\r')
            return false;
    }
    return true;
}

// An optional string field: absent or null is fine; any other type is ignored with a warning.
QString optionalString(const QJsonObject &object, QLatin1StringView key, QStringList &warnings) {
    const QJsonValue value = object.value(key);
    if (value.isString())
        return value.toString().trimmed();
    if (!value.isUndefined() && !value.isNull())
        warnings.append(u"field \""_s + key + u"\" is not a string; ignored"_s);
    return {};
}

} // namespace

LoadResult loadJsonLines(const QString &displayPath, QByteArrayView utf8) {
    LoadResult result;
    if (utf8.startsWith("\xef\xbb\xbf"))
        utf8 = utf8.sliced(3);
    qsizetype lineStart = 0;
    int lineNumber = 0;
    while (lineStart < utf8.size()) {
        qsizetype lineEnd = utf8.indexOf('\n', lineStart);
        if (lineEnd < 0)
            lineEnd = utf8.size();
        const QByteArrayView line = utf8.sliced(lineStart, lineEnd - lineStart);
        lineStart = lineEnd + 1;
        ++lineNumber;
        if (isBlank(line))
            continue;

        const QString where = displayPath + u':' + QString::number(lineNumber);
        QJsonParseError parseError;
        // fromRawData: the parser only reads the line, so there is no need to copy it.
        const QJsonDocument json =
            QJsonDocument::fromJson(QByteArray::fromRawData(line.data(), line.size()), &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            result.errors.append({where, u"line "_s + QString::number(lineNumber) + u": invalid JSON: "_s +
                                             parseError.errorString() + u" (at column "_s +
                                             QString::number(parseError.offset + 1) + u')'});
            continue;
        }
        if (!json.isObject()) {
            result.errors.append({where, u"line "_s + QString::number(lineNumber) +
                                             u": expected a JSON object for an article"_s});
            continue;
        }
        const QJsonObject object = json.object();
        const QJsonValue text = object.value("text"_L1);
        if (!text.isString() || text.toString().trimmed().isEmpty()) {
            result.errors.append(
                {where, u"line "_s + QString::number(lineNumber) +
                            u": no article text (a non-empty \"text\" string is required)"_s});
            continue;
        }
        Document document = plainTextDocument(text.toString());
        document.metadata.format = u"jsonl"_s;
        document.path = where;
        document.title = optionalString(object, "title"_L1, document.warnings);
        document.metadata.publishedRaw = optionalString(object, "date"_L1, document.warnings);
        document.metadata.url = optionalString(object, "url"_L1, document.warnings);
        result.documents.append(std::move(document));
    }
    return result;
}

} // namespace annals
