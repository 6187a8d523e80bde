#include "timex/duration_value.h"

using namespace Qt::StringLiterals;

namespace annals::timex {

namespace {

QChar unitLetter(Unit unit) {
    switch (unit) {
    case Unit::Second:
        return u'S';
    case Unit::Minute:
        return u'M';
    case Unit::Hour:
        return u'H';
    case Unit::Day:
        return u'D';
    case Unit::Week:
        return u'W';
    case Unit::Month:
        return u'M';
    case Unit::Quarter:
        return u'Q';
    case Unit::Year:
        return u'Y';
    default:
        return u'X';
    }
}

// "2 1/2 years" -> P2Y6M, "an hour and a half" -> PT1H30M: the half in the next smaller unit, when whole.
QString mixedDurationValue(Unit unit, double amount) {
    struct Split {
        Unit unit;
        const char16_t *whole; // prefix and letter of the whole part
        const char16_t *part;  // letter of the smaller unit, with "T" when it crosses into time
        int per;
    };
    static const Split splits[] = {{Unit::Year, u"Y", u"M", 12},
                                   {Unit::Day, u"D", u"TH", 24},
                                   {Unit::Hour, u"H", u"M", 60},
                                   {Unit::Minute, u"M", u"S", 60}};
    for (const Split &s : splits) {
        if (s.unit != unit)
            continue;
        const int whole = int(amount);
        const double rest = (amount - whole) * s.per;
        if (rest != double(int(rest)))
            return {};
        const bool time = unit == Unit::Hour || unit == Unit::Minute;
        QString v = time ? u"PT"_s : u"P"_s;
        if (whole > 0)
            v += QString::number(whole) + QStringView(s.whole);
        QStringView part(s.part);
        if (whole == 0 && part.startsWith(u'T')) {
            v = u"PT"_s;
            part = part.mid(1);
        }
        return v + QString::number(int(rest)) + part;
    }
    return {};
}

} // namespace

QString durationValue(Unit unit, int amount, double fraction, bool mixed) {
    if (mixed && fraction > 0)
        if (QString v = mixedDurationValue(unit, fraction); !v.isEmpty())
            return v;
    const QString n =
        amount < 0 ? u"X"_s : (fraction > 0 ? QString::number(fraction) : QString::number(amount));
    switch (unit) {
    case Unit::Second:
    case Unit::Minute:
    case Unit::Hour:
        return u"PT"_s + n + unitLetter(unit);
    // TimeBank writes decades and centuries in years ("two decades" -> P20Y).
    case Unit::Decade:
        return u"P"_s +
               (amount < 0 ? u"X"_s : QString::number(fraction > 0 ? fraction * 10 : amount * 10.0)) + u'Y';
    case Unit::Century:
        return u"P"_s +
               (amount < 0 ? u"X"_s : QString::number(fraction > 0 ? fraction * 100 : amount * 100.0)) + u'Y';
    default:
        return u"P"_s + n + unitLetter(unit);
    }
}

} // namespace annals::timex
