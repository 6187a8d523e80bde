#pragma once

#include <QHash>
#include <QString>
#include <QStringView>

namespace annals::timex {

// Month names of French, German, Spanish and Arabic, read from ICU's locale data (CLDR) once: wide and
// abbreviated, format and stand-alone forms, lowercased. Used to read explicit dates such as
// "7 février 2024", "7. Februar 2024", "7 de febrero de 2024" and "٧ فبراير ٢٠٢٤".
class ForeignMonths {
public:
    ForeignMonths();
    // 1..12, or 0 when `word` (any case, an optional final period) is not a month name of those languages.
    int find(QStringView word) const;
    bool isEmpty() const { return m_months.isEmpty(); }

private:
    QHash<QString, int> m_months;
};

} // namespace annals::timex
