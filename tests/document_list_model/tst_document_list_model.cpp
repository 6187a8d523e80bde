#include "sample_documents.h"
#include "ui/models/document_list_model.h"
#include "ui/models/event_roles.h"
#include "ui/models/workspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace annals;
using namespace annals::ui;
using namespace annals::testing;
using namespace Qt::StringLiterals;

class TestDocumentListModel : public QObject {
    Q_OBJECT
private slots:
    void listsDocuments_data() {
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("date");
        QTest::addColumn<int>("events");
        QTest::addColumn<bool>("undated");
        QTest::addColumn<bool>("editable");
        QTest::newRow("dated") << 0 << u"Talks resume in Cairo"_s << u"7 Feb 2024"_s << 3 << false << false;
        QTest::newRow("undated") << 1 << u"undated.txt"_s << u"no date"_s << 2 << true << true;
    }
    void listsDocuments() {
        QFETCH(int, row);
        QFETCH(bool, undated);
        QFETCH(bool, editable);
        Workspace workspace(resolveYesterday);
        DocumentListModel model(&workspace);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        workspace.addDocuments({talksDocument(), undatedDocument()});
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex title = model.index(row, DocumentListModel::TitleColumn);
        QTEST(title.data().toString(), "title");
        const QModelIndex date = model.index(row, DocumentListModel::DateColumn);
        QTEST(date.data().toString(), "date");
        QTEST(model.index(row, DocumentListModel::EventsColumn).data().toInt(), "events");
        QCOMPARE(title.data(UndatedRole).toBool(), undated);
        QCOMPARE(!date.data(Qt::DecorationRole).value<QIcon>().isNull(), undated);
        QCOMPARE(model.flags(date).testFlag(Qt::ItemIsEditable), editable);
        QCOMPARE(model.flags(title).testFlag(Qt::ItemIsEditable), false);
        QCOMPARE(model.index(row, DocumentListModel::WarningsColumn).data().toString().isEmpty(), !undated);
    }

    void settingTheDateRenormalizesTheDocument() {
        Workspace workspace(resolveYesterday);
        DocumentListModel model(&workspace);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        workspace.addDocuments({talksDocument(), undatedDocument()});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(!model.setData(model.index(0, DocumentListModel::DateColumn), QDate(2024, 3, 1)));
        QVERIFY(!model.setData(model.index(1, DocumentListModel::DateColumn), QDate()));
        QVERIFY(model.setData(model.index(1, DocumentListModel::DateColumn), QDate(2024, 5, 6)));
        QCOMPARE(changed.size(), 1);
        const QModelIndex date = model.index(1, DocumentListModel::DateColumn);
        QCOMPARE(date.data().toString(), u"6 May 2024"_s);
        QCOMPARE(date.data(UndatedRole).toBool(), false);
        QCOMPARE(date.data(DateSourceRole).toString(), u"user"_s);
        QVERIFY(model.flags(date).testFlag(Qt::ItemIsEditable)); // the user may correct their own date
        QCOMPARE(workspace.event(u"e4"_s)->earliest, QDate(2024, 5, 5));
    }

    void followsRemoval() {
        Workspace workspace(resolveYesterday);
        DocumentListModel model(&workspace);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        workspace.addDocuments({talksDocument(), undatedDocument()});
        workspace.removeDocument(u"d1"_s);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.documentIdAt(0), u"d2"_s);
        QCOMPARE(model.indexOfDocument(u"d2"_s).row(), 0);
        workspace.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestDocumentListModel)
#include "tst_document_list_model.moc"
