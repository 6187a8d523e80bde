#include "ui/timeline/date_words.h"
#include "ui/timeline/time_geometry.h"
#include "ui/timeline/timeline_items.h"

#include <QTest>

using namespace annals::timeline;
using namespace Qt::StringLiterals;
using annals::Granularity;

class TestTimelineItems : public QObject {
    Q_OBJECT
private slots:
    void dateInWords_data();
    void dateInWords();
    void itemTimes_data();
    void itemTimes();
    void itemsFromDocuments();
};

void TestTimelineItems::dateInWords_data() {
    QTest::addColumn<int>("granularity");
    QTest::addColumn<QDate>("earliest");
    QTest::addColumn<QDate>("latest");
    QTest::addColumn<QString>("mod");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    auto row = [](const char *name, Granularity g, QDate a, QDate b, const QString &mod, const QString &value,
                  const QString &expected) {
        QTest::newRow(name) << int(g) << a << b << mod << value << expected;
    };
    row("day", Granularity::Day, {2024, 5, 5}, {2024, 5, 5}, {}, u"2024-05-05"_s, u"Sunday 5 May 2024"_s);
    row("leap day", Granularity::Day, {2024, 2, 29}, {2024, 2, 29}, {}, {}, u"Thursday 29 February 2024"_s);
    row("time", Granularity::Time, {2024, 2, 7}, {2024, 2, 7}, {}, u"2024-02-07T18:13"_s,
        u"Wednesday 7 February 2024, 18:13"_s);
    row("time of day", Granularity::Time, {2024, 2, 7}, {2024, 2, 7}, {}, u"2024-02-07TMO"_s,
        u"Wednesday 7 February 2024, morning"_s);
    row("week", Granularity::Week, {2024, 2, 5}, {2024, 2, 11}, {}, u"2024-W06"_s, u"week 6 of 2024"_s);
    row("week across new year", Granularity::Week, {2024, 12, 30}, {2025, 1, 5}, {}, {}, u"week 1 of 2025"_s);
    row("month", Granularity::Month, {2024, 1, 1}, {2024, 1, 31}, {}, u"2024-01"_s, u"January 2024"_s);
    row("late month", Granularity::Month, {2024, 1, 21}, {2024, 1, 31}, u"END"_s, u"2024-01"_s,
        u"late January 2024"_s);
    row("early month", Granularity::Month, {2024, 3, 1}, {2024, 3, 10}, u"START"_s, {},
        u"early March 2024"_s);
    row("mid month", Granularity::Month, {2023, 10, 11}, {2023, 10, 20}, u"MID"_s, {}, u"mid-October 2023"_s);
    row("quarter", Granularity::Quarter, {2024, 1, 1}, {2024, 3, 31}, {}, u"2024-Q1"_s,
        u"first quarter of 2024"_s);
    row("season", Granularity::Season, {2023, 12, 1}, {2024, 2, 29}, {}, u"2024-WI"_s, u"winter 2024"_s);
    row("half", Granularity::Half, {2023, 7, 1}, {2023, 12, 31}, {}, u"2023-H2"_s, u"second half of 2023"_s);
    row("year", Granularity::Year, {2024, 1, 1}, {2024, 12, 31}, {}, u"2024"_s, u"2024"_s);
    row("late year", Granularity::Year, {2023, 9, 1}, {2023, 12, 31}, u"END"_s, u"2023"_s, u"late 2023"_s);
    row("decade", Granularity::Decade, {2020, 1, 1}, {2029, 12, 31}, {}, u"202"_s, u"the 2020s"_s);
    row("century", Granularity::Century, {1901, 1, 1}, {2000, 12, 31}, {}, u"19"_s, u"the 20th century"_s);
    row("undated", Granularity::Day, QDate(), QDate(), {}, {}, u"undated"_s);
    // Before Christ: QDate's year -480 is 480 BC.
    row("BC day", Granularity::Day, {-44, 3, 15}, {-44, 3, 15}, {}, u"BC0044-03-15"_s,
        u"Friday 15 March 44 BC"_s);
    row("BC month", Granularity::Month, {-480, 8, 1}, {-480, 8, 31}, {}, u"BC0480-08"_s, u"August 480 BC"_s);
    row("BC season", Granularity::Season, {-481, 9, 1}, {-481, 11, 30}, {}, u"BC0481-FA"_s,
        u"autumn 481 BC"_s);
    row("BC year", Granularity::Year, {-146, 1, 1}, {-146, 12, 31}, {}, u"BC0146"_s, u"146 BC"_s);
    row("1 BC", Granularity::Year, {-1, 1, 1}, {-1, 12, 31}, {}, u"BC0001"_s, u"1 BC"_s);
    row("early BC year", Granularity::Year, {-146, 1, 1}, {-146, 4, 30}, u"START"_s, u"BC0146"_s,
        u"early 146 BC"_s);
    row("BC decade", Granularity::Decade, {-489, 1, 1}, {-480, 12, 31}, {}, u"BC048"_s, u"the 480s BC"_s);
    row("BC century", Granularity::Century, {-499, 1, 1}, {-400, 12, 31}, {}, u"BC04"_s,
        u"the 5th century BC"_s);
}

