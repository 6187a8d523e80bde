#pragma once

#include "timex/calendar.h"
#include "timex/duration_value.h"
#include "timex/parsed_timex.h"
#include "timex/tense.h"

#include <optional>

namespace annals::timex {

// What the normalizer knows beyond the expression itself.
struct ResolutionContext {
    std::optional<greg::date> dct;
    std::optional<CalendarPoint> previous; // the last date the text mentioned, for "two years later"
    Tense tense = Tense::Unknown;
    bool pastEvent = false; // a past-tense verb dates the expression ("began on 4 March"): not ahead
    bool narrative = false; // the text is telling a story far from the dct: resolve against `previous`
    bool previousInParagraph = true; // `previous` was told in this expression's paragraph
    bool recalledStory = false;      // this expression follows closely on a date in another year: the same
    std::optional<int> storyYear;    // in a narrative, the year the text last stated: "In July" falls in it
    // The first quarter or half the text names: in results news, the period being reported, which "a year
    // earlier" and "the 1988 period" refer back to even after other periods were mentioned.
    std::optional<CalendarPoint> reportedPeriod;
    // A decade or century named after `previous` ("the 1990s"): what "the following decade" counts from.
    std::optional<CalendarPoint> previousPeriod;

    // The period a year-ago comparison refers to: when the expression names a period, the reported one,
    // else a quarter or half just mentioned.
    std::optional<CalendarPoint> comparedPeriod(bool namesPeriod) const;
};

struct Resolved {
    TimexType type = TimexType::Date;
    QString value;
    QString mod;
    QString quant;
    QString freq;
    std::optional<CalendarPoint> point; // when the value is a calendar date or period
    bool usedPrevious = false;          // resolved against ResolutionContext::previous
    bool usedReportedPeriod = false;    // ... or against ResolutionContext::reportedPeriod
    bool usedPreviousPeriod = false;    // ... or against ResolutionContext::previousPeriod
    bool explicitYear = false;          // the text stated the year (it can anchor later expressions)
};

// Turns what an expression says into a TIMEX3 value against the context.
Resolved normalize(const ParsedTimex &parsed, const ResolutionContext &context);

} // namespace annals::timex
