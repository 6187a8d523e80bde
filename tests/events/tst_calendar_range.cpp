#include "events/calendar_range.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace annals;

Q_DECLARE_METATYPE(annals::Granularity)

class TestCalendarRange : public QObject {
    Q_OBJECT
private slots:
    void ranges_data();
    void ranges();
    void notCalendar_data();
    void notCalendar();
};

void TestCalendarRange::ranges_data() {
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("mod");
    QTest::addColumn<Granularity>("granularity");
    QTest::addColumn<QDate>("earliest");
    QTest::addColumn<QDate>("latest");

    auto row = [](const char *name, const QString &value, const QString &mod, Granularity g, QDate a,
                  QDate b) { QTest::newRow(name) << value << mod << g << a << b; };
    using G = Granularity;
    row("day", u"2024-02-07"_s, {}, G::Day, QDate(2024, 2, 7), QDate(2024, 2, 7));
    row("leap day", u"2024-02-29"_s, {}, G::Day, QDate(2024, 2, 29), QDate(2024, 2, 29));
    row("time", u"2024-02-07T18:13"_s, {}, G::Time, QDate(2024, 2, 7), QDate(2024, 2, 7));
    row("time with seconds", u"2024-02-07T18:13:05"_s, {}, G::Time, QDate(2024, 2, 7), QDate(2024, 2, 7));
    row("part of day", u"2024-02-07TEV"_s, {}, G::Time, QDate(2024, 2, 7), QDate(2024, 2, 7));
    row("week", u"2024-W06"_s, {}, G::Week, QDate(2024, 2, 5), QDate(2024, 2, 11));
    row("week 1 starts in previous year", u"2020-W01"_s, {}, G::Week, QDate(2019, 12, 30), QDate(2020, 1, 5));
    row("week 53", u"2020-W53"_s, {}, G::Week, QDate(2020, 12, 28), QDate(2021, 1, 3));
    row("week 1 of 2021", u"2021-W01"_s, {}, G::Week, QDate(2021, 1, 4), QDate(2021, 1, 10));
    row("weekday in week", u"2024-W06-3"_s, {}, G::Day, QDate(2024, 2, 7), QDate(2024, 2, 7));
    row("weekend", u"2024-W06-WE"_s, {}, G::Week, QDate(2024, 2, 10), QDate(2024, 2, 11));
    row("month", u"2024-02"_s, {}, G::Month, QDate(2024, 2, 1), QDate(2024, 2, 29));
    row("february common year", u"2023-02"_s, {}, G::Month, QDate(2023, 2, 1), QDate(2023, 2, 28));
    row("february 1900 not leap", u"1900-02"_s, {}, G::Month, QDate(1900, 2, 1), QDate(1900, 2, 28));
    row("february 2000 leap", u"2000-02"_s, {}, G::Month, QDate(2000, 2, 1), QDate(2000, 2, 29));
    row("april", u"2024-04"_s, {}, G::Month, QDate(2024, 4, 1), QDate(2024, 4, 30));
    row("december", u"2023-12"_s, {}, G::Month, QDate(2023, 12, 1), QDate(2023, 12, 31));
    row("quarter 1 leap", u"2024-Q1"_s, {}, G::Quarter, QDate(2024, 1, 1), QDate(2024, 3, 31));
    row("quarter 4", u"2024-Q4"_s, {}, G::Quarter, QDate(2024, 10, 1), QDate(2024, 12, 31));
    row("half 1", u"2024-H1"_s, {}, G::Half, QDate(2024, 1, 1), QDate(2024, 6, 30));
    row("half 2", u"2024-H2"_s, {}, G::Half, QDate(2024, 7, 1), QDate(2024, 12, 31));
    row("spring", u"2024-SP"_s, {}, G::Season, QDate(2024, 3, 1), QDate(2024, 5, 31));
    row("summer", u"2024-SU"_s, {}, G::Season, QDate(2024, 6, 1), QDate(2024, 8, 31));
    row("fall", u"2024-FA"_s, {}, G::Season, QDate(2024, 9, 1), QDate(2024, 11, 30));
    row("winter into leap February", u"2023-WI"_s, {}, G::Season, QDate(2023, 12, 1), QDate(2024, 2, 29));
    row("winter into common February", u"2024-WI"_s, {}, G::Season, QDate(2024, 12, 1), QDate(2025, 2, 28));
    row("year", u"2024"_s, {}, G::Year, QDate(2024, 1, 1), QDate(2024, 12, 31));
    row("day unknown", u"1998-10-XX"_s, {}, G::Month, QDate(1998, 10, 1), QDate(1998, 10, 31));
    row("month and day unknown", u"1915-XX-XX"_s, {}, G::Year, QDate(1915, 1, 1), QDate(1915, 12, 31));
    row("month unknown", u"2024-XX"_s, {}, G::Year, QDate(2024, 1, 1), QDate(2024, 12, 31));
    row("old year", u"1066"_s, {}, G::Year, QDate(1066, 1, 1), QDate(1066, 12, 31));
    row("decade", u"202"_s, {}, G::Decade, QDate(2020, 1, 1), QDate(2029, 12, 31));
    row("decade 1990s", u"199"_s, {}, G::Decade, QDate(1990, 1, 1), QDate(1999, 12, 31));
    row("century", u"20"_s, {}, G::Century, QDate(2000, 1, 1), QDate(2099, 12, 31));
    row("century 19", u"19"_s, {}, G::Century, QDate(1900, 1, 1), QDate(1999, 12, 31));
    // mods: first, middle and last third; the last third takes the remainder
    row("late January", u"2024-01"_s, u"END"_s, G::Month, QDate(2024, 1, 21), QDate(2024, 1, 31));
    row("LATE same as END", u"2024-01"_s, u"LATE"_s, G::Month, QDate(2024, 1, 21), QDate(2024, 1, 31));
    row("early January", u"2024-01"_s, u"START"_s, G::Month, QDate(2024, 1, 1), QDate(2024, 1, 10));
    row("EARLY same as START", u"2024-01"_s, u"EARLY"_s, G::Month, QDate(2024, 1, 1), QDate(2024, 1, 10));
    row("mid January", u"2024-01"_s, u"MID"_s, G::Month, QDate(2024, 1, 11), QDate(2024, 1, 20));
    row("late February leap", u"2024-02"_s, u"END"_s, G::Month, QDate(2024, 2, 19), QDate(2024, 2, 29));
    row("late February common", u"2023-02"_s, u"END"_s, G::Month, QDate(2023, 2, 19), QDate(2023, 2, 28));
    row("early 2024", u"2024"_s, u"START"_s, G::Year, QDate(2024, 1, 1), QDate(2024, 4, 30));
    row("late 2024", u"2024"_s, u"END"_s, G::Year, QDate(2024, 9, 1), QDate(2024, 12, 31));
    row("mid 2023", u"2023"_s, u"MID"_s, G::Year, QDate(2023, 5, 1), QDate(2023, 8, 31));
    row("early 2020s", u"202"_s, u"START"_s, G::Decade, QDate(2020, 1, 1), QDate(2022, 12, 31));
    row("late 20th century", u"19"_s, u"END"_s, G::Century, QDate(1966, 1, 1), QDate(1999, 12, 31));
    row("early summer", u"2024-SU"_s, u"START"_s, G::Season, QDate(2024, 6, 1), QDate(2024, 6, 30));
    row("late winter", u"2023-WI"_s, u"END"_s, G::Season, QDate(2024, 2, 1), QDate(2024, 2, 29));
    row("late this week", u"2024-W06"_s, u"END"_s, G::Week, QDate(2024, 2, 9), QDate(2024, 2, 11));
    row("mod on a day is ignored", u"2024-02-07"_s, u"END"_s, G::Day, QDate(2024, 2, 7), QDate(2024, 2, 7));
    row("approx keeps range", u"2024-02"_s, u"APPROX"_s, G::Month, QDate(2024, 2, 1), QDate(2024, 2, 29));
    row("before keeps range", u"2024"_s, u"BEFORE"_s, G::Year, QDate(2024, 1, 1), QDate(2024, 12, 31));
    // Before Christ: "BC" and the era's year number; QDate's year -n is n BC (no year 0).
    row("BC year", u"BC0146"_s, {}, G::Year, QDate(-146, 1, 1), QDate(-146, 12, 31));
    row("1 BC", u"BC0001"_s, {}, G::Year, QDate(-1, 1, 1), QDate(-1, 12, 31));
    row("BC month", u"BC0480-08"_s, {}, G::Month, QDate(-480, 8, 1), QDate(-480, 8, 31));
    row("BC February of a leap year", u"BC0481-02"_s, {}, G::Month, QDate(-481, 2, 1), QDate(-481, 2, 29));
    row("BC February of a common year", u"BC0480-02"_s, {}, G::Month, QDate(-480, 2, 1), QDate(-480, 2, 28));
    row("BC day", u"BC0044-03-15"_s, {}, G::Day, QDate(-44, 3, 15), QDate(-44, 3, 15));
    row("BC autumn", u"BC0481-FA"_s, {}, G::Season, QDate(-481, 9, 1), QDate(-481, 11, 30));
    row("BC winter into the next year", u"BC0481-WI"_s, {}, G::Season, QDate(-481, 12, 1),
        QDate(-480, 2, 28));
    row("winter of 1 BC into AD 1", u"BC0001-WI"_s, {}, G::Season, QDate(-1, 12, 1), QDate(1, 2, 28));
    row("BC quarter", u"BC0200-Q2"_s, {}, G::Quarter, QDate(-200, 4, 1), QDate(-200, 6, 30));
    row("BC month, day unknown", u"BC0480-08-XX"_s, {}, G::Month, QDate(-480, 8, 1), QDate(-480, 8, 31));
    row("BC decade", u"BC048"_s, {}, G::Decade, QDate(-489, 1, 1), QDate(-480, 12, 31));
    row("first decade BC", u"BC000"_s, {}, G::Decade, QDate(-9, 1, 1), QDate(-1, 12, 31));
    row("BC century", u"BC04"_s, {}, G::Century, QDate(-499, 1, 1), QDate(-400, 12, 31));
    row("first century BC", u"BC00"_s, {}, G::Century, QDate(-99, 1, 1), QDate(-1, 12, 31));
    row("late 5th century BC", u"BC04"_s, u"END"_s, G::Century, QDate(-433, 1, 1), QDate(-400, 12, 31));
    row("late 1st century BC", u"BC00"_s, u"END"_s, G::Century, QDate(-33, 1, 1), QDate(-1, 12, 31));
    row("early 1 BC", u"BC0001"_s, u"START"_s, G::Year, QDate(-1, 1, 1), QDate(-1, 4, 30));
    row("late 146 BC", u"BC0146"_s, u"END"_s, G::Year, QDate(-146, 9, 1), QDate(-146, 12, 31));
}

