#include "timex/chronology.h"

#include "model/chronology_entry.h"

namespace annals::timex {

namespace {

// "Oct. 27: ...", "June 12 - ...", "- Feb. 3 — ...": a date that opens a line and is set off from its entry.
bool opensEntry(QStringView text, TextSpan span) {
    return opensLine(text, span.start) && statementAfterDate(text, span.end) >= 0;
}

// "2023" as a heading: a year alone, not "Christmas 2023" or "2023 at 10 a.m.".
bool isHeadingYear(const ParsedTimex &p) {
    return isBareYear(p) && !p.weekday && !p.holiday && p.hour < 0 && p.value.isEmpty();
}

} // namespace

int Chronology::yearFor(QStringView text, TextSpan span, const ParsedTimex &p) const {
    if (p.kind != ParsedKind::Calendar || (p.month == 0 && p.season == 0) || p.year > 0 || p.weekday ||
        !p.value.isEmpty() || p.pick != Pick::ByTense)
        return -1;
    // "Aug. 20 - ... after a dry summer" under "2018". A winter spans two years: the heading does not say
    // which of them it is.
    if (m_headingYear > 0)
        return p.season == 4 ? -1 : m_headingYear;
    if (p.month == 0 || !m_lastEntry || !opensEntry(text, span))
        return -1;
    // Entries run forward: "Dec. 28" then "Jan. 3" crosses into the next year.
    const int year = m_lastEntry->year();
    const int day = p.day > 0 ? p.day : 1;
    const bool earlier =
        p.month < m_lastEntry->month() || (p.month == m_lastEntry->month() && day < m_lastEntry->day());
    return earlier ? year + 1 : year;
}

void Chronology::note(QStringView text, TextSpan span, const ParsedTimex &p,
                      const std::optional<CalendarPoint> &point) {
    if (isHeadingYear(p) && aloneOnLine(text, span.start, span.end)) {
        m_headingYear = p.year;
        m_lastEntry.reset();
        return;
    }
    if (point && (point->precision == Precision::Day || point->precision == Precision::Month) &&
        opensEntry(text, span))
        m_lastEntry = point->day;
}

} // namespace annals::timex
