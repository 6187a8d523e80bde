#include "output/json_text.h"

namespace annals::json {

namespace {
const char hexDigits[] = "0123456789abcdef";
}

void appendString(QByteArray &out, QStringView s) {
    out.append('"');
    const char16_t *data = s.utf16();
    const qsizetype n = s.size();
    qsizetype i = 0;
    while (i < n) {
        const char16_t c = data[i];
        if (c >= 0x80) { // a run of non-ASCII text: convert it in one go
            qsizetype end = i + 1;
            while (end < n && data[end] >= 0x80)
                ++end;
            out.append(s.mid(i, end - i).toUtf8());
            i = end;
            continue;
        }
        if (c >= 0x20 && c != u'"' && c != u'\\') { // a run of plain ASCII: copy it in one go
            qsizetype end = i + 1;
            while (end < n && data[end] >= 0x20 && data[end] < 0x80 && data[end] != u'"' &&
                   data[end] != u'\\')
                ++end;
            const qsizetype old = out.size();
            out.resize(old + (end - i));
            char *dst = out.data() + old;
            for (qsizetype k = i; k < end; ++k)
                *dst++ = char(data[k]);
            i = end;
            continue;
        }
        switch (c) {
        case u'"':
            out.append("\\\"", 2);
            break;
        case u'\\':
            out.append("\\\\", 2);
            break;
        case u'\n':
            out.append("\\n", 2);
            break;
        case u'\r':
            out.append("\\r", 2);
            break;
        case u'\t':
            out.append("\\t", 2);
            break;
        default:
            if (c < 0x20) {
                const char escape[] = {'\\', 'u', '0', '0', hexDigits[c >> 4], hexDigits[c & 0xF]};
                out.append(escape, sizeof escape);
            } else {
                out.append(char(c));
            }
        }
        ++i;
    }
    out.append('"');
}

void appendDate(QByteArray &out, const QDate &date) {
    if (!date.isValid()) {
        out.append("null");
        return;
    }
    int year = 0;
    int month = 0;
    int day = 0;
    date.getDate(&year, &month, &day);
    if (year < 1 || year > 9999) { // rare: let Qt decide how such years are written
        out.append('"');
        out.append(date.toString(Qt::ISODate).toLatin1());
        out.append('"');
        return;
    }
    // "yyyy-MM-dd" by hand: QDate::toString goes through printf and allocates twice per date.
    const char text[] = {'"',
                         char('0' + year / 1000),
                         char('0' + year / 100 % 10),
                         char('0' + year / 10 % 10),
                         char('0' + year % 10),
                         '-',
                         char('0' + month / 10),
                         char('0' + month % 10),
                         '-',
                         char('0' + day / 10),
                         char('0' + day % 10),
                         '"'};
    out.append(text, qsizetype(sizeof(text)));
}

void appendDate(QByteArray &out, const std::optional<QDate> &date) {
    appendDate(out, date.value_or(QDate()));
}

void appendStringOrNull(QByteArray &out, QStringView s) {
    if (s.isEmpty())
        out.append("null");
    else
        appendString(out, s);
}

} // namespace annals::json
