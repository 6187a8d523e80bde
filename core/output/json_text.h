#pragma once

#include <QByteArray>
#include <QDate>
#include <QStringView>

#include <cstring>
#include <optional>

namespace annals::json {

// Appends n bytes as they are. Cheaper than QByteArray::append, which goes through the general insert.
inline void appendBytes(QByteArray &out, const char *bytes, qsizetype n) {
    const qsizetype old = out.size();
    out.resize(old + n);
    std::memcpy(out.data() + old, bytes, std::size_t(n));
}

// Writes the decimal digits of n (not negative) so that they end just before `end`; returns where they
// begin. Numbers are written without QByteArray::number's allocation.
template <typename Char> Char *writeDigitsBefore(Char *end, qint64 n) {
    Char *p = end;
    do {
        *--p = Char('0' + n % 10);
        n /= 10;
    } while (n > 0);
    return p;
}

// The characters of a string literal (without its terminating zero).
template <qsizetype N> void appendRaw(QByteArray &out, const char (&literal)[N]) {
    appendBytes(out, literal, N - 1);
}

// Appends `s` as a JSON string literal (quoted, escaped, UTF-8) to `out`.
void appendString(QByteArray &out, QStringView s);
// Appends "YYYY-MM-DD" or null.
void appendDate(QByteArray &out, const std::optional<QDate> &date);
void appendDate(QByteArray &out, const QDate &date);
// Appends a string, or null when `s` is empty.
void appendStringOrNull(QByteArray &out, QStringView s);

} // namespace annals::json
