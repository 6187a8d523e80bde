#include "timex/foreign_months.h"

#include <unicode/dtfmtsym.h>
#include <unicode/locid.h>

namespace annals::timex {

namespace {

QString fromIcu(const icu::UnicodeString &s) {
    return QString(reinterpret_cast<const QChar *>(s.getBuffer()), s.length());
}

} // namespace

ForeignMonths::ForeignMonths() {
    // Arabic has two month-name traditions: the Egyptian/Gulf names (ar) and the Levantine ones (ar_SY).
    static const char *const locales[] = {"fr", "de", "es", "it", "pt",    "nl",   "ru",
                                          "uk", "pl", "tr", "ar", "ar_SY", "ar_IQ"};
    // Wide names first: a word that is a full name in one language ("mai") is not demoted by being an
    // abbreviation in another.
    for (auto width : {icu::DateFormatSymbols::WIDE, icu::DateFormatSymbols::ABBREVIATED}) {
        for (const char *name : locales) {
            UErrorCode status = U_ZERO_ERROR;
            icu::DateFormatSymbols symbols(icu::Locale(name), status);
            if (U_FAILURE(status))
                continue;
            for (auto context : {icu::DateFormatSymbols::FORMAT, icu::DateFormatSymbols::STANDALONE}) {
                int32_t count = 0;
                const icu::UnicodeString *months = symbols.getMonths(count, context, width);
                for (int32_t m = 0; m < count && m < 12; ++m) {
                    QString key = fromIcu(months[m]).toLower();
                    if (key.endsWith(u'.'))
                        key.chop(1);
                    // Abbreviations of one or two letters would match ordinary words.
                    if ((key.size() >= 3 || (key.size() >= 2 && key.at(0).unicode() > 0x7F)) &&
                        !m_months.contains(key))
                        m_months.insert(key, Month{m + 1, width == icu::DateFormatSymbols::ABBREVIATED});
                }
            }
        }
    }
}

ForeignMonths::Month ForeignMonths::find(QStringView word) const {
    if (word.endsWith(u'.'))
        word.chop(1);
    return m_months.value(word.toString().toLower());
}

} // namespace annals::timex
