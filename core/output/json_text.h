#pragma once

#include <QByteArray>
#include <QDate>
#include <QStringView>

#include <optional>

namespace annals::json {

// Appends `s` as a JSON string literal (quoted, escaped, UTF-8) to `out`.
void appendString(QByteArray &out, QStringView s);
// Appends "YYYY-MM-DD" or null.
void appendDate(QByteArray &out, const std::optional<QDate> &date);
void appendDate(QByteArray &out, const QDate &date);
// Appends a string, or null when `s` is empty.
void appendStringOrNull(QByteArray &out, QStringView s);

} // namespace annals::json
