#include "timex/calendar.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace annals::timex;

// The ISO-style values the normalizer writes: fixed-width fields, and wider numbers kept whole.
class TestTimexCalendar : public QObject {
    Q_OBJECT
private slots:
    void fields_data();
    void fields();
    void formatPoint_data();
    void formatPoint();
};

void TestTimexCalendar::fields_data() {
    QTest::addColumn<int>("value");
    QTest::addColumn<QString>("four");
    QTest::addColumn<QString>("two");
    QTest::newRow("zero") << 0 << u"0000"_s << u"00"_s;
    QTest::newRow("one digit") << 7 << u"0007"_s << u"07"_s;
    QTest::newRow("two digits") << 99 << u"0099"_s << u"99"_s;
    QTest::newRow("three digits") << 100 << u"0100"_s << u"100"_s;
    QTest::newRow("four digits") << 9999 << u"9999"_s << u"9999"_s;
    QTest::newRow("five digits") << 10000 << u"10000"_s << u"10000"_s;
    QTest::newRow("negative") << -5 << u"00-5"_s << u"-5"_s;
}

void TestTimexCalendar::fields() {
    QFETCH(int, value);
    QFETCH(QString, four);
    QFETCH(QString, two);
    QCOMPARE(fourDigits(value), four);
    QCOMPARE(twoDigits(value), two);
}

void TestTimexCalendar::formatPoint_data() {
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("day");
    QTest::addColumn<Precision>("precision");
    QTest::addColumn<QString>("expected");
    QTest::newRow("day") << 2024 << 5 << 7 << Precision::Day << u"2024-05-07"_s;
    QTest::newRow("day, two-digit fields") << 1999 << 12 << 31 << Precision::Day << u"1999-12-31"_s;
    QTest::newRow("week") << 2024 << 5 << 7 << Precision::Week << u"2024-W19"_s;
    QTest::newRow("week of the previous year") << 2021 << 1 << 2 << Precision::Week << u"2020-W53"_s;
    QTest::newRow("week of the next year") << 2024 << 12 << 30 << Precision::Week << u"2025-W01"_s;
    QTest::newRow("month") << 2024 << 3 << 1 << Precision::Month << u"2024-03"_s;
    QTest::newRow("quarter") << 2024 << 8 << 1 << Precision::Quarter << u"2024-Q3"_s;
    QTest::newRow("half") << 2024 << 8 << 1 << Precision::Half << u"2024-H2"_s;
    QTest::newRow("winter of December") << 2024 << 12 << 1 << Precision::Season << u"2025-WI"_s;
    QTest::newRow("year") << 1505 << 1 << 1 << Precision::Year << u"1505"_s;
    QTest::newRow("decade") << 1987 << 1 << 1 << Precision::Decade << u"198"_s;
    QTest::newRow("century") << 1987 << 1 << 1 << Precision::Century << u"19"_s;
}

void TestTimexCalendar::formatPoint() {
    QFETCH(int, year);
    QFETCH(int, month);
    QFETCH(int, day);
    QFETCH(Precision, precision);
    QFETCH(QString, expected);
    QCOMPARE(annals::timex::formatPoint(CalendarPoint{greg::date(year, month, day), precision}), expected);
}

QTEST_APPLESS_MAIN(TestTimexCalendar)
#include "tst_timex_calendar.moc"
