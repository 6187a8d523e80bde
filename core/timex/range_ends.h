#pragma once

#include "timex/calendar.h"
#include "timex/parsed_timex.h"
#include "timex/tense.h"
#include "timex/tokenizer.h"

#include <QStringView>

#include <vector>

namespace annals::timex {

// "from April to October", "January through March", "from Monday until Wednesday", "between Monday and
// Friday": two months, or two weekdays, that state nothing more, joined as a range.
bool joinsRange(QStringView text, const std::vector<Token> &tokens, const ParsedTimex &start,
                const ParsedTimex &end);

// Puts the ends of such a range, resolved each on its own, into one stretch of the calendar: the end in the
// start's year (week), or the next one when its month (weekday) comes earlier. Of the two ways to mend a
// range whose ends fell apart, the one nearer the dct wins ("the 2025 season runs from April to October" is
// not April 2025 to October 2024); told in the past, a range has ended, and a range of weekdays told ahead
// has not begun. Returns whether anything moved.
bool alignRange(CalendarPoint &start, CalendarPoint &end, const greg::date &dct, Tense tense);

} // namespace annals::timex
