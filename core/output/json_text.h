#pragma once

#include <QByteArray>
#include <QDate>
#include <QStringView>

#include <cstring>

namespace annals::json {

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

// Appends JSON text to a QByteArray through a plain pointer. Appending piece by piece would cost a
// QByteArray::resize (a library call) for every member name, string and number of a record; the cursor
// makes room in large steps, copies each piece inline, and gives the unused room back in finish() (or
// when destroyed). Nothing else may change or copy the array while a cursor writes to it.
class Cursor {
public:
    explicit Cursor(QByteArray &out, qsizetype room = 512);
    ~Cursor() { finish(); }
    Cursor(const Cursor &) = delete;
    Cursor &operator=(const Cursor &) = delete;

    // Room for at least n more bytes.
    void reserve(qsizetype n) {
        if (m_end - m_p < n)
            grow(n);
    }
    void bytes(const char *data, qsizetype n) {
        reserve(n);
        std::memcpy(m_p, data, std::size_t(n));
        m_p += n;
    }
    // The characters of a string literal (without its terminating zero).
    template <qsizetype N> void raw(const char (&literal)[N]) { bytes(literal, N - 1); }
    void byte(char c) {
        reserve(1);
        *m_p++ = c;
    }
    // `s` as a JSON string literal (quoted, escaped, UTF-8).
    void string(QStringView s);
    // `s` as a string, or null when it is empty.
    void stringOrNull(QStringView s);
    void number(qint64 n);
    // "YYYY-MM-DD", or null for an invalid date.
    void date(const QDate &date);
    // Shrinks the array to what was written.
    void finish();

private:
    void grow(qsizetype n);
    void escaped(QStringView s);
    QByteArray &m_out;
    char *m_p = nullptr;
    char *m_end = nullptr;
};

// One string appended on its own (see Cursor::string).
void appendString(QByteArray &out, QStringView s);

} // namespace annals::json
