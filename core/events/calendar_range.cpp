#include "events/calendar_range.h"

#include "model/unit_search.h"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace annals {

namespace {

// Boost.DateTime covers the years 1400..9999; QDate covers the rest of the proleptic Gregorian calendar.
constexpr int boostFirstYear = 1400;
constexpr int boostLastYear = 9999;

bool inBoostRange(int year) {
    return year >= boostFirstYear && year <= boostLastYear;
}

int daysInMonth(int year, int month) {
    if (inBoostRange(year))
        return boost::gregorian::gregorian_calendar::end_of_month_day(year, month);
    return QDate(year, month, 1).daysInMonth();
}

QDate toQDate(const boost::gregorian::date &d) {
    return QDate(d.year(), d.month(), d.day());
}

// Monday of ISO week `week` of ISO year `year`, or an invalid date when the year has no such week.
QDate isoWeekMonday(int year, int week) {
    if (!inBoostRange(year) || week < 1 || week > 53)
        return {};
    using namespace boost::gregorian;
    const date jan4(year, 1, 4); // always in ISO week 1
    const int daysSinceMonday = (jan4.day_of_week().as_number() + 6) % 7;
    const date monday = jan4 - days(daysSinceMonday) + weeks(week - 1);
    if (week == 53 && (monday + days(3)).year() != year) // the week's Thursday must lie in the year
        return {};
    return toQDate(monday);
}

// Reads exactly `count` ASCII digits at `pos`; -1 when they are not all digits.
int digitsAt(QStringView s, qsizetype pos, qsizetype count) {
    if (pos + count > s.size())
        return -1;
    int n = 0;
    for (qsizetype i = pos; i < pos + count; ++i) {
        const char16_t c = s[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        n = n * 10 + (c - u'0');
    }
    return n;
}

std::optional<CalendarRange> range(Granularity g, QDate first, QDate last) {
    if (!first.isValid() || !last.isValid() || last < first)
        return std::nullopt;
    return CalendarRange{g, first, last};
}

std::optional<CalendarRange> monthRange(Granularity g, int year, int firstMonth, int monthCount) {
    const QDate first(year, firstMonth, 1);
    if (year >= 1) { // after Christ the last month is plain arithmetic (QDate's calls cost more)
        const int lastIndex = firstMonth - 1 + monthCount - 1;
        const int lastYear = year + lastIndex / 12;
        const int lastMonth = lastIndex % 12 + 1;
        return range(g, first, QDate(lastYear, lastMonth, daysInMonth(lastYear, lastMonth)));
    }
    const QDate lastMonth = first.addMonths(monthCount - 1);
    return range(
        g, first,
        QDate(lastMonth.year(), lastMonth.month(), daysInMonth(lastMonth.year(), lastMonth.month())));
}

// The part of a value after "YYYY-": month, day, time, week, quarter, half or season.
std::optional<CalendarRange> rangeWithinYear(int year, QStringView rest) {
    // "1998-10-XX", "1915-XX-XX", "1915-XX": a day or month the text does not give ("that same day"
    // after "in October 1998"); the event belongs to the month or year that is known.
    if (equalsText(rest, u"XX") || equalsText(rest, u"XX-XX"))
        return monthRange(Granularity::Year, year, 1, 12);
    if (rest.size() == 5 && equalsText(rest.mid(2), u"-XX")) {
        const int month = digitsAt(rest, 0, 2);
        return month >= 1 && month <= 12 ? monthRange(Granularity::Month, year, month, 1) : std::nullopt;
    }
    if (rest.size() >= 3 && rest[0] == u'W' &&
        rest[1].isDigit()) { // ISO week, optionally with a weekday or weekend
        const int week = digitsAt(rest, 1, 2);
        const QDate monday = isoWeekMonday(year, week);
        if (!monday.isValid())
            return std::nullopt;
        if (rest.size() == 3)
            return range(Granularity::Week, monday, monday.addDays(6));
        if (rest.size() == 5 && rest[3] == u'-') {
            const int weekday = digitsAt(rest, 4, 1);
            if (weekday >= 1 && weekday <= 7)
                return range(Granularity::Day, monday.addDays(weekday - 1), monday.addDays(weekday - 1));
        }
        if (equalsText(rest.mid(3), u"-WE"))
            return range(Granularity::Week, monday.addDays(5), monday.addDays(6));
        return std::nullopt;
    }
    if (rest.size() == 2) {
        const int n = digitsAt(rest, 1, 1);
        if (rest[0] == u'Q' && n >= 1 && n <= 4)
            return monthRange(Granularity::Quarter, year, 3 * (n - 1) + 1, 3);
        if (rest[0] == u'H' && n >= 1 && n <= 2)
            return monthRange(Granularity::Half, year, 6 * (n - 1) + 1, 6);
        if (equalsText(rest, u"SP"))
            return monthRange(Granularity::Season, year, 3, 3);
        if (equalsText(rest, u"SU"))
            return monthRange(Granularity::Season, year, 6, 3);
        if (equalsText(rest, u"FA"))
            return monthRange(Granularity::Season, year, 9, 3);
        if (equalsText(rest, u"WI"))
            return monthRange(Granularity::Season, year, 12, 3);
        const int month = digitsAt(rest, 0, 2);
        if (month >= 1 && month <= 12)
            return monthRange(Granularity::Month, year, month, 1);
        return std::nullopt;
    }
    const int month = digitsAt(rest, 0, 2);
    if (month < 1 || month > 12 || rest.size() < 5 || rest[2] != u'-')
        return std::nullopt;
    const int day = digitsAt(rest, 3, 2);
    if (day < 1 || day > daysInMonth(year, month))
        return std::nullopt;
    const QDate date(year, month, day);
    if (rest.size() == 5)
        return range(Granularity::Day, date, date);
    // "T18:13", "T18:13:05", "TEV", "TMO", possibly with a zone: a time within that day.
    if (rest[5] == u'T' && rest.size() > 6)
        return range(Granularity::Time, date, date);
    return std::nullopt;
}

// Narrows a range to its first, middle or last third, counted in whole months for years, halves, quarters
// and seasons ("early 2024" = January to April), in whole years for decades and centuries, and in days
// otherwise. The last third takes the remainder ("late January" = January 21 to 31).
// Years counted on one line across the eras (1 BC = 0, 2 BC = -1), for differences between years.
int astronomicalYear(int year) {
    return year < 0 ? year + 1 : year;
}

CalendarRange applyMod(CalendarRange r, QStringView mod) {
    const bool start = equalsText(mod, u"START") || equalsText(mod, u"EARLY");
    const bool mid = equalsText(mod, u"MID");
    const bool end = equalsText(mod, u"END") || equalsText(mod, u"LATE");
    if (!(start || mid || end) || r.granularity == Granularity::Day || r.granularity == Granularity::Time)
        return r;
    const QDate first = r.earliest;
    const QDate afterLast = r.latest.addDays(1);
    std::function<QDate(qint64)> step;
    qint64 units = 0;
    switch (r.granularity) {
    case Granularity::Year:
    case Granularity::Half:
    case Granularity::Quarter:
    case Granularity::Season:
        units = (astronomicalYear(afterLast.year()) - astronomicalYear(first.year())) * 12 +
                afterLast.month() - first.month();
        step = [first](qint64 n) { return first.addMonths(int(n)); };
        break;
    case Granularity::Decade:
    case Granularity::Century:
        units = astronomicalYear(afterLast.year()) - astronomicalYear(first.year());
        step = [first](qint64 n) { return first.addYears(int(n)); };
        break;
    default:
        units = first.daysTo(afterLast);
        step = [first](qint64 n) { return first.addDays(n); };
        break;
    }
    const qint64 third = std::max<qint64>(1, units / 3);
    if (start) {
        r.latest = step(third).addDays(-1);
    } else if (mid) {
        r.earliest = step(third);
        r.latest = step(2 * third).addDays(-1);
    } else {
        r.earliest = step(2 * third);
    }
    return r;
}

// Years given by their number in an era, first <= last: after Christ as QDate counts them, before Christ
// negated and so in reverse order ("the 480s BC" = 489..480 BC = QDate years -489..-480). Neither era has
// a year 0: the first decade and century before Christ stop at 1 BC.
std::optional<CalendarRange> eraYears(Granularity g, bool beforeChrist, int first, int last) {
    if (!beforeChrist)
        return range(g, QDate(first, 1, 1), QDate(last, 12, 31));
    return range(g, QDate(-last, 1, 1), QDate(-std::max(first, 1), 12, 31));
}

std::optional<CalendarRange> unmodifiedRange(QStringView value, bool beforeChrist) {
    switch (value.size()) {
    case 2: { // century "20" = 2000..2099
        const int c = digitsAt(value, 0, 2);
        if (c < 0)
            return std::nullopt;
        return eraYears(Granularity::Century, beforeChrist, c * 100, c * 100 + 99);
    }
    case 3: { // decade "202" = 2020..2029
        const int d = digitsAt(value, 0, 3);
        if (d < 0)
            return std::nullopt;
        return eraYears(Granularity::Decade, beforeChrist, d * 10, d * 10 + 9);
    }
    case 4: {
        const int y = digitsAt(value, 0, 4);
        if (y < 0)
            return std::nullopt;
        return eraYears(Granularity::Year, beforeChrist, y, y);
    }
    default:
        break;
    }
    const int year = digitsAt(value, 0, 4);
    if (year < 0 || value.size() < 6 || value[4] != u'-')
        return std::nullopt;
    return rangeWithinYear(beforeChrist ? -year : year, value.mid(5));
}

} // namespace

std::optional<CalendarRange> calendarRange(QStringView value, QStringView mod) {
    // Before Christ the TimeML way: "BC" and the value with the era's own year number (see the header).
    const bool beforeChrist = startsWithText(value, u"BC");
    const QStringView eraValue = beforeChrist ? value.mid(2) : value;
    // QDate has no year 0 and TIMEX3 years are four digits; year 0000 is not a calendar year here.
    if (startsWithText(eraValue, u"0000"))
        return std::nullopt;
    std::optional<CalendarRange> r = unmodifiedRange(eraValue, beforeChrist);
    if (!r)
        return std::nullopt;
    return applyMod(*r, mod);
}

} // namespace annals
