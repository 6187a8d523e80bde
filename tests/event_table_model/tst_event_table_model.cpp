#include "sample_documents.h"
#include "ui/models/event_roles.h"
#include "ui/models/event_table_model.h"
#include "ui/models/workspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace annals;
using namespace annals::ui;
using namespace annals::testing;
using namespace Qt::StringLiterals;

class TestEventTableModel : public QObject {
    Q_OBJECT
private slots:
    void showsOneRowPerEvent_data() {
        QTest::addColumn<QString>("eventId");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("summary");
        QTest::addColumn<QString>("actors");
        QTest::addColumn<QString>("source");
        QTest::newRow("day") << u"e1"_s << u"4 Feb 2024"_s << u"Negotiators met in Cairo"_s
                             << u"Egypt, Qatar"_s << u"Talks resume in Cairo"_s;
        QTest::newRow("late month") << u"e2"_s << u"late Jan 2024"_s << u"The delegations had first met"_s
                                    << QString() << u"Talks resume in Cairo"_s;
        QTest::newRow("week") << u"e3"_s << u"week 7, 2024"_s << u"A ceasefire could follow"_s << QString()
                              << u"Talks resume in Cairo"_s;
        QTest::newRow("untitled source is the file")
            << u"e5"_s << u"2023"_s << u"Israel said it would not stop"_s << u"Israel"_s << u"undated.txt"_s;
    }
    void showsOneRowPerEvent() {
        QFETCH(QString, eventId);
        Workspace workspace(resolveYesterday);
        EventTableModel model(&workspace);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        workspace.addDocuments({talksDocument(), undatedDocument()});
        QCOMPARE(model.rowCount(), 5);
        const QModelIndex index = model.indexOfEvent(eventId);
        QVERIFY(index.isValid());
        QCOMPARE(index.data(EventIdRole).toString(), eventId);
        QTEST(index.siblingAtColumn(EventTableModel::DateColumn).data().toString(), "date");
        QTEST(index.siblingAtColumn(EventTableModel::SummaryColumn).data().toString(), "summary");
        QTEST(index.siblingAtColumn(EventTableModel::ActorsColumn).data().toString(), "actors");
        QTEST(index.siblingAtColumn(EventTableModel::SourceColumn).data().toString(), "source");
    }

    void dateSortKeyOrdersByEarliestThenLatest() {
        Workspace workspace(resolveYesterday);
        EventTableModel model(&workspace);
        workspace.addDocuments({talksDocument()});
        const auto key = [&](const QString &id) {
            return model.indexOfEvent(id).data(SortRole).toLongLong();
        };
        QVERIFY(key(u"e2"_s) < key(u"e1"_s)); // late January before 4 February
        QVERIFY(key(u"e1"_s) < key(u"e3"_s));
    }

    // A history read by the real pipeline: dates before Christ become rows, the date column names their era,
    // and sorting by date puts earlier years before Christ first.
    void ordersDatesAcrossTheEras_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("datesInOrder");
        QTest::newRow("across the eras")
            << u"The abbey was rebuilt in 1215. The city fell in 146 BC after a long siege. "
               "In August 480 BC the two fleets met."_s
            << QStringList{u"Aug 480 BC"_s, u"146 BC"_s, u"1215"_s};
        QTest::newRow("within the 5th century BC")
            << u"The war ended in 479 BC. The fleets met in August 480 BC. "
               "The army had marched in the autumn of 481 BC."_s
            << QStringList{u"autumn 481 BC"_s, u"Aug 480 BC"_s, u"479 BC"_s};
    }
    void ordersDatesAcrossTheEras() {
        QFETCH(QString, text);
        QFETCH(QStringList, datesInOrder);
        const Pipeline pipeline(PipelineOptions{QDate(2024, 2, 14), false});
        Document document;
        document.path = u"/histories/war.txt"_s;
        document.text = text;
        Workspace workspace(resolveYesterday);
        EventTableModel model(&workspace);
        workspace.addDocuments({pipeline.process(document)});
        QSortFilterProxyModel sorted;
        sorted.setSourceModel(&model);
        sorted.setSortRole(SortRole);
        sorted.sort(EventTableModel::DateColumn, Qt::AscendingOrder);
        QStringList dates;
        for (int row = 0; row < sorted.rowCount(); ++row)
            dates << sorted.index(row, EventTableModel::DateColumn).data().toString();
        QCOMPARE(dates, datesInOrder);
    }

    void followsAddRemoveAndRenormalize() {
        Workspace workspace(resolveYesterday);
        EventTableModel model(&workspace);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        workspace.addDocuments({talksDocument()});
        workspace.addDocuments({undatedDocument()});
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(inserted.last().at(1).toInt(), 3);
        QCOMPARE(inserted.last().at(2).toInt(), 4);

        workspace.setPublicationDate(u"d2"_s, QDate(2024, 5, 6));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.indexOfEvent(u"e4"_s).data().toString(), u"5 May 2024"_s);

        workspace.removeDocument(u"d1"_s);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().at(1).toInt(), 0);
        QCOMPARE(removed.first().at(2).toInt(), 2);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.eventIdAt(0), u"e4"_s);
        QVERIFY(!model.indexOfEvent(u"e1"_s).isValid());

        workspace.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestEventTableModel)
#include "tst_event_table_model.moc"
