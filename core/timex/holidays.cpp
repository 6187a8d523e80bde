#include "timex/holidays.h"

#include <boost/date_time/gregorian/gregorian.hpp>

namespace annals::timex {

namespace {

const Holiday table[] = {
    {"thanksgiving", false, 11, 0, 4, 4}, // US: fourth Thursday of November
    {"christmas", false, 12, 25, 0, 0},   {"easter", false, 0, 0, 0, 0}, {"halloween", false, 10, 31, 0, 0},
    {"election", true, 11, 0, 2, 0}, // US: the Tuesday after the first Monday of November
    {"labor", true, 9, 0, 1, 1},     // US: first Monday of September
    {"memorial", true, 5, 0, 1, -1}, // US: last Monday of May
    {"veterans", true, 11, 11, 0, 0},
};

// Western Easter Sunday (the anonymous Gregorian computus).
greg::date easterSunday(int year) {
    const int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
    const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return greg::date(year, month, day);
}

} // namespace

std::span<const Holiday> holidays() {
    return table;
}

std::span<const NamedWeekday> namedWeekdays() {
    static constexpr int thanksgiving = 1, easter = 3;
    static const NamedWeekday named[] = {{"good", 5, easter, -2},
                                         {"maundy", 4, easter, -3},
                                         {"holy", 6, easter, -1},
                                         {"palm", 7, easter, -7},
                                         {"ash", 3, easter, -46},
                                         {"black", 5, thanksgiving, 1},
                                         {"cyber", 1, thanksgiving, 4},
                                         {"black", 1, 0, 0},
                                         {"bloody", 7, 0, 0},
                                         {"super", 2, 0, 0},
                                         {"blue", 1, 0, 0}};
    return named;
}

std::optional<greg::date> holidayDate(int id, int year, int offsetDays) {
    if (id < 1 || id > int(std::size(table)) || year < 1583 || year > 9998)
        return std::nullopt;
    const Holiday &h = table[id - 1];
    greg::date d;
    if (h.month == 0) {
        d = easterSunday(year);
    } else if (h.day > 0) {
        d = greg::date(year, h.month, h.day);
    } else if (h.nth == 0) {
        // The weekday after the first Monday: the first such weekday on or after the 2nd.
        d = weekdayOnOrAfter(greg::date(year, h.month, 2), h.weekday, false);
    } else if (h.nth > 0) {
        d = weekdayOnOrAfter(greg::date(year, h.month, 1), h.weekday, false) + greg::weeks(h.nth - 1);
    } else {
        d = weekdayOnOrBefore(greg::date(year, h.month, 1).end_of_month(), h.weekday, false);
    }
    return d + greg::days(offsetDays);
}

} // namespace annals::timex
