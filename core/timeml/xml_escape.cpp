#include "timeml/xml_escape.h"

using namespace Qt::StringLiterals;

namespace annals {

namespace {

bool isXmlCharacter(QStringView text, qsizetype i) {
    const char16_t c = text[i].unicode();
    if (c < 0x20)
        return c == u'\t' || c == u'\n' || c == u'\r';
    if (c == 0xFFFE || c == 0xFFFF)
        return false;
    if (QChar::isHighSurrogate(c))
        return i + 1 < text.size() && text[i + 1].isLowSurrogate();
    if (QChar::isLowSurrogate(c))
        return i > 0 && text[i - 1].isHighSurrogate();
    return true;
}

QString escape(QStringView text, bool attribute) {
    QString out;
    out.reserve(text.size() + text.size() / 16);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (!isXmlCharacter(text, i))
            out += u' ';
        else if (c == u'&')
            out += u"&amp;";
        else if (c == u'<')
            out += u"&lt;";
        else if (c == u'>')
            out += u"&gt;";
        else if (c == u'\r')
            out += u"&#13;";
        else if (attribute && c == u'"')
            out += u"&quot;";
        else if (attribute && c == u'\n')
            out += u"&#10;";
        else if (attribute && c == u'\t')
            out += u"&#9;";
        else
            out += c;
    }
    return out;
}

} // namespace

QString escapeXmlText(QStringView text) {
    return escape(text, false);
}

QString escapeXmlAttribute(QStringView value) {
    return escape(value, true);
}

} // namespace annals
