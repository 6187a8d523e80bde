#pragma once

#include "model/text_span.h"

#include <QString>

namespace annals {

enum class TimexType { Date, Time, Duration, Set };
QString timexTypeName(TimexType type); // "DATE", "TIME", "DURATION", "SET"

// A TIMEX3: a temporal expression found in the text and its normalized value.
struct Timex {
    TextSpan span; // the expression as TimeML draws it ("Sunday", not "on Sunday")
    TimexType type = TimexType::Date;
    QString value;        // TIMEX3 value: "2024-02-07", "2024-W06", "P6W", "PAST_REF", "XXXX-WXX-1"...
    QString mod;          // TIMEX3 mod: "START", "MID", "END", "APPROX", "BEFORE"...; empty when none
    QString quant;        // SET only: "EVERY", "EACH"...
    QString freq;         // SET only: "1W"...
    int anchorIndex = -1; // index of the timex this one was resolved against ("two years later"), or -1
};

} // namespace annals
