#pragma once

#include "timex/calendar.h"
#include "timex/parsed_timex.h"
#include "timex/tense.h"
#include "timex/tokenizer.h"

#include <QStringView>

#include <vector>

namespace annals::timex {

// "from April to October", "January through March": two months that state no year, joined as a range.
bool joinsMonthRange(QStringView text, const std::vector<Token> &tokens, const ParsedTimex &start,
                     const ParsedTimex &end);

// Puts the ends of such a range, resolved each on its own, into one stretch of the calendar: the end in the
// start's year, or the next one when its month comes earlier ("November to February"). Of the two ways to
// mend a range whose ends fell apart, the one nearer the dct wins: "the 2025 season runs from April to
// October" is not April 2025 to October 2024, and "results for January through March are due" are this
// year's; told in the past, a range lies before the dct. Returns whether anything moved.
bool alignMonthRange(CalendarPoint &start, CalendarPoint &end, const greg::date &dct, Tense tense);

} // namespace annals::timex
