#include "timex/resolve_calendar.h"

#include "timex/holidays.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace annals::timex {

namespace {

// Among the yearly occurrences of a month-day (or month), the one the tense points to, seen from `ref`.
int pickYear(const greg::date &ref, int month, int day, Pick pick, Tense tense, bool pastEvent = false) {
    const int y = ref.year();
    const auto candidate = [&](int year) {
        const int d = day > 0 ? day : 1;
        // February 29 in a common year: keep looking at the real calendar neighbours.
        return makeDate(year, month, d);
    };
    const greg::date refMonthStart(ref.year(), ref.month(), 1);
    const auto comparable = [&](const greg::date &c) {
        return day > 0 ? c : greg::date(c.year(), c.month(), 1);
    };
    const greg::date refPoint = day > 0 ? ref : refMonthStart;
    if (pick == Pick::This)
        return y;
    if (pick == Pick::ByTense && tense == Tense::Past && !pastEvent) {
        // Past tense, but a date just ahead is still the coming one ("was declared payable Dec. 15",
        // "the cut announced for January" in December), unless the verb dates its own event ("began on").
        for (int year : {y, y + 1})
            if (auto c = candidate(year);
                c && comparable(*c) > refPoint && (comparable(*c) - refPoint).days() <= 62)
                return year;
    }
    if (pick == Pick::Last || (pick == Pick::ByTense && tense == Tense::Past)) {
        for (int year = y; year > y - 5; --year)
            if (auto c = candidate(year);
                c && (pick == Pick::Last ? comparable(*c) < refPoint : comparable(*c) <= refPoint))
                return year;
        return y - 1;
    }
    if (pick == Pick::ByTense && tense == Tense::Future && day > 0) {
        // Future tense, but a day only just past is still this year's: "ordered him home by Jan. 14" in
        // a Jan. 15 story reports a deadline that has come, not one a year away.
        if (auto c = candidate(y); c && *c < ref && (ref - *c).days() <= 14)
            return y;
    }
    if (pick == Pick::Next || (pick == Pick::ByTense && tense == Tense::Future)) {
        for (int year = y; year < y + 5; ++year)
            if (auto c = candidate(year);
                c && (pick == Pick::Next ? comparable(*c) > refPoint : comparable(*c) >= refPoint))
                return year;
        return y + 1;
    }
    // No tense: the nearest occurrence.
    int best = y;
    long bestDistance = -1;
    for (int year = y - 1; year <= y + 1; ++year) {
        auto c = candidate(year);
        if (!c)
            continue;
        const long distance = std::labs((comparable(*c) - refPoint).days());
        if (bestDistance < 0 || distance < bestDistance) {
            best = year;
            bestDistance = distance;
        }
    }
    return best;
}

} // namespace

QString timeSuffix(const ParsedTimex &p) {
    if (p.hour >= 0)
        return u'T' + twoDigits(p.hour) + u':' + twoDigits(std::max(0, p.minute));
    if (!p.partOfDay.isEmpty())
        return u'T' + p.partOfDay;
    return {};
}

namespace {

// "on the 15th": in the month of the reference, or the one before or after it as the tense says; "the
// 20th of next month": in the month named.
Resolved resolveDayOfMonth(const ParsedTimex &p, const std::optional<greg::date> &ref, Tense tense,
                           Resolved &r) {
    if (!ref) {
        r.value = u"XXXX-XX-"_s + twoDigits(p.day);
        return r;
    }
    greg::date month(ref->year(), ref->month(), 1);
    if (p.value == u"relmonthday")
        month += greg::months(p.amount);
    else if (tense == Tense::Future && p.day < ref->day())
        month += greg::months(1);
    else if (tense != Tense::Future && p.day > ref->day())
        month -= greg::months(1);
    if (p.day > month.end_of_month().day()) { // "the 31st" in a 30-day month: the month stays open
        r.value = formatPoint(CalendarPoint{month, Precision::Year}) + u"-XX-"_s + twoDigits(p.day);
        return r;
    }
    r.point = CalendarPoint{greg::date(month.year(), month.month(), p.day), Precision::Day};
    r.value = formatPoint(*r.point) + timeSuffix(p);
    return r;
}

} // namespace

