#pragma once

// Test helpers shared by the time-expression suites: a dct from an ISO string, the expression with a
// given text among those found, and a readable list of what was found for failure messages.

#include "model/timex.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace annals::testing {

// An empty string means no publication date.
inline std::optional<QDate> dctFrom(const QString &iso) {
    if (iso.isEmpty())
        return std::nullopt;
    return QDate::fromString(iso, Qt::ISODate);
}

// The last expression whose text in `text` is exactly `span`, or nullptr.
inline const Timex *findSpan(const QString &text, const QList<Timex> &found, const QString &span) {
    const Timex *match = nullptr;
    for (const Timex &t : found) {
        if (QStringView(text).mid(t.span.start, t.span.length()) == span)
            match = &t;
    }
    return match;
}

// "[text|TYPE|value|mod] ..." for every expression found.
inline QString describe(const QString &text, const QList<Timex> &found) {
    QStringList parts;
    for (const Timex &t : found)
        parts << QStringLiteral("[") + text.mid(t.span.start, t.span.length()) + QStringLiteral("|") +
                     timexTypeName(t.type) + QStringLiteral("|") + t.value + QStringLiteral("|") + t.mod +
                     QStringLiteral("]");
    return parts.join(u' ');
}

} // namespace annals::testing
