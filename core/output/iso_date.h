#pragma once

#include <QDate>
#include <QString>

namespace annals {

// A day as ISO 8601 writes it ("2024-02-07"), for the exports' earliest/latest and publication dates;
// empty for an invalid date. Days before Christ follow ISO 8601's astronomical year numbering, signed and
// of at least four digits: 1 BC is year 0000 and 480 BC is -0479, so 1 August 480 BC is "-0479-08-01" and
// years subtract across the era boundary without a gap. The event's "date" field keeps the TIMEX3 value
// ("BC0480-08"), which names the year as the text does.
QString isoDayText(const QDate &date);

} // namespace annals
