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
    static const char *const locales[] = {"fr", "de", "es", "ar", "ar_SY", "ar_IQ"};
    for (const char *name : locales) {
        UErrorCode status = U_ZERO_ERROR;
        icu::DateFormatSymbols symbols(icu::Locale(name), status);
        if (U_FAILURE(status))
            continue;
        for (auto context : {icu::DateFormatSymbols::FORMAT, icu::DateFormatSymbols::STANDALONE}) {
            for (auto width : {icu::DateFormatSymbols::WIDE, icu::DateFormatSymbols::ABBREVIATED}) {
                int32_t count = 0;
                const icu::UnicodeString *months = symbols.getMonths(count, context, width);
                for (int32_t m = 0; m < count && m < 12; ++m) {
                    QString key = fromIcu(months[m]).toLower();
                    if (key.endsWith(u'.'))
                        key.chop(1);
                    // Abbreviations of one or two letters would match ordinary words.
                    if (key.size() >= 3 || (key.size() >= 2 && key.at(0).unicode() > 0x7F))
                        m_months.insert(key, m + 1);
                }
            }
        }
    }
}

int ForeignMonths::find(QStringView word) const {
    if (word.endsWith(u'.'))
        word.chop(1);
    return m_months.value(word.toString().toLower(), 0);
}

} // namespace annals::timex
