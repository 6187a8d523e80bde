#pragma once

#include <cstdint>

#include "model/timex.h"
#include "timex/calendar.h"
#include "timex/lexicon.h"

#include <QString>

namespace annals::timex {

// What an expression says, before it is resolved against the document's date.
enum class ParsedKind {
    Calendar,  // explicit fields: year/month/day, weekday, quarter, half, season, clock time
    Shift,     // a number of units away from the dct or from the previously mentioned date ("last week")
    Duration,  // an amount of time ("two years", "the past two days")
    Reference, // PRESENT_REF, PAST_REF, FUTURE_REF
    Set,       // a recurrence ("every Monday", "daily")
    Decade,    // "the 1990s" -> 199
    Century,   // "the 19th century" -> 18
};

// Which of several candidates a calendar expression without a year means.
enum class Pick { ByTense, Last, This, Next };

// Dct: the document's date; PreviousDate: the last date the text mentioned ("the following day");
// StoryOrDct: the last mentioned date in a narrative text, the dct in news ("the end of the year").
enum class AnchorOn { Dct, PreviousDate, StoryOrDct };

struct ParsedTimex {
    qsizetype firstToken = 0;
    qsizetype lastToken = 0; // inclusive
    TimexType type = TimexType::Date;
    ParsedKind kind = ParsedKind::Calendar;

    // Calendar
    int year = -1;      // -1 when not stated
    int shortYear = -1; // "'99": a year written with its last two digits, its century left to the context
    int month = 0;
    int day = 0;
    int weekday = 0;
    int quarter = 0;
    int half = 0;
    int season = 0;
    bool weekend = false;
    int holiday = 0;       // 1-based index into holidays()
    int holidayOffset = 0; // days from the holiday ("Christmas Eve": -1, "Easter Monday": 1)
    int dayOffset = 0;     // "the day before Christmas": -1, "two days after Feb. 3": 2
    int hour = -1;
    int minute = -1;
    QString partOfDay; // "MO", "AF", "EV", "NI"
    Pick pick = Pick::ByTense;

    // Shift and Duration
    Precision unit = Precision::Day;
    Unit durationUnit = Unit::None;
    int amount = 0;             // shift in units; duration count (-1 for "several")
    double fraction = 0;        // "1.5 years"
    bool mixedFraction = false; // "2 1/2 years", "an hour and a half": written as P2Y6M, PT1H30M
    AnchorOn anchor = AnchorOn::Dct;
    // "a year earlier", "year-ago": the period last mentioned, a year back, when that was a quarter or half
    bool samePeriod = false;
    // ... and says so ("the year-ago quarter", "the 1988 period"): the period the story reports, even when
    // other periods came up since; a bare "a year earlier" takes a quarter only when one was just named.
    bool namesPeriod = false;

    // Numeric dates with slashes: which number is the day. "14/2/2024" says day first, "2/14/2024" month
    // first; "3/2/2024" does not say, and is read month first unless the text writes day first elsewhere.
    enum class NumericOrder : std::uint8_t { None, DayFirst, MonthFirst, Unstated };
    NumericOrder numericOrder = NumericOrder::None;

    // Reference, Set, Decade, Century: the value is known without the dct
    QString value;
    QString quant;
    QString freq;

    QString mod;
};

// A year and nothing finer: no month, day, quarter, half or season ("1994", "in 1066").
inline bool isBareYear(const ParsedTimex &p) {
    return p.kind == ParsedKind::Calendar && p.year > 0 && !p.month && !p.day && !p.quarter && !p.half &&
           !p.season;
}

} // namespace annals::timex
