#pragma once

// Small word-class helpers shared by the recognizer's source files.

#include "timex/lexicon.h"

namespace annals::timex {

inline Precision precisionOf(Unit u) {
    switch (u) {
    case Unit::Week:
        return Precision::Week;
    case Unit::Month:
        return Precision::Month;
    case Unit::Quarter:
        return Precision::Quarter;
    case Unit::Year:
        return Precision::Year;
    case Unit::Decade:
        return Precision::Decade;
    case Unit::Century:
        return Precision::Century;
    default:
        return Precision::Day;
    }
}

inline bool isDeterminerFree(Role r) {
    return r == Role::Last || r == Role::Next || r == Role::This || r == Role::Past || r == Role::Coming ||
           r == Role::Previous || r == Role::Following || r == Role::Current || r == Role::Same ||
           r == Role::That;
}

inline const char16_t *partOfDayCode(Role r) {
    switch (r) {
    case Role::Morning:
        return u"MO";
    case Role::Afternoon:
        return u"AF";
    case Role::Evening:
        return u"EV";
    case Role::Night:
        return u"NI";
    default:
        return nullptr;
    }
}

} // namespace annals::timex
