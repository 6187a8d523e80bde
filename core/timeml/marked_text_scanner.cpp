#include "timeml/marked_text_scanner.h"

using namespace Qt::StringLiterals;

namespace annals {

QString RawTag::attribute(QStringView key) const {
    for (const auto &[name, value] : attributes) {
        if (name == key)
            return value;
    }
    return {};
}

qsizetype lineNumberAt(QStringView raw, qsizetype offset) {
    return raw.first(qBound<qsizetype>(0, offset, raw.size())).count(u'\n') + 1;
}

namespace {

bool isSpace(QChar c) {
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
}

bool isNameChar(QChar c) {
    return !isSpace(c) && c != u'>' && c != u'/' && c != u'=' && c != u'<' && c != u'"' && c != u'\'';
}

// Decodes the entity reference starting at raw[pos] == '&'. Returns the characters and moves pos past ';'.
std::optional<QString> decodeEntity(QStringView raw, qsizetype &pos, qsizetype end) {
    // Entity names are short: look for the ';' nearby only, so stray ampersands cost nothing.
    const qsizetype window = qMin<qsizetype>(12, end - pos - 1);
    const qsizetype found = raw.sliced(pos + 1, window).indexOf(u';');
    if (found < 0)
        return std::nullopt;
    const qsizetype semicolon = pos + 1 + found;
    const QStringView name = raw.sliced(pos + 1, semicolon - pos - 1);
    QString out;
    if (name == u"amp")
        out = u"&"_s;
    else if (name == u"lt")
        out = u"<"_s;
    else if (name == u"gt")
        out = u">"_s;
    else if (name == u"quot")
        out = u"\""_s;
    else if (name == u"apos")
        out = u"'"_s;
    else if (name.startsWith(u'#') && name.size() > 1) {
        bool ok = false;
        const uint code = name.startsWith(u"#x") || name.startsWith(u"#X") ? name.sliced(2).toUInt(&ok, 16)
                                                                           : name.sliced(1).toUInt(&ok, 10);
        if (!ok || code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return std::nullopt;
        const char32_t c = code;
        out = QString::fromUcs4(&c, 1);
    } else {
        return std::nullopt;
    }
    pos = semicolon + 1;
    return out;
}

class Scanner {
public:
    Scanner(QStringView raw, qsizetype end, bool withMap, QString *error)
        : m_raw(raw)
        , m_end(end)
        , m_withMap(withMap)
        , m_error(error) {}

    bool run(qsizetype begin) {
        qsizetype pos = begin;
        while (pos < m_end) {
            const QChar c = m_raw[pos];
            if (c == u'<') {
                if (!markup(pos))
                    return false;
            } else if (c == u'&') {
                const qsizetype start = pos;
                const std::optional<QString> decoded = decodeEntity(m_raw, pos, m_end);
                if (!decoded)
                    return fail(start, u"unknown or malformed entity reference"_s);
                append(*decoded, start, pos);
            } else if (c == u'\r') {
                const qsizetype next = pos + 1 < m_end && m_raw[pos + 1] == u'\n' ? pos + 2 : pos + 1;
                append(u"\n"_s, pos, next);
                pos = next;
            } else {
                appendChar(c, pos);
                ++pos;
            }
        }
        return true;
    }

    ScannedText result;

private:
    void appendChar(QChar c, qsizetype pos) {
        result.plain.append(c);
        if (m_withMap) {
            result.charRawStart.append(pos);
            result.charRawEnd.append(pos + 1);
        }
    }

    void append(const QString &text, qsizetype rawStart, qsizetype rawEnd) {
        result.plain.append(text);
        if (m_withMap) {
            for (qsizetype i = 0; i < text.size(); ++i) {
                result.charRawStart.append(rawStart);
                result.charRawEnd.append(rawEnd);
            }
        }
    }

    bool fail(qsizetype pos, const QString &what) {
        if (m_error)
            *m_error = u"line %1: %2"_s.arg(lineNumberAt(m_raw, pos)).arg(what);
        return false;
    }

    bool skipPast(qsizetype &pos, QStringView terminator, const QString &what) {
        const qsizetype found = m_raw.first(m_end).indexOf(terminator, pos);
        if (found < 0)
            return fail(pos, what);
        pos = found + terminator.size();
        return true;
    }

    bool markup(qsizetype &pos) {
        const qsizetype start = pos;
        const QStringView rest = m_raw.sliced(pos, m_end - pos);
        if (rest.startsWith(u"<!--"))
            return skipPast(pos, u"-->", u"unterminated comment"_s);
        if (rest.startsWith(u"<?"))
            return skipPast(pos, u"?>", u"unterminated processing instruction"_s);
        if (rest.startsWith(u"<![CDATA[")) {
            const qsizetype contentStart = pos + 9;
            const qsizetype close = m_raw.first(m_end).indexOf(u"]]>", contentStart);
            if (close < 0)
                return fail(start, u"unterminated CDATA section"_s);
            for (qsizetype i = contentStart; i < close; ++i)
                appendChar(m_raw[i], i);
            pos = close + 3;
            result.cdataSections.append({start, pos});
            return true;
        }
        if (rest.startsWith(u"<!"))
            return fail(start, u"unexpected declaration inside text"_s);
        return tag(pos);
    }

    bool tag(qsizetype &pos) {
        RawTag tag;
        tag.rawStart = pos;
        tag.plainPos = result.plain.size();
        ++pos;
        if (pos < m_end && m_raw[pos] == u'/') {
            tag.kind = RawTag::Kind::Close;
            ++pos;
        }
        const qsizetype nameStart = pos;
        while (pos < m_end && isNameChar(m_raw[pos]))
            ++pos;
        if (pos == nameStart)
            return fail(tag.rawStart, u"malformed tag"_s);
        tag.name = m_raw.sliced(nameStart, pos - nameStart).toString();
        for (;;) {
            while (pos < m_end && isSpace(m_raw[pos]))
                ++pos;
            if (pos >= m_end)
                return fail(tag.rawStart, u"unterminated tag <%1"_s.arg(tag.name));
            if (m_raw[pos] == u'>') {
                ++pos;
                break;
            }
            if (m_raw[pos] == u'/' && tag.kind == RawTag::Kind::Open && pos + 1 < m_end &&
                m_raw[pos + 1] == u'>') {
                tag.kind = RawTag::Kind::Empty;
                pos += 2;
                break;
            }
            if (tag.kind == RawTag::Kind::Close || !attribute(pos, tag))
                return fail(tag.rawStart, u"malformed tag <%1"_s.arg(tag.name));
        }
        tag.rawEnd = pos;
        result.tags.append(std::move(tag));
        return true;
    }

    bool attribute(qsizetype &pos, RawTag &tag) {
        const qsizetype nameStart = pos;
        while (pos < m_end && isNameChar(m_raw[pos]))
            ++pos;
        const QString name = m_raw.sliced(nameStart, pos - nameStart).toString();
        while (pos < m_end && isSpace(m_raw[pos]))
            ++pos;
        if (name.isEmpty() || pos >= m_end || m_raw[pos] != u'=')
            return false;
        ++pos;
        while (pos < m_end && isSpace(m_raw[pos]))
            ++pos;
        if (pos >= m_end || (m_raw[pos] != u'"' && m_raw[pos] != u'\''))
            return false;
        const QChar quote = m_raw[pos++];
        QString value;
        while (pos < m_end && m_raw[pos] != quote) {
            if (m_raw[pos] == u'&') {
                const std::optional<QString> decoded = decodeEntity(m_raw, pos, m_end);
                if (!decoded)
                    return false;
                value += *decoded;
            } else if (m_raw[pos] == u'<') {
                return false;
            } else {
                value += m_raw[pos++];
            }
        }
        if (pos >= m_end)
            return false;
        ++pos;
        tag.attributes.append({name, value});
        return true;
    }

    QStringView m_raw;
    qsizetype m_end;
    bool m_withMap;
    QString *m_error;
};

} // namespace

std::optional<ScannedText> scanMarkedText(QStringView raw, qsizetype begin, qsizetype end, bool withMap,
                                          QString *error) {
    if (begin < 0 || end > raw.size() || begin > end) {
        if (error)
            *error = u"invalid text range"_s;
        return std::nullopt;
    }
    Scanner scanner(raw, end, withMap, error);
    if (!scanner.run(begin))
        return std::nullopt;
    return std::move(scanner.result);
}

} // namespace annals
