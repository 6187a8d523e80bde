#include "sample_documents.h"
#include "ui/models/event_filter_proxy_model.h"
#include "ui/models/event_roles.h"
#include "ui/models/event_table_model.h"
#include "ui/models/workspace.h"

#include <QAbstractItemModelTester>
#include <QTest>

#include <functional>

using namespace annals;
using namespace annals::ui;
using namespace annals::testing;
using namespace Qt::StringLiterals;

using Filter = std::function<void(EventFilterProxyModel &)>;
Q_DECLARE_METATYPE(Filter)

class TestEventFilterProxy : public QObject {
    Q_OBJECT
private slots:
    void filters_data() {
        QTest::addColumn<Filter>("filter");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("none") << Filter([](EventFilterProxyModel &) {})
                              << QStringList{u"e1"_s, u"e2"_s, u"e3"_s, u"e4"_s, u"e5"_s};
        QTest::newRow("text in summary, any case")
            << Filter([](auto &p) { p.setText(u"CEASEFIRE"_s); }) << QStringList{u"e3"_s};
        QTest::newRow("all words must match")
            << Filter([](auto &p) { p.setText(u"met egypt"_s); }) << QStringList{u"e1"_s};
        QTest::newRow("text in the sentence only")
            << Filter([](auto &p) { p.setText(u"officials"_s); }) << QStringList{u"e3"_s};
        QTest::newRow("text in the source")
            << Filter([](auto &p) { p.setText(u"undated.txt"_s); }) << QStringList{u"e4"_s, u"e5"_s};
        QTest::newRow("actor") << Filter([](auto &p) { p.setActor(u"qatar"_s); }) << QStringList{u"e1"_s};
        QTest::newRow("source document")
            << Filter([](auto &p) { p.setDocumentId(u"d2"_s); }) << QStringList{u"e4"_s, u"e5"_s};
        QTest::newRow("from: overlapping spans stay")
            << Filter([](auto &p) { p.setDateRange(QDate(2024, 1, 31), QDate()); })
            << QStringList{u"e1"_s, u"e2"_s, u"e3"_s};
        QTest::newRow("to: undated events go")
            << Filter([](auto &p) { p.setDateRange(QDate(), QDate(2024, 1, 21)); })
            << QStringList{u"e2"_s, u"e5"_s};
        QTest::newRow("closed range")
            << Filter([](auto &p) { p.setDateRange(QDate(2024, 2, 1), QDate(2024, 2, 12)); })
            << QStringList{u"e1"_s, u"e3"_s};
        QTest::newRow("zone") << Filter([](auto &p) { p.setZone(Zone::Caption); }) << QStringList{u"e5"_s};
        QTest::newRow("granularity") << Filter([](auto &p) { p.setGranularity(Granularity::Week); })
                                     << QStringList{u"e3"_s};
        QTest::newRow("combined") << Filter([](auto &p) {
            p.setDocumentId(u"d1"_s);
            p.setGranularity(Granularity::Day);
        }) << QStringList{u"e1"_s};
        QTest::newRow("cleared") << Filter([](auto &p) {
            p.setActor(u"Hamas"_s);
            p.clearFilters();
        }) << QStringList{u"e1"_s, u"e2"_s, u"e3"_s, u"e4"_s, u"e5"_s};
    }
    void filters() {
        QFETCH(Filter, filter);
        QFETCH(QStringList, expected);
        Workspace workspace(resolveYesterday);
        workspace.addDocuments({talksDocument(), undatedDocument()});
        EventTableModel table(&workspace);
        EventFilterProxyModel proxy;
        proxy.setSourceModel(&table);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter(proxy);
        QStringList shown;
        for (int row = 0; row < proxy.rowCount(); ++row)
            shown.append(proxy.index(row, 0).data(EventIdRole).toString());
        QCOMPARE(shown, expected);
        QCOMPARE(proxy.acceptedEventIds(), expected);
    }

    void sortsByDateColumn() {
        Workspace workspace(resolveYesterday);
        workspace.addDocuments({talksDocument(), undatedDocument()});
        workspace.setPublicationDate(u"d2"_s, QDate(2024, 5, 6));
        EventTableModel table(&workspace);
        EventFilterProxyModel proxy;
        proxy.setSourceModel(&table);
        proxy.sort(EventTableModel::DateColumn, Qt::AscendingOrder);
        QStringList order;
        for (int row = 0; row < proxy.rowCount(); ++row)
            order.append(proxy.index(row, 0).data(EventIdRole).toString());
        QCOMPARE(order, (QStringList{u"e5"_s, u"e2"_s, u"e1"_s, u"e3"_s, u"e4"_s}));
    }
};

QTEST_MAIN(TestEventFilterProxy)
#include "tst_event_filter_proxy.moc"
