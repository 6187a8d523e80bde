#pragma once

#include "timex/calendar.h"

#include <span>

namespace annals::timex {

// Named days whose date follows from the year: fixed dates, the n-th weekday of a month, and Easter.
// TimeML tags them as DATEs with the day they fall on ("Thanksgiving Day" -> 1999-11-25).
struct Holiday {
    const char *word; // the lowercase name word the lexicon knows
    bool needsDay;    // only a holiday when "Day" follows ("Election Day", "Labor Day")
    int month;        // fixed month, or the month of an n-th weekday rule; 0 for Easter
    int day;          // fixed day of the month, or 0
    int weekday;      // ISO weekday of an n-th weekday rule, or 0
    int nth;          // 1..4, or -1 for the last one in the month
};

// The holiday table; lexicon ids are 1-based indexes into it.
std::span<const Holiday> holidays();

// A weekday named for its place around a holiday ("Good Friday": Easter - 2, "Black Friday": Thanksgiving
// + 1), or for one past event or a date that varies ("Black Monday", "Super Tuesday": `holiday` 0). Either
// way not the nearest such weekday.
struct NamedWeekday {
    const char *adjective; // lowercase
    int weekday;           // ISO
    int holiday;           // 1-based id into holidays(), 0 when the day has no date of its own here
    int offsetDays;
};
std::span<const NamedWeekday> namedWeekdays();

// The day holiday `id` falls on in `year`, moved by `offsetDays` ("Christmas Eve": -1).
std::optional<greg::date> holidayDate(int id, int year, int offsetDays = 0);

} // namespace annals::timex
