#pragma once

#include "model/event.h"

#include <QDate>
#include <QStringView>

#include <optional>

namespace annals {

// The days a TIMEX3 DATE/TIME value can refer to.
struct CalendarRange {
    Granularity granularity = Granularity::Day;
    QDate earliest; // first day
    QDate latest;   // last day, inclusive
};

// Maps a calendar value to its range of days: "2024-02-07" (day), "2024-02-07T18:13" (time), "2024-W06"
// (ISO week), "2024-02" (month), "2024-Q1" (quarter), "2024-SU" (meteorological season, northern
// hemisphere; winter runs December to February of the next year), "2024-H1" (half), "2024" (year),
// "202" (decade), "20" (century). The mods START/EARLY, MID and END/LATE narrow the range to its first,
// middle and last third ("late January": 2024-01 END -> January 21..31); other mods leave it as is.
//
// Years before Christ follow TimeML: "BC" before the value written with the era's year number, as the
// tagger writes them. QDate counts the same years negatively (proleptic Gregorian, no year 0), so
// "BC0001" (1 BC) is the QDate year -1, "BC0146" (146 BC) is -146..-146, "BC0480-08" is August -480,
// "BC0481-WI" December -481 to February -480. Decades and centuries mirror the ones after Christ and
// name the years by their number: "BC048" (the 480s BC) is 489..480 BC (-489..-480), "BC04" (the 400s BC,
// read as the 5th century BC as "20" is read as the 21st) is 499..400 BC; "BC000" and "BC00" end at 1 BC.
// Values that name no calendar period (PRESENT_REF, XXXX-10-07, P6W, malformed) give nullopt.
std::optional<CalendarRange> calendarRange(QStringView value, QStringView mod = {});

} // namespace annals
