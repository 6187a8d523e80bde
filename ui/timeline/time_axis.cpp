#include "time_axis.h"

#include "model/calendar_words.h"

#include <QLocale>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace annals::timeline {

namespace {

// How a row of labels is worded. Each level offers formats from long to short; the first that fits wins.
enum class LabelFormat {
    HourClock,      // "13:00"
    DayWeekday,     // "Mon 5"
    DayNumber,      // "5"
    WeekDayMonth,   // "5 Feb"
    WeekNumber,     // "W6"
    MonthLong,      // "February"
    MonthShort,     // "Feb"
    MonthLetter,    // "F"
    QuarterLabel,   // "Q1"
    YearNumber,     // "2024"
    YearShort,      // "'24"
    DecadeLabel,    // "2020s"
    CenturyLabel,   // "21st century"
    CenturyShort,   // "2000s" style start year: "2000"
    DayFull,        // "Monday 5 February 2024"
    DayMedium,      // "Mon 5 Feb 2024"
    DayShort,       // "5 Feb"
    MonthYear,      // "February 2024"
    MonthYearShort, // "Feb 2024"
};

enum class Alignment { Start, Center };

struct Level {
    AxisUnit minorUnit;
    int minorStep;
    std::array<LabelFormat, 3> minorFormats; // repeated entries pad short lists
    Alignment minorAlignment;
    AxisUnit majorUnit;
    std::array<LabelFormat, 3> majorFormats;
};

constexpr Level levels[] = {
    {AxisUnit::Hour,
     1,
     {LabelFormat::HourClock, LabelFormat::HourClock, LabelFormat::HourClock},
     Alignment::Start,
     AxisUnit::Day,
     {LabelFormat::DayFull, LabelFormat::DayMedium, LabelFormat::DayShort}},
    {AxisUnit::Hour,
     3,
     {LabelFormat::HourClock, LabelFormat::HourClock, LabelFormat::HourClock},
     Alignment::Start,
     AxisUnit::Day,
     {LabelFormat::DayFull, LabelFormat::DayMedium, LabelFormat::DayShort}},
    {AxisUnit::Hour,
     6,
     {LabelFormat::HourClock, LabelFormat::HourClock, LabelFormat::HourClock},
     Alignment::Start,
     AxisUnit::Day,
     {LabelFormat::DayFull, LabelFormat::DayMedium, LabelFormat::DayShort}},
    {AxisUnit::Hour,
     12,
     {LabelFormat::HourClock, LabelFormat::HourClock, LabelFormat::HourClock},
     Alignment::Start,
     AxisUnit::Day,
     {LabelFormat::DayMedium, LabelFormat::DayShort, LabelFormat::DayShort}},
    {AxisUnit::Day,
     1,
     {LabelFormat::DayWeekday, LabelFormat::DayNumber, LabelFormat::DayNumber},
     Alignment::Center,
     AxisUnit::Month,
     {LabelFormat::MonthYear, LabelFormat::MonthYearShort, LabelFormat::MonthShort}},
    {AxisUnit::Week,
     1,
     {LabelFormat::WeekDayMonth, LabelFormat::WeekNumber, LabelFormat::WeekNumber},
     Alignment::Start,
     AxisUnit::Month,
     {LabelFormat::MonthYear, LabelFormat::MonthYearShort, LabelFormat::MonthShort}},
    {AxisUnit::Month,
     1,
     {LabelFormat::MonthLong, LabelFormat::MonthShort, LabelFormat::MonthLetter},
     Alignment::Center,
     AxisUnit::Year,
     {LabelFormat::YearNumber, LabelFormat::YearShort, LabelFormat::YearShort}},
    {AxisUnit::Quarter,
     1,
     {LabelFormat::QuarterLabel, LabelFormat::QuarterLabel, LabelFormat::QuarterLabel},
     Alignment::Center,
     AxisUnit::Year,
     {LabelFormat::YearNumber, LabelFormat::YearShort, LabelFormat::YearShort}},
    {AxisUnit::Year,
     1,
     {LabelFormat::YearNumber, LabelFormat::YearShort, LabelFormat::YearShort},
     Alignment::Center,
     AxisUnit::Decade,
     {LabelFormat::DecadeLabel, LabelFormat::DecadeLabel, LabelFormat::DecadeLabel}},
    {AxisUnit::Year,
     2,
     {LabelFormat::YearNumber, LabelFormat::YearShort, LabelFormat::YearShort},
     Alignment::Start,
     AxisUnit::Decade,
     {LabelFormat::DecadeLabel, LabelFormat::DecadeLabel, LabelFormat::DecadeLabel}},
    {AxisUnit::Year,
     5,
     {LabelFormat::YearNumber, LabelFormat::YearShort, LabelFormat::YearShort},
     Alignment::Start,
     AxisUnit::Decade,
     {LabelFormat::DecadeLabel, LabelFormat::DecadeLabel, LabelFormat::DecadeLabel}},
    {AxisUnit::Decade,
     1,
     {LabelFormat::DecadeLabel, LabelFormat::YearShort, LabelFormat::YearShort},
     Alignment::Center,
     AxisUnit::Century,
     {LabelFormat::CenturyLabel, LabelFormat::CenturyShort, LabelFormat::CenturyShort}},
    {AxisUnit::Decade,
     2,
     {LabelFormat::YearNumber, LabelFormat::YearNumber, LabelFormat::YearNumber},
     Alignment::Start,
     AxisUnit::Century,
     {LabelFormat::CenturyLabel, LabelFormat::CenturyShort, LabelFormat::CenturyShort}},
    {AxisUnit::Decade,
     5,
     {LabelFormat::YearNumber, LabelFormat::YearNumber, LabelFormat::YearNumber},
     Alignment::Start,
     AxisUnit::Century,
     {LabelFormat::CenturyLabel, LabelFormat::CenturyShort, LabelFormat::CenturyShort}},
    {AxisUnit::Century,
     1,
     {LabelFormat::YearNumber, LabelFormat::YearNumber, LabelFormat::YearNumber},
     Alignment::Start,
     AxisUnit::Millennium,
     {LabelFormat::YearNumber, LabelFormat::YearNumber, LabelFormat::YearNumber}},
    {AxisUnit::Century,
     2,
     {LabelFormat::YearNumber, LabelFormat::YearNumber, LabelFormat::YearNumber},
     Alignment::Start,
     AxisUnit::Millennium,
     {LabelFormat::YearNumber, LabelFormat::YearNumber, LabelFormat::YearNumber}},
    {AxisUnit::Century,
     5,
     {LabelFormat::YearNumber, LabelFormat::YearNumber, LabelFormat::YearNumber},
     Alignment::Start,
     AxisUnit::Millennium,
     {LabelFormat::YearNumber, LabelFormat::YearNumber, LabelFormat::YearNumber}},
    {AxisUnit::Millennium,
     1,
     {LabelFormat::YearNumber, LabelFormat::YearNumber, LabelFormat::YearNumber},
     Alignment::Start,
     AxisUnit::Millennium,
     {LabelFormat::YearNumber, LabelFormat::YearNumber, LabelFormat::YearNumber}},
};

const QLocale &english() {
    static const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
    return locale;
}

// A year on the axis: "2024", "480 BC", and "AD 1" for the first year after the era boundary.
QString yearLabel(int year) {
    return year == 1 ? u"AD 1"_s : yearText(year);
}

// The year a label names for the calendar cell [startMs, endMs). After Christ, and for a cell within one
// year, the year the cell starts in. Before Christ a cell of several years ends with the year that names it:
// decades and centuries by that year ("480s BC" for 489..480 BC), and a label at the cell's start tick by
// the year that ends at the tick ("490 BC"), as a tick after Christ names the year it starts.
int labelYear(LabelFormat format, qint64 startMs, qint64 endMs) {
    const QDate first = dateOfMs(startMs);
    const QDate last = dateOfMs(std::max(startMs, endMs - 1));
    if (first.year() > 0 || first.year() == last.year())
        return first.year();
    if (format == LabelFormat::DecadeLabel || format == LabelFormat::CenturyLabel)
        return last.year();
    return dateOfMs(startMs - 1).year();
}

// "Monday 5 February 2024", "Aug 480 BC": a QLocale format for the day and month, the year by hand.
QString withYear(const QDate &date, QStringView format) {
    return english().toString(date, format.toString()) + u' ' + yearText(date.year());
}

QString formatLabel(LabelFormat format, qint64 ms, qint64 endMs) {
    const QDate date = dateOfMs(ms);
    const int year = labelYear(format, ms, endMs);
    switch (format) {
    case LabelFormat::HourClock: {
        const qint64 hour = (ms - dayStartMs(date)) / msPerHour;
        return QStringLiteral("%1:00").arg(hour, 2, 10, QLatin1Char('0'));
    }
    case LabelFormat::DayWeekday:
        return english().toString(date, u"ddd d"_s);
    case LabelFormat::DayNumber:
        return QString::number(date.day());
    case LabelFormat::WeekDayMonth:
        return english().toString(date, u"d MMM"_s);
    case LabelFormat::WeekNumber:
        return u"W"_s + QString::number(date.weekNumber());
    case LabelFormat::MonthLong:
        return english().standaloneMonthName(date.month(), QLocale::LongFormat);
    case LabelFormat::MonthShort:
        return english().standaloneMonthName(date.month(), QLocale::ShortFormat);
    case LabelFormat::MonthLetter:
        return english().standaloneMonthName(date.month(), QLocale::NarrowFormat);
    case LabelFormat::QuarterLabel:
        return u"Q"_s + QString::number((date.month() - 1) / 3 + 1);
    case LabelFormat::YearNumber:
        return yearLabel(year);
    case LabelFormat::YearShort: // "'24"; a year before Christ is not shortened ("'80 BC" reads badly)
        return year < 0 ? yearText(year) : QStringLiteral("'%1").arg(year % 100, 2, 10, QLatin1Char('0'));
    case LabelFormat::DecadeLabel:
        return decadeText(year);
    case LabelFormat::CenturyLabel:
        return centuryText(year);
    case LabelFormat::CenturyShort: // the century's first year: "2000", "500 BC", "AD 1" (no year 0)
        return yearLabel(year < 0 ? year : std::max(year / 100 * 100, 1));
    case LabelFormat::DayFull:
        return withYear(date, u"dddd d MMMM");
    case LabelFormat::DayMedium:
        return withYear(date, u"ddd d MMM");
    case LabelFormat::DayShort:
        return english().toString(date, u"d MMM"_s);
    case LabelFormat::MonthYear:
        return withYear(date, u"MMMM");
    case LabelFormat::MonthYearShort:
        return withYear(date, u"MMM");
    }
    return {};
}

qint64 floorDiv(qint64 a, qint64 b) {
    const qint64 q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

// Years per step of a year-based unit.
int yearsPerStep(AxisUnit unit, int step) {
    switch (unit) {
    case AxisUnit::Decade:
        return 10 * step;
    case AxisUnit::Century:
        return 100 * step;
    case AxisUnit::Millennium:
        return 1000 * step;
    default:
        return step;
    }
}

// The years of a calendar cell of `years` years that contains `year` (a QDate year: 480 BC is -480).
// After Christ cells start on 1 January of a multiple of `years`, the first one at AD 1; before Christ
// they mirror those, ending with a year whose number is a multiple of `years`, the last one with 1 BC.
struct YearCell {
    QDate first;
    QDate afterLast;
};

YearCell yearCell(int year, int years) {
    if (year > 0) {
        const int k = year / years;
        return {QDate(std::max(k * years, 1), 1, 1), QDate((k + 1) * years, 1, 1)};
    }
    const int k = -year / years;
    const int firstBc = (k + 1) * years - 1; // the cell's first and last years, counted before Christ
    const int lastBc = k * years;
    return {QDate(-firstBc, 1, 1), lastBc <= 1 ? QDate(1, 1, 1) : QDate(-(lastBc - 1), 1, 1)};
}

// The start of the calendar cell (of `step` units) that contains ms.
qint64 cellStart(qint64 ms, AxisUnit unit, int step) {
    const QDate date = dateOfMs(ms);
    switch (unit) {
    case AxisUnit::Hour:
        return floorDiv(ms, step * msPerHour) * step * msPerHour;
    case AxisUnit::Day:
        return dayStartMs(date);
    case AxisUnit::Week:
        return dayStartMs(date.addDays(1 - date.dayOfWeek()));
    case AxisUnit::Month: {
        const int month0 = (date.month() - 1) / step * step;
        return dayStartMs(QDate(date.year(), month0 + 1, 1));
    }
    case AxisUnit::Quarter:
        return dayStartMs(QDate(date.year(), (date.month() - 1) / 3 * 3 + 1, 1));
    case AxisUnit::Year:
    case AxisUnit::Decade:
    case AxisUnit::Century:
    case AxisUnit::Millennium:
        return dayStartMs(yearCell(date.year(), yearsPerStep(unit, step)).first);
    }
    return ms;
}

qint64 nextCell(qint64 start, AxisUnit unit, int step) {
    const QDate date = dateOfMs(start);
    switch (unit) {
    case AxisUnit::Hour:
        return start + step * msPerHour;
    case AxisUnit::Day:
        return start + step * msPerDay;
    case AxisUnit::Week:
        return start + 7 * step * msPerDay;
    case AxisUnit::Month:
        return dayStartMs(date.addMonths(step));
    case AxisUnit::Quarter:
        return dayStartMs(date.addMonths(3 * step));
    case AxisUnit::Year:
    case AxisUnit::Decade:
    case AxisUnit::Century:
    case AxisUnit::Millennium:
        return dayStartMs(yearCell(date.year(), yearsPerStep(unit, step)).afterLast);
    }
    return start + msPerDay;
}

// The shortest a cell of this unit can be (February for months), for choosing a scale.
qint64 shortestCellMs(AxisUnit unit, int step) {
    switch (unit) {
    case AxisUnit::Hour:
        return step * msPerHour;
    case AxisUnit::Day:
        return step * msPerDay;
    case AxisUnit::Week:
        return 7 * step * msPerDay;
    case AxisUnit::Month:
        return 28 * step * msPerDay;
    case AxisUnit::Quarter:
        return 90 * step * msPerDay;
    case AxisUnit::Year:
    case AxisUnit::Decade:
    case AxisUnit::Century:
    case AxisUnit::Millennium:
        return qint64(365) * yearsPerStep(unit, step) * msPerDay;
    }
    return msPerDay;
}

// Sample instants whose labels are the widest a format produces (all months, two-digit days...), with
// four-digit years, before Christ too when the window reaches that far ("2028 BC").
double widestLabel(LabelFormat format, const TextWidthFunction &textWidth, bool beforeChrist) {
    double widest = 0;
    for (int year : {2028, -2028}) {
        if (year < 0 && !beforeChrist)
            break;
        for (int month = 1; month <= 12; ++month) {
            for (int day :
                 {3, 28}) { // a one- and a two-digit day, and seven consecutive weekdays over the months
                const qint64 ms = dayStartMs(QDate(year, month, day)) + 18 * msPerHour;
                widest = std::max(widest, textWidth(formatLabel(format, ms, ms + msPerHour)));
            }
        }
    }
    return widest;
}

// Places one label per visible cell; a label that cannot keep `gap` to the cell's visible edges is left out,
// so that labels of neighbouring cells can never overlap.
void placeLabels(const TimeGeometry &g, AxisUnit unit, int step, const QList<LabelFormat> &formats,
                 Alignment alignment, const TextWidthFunction &textWidth, double gap, QList<AxisLabel> &out,
                 QList<AxisTick> &ticks) {
    qint64 start = cellStart(g.startMs(), unit, step);
    while (start < g.endMs()) {
        const qint64 end = nextCell(start, unit, step);
        if (start >= g.startMs())
            ticks.append({start, g.timeToPixel(start)});
        const double visibleLeft = std::max(g.timeToPixel(start), g.left());
        const double visibleRight = std::min(g.timeToPixel(end), g.right());
        for (LabelFormat format : formats) {
            const QString text = formatLabel(format, start, end);
            const double width = textWidth(text);
            const double x = alignment == Alignment::Center ? (visibleLeft + visibleRight - width) / 2
                                                            : visibleLeft + gap / 2;
            if (x >= visibleLeft + gap / 2 - 1e-9 && x + width <= visibleRight - gap / 2 + 1e-9) {
                out.append({text, x, width, start, end});
                break;
            }
        }
        if (end <= start)
            break; // defensive: a calendar step must always advance
        start = end;
    }
}

} // namespace

QString axisUnitName(AxisUnit unit) {
    switch (unit) {
    case AxisUnit::Hour:
        return u"hour"_s;
    case AxisUnit::Day:
        return u"day"_s;
    case AxisUnit::Week:
        return u"week"_s;
    case AxisUnit::Month:
        return u"month"_s;
    case AxisUnit::Quarter:
        return u"quarter"_s;
    case AxisUnit::Year:
        return u"year"_s;
    case AxisUnit::Decade:
        return u"decade"_s;
    case AxisUnit::Century:
        return u"century"_s;
    case AxisUnit::Millennium:
        return u"millennium"_s;
    }
    return {};
}

AxisTicks computeAxisTicks(const TimeGeometry &geometry, const TextWidthFunction &textWidth, double gap,
                           const TextWidthFunction &majorTextWidth) {
    const bool beforeChrist = geometry.startMs() < dayStartMs(QDate(1, 1, 1));
    const Level *chosen = &levels[std::size(levels) - 1];
    for (const Level &level : levels) {
        const double cellPx =
            double(shortestCellMs(level.minorUnit, level.minorStep)) * geometry.pixelsPerMs();
        const double labelPx = widestLabel(level.minorFormats.back(), textWidth, beforeChrist);
        if (cellPx >= labelPx + 2 * gap) {
            chosen = &level;
            break;
        }
    }
    // One wording for the whole minor row (mixing "January" and "Feb" looks careless): the longest that fits
    // the shortest cell. Major labels may shorten cell by cell (the period cut by the left edge, say).
    const double shortestPx =
        double(shortestCellMs(chosen->minorUnit, chosen->minorStep)) * geometry.pixelsPerMs();
    LabelFormat minorFormat = chosen->minorFormats.back();
    for (LabelFormat format : chosen->minorFormats) {
        if (widestLabel(format, textWidth, beforeChrist) + 2 * gap <= shortestPx) {
            minorFormat = format;
            break;
        }
    }
    AxisTicks ticks;
    ticks.minorUnit = chosen->minorUnit;
    ticks.minorStep = chosen->minorStep;
    ticks.majorUnit = chosen->majorUnit;
    placeLabels(geometry, chosen->minorUnit, chosen->minorStep, {minorFormat}, chosen->minorAlignment,
                textWidth, gap, ticks.minorLabels, ticks.minorTicks);
    placeLabels(geometry, chosen->majorUnit, 1, {chosen->majorFormats.begin(), chosen->majorFormats.end()},
                Alignment::Start, majorTextWidth ? majorTextWidth : textWidth, gap, ticks.majorLabels,
                ticks.majorTicks);
    return ticks;
}

} // namespace annals::timeline
