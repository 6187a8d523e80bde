#pragma once

#include "model/text_span.h"
#include "timex/calendar.h"
#include "timex/parsed_timex.h"

#include <QStringView>

#include <optional>

namespace annals::timex {

// A chronology ("Timeline: key events in the talks") writes its years once: as a heading on a line of its
// own ("2023", then "June 12 - ..." and "Dec. 1 - ..."), or in the first of the entries that open lines
// ("Oct. 7, 2023: ...", then "Oct. 27: ..."). Read against the publication date, such entries would land
// in the wrong year. Fed every expression in text order, this gives the year an entry leaves out.
class Chronology {
public:
    // The year for `p` (an expression at `span`, about to be resolved), or -1 when the chronology has none.
    int yearFor(QStringView text, TextSpan span, const ParsedTimex &p) const;
    // What `p` turned out to be (`point` when it resolved to a calendar date or period).
    void note(QStringView text, TextSpan span, const ParsedTimex &p,
              const std::optional<CalendarPoint> &point);

private:
    int m_headingYear = -1;
    std::optional<greg::date> m_lastEntry; // the day (or first day of the month) of the last entry
};

} // namespace annals::timex
