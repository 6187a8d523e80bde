#include "model/calendar_words.h"

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

} // namespace annals
