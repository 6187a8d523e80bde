#include "output/json_text.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace annals::json {

namespace {

const char hexDigits[] = "0123456789abcdef";

bool isPlain(char16_t c) {
    return c >= 0x20 && c < 0x80 && c != u'"' && c != u'\\';
}

// Copies the leading run of plain characters (printable ASCII other than '"' and '\\') of src to dst,
// one byte each; returns its length. Eight at a time where SSE2 is there.
qsizetype copyPlain(const char16_t *src, qsizetype n, char *dst) {
    qsizetype i = 0;
#if defined(__SSE2__)
    const __m128i low = _mm_set1_epi16(0x20);
    const __m128i flip = _mm_set1_epi16(short(0x8000));
    const __m128i limit = _mm_set1_epi16(short(0x8060)); // 0x20 + 0x60 = 0x80, shifted for a signed compare
    const __m128i quote = _mm_set1_epi16(u'"');
    const __m128i backslash = _mm_set1_epi16(u'\\');
    for (; i + 8 <= n; i += 8) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(src + i));
        const __m128i ascii = _mm_cmplt_epi16(_mm_xor_si128(_mm_sub_epi16(v, low), flip), limit);
        const __m128i special = _mm_or_si128(_mm_cmpeq_epi16(v, quote), _mm_cmpeq_epi16(v, backslash));
        if (_mm_movemask_epi8(_mm_andnot_si128(special, ascii)) != 0xFFFF)
            break;
        _mm_storel_epi64(reinterpret_cast<__m128i *>(dst + i), _mm_packus_epi16(v, v));
    }
#endif
    for (; i < n && isPlain(src[i]); ++i)
        dst[i] = char(src[i]);
    return i;
}

// The general way: escapes, non-ASCII runs converted to UTF-8. No quotes.
void appendEscaped(QByteArray &out, QStringView s) {
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
        if (isPlain(c)) { // a run of plain ASCII: copy it in one go
            const qsizetype old = out.size();
            out.resize(old + (n - i));
            const qsizetype run = copyPlain(data + i, n - i, out.data() + old);
            out.resize(old + run);
            i += run;
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
}

} // namespace

void appendString(QByteArray &out, QStringView s) {
    // Nearly every string is plain ASCII without anything to escape: copy it straight into room made for
    // exactly that, and hand the rest to the general loop at the first character that is not.
    const char16_t *const data = s.utf16();
    const qsizetype n = s.size();
    const qsizetype old = out.size();
    out.resize(old + n + 2);
    char *const dst = out.data() + old;
    dst[0] = '"';
    const qsizetype plain = copyPlain(data, n, dst + 1);
    if (plain < n) {
        out.resize(old + 1 + plain);
        appendEscaped(out, s.sliced(plain));
        out.append('"');
        return;
    }
    dst[n + 1] = '"';
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
    appendBytes(out, text, qsizetype(sizeof(text)));
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
