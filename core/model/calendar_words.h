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

// Years as QDate counts them (proleptic Gregorian, no year 0, 480 BC is -480), named as a reader writes
// them: 2024 -> "2024", -480 -> "480 BC".
QString yearText(int year);
// The decade and the century containing a year, by the years' numbers in their era (as in
// events/calendar_range.h): 2024 -> "2020s", -485 -> "480s BC"; 2024 -> "21st century",
// -450 -> "5th century BC".
QString decadeText(int year);
QString centuryText(int year);

} // namespace annals
