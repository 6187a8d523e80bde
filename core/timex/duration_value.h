#pragma once

#include "timex/lexicon.h"

#include <QString>

namespace annals::timex {

// "P2Y", "PT24H", "PXW", "P1.5Y", "P1DE"; with `mixed`, a half in the next smaller unit ("P2Y6M").
QString durationValue(Unit unit, int amount, double fraction = 0, bool mixed = false);

} // namespace annals::timex
