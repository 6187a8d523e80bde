// The window the main window opens on: the period the articles report on, not every background date.
#include "ui/models/reporting_period.h"

#include <QTest>

using namespace annals;
using namespace annals::ui;

namespace {

ProcessedDocument documentPublished(std::optional<QDate> date) {
    ProcessedDocument processed;
    processed.document.publicationDate = date;
    return processed;
}

using Spans = QList<QPair<QDate, QDate>>; // events' earliest and latest days

} // namespace

class TestReportingPeriod : public QObject {
    Q_OBJECT

private slots:
    void spansPublicationDates_data() {
        QTest::addColumn<QList<QDate>>("published");
        QTest::addColumn<QDate>("first");
        QTest::addColumn<QDate>("last");
        QTest::newRow("one article") << QList<QDate>{QDate(2025, 3, 3)} << QDate(2025, 2, 3)
                                     << QDate(2025, 3, 17);
        QTest::newRow("unordered") << QList<QDate>{QDate(2025, 4, 7), QDate(2025, 3, 3), QDate(2025, 3, 19)}
                                   << QDate(2025, 2, 3) << QDate(2025, 4, 21);
        QTest::newRow("month end clamps")
            << QList<QDate>{QDate(2024, 3, 31)} << QDate(2024, 2, 29) << QDate(2024, 4, 14);
        QTest::newRow("across a year") << QList<QDate>{QDate(2024, 1, 10), QDate(2024, 12, 25)}
                                       << QDate(2023, 12, 10) << QDate(2025, 1, 8);
    }

    void spansPublicationDates() {
        QFETCH(QList<QDate>, published);
        QFETCH(QDate, first);
        QFETCH(QDate, last);
        QList<ProcessedDocument> documents{documentPublished(std::nullopt)};
        for (QDate date : published)
            documents.append(documentPublished(date));
        const std::optional<DateRange> period = reportingPeriod(documents);
        QVERIFY(period.has_value());
        QCOMPARE(period->first, first);
        QCOMPARE(period->last, last);
        QVERIFY(period->contains(last));
        QVERIFY(!period->contains(last.addDays(1)));
    }

    void emptyWithoutDates() {
        QVERIFY(!reportingPeriod({}).has_value());
        QVERIFY(!reportingPeriod({documentPublished(std::nullopt)}).has_value());
    }

    // Only events decide whether the stretch around the publication dates is worth opening on.
    void needsAnEventInside_data() {
        QTest::addColumn<Spans>("events");
        QTest::addColumn<bool>("hasPeriod");
        const auto day = [](QDate d) { return QPair<QDate, QDate>{d, d}; };
        QTest::newRow("news: an event in the period")
            << Spans{day(QDate(1994, 5, 1)), day(QDate(2024, 2, 12))} << true;
        QTest::newRow("a span reaching into the period")
            << Spans{{QDate(2023, 1, 1), QDate(2024, 1, 20)}} << true;
        QTest::newRow("history: every event before Christ")
            << Spans{{QDate(-480, 8, 1), QDate(-480, 8, 31)}, {QDate(-146, 1, 1), QDate(-146, 12, 31)}}
            << false;
        QTest::newRow("undated events decide nothing") << Spans{day(QDate())} << true;
    }

    void needsAnEventInside() {
        QFETCH(Spans, events);
        QFETCH(bool, hasPeriod);
        ProcessedDocument processed = documentPublished(QDate(2024, 2, 14));
        for (const auto &[earliest, latest] : events) {
            Event event;
            event.earliest = earliest;
            event.latest = latest;
            processed.events.append(event);
        }
        QCOMPARE(reportingPeriod({processed}).has_value(), hasPeriod);
    }
};

QTEST_GUILESS_MAIN(TestReportingPeriod)
#include "tst_reporting_period.moc"
