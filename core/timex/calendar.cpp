#include "timex/calendar.h"

#include <boost/date_time/gregorian/gregorian.hpp>

namespace annals::timex {

std::optional<greg::date> makeDate(int year, int month, int day) {
    if (year < 1400 || year > 9999 || month < 1 || month > 12 || day < 1)
        return std::nullopt;
    if (day > greg::gregorian_calendar::end_of_month_day(greg::greg_year(year), greg::greg_month(month)))
        return std::nullopt;
    return greg::date(year, month, day);
}

bool isValidMonthDay(int month, int day) {
    static const int lengths[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month >= 1 && month <= 12 && day >= 1 && day <= lengths[month - 1];
}

greg::date toBoost(const QDate &date) {
    return greg::date(date.year(), date.month(), date.day());
}

QDate toQDate(const greg::date &date) {
    return QDate(date.year(), date.month(), date.day());
}

greg::date addMonths(const greg::date &day, int months) {
    int index = day.year() * 12 + (day.month() - 1) + months;
    const int year = index / 12;
    const int month = index % 12 + 1;
    const int last =
        greg::gregorian_calendar::end_of_month_day(greg::greg_year(year), greg::greg_month(month));
    return greg::date(year, month, std::min<int>(day.day(), last));
}

greg::date addUnits(const greg::date &day, int amount, Precision unit) {
    switch (unit) {
    case Precision::Day:
        return day + greg::days(amount);
    case Precision::Week:
        return day + greg::weeks(amount);
    case Precision::Month:
        return addMonths(day, amount);
    case Precision::Quarter:
        return addMonths(day, 3 * amount);
    case Precision::Half:
        return addMonths(day, 6 * amount);
    case Precision::Season:
        return addMonths(day, 3 * amount);
    case Precision::Year:
        return addMonths(day, 12 * amount);
    case Precision::Decade:
        return addMonths(day, 120 * amount);
    case Precision::Century:
        return addMonths(day, 1200 * amount);
    }
    return day;
}

greg::date periodStart(const greg::date &day, Precision unit) {
    const int year = day.year();
    switch (unit) {
    case Precision::Month:
        return greg::date(year, day.month(), 1);
    case Precision::Quarter:
        return greg::date(year, (day.month() - 1) / 3 * 3 + 1, 1);
    case Precision::Half:
        return greg::date(year, day.month() <= 6 ? 1 : 7, 1);
    case Precision::Year:
        return greg::date(year, 1, 1);
    default:
        return day;
    }
}

greg::date seasonDay(int year, int season) {
    static const int months[] = {4, 7, 10, 1};
    return greg::date(year, months[season - 1], 15);
}

int isoWeekday(const greg::date &day) {
    const int w = day.day_of_week().as_number(); // 0 Sunday
    return w == 0 ? 7 : w;
}

greg::date weekdayOnOrBefore(const greg::date &from, int weekday, bool strict) {
    int back = (isoWeekday(from) - weekday + 7) % 7;
    if (back == 0 && strict)
        back = 7;
    return from - greg::days(back);
}

greg::date weekdayOnOrAfter(const greg::date &from, int weekday, bool strict) {
    int ahead = (weekday - isoWeekday(from) + 7) % 7;
    if (ahead == 0 && strict)
        ahead = 7;
    return from + greg::days(ahead);
}

int quarterOf(const greg::date &day) {
    return (day.month() - 1) / 3 + 1;
}

int seasonOf(const greg::date &day) {
    const int m = day.month();
    if (m >= 3 && m <= 5)
        return 1;
    if (m >= 6 && m <= 8)
        return 2;
    if (m >= 9 && m <= 11)
        return 3;
    return 4;
}

namespace {

// A value such as "2024-05-07" or "2024-W19" written character by character into a fixed buffer and
// copied into its string once: composing it from QString::number pieces cost several allocations each.
class ValueText {
public:
    // `value` in [0, 10^width) as exactly `width` digits.
    ValueText &digits(int value, int width) {
        for (int i = width - 1; i >= 0; --i) {
            m_chars[m_size + i] = char16_t(u'0' + value % 10);
            value /= 10;
        }
        m_size += width;
        return *this;
    }
    ValueText &text(QStringView s) {
        for (QChar c : s)
            m_chars[m_size++] = c.unicode();
        return *this;
    }
    QString toString() const { return QString(reinterpret_cast<const QChar *>(m_chars), m_size); }

private:
    char16_t m_chars[16];
    int m_size = 0;
};

bool fitsFourDigits(int year) {
    return year >= 0 && year <= 9999;
}

} // namespace

QString fourDigits(int year) {
    if (fitsFourDigits(year))
        return ValueText().digits(year, 4).toString();
    return QString::number(year).rightJustified(4, u'0');
}

QString twoDigits(int value) {
    if (value >= 0 && value <= 99)
        return ValueText().digits(value, 2).toString();
    return QString::number(value).rightJustified(2, u'0');
}

QStringView seasonCode(int season) {
    static const char16_t *const codes[] = {u"SP", u"SU", u"FA", u"WI"};
    return QStringView(codes[season - 1]);
}

namespace {
QString formatAnnoDomini(const CalendarPoint &point);
}

QString formatPoint(const CalendarPoint &point) {
    if (!isShiftedBc(point.day.year()))
        return formatAnnoDomini(point);
    // A decade or century before Christ is named by its years' leading digits: the 480s BC (489-480 BC) are
    // "BC048", the fifth century BC (499-400 BC) "BC04".
    const int yearBc = kShiftedBc + 1 - point.day.year();
    if (point.precision == Precision::Decade)
        return QStringLiteral("BC") + fourDigits(yearBc).left(3);
    if (point.precision == Precision::Century)
        return QStringLiteral("BC") + fourDigits(yearBc).left(2);
    // "9521-SU" -> "BC0480-SU": the leading year is the only part that differs.
    const QString shifted = formatAnnoDomini(point);
    return QStringLiteral("BC") + fourDigits(kShiftedBc + 1 - shifted.first(4).toInt()) + shifted.sliced(4);
}

namespace {

QString formatAnnoDomini(const CalendarPoint &point) {
    const greg::date &d = point.day;
    const int year = d.year();
    switch (point.precision) {
    case Precision::Day:
        if (fitsFourDigits(year))
            return ValueText()
                .digits(year, 4)
                .text(u"-")
                .digits(d.month(), 2)
                .text(u"-")
                .digits(d.day(), 2)
                .toString();
        return fourDigits(year) + u'-' + twoDigits(d.month()) + u'-' + twoDigits(d.day());
    case Precision::Week: {
        const int week = d.week_number();
        int weekYear = year;
        if (week >= 52 && d.month() == 1)
            --weekYear;
        else if (week == 1 && d.month() == 12)
            ++weekYear;
        if (fitsFourDigits(weekYear))
            return ValueText().digits(weekYear, 4).text(u"-W").digits(week, 2).toString();
        return fourDigits(weekYear) + u"-W" + twoDigits(week);
    }
    case Precision::Month:
        if (fitsFourDigits(year))
            return ValueText().digits(year, 4).text(u"-").digits(d.month(), 2).toString();
        return fourDigits(year) + u'-' + twoDigits(d.month());
    case Precision::Quarter:
        return fourDigits(year) + u"-Q" + QString::number(quarterOf(d));
    case Precision::Half:
        return fourDigits(year) + (d.month() <= 6 ? u"-H1" : u"-H2");
    case Precision::Season: {
        const int s = seasonOf(d);
        // December belongs to the winter named after the following year's January-February.
        const int y = (s == 4 && d.month() == 12) ? year + 1 : year;
        return fourDigits(y) + u'-' + seasonCode(s);
    }
    case Precision::Year:
        return fourDigits(year);
    case Precision::Decade:
        if (fitsFourDigits(year))
            return ValueText().digits(year / 10, 3).toString();
        return fourDigits(year).left(3);
    case Precision::Century:
        if (fitsFourDigits(year))
            return ValueText().digits(year / 100, 2).toString();
        return fourDigits(year).left(2);
    }
    return {};
}

} // namespace

} // namespace annals::timex
