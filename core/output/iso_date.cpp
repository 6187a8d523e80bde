#include "output/iso_date.h"

#include <cstdlib>

using namespace Qt::StringLiterals;

namespace annals {

QString isoDayText(const QDate &date) {
    if (!date.isValid())
        return {};
    if (date.year() > 0 && date.year() <= 9999)
        return date.toString(Qt::ISODate);
    // QDate has no year 0 (1 BC is -1); ISO 8601 counts 1 BC as 0.
    const int year = date.year() < 0 ? date.year() + 1 : date.year();
    const QLatin1Char zero('0');
    return (year < 0 ? u"-"_s : QString()) + u"%1-%2-%3"_s.arg(std::abs(year), 4, 10, zero)
                                                 .arg(date.month(), 2, 10, zero)
                                                 .arg(date.day(), 2, 10, zero);
}

} // namespace annals