void TestCalendarRange::ranges() {
    QFETCH(QString, value);
    QFETCH(QString, mod);
    QFETCH(Granularity, granularity);
    QFETCH(QDate, earliest);
    QFETCH(QDate, latest);
    const std::optional<CalendarRange> r = calendarRange(value, mod);
    QVERIFY2(r.has_value(), qPrintable(value));
    QCOMPARE(r->granularity, granularity);
    QCOMPARE(r->earliest, earliest);
    QCOMPARE(r->latest, latest);
}

void TestCalendarRange::notCalendar_data() {
    QTest::addColumn<QString>("value");
    for (const char *v :
         {"PRESENT_REF", "PAST_REF",   "FUTURE_REF", "XXXX-10-07",  "XXXX-WXX-1", "XXXX",     "P6W",
          "PXW",         "2024-02-30", "2023-02-29", "2024-13",     "2024-00",    "2024-W54", "2021-W53",
          "2024-Q5",     "2024-H3",    "2024-13-XX", "2024-02-07T", "",           "2024-",    "abcd",
          "2024-2",      "0000",       "20x4",       "2024-02-7",   "BC",         "BC0000",   "BC0000-08",
          "BC0480-13",   "BC04x",      "BC0480-",    "BCXXXX"})
        QTest::newRow(v) << QString::fromLatin1(v);
}

void TestCalendarRange::notCalendar() {
    QFETCH(QString, value);
    QVERIFY(!calendarRange(value).has_value());
}

QTEST_APPLESS_MAIN(TestCalendarRange)
#include "tst_calendar_range.moc"
