// The words every view uses to describe a TIMEX3 value to a reader.
#include "model/calendar_words.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestCalendarWords : public QObject {
    Q_OBJECT

private slots:
    void modPrefix_data() {
        QTest::addColumn<QString>("mod");
        QTest::addColumn<QString>("prefix");
        QTest::newRow("start") << u"START"_s << u"early "_s;
        QTest::newRow("mid") << u"MID"_s << u"mid-"_s;
        QTest::newRow("end") << u"END"_s << u"late "_s;
        QTest::newRow("approx") << u"APPROX"_s << u"about "_s;
        QTest::newRow("on or before") << u"ON_OR_BEFORE"_s << u"before "_s;
        QTest::newRow("after") << u"AFTER"_s << u"after "_s;
        QTest::newRow("none") << QString() << QString();
        QTest::newRow("unknown") << u"LESS_THAN"_s << QString();
    }
    void modPrefix() {
        QFETCH(QString, mod);
        QFETCH(QString, prefix);
        QCOMPARE(annals::modPrefix(mod), prefix);
    }

    void seasonWord_data() {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("word");
        QTest::newRow("spring") << u"2024-SP"_s << u"spring"_s;
        QTest::newRow("summer") << u"2024-SU"_s << u"summer"_s;
        QTest::newRow("autumn") << u"1994-FA"_s << u"autumn"_s;
        QTest::newRow("winter") << u"XXXX-WI"_s << u"winter"_s;
        QTest::newRow("month") << u"2024-02"_s << QString();
    }
    void seasonWord() {
        QFETCH(QString, value);
        QFETCH(QString, word);
        QCOMPARE(annals::seasonWord(value), word);
    }

    void ordinalNumber_data() {
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("text");
        QTest::newRow("1") << 1 << u"1st"_s;
        QTest::newRow("2") << 2 << u"2nd"_s;
        QTest::newRow("3") << 3 << u"3rd"_s;
        QTest::newRow("4") << 4 << u"4th"_s;
        QTest::newRow("11") << 11 << u"11th"_s;
        QTest::newRow("12") << 12 << u"12th"_s;
        QTest::newRow("13") << 13 << u"13th"_s;
        QTest::newRow("21") << 21 << u"21st"_s;
        QTest::newRow("112") << 112 << u"112th"_s;
    }
    void ordinalNumber() {
        QFETCH(int, n);
        QFETCH(QString, text);
        QCOMPARE(annals::ordinalNumber(n), text);
    }

    // QDate's years (480 BC is -480, no year 0) in the words of each era.
    void eraWords_data() {
        QTest::addColumn<int>("year");
        QTest::addColumn<QString>("yearText");
        QTest::addColumn<QString>("decadeText");
        QTest::addColumn<QString>("centuryText");
        QTest::newRow("2024") << 2024 << u"2024"_s << u"2020s"_s << u"21st century"_s;
        QTest::newRow("AD 1") << 1 << u"1"_s << u"0s"_s << u"1st century"_s;
        QTest::newRow("1 BC") << -1 << u"1 BC"_s << u"0s BC"_s << u"1st century BC"_s;
        QTest::newRow("146 BC") << -146 << u"146 BC"_s << u"140s BC"_s << u"2nd century BC"_s;
        QTest::newRow("480 BC") << -480 << u"480 BC"_s << u"480s BC"_s << u"5th century BC"_s;
        QTest::newRow("489 BC") << -489 << u"489 BC"_s << u"480s BC"_s << u"5th century BC"_s;
        QTest::newRow("550 BC") << -550 << u"550 BC"_s << u"550s BC"_s << u"6th century BC"_s;
    }
    void eraWords() {
        QFETCH(int, year);
        QFETCH(QString, yearText);
        QFETCH(QString, decadeText);
        QFETCH(QString, centuryText);
        QCOMPARE(annals::yearText(year), yearText);
        QCOMPARE(annals::decadeText(year), decadeText);
        QCOMPARE(annals::centuryText(year), centuryText);
    }
};

QTEST_GUILESS_MAIN(TestCalendarWords)
#include "tst_calendar_words.moc"
