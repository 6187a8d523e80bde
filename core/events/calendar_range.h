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
// Values that name no calendar period (PRESENT_REF, XXXX-10-07, P6W, malformed) give nullopt.
std::optional<CalendarRange> calendarRange(QStringView value, QStringView mod = {});

} // namespace annals
