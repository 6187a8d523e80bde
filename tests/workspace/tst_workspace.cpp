#include "sample_documents.h"
#include "ui/models/event_selection.h"
#include "ui/models/workspace.h"

#include <QSignalSpy>
#include <QTest>

using namespace annals;
using namespace annals::ui;
using namespace annals::testing;
using namespace Qt::StringLiterals;

class TestWorkspace : public QObject {
    Q_OBJECT
private slots:
    void assignsDocumentAndEventIdsInOrder() {
        Workspace workspace(resolveYesterday);
        QSignalSpy added(&workspace, &Workspace::documentsAdded);
        const QStringList ids = workspace.addDocuments({talksDocument(), undatedDocument()});
        QCOMPARE(ids, QStringList({u"d1"_s, u"d2"_s}));
        QCOMPARE(added.size(), 1);
        QCOMPARE(workspace.eventCount(), 5);
        QCOMPARE(workspace.document(u"d1"_s)->events.first().id, u"e1"_s);
        QCOMPARE(workspace.document(u"d2"_s)->events.last().id, u"e5"_s);
        QCOMPARE(workspace.event(u"e4"_s)->documentId, u"d2"_s);
        QCOMPARE(workspace.event(u"e4"_s)->timexText, u"yesterday"_s);
    }

    void neverReusesIdsAfterRemoval() {
        Workspace workspace(resolveYesterday);
        workspace.addDocuments({talksDocument()});
        QSignalSpy removed(&workspace, &Workspace::documentRemoved);
        QVERIFY(workspace.removeDocument(u"d1"_s));
        QCOMPARE(removed.size(), 1);
        QVERIFY(!workspace.removeDocument(u"d1"_s));
        QCOMPARE(workspace.eventCount(), 0);
        QVERIFY(!workspace.event(u"e1"_s));
        workspace.addDocuments({talksDocument()});
        QCOMPARE(workspace.documentIds(), QStringList({u"d2"_s}));
        QCOMPARE(workspace.document(u"d2"_s)->events.first().id, u"e4"_s);
    }

    void settingTheDateRenormalizesAndKeepsIds() {
        Workspace workspace(resolveYesterday);
        workspace.addDocuments({talksDocument(), undatedDocument()});
        QVERIFY(!workspace.event(u"e4"_s)->earliest.isValid());
        QSignalSpy changed(&workspace, &Workspace::documentChanged);
        QVERIFY(workspace.setPublicationDate(u"d2"_s, QDate(2024, 5, 6)));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().toString(), u"d2"_s);
        QCOMPARE(workspace.event(u"e4"_s)->earliest, QDate(2024, 5, 5));
        QCOMPARE(workspace.document(u"d2"_s)->document.publicationDate, QDate(2024, 5, 6));
        QCOMPARE(workspace.document(u"d2"_s)->document.id, u"d2"_s);
        QCOMPARE(workspace.unsavedUserDates().value(u"d2"_s), QDate(2024, 5, 6));
        workspace.markUserDatesSaved();
        QVERIFY(workspace.unsavedUserDates().isEmpty());
    }

    void rejectsUnknownDocumentsAndInvalidDates() {
        Workspace workspace(resolveYesterday);
        workspace.addDocuments({undatedDocument()});
        QSignalSpy changed(&workspace, &Workspace::documentChanged);
        QVERIFY(!workspace.setPublicationDate(u"d9"_s, QDate(2024, 5, 6)));
        QVERIFY(!workspace.setPublicationDate(u"d1"_s, QDate()));
        QCOMPARE(changed.size(), 0);
    }

    void selectionFollowsWorkspaceAndNeverRepeats() {
        Workspace workspace(resolveYesterday);
        workspace.addDocuments({talksDocument(), undatedDocument()});
        EventSelection selection(&workspace);
        QSignalSpy events(&selection, &EventSelection::currentEventChanged);
        QSignalSpy documents(&selection, &EventSelection::currentDocumentChanged);
        selection.setCurrentEvent(u"e5"_s);
        QCOMPARE(selection.currentDocumentId(), u"d2"_s);
        selection.setCurrentEvent(u"e5"_s); // the same again: silence, so views cannot ping-pong
        QCOMPARE(events.size(), 1);
        QCOMPARE(documents.size(), 1);
        selection.setCurrentDocument(u"d2"_s); // keeps the event of that document
        QCOMPARE(selection.currentEventId(), u"e5"_s);
        selection.setCurrentDocument(u"d1"_s);
        QCOMPARE(selection.currentEventId(), QString());
        QCOMPARE(events.size(), 2);
        selection.setCurrentEvent(u"e2"_s);
        workspace.removeDocument(u"d1"_s);
        QCOMPARE(selection.currentEventId(), QString());
        QCOMPARE(selection.currentDocumentId(), QString());
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
