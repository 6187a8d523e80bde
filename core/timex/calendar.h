#pragma once

#include <QDate>
#include <QString>

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <optional>

namespace annals::timex {

namespace greg = boost::gregorian;

// How precise a resolved calendar value is; decides how it is written as a TIMEX3 value.
enum class Precision { Day, Week, Month, Quarter, Half, Season, Year, Decade, Century };

// A resolved point on the calendar: the day it contains plus the precision it was stated at.
struct CalendarPoint {
    greg::date day;
    Precision precision = Precision::Day;
};

// A valid date, or nothing (February 30 does not exist; it must never roll over to March).
std::optional<greg::date> makeDate(int year, int month, int day);
bool isValidMonthDay(int month, int day); // allows February 29 (the year may be a leap year)

greg::date toBoost(const QDate &date);
QDate toQDate(const greg::date &date);

greg::date addMonths(const greg::date &day, int months); // clamps to the month's last day
greg::date addUnits(const greg::date &day, int amount, Precision unit);
// The first day of the month, quarter, half or year holding `day` (other precisions: `day` itself).
greg::date periodStart(const greg::date &day, Precision unit);

// The latest date on or before `from` (or strictly before it when `strict`) falling on `isoWeekday`.
greg::date weekdayOnOrBefore(const greg::date &from, int isoWeekday, bool strict);
greg::date weekdayOnOrAfter(const greg::date &from, int isoWeekday, bool strict);

int isoWeekday(const greg::date &day); // 1 Monday .. 7 Sunday
int quarterOf(const greg::date &day);  // 1..4
int seasonOf(const greg::date &day);   // 1 spring .. 4 winter (December counts to the next year's winter)
// The representative day of a season of `year`: its middle month (winter: January of the named year).
greg::date seasonDay(int year, int season);

// Boost's calendar starts in 1400, so a story told before Christ is counted in years shifted into its range:
// the year n BC is kShiftedBc + 1 - n (480 BC is 9521). The shift is a multiple of 400 years, so weekdays and
// leap years fall as in the proleptic Gregorian calendar, and steps of days, months and years work unchanged.
// No text names a year after 6000, so those stand for years before Christ.
inline constexpr int kShiftedBc = 10000;
inline constexpr int kShiftedBcFirst = 6001; // 4000 BC
inline int shiftedBcYear(int yearBc) {
    return kShiftedBc + 1 - yearBc;
}
inline bool isShiftedBc(int year) {
    return year >= kShiftedBcFirst;
}

// TIMEX3 value of a point at its precision: "2024-02-07", "2024-W06", "2024-02", "2024-Q1", "2024-H1",
// "2024-SU", "2024", "202", "20"; a shifted year before Christ as "BC0480-SU", its decade "BC048".
QString formatPoint(const CalendarPoint &point);
QString fourDigits(int year);
QStringView seasonCode(int season); // 1 spring .. 4 winter: "SP", "SU", "FA", "WI"
QString twoDigits(int value);

} // namespace annals::timex
