#include "timeml/xml_decoding.h"

#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace annals {

namespace {

// The value of encoding="..." in a leading <?xml ...?> declaration, or empty.
QByteArray declaredEncoding(QByteArrayView bytes) {
    if (!bytes.startsWith("<?xml"))
        return {};
    const qsizetype close = bytes.indexOf("?>");
    const QByteArrayView declaration = bytes.first(close < 0 ? qMin<qsizetype>(bytes.size(), 200) : close);
    const qsizetype key = declaration.indexOf("encoding");
    if (key < 0)
        return {};
    qsizetype pos = key + 8;
    while (pos < declaration.size() && (declaration[pos] == ' ' || declaration[pos] == '='))
        ++pos;
    if (pos >= declaration.size() || (declaration[pos] != '"' && declaration[pos] != '\''))
        return {};
    const char quote = declaration[pos];
    const qsizetype end = declaration.indexOf(quote, pos + 1);
    if (end < 0)
        return {};
    return declaration.sliced(pos + 1, end - pos - 1).toByteArray();
}

std::optional<QString> decodeWith(QStringConverter::Encoding encoding, QByteArrayView bytes, QString *error,
                                  const QString &name) {
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        if (error)
            *error = u"the file is not valid %1"_s.arg(name);
        return std::nullopt;
    }
    return text;
}

} // namespace

std::optional<QString> decodeXmlBytes(QByteArrayView bytes, QString *error) {
    // Byte order marks; the decoder drops the mark itself.
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return decodeWith(QStringConverter::Utf8, bytes.sliced(3), error, u"UTF-8"_s);
    // Sizes are explicit: these marks contain NUL bytes.
    if (bytes.startsWith(QByteArrayView("\xFF\xFE\x00\x00", 4)))
        return decodeWith(QStringConverter::Utf32LE, bytes.sliced(4), error, u"UTF-32"_s);
    if (bytes.startsWith(QByteArrayView("\x00\x00\xFE\xFF", 4)))
        return decodeWith(QStringConverter::Utf32BE, bytes.sliced(4), error, u"UTF-32"_s);
    if (bytes.startsWith("\xFF\xFE"))
        return decodeWith(QStringConverter::Utf16LE, bytes.sliced(2), error, u"UTF-16"_s);
    if (bytes.startsWith("\xFE\xFF"))
        return decodeWith(QStringConverter::Utf16BE, bytes.sliced(2), error, u"UTF-16"_s);

    const QByteArray declaredAsWritten = declaredEncoding(bytes);
    const QByteArray declared = declaredAsWritten.toLower();
    if (declared.isEmpty() || declared == "utf-8" || declared == "utf8")
        return decodeWith(QStringConverter::Utf8, bytes, error, u"UTF-8"_s);
    if (declared == "iso-8859-1" || declared == "latin1" || declared == "latin-1" || declared == "us-ascii" ||
        declared == "ascii")
        return decodeWith(QStringConverter::Latin1, bytes, error, u"Latin-1"_s);
    if (error)
        *error = u"unsupported XML encoding \"%1\" (use UTF-8, UTF-16 or Latin-1)"_s.arg(
            QLatin1StringView(declaredAsWritten));
    return std::nullopt;
}

} // namespace annals
