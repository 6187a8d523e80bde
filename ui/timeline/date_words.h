#pragma once

#include "model/event.h"

#include <QDate>
#include <QString>

namespace annals::timeline {

// An event's date in words, for the selected-event caption and tooltips:
// "Sunday 5 May 2024", "Wednesday 7 February 2024, 18:13", "week 6 of 2024", "late January 2024",
// "first quarter of 2024", "winter 2024", "2024", "the 2020s", "the 21st century", and before Christ
// "August 480 BC", "the 480s BC", "the 5th century BC" (QDate years below 0, see
// core/events/calendar_range.h). earliest/latest are the inclusive days the value may mean; mod is the TIMEX3
// mod ("START", "MID", "END"...); value is the TIMEX3 value, used for the time of day and for seasons.
QString describeDate(annals::Granularity granularity, QDate earliest, QDate latest, QStringView mod = {},
                     QStringView value = {});

// "day", "week"... as a phrase for the precision: "known to the day", "known to the month"...
QString describePrecision(annals::Granularity granularity);

} // namespace annals::timeline
