#pragma once

#include <QString>
#include <QStringView>

namespace annals {

// English words for parts of TIMEX3 values, shared by every place that describes a date to a reader
// (the event table, the timeline's labels and captions).

// "early ", "mid-", "late ", "about ", "before ", "after " for a TIMEX3 mod; empty for none or unknown.
QString modPrefix(QStringView mod);

// "spring", "summer", "autumn", "winter" for a season value such as "2024-WI"; empty when it names none.
QString seasonWord(QStringView value);

// 1 -> "1st", 2 -> "2nd", 11 -> "11th", 23 -> "23rd".
QString ordinalNumber(int n);

} // namespace annals
