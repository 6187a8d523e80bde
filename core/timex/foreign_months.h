#pragma once

#include <QHash>
#include <QString>
#include <QStringView>

namespace annals::timex {

// Month names of French, German, Spanish, Italian, Portuguese, Dutch, Russian, Ukrainian, Polish, Turkish
// and Arabic, read from ICU's locale data (CLDR) once: wide and abbreviated, format (in Slavic languages
// the genitive: "7 февраля") and stand-alone forms, lowercased. Used to read explicit dates such as
// "7 février 2024", "7. Februar 2024", "7 de febrero de 2024" and "٧ فبراير ٢٠٢٤".
class ForeignMonths {
public:
    struct Month {
        int number = 0;            // 1..12, or 0 when the word is no month name of those languages
        bool abbreviation = false; // only an abbreviation ("set", "out"): trusted only before a year
    };

    ForeignMonths();
    // `word` in any case, with an optional final period.
    Month find(QStringView word) const;
    bool isEmpty() const { return m_months.isEmpty(); }

private:
    QHash<QString, Month> m_months;
};

} // namespace annals::timex