void TestTimelineItems::dateInWords() {
    QFETCH(int, granularity);
    QFETCH(QDate, earliest);
    QFETCH(QDate, latest);
    QFETCH(QString, mod);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QCOMPARE(describeDate(Granularity(granularity), earliest, latest, mod, value), expected);
}

void TestTimelineItems::itemTimes_data() {
    QTest::addColumn<int>("granularity");
    QTest::addColumn<QDate>("earliest");
    QTest::addColumn<QDate>("latest");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<QDateTime>("end");
    const auto utc = [](int y, int m, int d, int h = 0, int min = 0) {
        return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
    };
    QTest::newRow("day is a point at noon") << int(Granularity::Day) << QDate(2024, 5, 5) << QDate(2024, 5, 5)
                                            << u"2024-05-05"_s << utc(2024, 5, 5, 12) << utc(2024, 5, 5, 12);
    QTest::newRow("time is a point at its clock time")
        << int(Granularity::Time) << QDate(2024, 2, 7) << QDate(2024, 2, 7) << u"2024-02-07T18:13"_s
        << utc(2024, 2, 7, 18, 13) << utc(2024, 2, 7, 18, 13);
    QTest::newRow("week spans Monday to Monday")
        << int(Granularity::Week) << QDate(2024, 2, 5) << QDate(2024, 2, 11) << u"2024-W06"_s
        << utc(2024, 2, 5) << utc(2024, 2, 12);
    QTest::newRow("late January is its last third")
        << int(Granularity::Month) << QDate(2024, 1, 21) << QDate(2024, 1, 31) << u"2024-01"_s
        << utc(2024, 1, 21) << utc(2024, 2, 1);
    QTest::newRow("leap February") << int(Granularity::Month) << QDate(2024, 2, 1) << QDate(2024, 2, 29)
                                   << u"2024-02"_s << utc(2024, 2, 1) << utc(2024, 3, 1);
    QTest::newRow("year") << int(Granularity::Year) << QDate(2023, 1, 1) << QDate(2023, 12, 31) << u"2023"_s
                          << utc(2023, 1, 1) << utc(2024, 1, 1);
}

void TestTimelineItems::itemTimes() {
    QFETCH(int, granularity);
    QFETCH(QDate, earliest);
    QFETCH(QDate, latest);
    QFETCH(QString, value);
    QFETCH(QDateTime, start);
    QFETCH(QDateTime, end);
    annals::Event event;
    event.id = u"e7"_s;
    event.documentId = u"d2"_s;
    event.summary = u"talks resumed"_s;
    event.granularity = Granularity(granularity);
    event.earliest = earliest;
    event.latest = latest;
    event.date = value;
    annals::Document document;
    document.id = u"d2"_s;
    document.path = u"/data/articles/cairo.html"_s;
    const TimelineItem item = timelineItemFrom(event, document);
    QCOMPARE(item.startMs, start.toMSecsSinceEpoch());
    QCOMPARE(item.endMs, end.toMSecsSinceEpoch());
    QCOMPARE(item.isSpan(), start != end);
    QCOMPARE(item.eventId, u"e7"_s);
    QCOMPARE(item.source, u"cairo.html"_s); // no title: the file name
    QVERIFY(!item.dateText.isEmpty());
}

void TestTimelineItems::itemsFromDocuments() {
    annals::ProcessedDocument a;
    a.document.id = u"d1"_s;
    a.document.title = u"  Talks break down  "_s;
    annals::Event dated;
    dated.id = u"e1"_s;
    dated.documentId = u"d1"_s;
    dated.summary = u"Netanyahu rejected a ceasefire proposal"_s;
    dated.actors = {u"Netanyahu"_s};
    dated.earliest = dated.latest = QDate(2024, 5, 5);
    annals::Event undated = dated;
    undated.id = u"e2"_s;
    undated.earliest = undated.latest = QDate();
    a.events = {dated, undated};
    annals::ProcessedDocument b;
    b.document.id = u"d2"_s;
    b.document.path = u"notes.txt"_s;
    annals::Event other = dated;
    other.id = u"e3"_s;
    other.documentId = u"d2"_s;
    other.summary.clear();
    other.sentenceText = u"  The mediators   met again. "_s;
    b.events = {other};

    const QList<TimelineItem> items = timelineItemsFrom({a, b});
    QCOMPARE(items.size(), 2); // the undated event has nowhere to go
    QCOMPARE(items[0].eventId, u"e1"_s);
    QCOMPARE(items[0].source, u"Talks break down"_s);
    QCOMPARE(items[0].actors, QStringList{u"Netanyahu"_s});
    QCOMPARE(items[0].dateText, u"Sunday 5 May 2024"_s);
    QCOMPARE(items[1].documentId, u"d2"_s);
    QCOMPARE(items[1].source, u"notes.txt"_s);
    QCOMPARE(items[1].label, u"The mediators met again."_s); // no summary: the sentence
}

QTEST_APPLESS_MAIN(TestTimelineItems)
#include "tst_timeline_items.moc"