Resolved resolveCalendar(const ParsedTimex &p, const ResolutionContext &c) {
    Resolved r;
    r.type = p.type;
    r.mod = p.mod;
    // A narrative resolves against its last date; weekdays only against a day it named.
    // "that spring" always looks back to the last date.
    const bool story =
        c.previous &&
        (((c.narrative || c.recalledStory) && (p.weekday == 0 || c.previous->precision == Precision::Day)) ||
         p.anchor == AnchorOn::PreviousDate);
    std::optional<greg::date> ref = story ? std::optional(c.previous->day) : c.dct;
    // "in 2014 ... the following March", "late 2021 ... the next spring": after the whole period told of,
    // not after its first day.
    if (story && p.pick == Pick::Next && c.previous->precision > Precision::Month)
        ref = addUnits(c.previous->day, 1, c.previous->precision) - greg::days(1);
    r.usedPrevious = story && p.year <= 0; // "2023" or "March 2021" needs no anchor, even in a story
    const Tense tense = c.tense == Tense::Present ? Tense::Unknown : c.tense;

    if (p.value == u"relday" || p.value == u"overnight") {
        if (!c.dct) {
            r.value = u"XXXX-XX-XX"_s + timeSuffix(p);
            return r;
        }
        // "overnight": the night that led into the news day, unless told ahead.
        const int days = p.value == u"overnight" ? (tense == Tense::Future ? 0 : -1) : p.amount;
        const greg::date d = *c.dct + greg::days(days);
        r.point = CalendarPoint{d, Precision::Day};
        r.value = formatPoint(*r.point) + timeSuffix(p);
        return r;
    }
    if (p.shortYear >= 0) {
        // "'89" in a story of the 1790s is 1789; in news, the year of that number closest to the publication
        // year and not more than ten years after it ("'99" 1999, "'08" 2008 in 2025).
        const std::optional<int> around = c.narrative && c.storyYear
                                              ? c.storyYear
                                              : (c.dct ? std::optional(int(c.dct->year())) : std::nullopt);
        if (!around) {
            r.value = u"XX"_s + twoDigits(p.shortYear);
            return r;
        }
        int year = *around / 100 * 100 + p.shortYear;
        if (year > *around + 10)
            year -= 100;
        r.point = CalendarPoint{greg::date(year, 1, 1), Precision::Year};
        r.value = fourDigits(year);
        r.explicitYear = true;
        return r;
    }
    if (p.day > 0 && p.month == 0)
        return resolveDayOfMonth(p, ref, tense, r);
    int year = p.year;
    const bool fromPrevious =
        (p.anchor == AnchorOn::PreviousDate || (p.anchor == AnchorOn::StoryOrDct && c.narrative)) &&
        c.previous;
    if (p.value == u"relyear" && p.month > 0) {
        if (fromPrevious) {
            year = c.previous->day.year() + p.amount; // "August of that year"
            r.usedPrevious = true;
        } else if (!c.dct) {
            r.value = u"XXXX-"_s + twoDigits(p.month);
            return r;
        } else {
            year = c.dct->year() + p.amount;
        }
    } else if (p.value == u"relyear" && fromPrevious) {
        year = c.previous->day.year() + p.amount; // "the first half of the year" in a history
        r.usedPrevious = true;
    } else if (p.value == u"relyear") {
        if (!c.dct) {
            r.value = (p.quarter ? u"XXXX-Q"_s + QString::number(p.quarter)
                                 : u"XXXX-H"_s + QString::number(p.half));
            return r;
        }
        year = c.dct->year() + p.amount;
    }
    r.explicitYear = p.year > 0;
    if (p.value.startsWith(u"FY")) {
        // TimeML writes a fiscal year as the calendar year that names it.
        r.value = fourDigits(year);
        r.point = CalendarPoint{greg::date(year, 1, 1), Precision::Year};
        return r;
    }
    if (p.holiday > 0) {
        const auto dayIn = [&](int y) { return holidayDate(p.holiday, y, p.holidayOffset); };
        if (year < 0) {
            const std::optional<greg::date> near = ref ? dayIn(ref->year()) : std::nullopt;
            if (!near) {
                // Without a date to count from, a fixed holiday keeps its month and day.
                const Holiday &h = holidays()[size_t(p.holiday - 1)];
                const auto fixed = dayIn(2001);
                r.value = h.day > 0 && fixed
                              ? u"XXXX-"_s + twoDigits(fixed->month()) + u'-' + twoDigits(fixed->day())
                              : u"XXXX-XX-XX"_s;
                return r;
            }
            year = r.usedPrevious && p.pick == Pick::ByTense
                       ? c.storyYear.value_or(ref->year())
                       : pickYear(*ref, near->month(), near->day(), p.pick,
                                  r.usedPrevious ? Tense::Unknown : tense, c.pastEvent);
        }
        if (const auto d = dayIn(year)) {
            r.point = CalendarPoint{*d, p.unit == Precision::Week ? Precision::Week : Precision::Day};
            r.value =
                formatPoint(*r.point) + (r.point->precision == Precision::Day ? timeSuffix(p) : QString());
        } else {
            r.value = fourDigits(year);
        }
        return r;
    }
    if (p.month > 0) {
        if (year < 0) {
            if (!ref) {
                r.value = u"XXXX-"_s + twoDigits(p.month) + (p.day ? u'-' + twoDigits(p.day) : QString()) +
                          timeSuffix(p);
                return r;
            }
            // A narrative stays in the year it last stated: "September 28" after "September 1, 1939".
            // "the previous April" still looks back from the last date.
            year = r.usedPrevious && p.pick == Pick::ByTense ? c.storyYear.value_or(ref->year())
                   : r.usedPrevious ? pickYear(*ref, p.month, p.day, p.pick, Tense::Unknown)
                                    : pickYear(*ref, p.month, p.day, p.pick, tense, c.pastEvent);
            // A story told forward crosses into the next year: "In January" right after December 1941 is
            // January 1942.
            if (r.usedPrevious && p.pick == Pick::ByTense && c.previous->precision <= Precision::Month &&
                c.previous->day.year() == year && int(c.previous->day.month()) - p.month >= 6)
                ++year;
        }
        if (p.day > 0) {
            auto d = makeDate(year, p.month, p.day);
            if (!d) {
                // February 29 of a common year: never roll over; leave the year open.
                r.value = u"XXXX-"_s + twoDigits(p.month) + u'-' + twoDigits(p.day);
                return r;
            }
            // "the week of March 6": the week that holds the day.
            r.point = CalendarPoint{*d, p.unit == Precision::Week ? Precision::Week : Precision::Day};
        } else {
            r.point = CalendarPoint{greg::date(year, p.month, 1), Precision::Month};
        }
        r.value = formatPoint(*r.point) +
                  (p.day > 0 && r.point->precision == Precision::Day ? timeSuffix(p) : QString()) +
                  (p.weekend ? u"-WE"_s : QString());
        return r;
    }
    if (p.weekday > 0 || p.weekend) {
        const int weekday = p.weekend ? 6 : p.weekday;
        if (!ref) {
            r.value =
                p.weekend ? u"XXXX-WXX-WE"_s : u"XXXX-WXX-"_s + QString::number(weekday) + timeSuffix(p);
            return r;
        }
        greg::date d;
        switch (p.pick) {
        case Pick::Last:
            d = weekdayOnOrBefore(*ref, weekday, true);
            break;
        case Pick::Next:
            d = weekdayOnOrAfter(*ref, weekday, true);
            break;
        case Pick::This:
            d = weekdayOnOrAfter(*ref, weekday, false);
            break;
        case Pick::ByTense:
            if (tense == Tense::Future)
                d = weekdayOnOrAfter(*ref, weekday, false);
            else
                d = weekdayOnOrBefore(*ref, weekday, false);
            break;
        }
        if (p.weekend) {
            r.point = CalendarPoint{d, Precision::Week};
            r.value = formatPoint(*r.point) + u"-WE";
            return r;
        }
        r.point = CalendarPoint{d, Precision::Day};
        r.value = formatPoint(*r.point) + timeSuffix(p);
        return r;
    }
    if (p.quarter > 0 || p.half > 0 || p.season > 0) {
        const int months = p.quarter ? 3 : (p.half ? 6 : 0);
        const auto periodStart = [&](int y) {
            return p.season ? seasonDay(y, p.season)
                            : greg::date(y, (std::max(p.quarter, p.half) - 1) * months + 1, 1);
        };
        if (year < 0) {
            if (!ref) {
                r.value = p.quarter ? u"XXXX-Q"_s + QString::number(p.quarter)
                                    : (p.half ? u"XXXX-H"_s + QString::number(p.half)
                                              : QString(u"XXXX-"_s + seasonCode(p.season)));
                return r;
            }
            const int y = ref->year();
            // Past or unknown: the latest such period that has begun; future: the next one to begin.
            const greg::date now = *ref;
            year = y;
            if (r.usedPrevious && p.pick == Pick::ByTense) {
                // "During the summer" after "June 22, 1941" is that year's summer, whatever the tense.
                year = c.storyYear.value_or(y);
                // A winter reached from the second half of a year is the one that ends the next year.
                if (p.season == 4 && y == year && ref->month() >= 7)
                    ++year;
            } else if (p.pick == Pick::This) {
                year = (p.season == 4 && ref->month() == 12) ? y + 1 : y;
            } else if (p.pick == Pick::Next) {
                while (periodStart(year) <= now)
                    ++year;
            } else if (p.pick == Pick::ByTense && tense == Tense::Future && !p.season) {
                // A quarter or half spoken of in the future is this year's, whether it has begun or not
                // ("will report third-quarter results" in November).
                year = y;
            } else if (p.pick == Pick::ByTense && tense == Tense::Future) {
                while (periodStart(year) <= now - greg::days(45))
                    ++year;
            } else {
                while (periodStart(year) > now - greg::days(p.pick == Pick::Last && p.season ? 100 : 0))
                    --year;
            }
        }
        const Precision precision =
            p.quarter ? Precision::Quarter : (p.half ? Precision::Half : Precision::Season);
        r.point = CalendarPoint{periodStart(year), precision};
        r.value = formatPoint(*r.point);
        return r;
    }
    if (const auto period = c.comparedPeriod(p.namesPeriod); year > 0 && p.samePeriod && period) {
        // "the 1988 period" in quarterly results: the reported quarter (or half) of that year.
        r.point = CalendarPoint{greg::date(year, period->day.month(), 1), period->precision};
        r.value = formatPoint(*r.point);
        r.usedPrevious = true;
        r.usedReportedPeriod = p.namesPeriod && c.reportedPeriod.has_value();
        return r;
    }
    if (year > 0) {
        r.point = CalendarPoint{greg::date(year, 1, 1), Precision::Year};
        r.value = fourDigits(year);
        return r;
    }
    if (p.hour >= 0) {
        // "was shot at 10 p.m.": a bare clock time in a past-tense sentence is on the day just told of, if
        // that day has come and was told in the same paragraph (a live blog's next update is another day's).
        if (c.previous && c.previous->precision == Precision::Day && c.tense == Tense::Past &&
            c.previousInParagraph && (!c.dct || c.previous->day <= *c.dct)) {
            r.point = CalendarPoint{c.previous->day, Precision::Day};
            r.usedPrevious = true;
            r.value = formatPoint(*r.point) + timeSuffix(p);
            return r;
        }
        if (!c.dct) {
            r.value = u"XXXX-XX-XX"_s + timeSuffix(p);
            return r;
        }
        r.point = CalendarPoint{*c.dct, Precision::Day};
        // "The strike began at midnight": the midnight that opened the day, not the one still to come.
        if (p.hour == 24 && c.tense == Tense::Past) {
            r.value = formatPoint(*r.point) + u"T00:00"_s;
            return r;
        }
        r.value = formatPoint(*r.point) + timeSuffix(p);
        return r;
    }
    return r;
}

} // namespace annals::timex
