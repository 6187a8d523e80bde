#include "timex/normalizer.h"

#include "timex/resolve_calendar.h"

#include <exception>

using namespace Qt::StringLiterals;

namespace annals::timex {

namespace {

int unitsPerDay(Unit unit) {
    switch (unit) {
    case Unit::Hour:
        return 24;
    case Unit::Minute:
        return 24 * 60;
    case Unit::Second:
        return 24 * 60 * 60;
    default:
        return 1;
    }
}

// The shifted point (see kShiftedBc) of a value before Christ with a year: "BC0480", "BC0480-08",
// "BC0481-FA".
std::optional<CalendarPoint> bcPoint(QStringView value) {
    if (!value.startsWith(u"BC"))
        return std::nullopt;
    // A decade or century, "BC049" (499-490 BC) or "BC04" (499-400 BC): its last year, from which whole
    // decades or centuries step to the neighbouring ones.
    if (value.size() == 5 || value.size() == 4) {
        const bool decade = value.size() == 5;
        bool ok = false;
        const int leading = value.sliced(2).toInt(&ok);
        const int lastYearBc = leading * (decade ? 10 : 100);
        if (!ok || lastYearBc < 1 || shiftedBcYear(lastYearBc) < kShiftedBcFirst)
            return std::nullopt;
        return CalendarPoint{greg::date(shiftedBcYear(lastYearBc), 1, 1),
                             decade ? Precision::Decade : Precision::Century};
    }
    if (value.size() < 6 || !value.sliced(2, 4).toInt())
        return std::nullopt;
    const int yearBc = value.sliced(2, 4).toInt();
    if (yearBc < 1 || shiftedBcYear(yearBc) < kShiftedBcFirst)
        return std::nullopt;
    const int year = shiftedBcYear(yearBc);
    if (value.size() == 6)
        return CalendarPoint{greg::date(year, 1, 1), Precision::Year};
    const QStringView rest = value.sliced(6);
    if (rest.size() == 3 && rest[0] == u'-' && rest[1].isDigit()) {
        const int month = rest.sliced(1).toInt();
        if (month >= 1 && month <= 12)
            return CalendarPoint{greg::date(year, month, 1), Precision::Month};
    }
    for (int season = 1; season <= 4; ++season)
        if (rest.size() == 3 && rest[0] == u'-' && rest.sliced(1) == seasonCode(season))
            return CalendarPoint{seasonDay(year, season), Precision::Season};
    return std::nullopt;
}

// The decade or century a Decade or Century names ("199", "19"), at its first year.
std::optional<CalendarPoint> periodPoint(const ParsedTimex &p) {
    const bool decade = p.kind == ParsedKind::Decade;
    if ((!decade && p.kind != ParsedKind::Century) || p.value.size() != (decade ? 3 : 2))
        return std::nullopt;
    bool ok = false;
    const int year = p.value.toInt(&ok) * (decade ? 10 : 100);
    if (!ok || year < 1400 || year > 9899)
        return std::nullopt;
    return CalendarPoint{greg::date(year, 1, 1), decade ? Precision::Decade : Precision::Century};
}

Resolved resolveShift(const ParsedTimex &p, const ResolutionContext &c) {
    Resolved r;
    r.type = p.type;
    r.mod = p.mod;
    // Quarterly results compare with the same quarter a year before: "a year earlier" is 1988-Q3 there.
    if (const auto period = c.comparedPeriod(p.namesPeriod); p.samePeriod && period) {
        r.point = CalendarPoint{period->day - greg::years(1), period->precision};
        r.value = formatPoint(*r.point);
        r.usedPrevious = true;
        r.usedReportedPeriod = p.namesPeriod && c.reportedPeriod.has_value();
        return r;
    }
    std::optional<greg::date> base = c.dct;
    const bool fromPrevious =
        p.anchor == AnchorOn::PreviousDate || (p.anchor == AnchorOn::StoryOrDct && c.narrative);
    if (fromPrevious && c.previousPeriod && (p.unit == Precision::Decade || p.unit == Precision::Century)) {
        r.point = CalendarPoint{addUnits(c.previousPeriod->day, p.amount, p.unit), p.unit};
        r.value = formatPoint(*r.point);
        r.usedPrevious = true;
        r.usedPreviousPeriod = true;
        return r;
    }
    // "The meeting is set for May 15. The previous quarter's loss ...": a reporting period before a day still
    // ahead is not what the news reports; the quarter (or half) before the current one is.
    const bool periodBeforeComingDay = p.amount < 0 && !c.narrative && c.previous && c.dct &&
                                       (p.unit == Precision::Quarter || p.unit == Precision::Half) &&
                                       c.previous->precision == Precision::Day && c.previous->day > *c.dct;
    if (fromPrevious && c.previous && !periodBeforeComingDay) {
        base = c.previous->day;
        r.usedPrevious = true;
    }
    if (!base) {
        static const char16_t *const unknown[] = {u"XXXX-XX-XX", u"XXXX-WXX", u"XXXX-XX",
                                                  u"XXXX-QX",    u"XXXX-HX",  u"XXXX-XX",
                                                  u"XXXX",       u"XXX",      u"XX"};
        r.value = QString::fromUtf16(unknown[int(p.unit)]) + timeSuffix(p);
        return r;
    }
    // A step in days or months from a date told more coarsely ("that same day" after "in October 1998" or
    // "in the spring of 2011", "two months later" after "by 2016"): only the coarser part is known, and no
    // day or month is made up.
    if (r.usedPrevious && (p.unit == Precision::Day || p.unit == Precision::Month) &&
        c.previous->precision > p.unit) {
        r.point = c.previous;
        const QString year = formatPoint(CalendarPoint{r.point->day, Precision::Year}); // "1998", "BC0479"
        if (p.unit == Precision::Month)
            r.value = year + u"-XX"_s;
        else
            r.value = c.previous->precision == Precision::Month ? formatPoint(*r.point) + u"-XX"_s
                                                                : year + u"-XX-XX"_s;
        return r;
    }
    // Hours, minutes and seconds ("14 hours ago", "forty-eight hours later") step in the whole days they
    // make: the dates counted from carry no time of day.
    // The point is the period's first day, as for a stated one: "the following spring" after "later that
    // year" (stepped from September) counts from the end of that year, not from a September after it.
    const greg::date d = periodStart(addUnits(*base, p.amount / unitsPerDay(p.durationUnit), p.unit), p.unit);
    r.point = CalendarPoint{d, p.unit};
    r.value = formatPoint(*r.point) + (p.unit == Precision::Day ? timeSuffix(p) : QString());
    return r;
}

} // namespace

std::optional<CalendarPoint> ResolutionContext::comparedPeriod(bool namesPeriod) const {
    if (namesPeriod && reportedPeriod)
        return reportedPeriod;
    if (previous && (previous->precision == Precision::Quarter || previous->precision == Precision::Half))
        return previous;
    return std::nullopt;
}

Resolved normalizeInRange(const ParsedTimex &p, const ResolutionContext &c);

namespace {

// What an expression Boost's calendar cannot hold resolves to: its written year when it is only a year.
Resolved outOfCalendar(const ParsedTimex &p) {
    Resolved r;
    r.type = p.type;
    r.mod = p.mod;
    if (isBareYear(p))
        r.value = fourDigits(p.year);
    return r;
}

} // namespace

Resolved normalize(const ParsedTimex &p, const ResolutionContext &c) {
    // Boost's calendar covers 1400-9999. Years outside it ("in 1066") keep their written value; an
    // arithmetic result outside it ("3000 centuries ago") leaves the expression out rather than crash.
    // Bare early years are common in histories, so they skip the exception's cost.
    if (isBareYear(p) && !p.holiday && p.year < 1400 && p.value != u"relyear")
        return outOfCalendar(p);
    try {
        return normalizeInRange(p, c);
    } catch (const std::exception &) {
        return outOfCalendar(p);
    }
}

Resolved normalizeInRange(const ParsedTimex &p, const ResolutionContext &c) {
    switch (p.kind) {
    case ParsedKind::Calendar: {
        Resolved r = resolveCalendar(p, c);
        if (p.dayOffset != 0 && r.point && r.point->precision == Precision::Day) {
            r.point->day += greg::days(p.dayOffset);
            r.value = formatPoint(*r.point) + timeSuffix(p);
        }
        return r;
    }
    case ParsedKind::Shift:
        return resolveShift(p, c);
    case ParsedKind::Duration: {
        Resolved r;
        r.type = TimexType::Duration;
        r.mod = p.mod;
        r.value = durationValue(p.durationUnit, p.amount, p.fraction, p.mixedFraction);
        return r;
    }
    case ParsedKind::Set: {
        Resolved r;
        r.type = TimexType::Set;
        r.quant = p.quant;
        r.freq = p.freq;
        r.value = p.value.isEmpty() ? durationValue(p.durationUnit, p.amount) : p.value;
        return r;
    }
    case ParsedKind::Reference:
    case ParsedKind::Decade:
    case ParsedKind::Century: {
        Resolved r;
        r.type = p.type;
        r.mod = p.mod;
        r.value = p.value;
        // "480 BC", "August 480 BC", "the autumn of 481 BC", "the 1990s": a point later expressions count
        // from.
        if (const auto point = bcPoint(p.value)) {
            r.point = point;
            r.explicitYear = true;
        } else if (const auto period = periodPoint(p)) {
            r.point = period;
        }
        return r;
    }
    }
    return {};
}

} // namespace annals::timex
