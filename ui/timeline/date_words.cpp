#include "date_words.h"

#include "model/calendar_words.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace annals::timeline {

namespace {

const QLocale &english() {
    static const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
    return locale;
}

QString monthName(int month) {
    return english().standaloneMonthName(month, QLocale::LongFormat);
}

// "Sunday 5 May 2024", "Friday 15 March 44 BC": the year written by hand, as QLocale writes years before
// Christ as negative numbers.
QString dayWords(QDate date) {
    return english().toString(date, u"dddd d MMMM"_s) + u' ' + yearText(date.year());
}

QString ordinalWord(int n) {
    static const char *const words[] = {"first", "second", "third", "fourth"};
    return (n >= 1 && n <= 4) ? QString::fromLatin1(words[n - 1]) : QString::number(n);
}

// The season named by a TIMEX3 value such as "2024-WI", or by the middle month of the range.
QString seasonName(QStringView value, QDate middle) {
    if (QString word = seasonWord(value); !word.isEmpty())
        return word;
    const int m = middle.month();
    if (m >= 3 && m <= 5)
        return u"spring"_s;
    if (m >= 6 && m <= 8)
        return u"summer"_s;
    if (m >= 9 && m <= 11)
        return u"autumn"_s;
    return u"winter"_s;
}

// The time of day in a value such as "2024-02-07T18:13", or empty.
QString timeOfDay(QStringView value) {
    const qsizetype t = value.indexOf(u'T');
    if (t < 0)
        return {};
    const QStringView clock = value.mid(t + 1);
    if (clock.size() >= 5 && clock[2] == u':')
        return clock.left(5).toString();
    if (clock.size() == 2 && clock[0].isDigit() && clock[1].isDigit())
        return clock.toString() + u":00"_s;
    if (clock == u"MO")
        return u"morning"_s;
    if (clock == u"AF")
        return u"afternoon"_s;
    if (clock == u"EV")
        return u"evening"_s;
    if (clock == u"NI")
        return u"night"_s;
    return {};
}

} // namespace

QString describeDate(Granularity granularity, QDate earliest, QDate latest, QStringView mod,
                     QStringView value) {
    if (!earliest.isValid())
        return u"undated"_s;
    if (!latest.isValid() || latest < earliest)
        latest = earliest;
    const QDate middle = earliest.addDays(earliest.daysTo(latest) / 2);
    const QString prefix = modPrefix(mod);
    switch (granularity) {
    case Granularity::Time: {
        const QString day = dayWords(earliest);
        const QString clock = timeOfDay(value);
        return clock.isEmpty() ? day : day + u", "_s + clock;
    }
    case Granularity::Day:
        return prefix + dayWords(earliest);
    case Granularity::Week: {
        int weekYear = 0;
        const int week = earliest.weekNumber(&weekYear);
        return prefix + u"week "_s + QString::number(week) + u" of "_s + yearText(weekYear);
    }
    case Granularity::Month:
        return prefix + monthName(middle.month()) + u' ' + yearText(middle.year());
    case Granularity::Quarter:
        return prefix + ordinalWord((middle.month() - 1) / 3 + 1) + u" quarter of "_s +
               yearText(middle.year());
    case Granularity::Season:
        return prefix + seasonName(value, middle) + u' ' + yearText(middle.year());
    case Granularity::Half:
        return prefix + ordinalWord(middle.month() <= 6 ? 1 : 2) + u" half of "_s + yearText(middle.year());
    case Granularity::Year:
        return prefix + yearText(middle.year());
    case Granularity::Decade:
        return prefix + u"the "_s + decadeText(middle.year());
    case Granularity::Century:
        return prefix + u"the "_s + centuryText(middle.year());
    }
    return {};
}

QString describePrecision(Granularity granularity) {
    switch (granularity) {
    case Granularity::Time:
        return u"known to the time of day"_s;
    case Granularity::Day:
        return u"known to the day"_s;
    default:
        return u"known only to the "_s + granularityName(granularity);
    }
}

} // namespace annals::timeline
