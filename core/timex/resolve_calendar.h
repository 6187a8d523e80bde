#pragma once

#include "timex/normalizer.h"

namespace annals::timex {

// The normalizer's calendar expressions ("Sunday", "Oct. 7", "the third quarter", "2023", "10 p.m.", "the
// 15th"), resolved against the publication date or the date just told of, with the tense.
Resolved resolveCalendar(const ParsedTimex &p, const ResolutionContext &c);

// "T18:00", "TMO": what an expression's clock time or part of day adds to its day's value; empty for none.
QString timeSuffix(const ParsedTimex &p);

} // namespace annals::timex
