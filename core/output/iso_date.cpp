#include "output/iso_date.h"

#include <cstdlib>

namespace annals {

QString isoDayText(const QDate &date) {
    if (!date.isValid())
        return {};
    // One conversion from the day number (QDate::toString and year()/month()/day() make several).
    int year = 0, month = 0, day = 0;
    date.getDate(&year, &month, &day);
    // QDate has no year 0 (1 BC is -1); ISO 8601 counts 1 BC as 0.
    if (year < 0)
        ++year;
    const int digits = std::abs(year);
    if (digits > 9999)
        return QString::number(year) + u'-' + QString::number(month).rightJustified(2, u'0') + u'-' +
               QString::number(day).rightJustified(2, u'0');
    char16_t text[11];
    qsizetype n = 0;
    if (year < 0)
        text[n++] = u'-';
    text[n++] = char16_t(u'0' + digits / 1000);
    text[n++] = char16_t(u'0' + digits / 100 % 10);
    text[n++] = char16_t(u'0' + digits / 10 % 10);
    text[n++] = char16_t(u'0' + digits % 10);
    text[n++] = u'-';
    text[n++] = char16_t(u'0' + month / 10);
    text[n++] = char16_t(u'0' + month % 10);
    text[n++] = u'-';
    text[n++] = char16_t(u'0' + day / 10);
    text[n++] = char16_t(u'0' + day % 10);
    return QString(reinterpret_cast<const QChar *>(text), n);
}

} // namespace annals
