#include "output/json_text.h"

#include "output/iso_date.h"

#include <algorithm>

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
    // Copies the eight units at `at` if they are all plain.
    auto copyGroup = [&](qsizetype at) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(src + at));
        const __m128i ascii = _mm_cmplt_epi16(_mm_xor_si128(_mm_sub_epi16(v, low), flip), limit);
        const __m128i special = _mm_or_si128(_mm_cmpeq_epi16(v, quote), _mm_cmpeq_epi16(v, backslash));
        if (_mm_movemask_epi8(_mm_andnot_si128(special, ascii)) != 0xFFFF)
            return false;
        _mm_storel_epi64(reinterpret_cast<__m128i *>(dst + at), _mm_packus_epi16(v, v));
        return true;
    };
    for (; i + 8 <= n; i += 8) {
        if (!copyGroup(i))
            break;
    }
    // The last few units as the (overlapping) last group of eight, instead of one by one below: the units
    // it shares with the group before are plain and rewritten unchanged.
    if (i < n && i + 8 > n && n >= 8 && copyGroup(n - 8))
        return n;
#endif
    for (; i < n && isPlain(src[i]); ++i)
        dst[i] = char(src[i]);
    return i;
}

// Year, month and day of a Julian day number in the proleptic Gregorian calendar, as QDate counts, for
// the years 1 to 9999 (false outside them). QDate::getDate goes through the calendar system's general
// code for every date; this is plain arithmetic on a year that starts in March, so that the leap day
// falls at its end: 400-year cycles of 146097 days, 100-year ones of 36524 (the last one day longer),
// 4-year ones of 1461, and months of 153 days per five.
bool gregorianDate(qint64 julianDay, int &year, int &month, int &day) {
    constexpr qint64 kFirstDay = 1721426; // 0001-01-01
    constexpr qint64 kLastDay = 5373484;  // 9999-12-31
    if (julianDay < kFirstDay || julianDay > kLastDay)
        return false;
    const qint64 sinceMarch = julianDay - 1721120; // days since 0000-03-01
    const qint64 cycles = sinceMarch / 146097;
    const qint64 inCycle = sinceMarch % 146097;
    // Years into the cycle: the divisions take out the leap days before dividing by 365.
    const qint64 yearInCycle = (inCycle - inCycle / 1460 + inCycle / 36524 - inCycle / 146096) / 365;
    const qint64 dayInYear = inCycle - (365 * yearInCycle + yearInCycle / 4 - yearInCycle / 100);
    const qint64 monthFromMarch = (5 * dayInYear + 2) / 153; // 0 = March ... 11 = February
    day = int(dayInYear - (153 * monthFromMarch + 2) / 5 + 1);
    month = int(monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9);
    year = int(400 * cycles + yearInCycle + (month <= 2 ? 1 : 0));
    return true;
}

} // namespace

Cursor::Cursor(QByteArray &out, qsizetype room)
    : m_out(out) {
    grow(room);
}

void Cursor::grow(qsizetype n) {
    // resize() keeps the bytes written so far; the array's capacity grows geometrically, so growing in
    // steps of at least a kilobyte costs few reallocations.
    const qsizetype used = m_p ? m_p - m_out.data() : m_out.size();
    const qsizetype size = used + std::max<qsizetype>(n, 1024);
    m_out.resize(size);
    m_p = m_out.data() + used;
    m_end = m_out.data() + size;
}

void Cursor::finish() {
    if (!m_p)
        return;
    m_out.resize(m_p - m_out.data());
    m_p = nullptr;
    m_end = nullptr;
}

void Cursor::string(QStringView s) {
    // Nearly every string is plain ASCII without anything to escape: copied straight into room made for
    // exactly that; the rest goes to the general loop from the first character that is not.
    const qsizetype n = s.size();
    reserve(n + 2);
    *m_p++ = '"';
    const qsizetype plain = copyPlain(s.utf16(), n, m_p);
    m_p += plain;
    if (plain < n)
        escaped(s.sliced(plain));
    byte('"');
}

// The general way: escapes, non-ASCII runs converted to UTF-8. No quotes.
void Cursor::escaped(QStringView s) {
    const char16_t *data = s.utf16();
    const qsizetype n = s.size();
    qsizetype i = 0;
    while (i < n) {
        const char16_t c = data[i];
        if (c >= 0x80) { // a run of non-ASCII text: convert it in one go
            qsizetype end = i + 1;
            while (end < n && data[end] >= 0x80)
                ++end;
            const QByteArray utf8 = s.mid(i, end - i).toUtf8();
            bytes(utf8.constData(), utf8.size());
            i = end;
            continue;
        }
        if (isPlain(c)) { // a run of plain ASCII: copy it in one go
            reserve(n - i);
            const qsizetype run = copyPlain(data + i, n - i, m_p);
            m_p += run;
            i += run;
            continue;
        }
        switch (c) {
        case u'"':
            raw("\\\"");
            break;
        case u'\\':
            raw("\\\\");
            break;
        case u'\n':
            raw("\\n");
            break;
        case u'\r':
            raw("\\r");
            break;
        case u'\t':
            raw("\\t");
            break;
        default: { // the other control characters (c < 0x20)
            const char escape[] = {'\\', 'u', '0', '0', hexDigits[c >> 4], hexDigits[c & 0xF]};
            bytes(escape, sizeof escape);
        }
        }
        ++i;
    }
}

void Cursor::stringOrNull(QStringView s) {
    if (s.isEmpty())
        raw("null");
    else
        string(s);
}

void Cursor::number(qint64 n) {
    if (n < 0) {
        const QByteArray text = QByteArray::number(n);
        bytes(text.constData(), text.size());
        return;
    }
    char digits[24];
    char *const end = digits + sizeof digits;
    const char *const begin = writeDigitsBefore(end, n);
    bytes(begin, end - begin);
}

void Cursor::date(const QDate &date) {
    if (!date.isValid()) {
        raw("null");
        return;
    }
    int year = 0;
    int month = 0;
    int day = 0;
    if (!gregorianDate(date.toJulianDay(), year, month, day)) { // before AD 1 or after 9999
        const QByteArray text = '"' + isoDayText(date).toLatin1() + '"';
        bytes(text.constData(), text.size());
        return;
    }
    // "yyyy-MM-dd" by hand, straight into the room made for it: QDate::toString goes through printf and
    // allocates twice per date.
    reserve(12);
    char *const text = m_p;
    text[0] = '"';
    text[1] = char('0' + year / 1000);
    text[2] = char('0' + year / 100 % 10);
    text[3] = char('0' + year / 10 % 10);
    text[4] = char('0' + year % 10);
    text[5] = '-';
    text[6] = char('0' + month / 10);
    text[7] = char('0' + month % 10);
    text[8] = '-';
    text[9] = char('0' + day / 10);
    text[10] = char('0' + day % 10);
    text[11] = '"';
    m_p += 12;
}

void appendString(QByteArray &out, QStringView s) {
    Cursor(out, s.size() + 2).string(s);
}

} // namespace annals::json
