#include "model/calendar_words.h"

#include <cstdlib>

using namespace Qt::StringLiterals;

namespace annals {

QString modPrefix(QStringView mod) {
    if (mod == u"START")
        return u"early "_s;
    if (mod == u"MID")
        return u"mid-"_s;
    if (mod == u"END")
        return u"late "_s;
    if (mod == u"APPROX")
        return u"about "_s;
    if (mod == u"BEFORE" || mod == u"ON_OR_BEFORE")
        return u"before "_s;
    if (mod == u"AFTER" || mod == u"ON_OR_AFTER")
        return u"after "_s;
    return {};
}

QString seasonWord(QStringView value) {
    if (value.endsWith(u"SP"))
        return u"spring"_s;
    if (value.endsWith(u"SU"))
        return u"summer"_s;
    if (value.endsWith(u"FA"))
        return u"autumn"_s;
    if (value.endsWith(u"WI"))
        return u"winter"_s;
    return {};
}

QString ordinalNumber(int n) {
    const int lastTwo = n % 100;
    const int last = n % 10;
    const QStringView suffix = (lastTwo >= 11 && lastTwo <= 13) ? u"th"
                               : last == 1                      ? u"st"
                               : last == 2                      ? u"nd"
                               : last == 3                      ? u"rd"
                                                                : u"th";
    return QString::number(n) + suffix;
}

QString yearText(int year) {
    return year < 0 ? QString::number(-year) + u" BC"_s : QString::number(year);
}

QString decadeText(int year) {
    const QString decade = QString::number(std::abs(year) / 10 * 10) + u's';
    return year < 0 ? decade + u" BC"_s : decade;
}

QString centuryText(int year) {
    const QString century = ordinalNumber(std::abs(year) / 100 + 1) + u" century"_s;
    return year < 0 ? century + u" BC"_s : century;
}

} // namespace annals
