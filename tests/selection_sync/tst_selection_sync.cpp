#include "sample_documents.h"
#include "ui/models/event_filter_proxy_model.h"
#include "ui/models/event_roles.h"
#include "ui/models/event_selection.h"
#include "ui/models/event_table_model.h"
#include "ui/models/workspace.h"
#include "ui/timeline/timeline_view.h"
#include "ui/widgets/event_table_panel.h"
#include "ui/widgets/source_view.h"
#include "ui/widgets/source_view_link.h"
#include "ui/widgets/timeline_feed.h"

#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace annals;
using namespace annals::ui;
using namespace annals::testing;
using namespace Qt::StringLiterals;

namespace {

// The three linked views over one workspace, wired as the main window wires them.
struct Views {
    Workspace workspace{resolveYesterday};
    EventSelection selection{&workspace};
    EventTableModel model{&workspace};
    EventFilterProxyModel proxy;
    timeline::TimelineView timeline;
    SourceView source;
    EventTablePanel *table;
    TimelineFeed *feed;

    Views() {
        proxy.setSourceModel(&model);
        table = new EventTablePanel(&model, &proxy, &selection);
        feed = new TimelineFeed(&workspace, &proxy, &selection, &timeline, &timeline);
        linkSourceView(&source, &workspace, &selection);
        workspace.addDocuments({talksDocument(), undatedDocument()});
        workspace.setPublicationDate(u"d2"_s, QDate(2024, 5, 6));
        timeline.resize(900, 400);
        table->resize(700, 300);
    }
    ~Views() { delete table; }

    QString tableEventId() const { return table->currentIndex().data(EventIdRole).toString(); }
    int tableRowOf(const QString &eventId) const {
        return proxy.mapFromSource(model.indexOfEvent(eventId)).row();
    }
};

} // namespace

class TestSelectionSync : public QObject {
    Q_OBJECT
private slots:
    void tableSelectsEverywhere_data() {
        QTest::addColumn<QString>("eventId");
        QTest::addColumn<QString>("documentId");
        QTest::addColumn<QString>("expression");
        QTest::newRow("talks") << u"e2"_s << u"d1"_s << u"late January"_s;
        QTest::newRow("re-dated article") << u"e4"_s << u"d2"_s << u"yesterday"_s;
    }
    void tableSelectsEverywhere() {
        QFETCH(QString, eventId);
        QFETCH(QString, documentId);
        QFETCH(QString, expression);
        Views views;
        QSignalSpy selectionSpy(&views.selection, &EventSelection::currentEventChanged);
        QSignalSpy timelineSpy(&views.timeline, &timeline::TimelineView::selectedEventChanged);
        views.table->selectRow(views.tableRowOf(eventId));
        QCOMPARE(views.selection.currentEventId(), eventId);
        QCOMPARE(views.timeline.selectedEventId(), eventId);
        QCOMPARE(views.source.documentId(), documentId);
        QCOMPARE(views.source.selectedEventId(), eventId);
        QCOMPARE(views.source.textCursor().block().document()->toPlainText().mid(
                     views.workspace.event(eventId)->timex.span.start, expression.size()),
                 expression);
        // Exactly one change each: no view echoed the selection back into another round.
        QCOMPARE(selectionSpy.size(), 1);
        QCOMPARE(timelineSpy.size(), 1);
    }

    void timelineSelectsTableAndSource() {
        Views views;
        QSignalSpy selectionSpy(&views.selection, &EventSelection::currentEventChanged);
        views.timeline.setSelectedEvent(u"e3"_s); // as a click on its mark does
        QCOMPARE(views.selection.currentEventId(), u"e3"_s);
        QCOMPARE(views.tableEventId(), u"e3"_s);
        QCOMPARE(views.source.selectedEventId(), u"e3"_s);
        QCOMPARE(selectionSpy.size(), 1);
        // Moving to the next event in time (the timeline's arrow key) follows everywhere.
        views.timeline.selectNext();
        const QString next = views.timeline.selectedEventId();
        QVERIFY(!next.isEmpty() && next != u"e3"_s);
        QCOMPARE(views.selection.currentEventId(), next);
        QCOMPARE(views.tableEventId(), next);
        QCOMPARE(views.source.selectedEventId(), next);
        QCOMPARE(selectionSpy.size(), 2);
    }

    void sourceClickSelectsTableAndTimeline() {
        Views views;
        views.selection.setCurrentDocument(u"d1"_s);
        QCOMPARE(views.source.documentId(), u"d1"_s);
        QSignalSpy selectionSpy(&views.selection, &EventSelection::currentEventChanged);
        QSignalSpy clicked(&views.source, &SourceView::eventClicked);
        views.source.resize(500, 400);
        views.source.show();
        QVERIFY(QTest::qWaitForWindowExposed(&views.source));
        QTextCursor cursor(views.source.document());
        cursor.setPosition(int(views.workspace.event(u"e1"_s)->timex.span.start) + 2);
        QTest::mouseClick(views.source.viewport(), Qt::LeftButton, {},
                          views.source.cursorRect(cursor).center() + QPoint(1, 0));
        QCOMPARE(clicked.size(), 1);
        QCOMPARE(views.selection.currentEventId(), u"e1"_s);
        QCOMPARE(views.timeline.selectedEventId(), u"e1"_s);
        QCOMPARE(views.tableEventId(), u"e1"_s);
        QCOMPARE(selectionSpy.size(), 1);
    }

    void filteringKeepsTheSelectionAndTheTimelineInStep() {
        Views views;
        views.selection.setCurrentEvent(u"e1"_s);
        views.proxy.setActor(u"Hamas"_s);
        QCOMPARE(views.timeline.items().size(), 1);
        QCOMPARE(views.timeline.items().first().eventId, u"e4"_s);
        QCOMPARE(views.selection.currentEventId(), u"e1"_s); // hidden, still the selection
        QCOMPARE(views.source.selectedEventId(), u"e1"_s);
        QVERIFY(!views.table->selectionModel()->hasSelection()); // e1 is filtered out of the table
        views.proxy.clearFilters();
        QCOMPARE(views.timeline.items().size(), 5);
        QCOMPARE(views.tableEventId(), u"e1"_s);
    }

    void redatingMovesTheEventOnTheTimeline() {
        Views views;
        const auto startOf = [&views](const QString &id) {
            for (const auto &item : views.timeline.items())
                if (item.eventId == id)
                    return item.startMs;
            return qint64(-1);
        };
        const qint64 before = startOf(u"e4"_s);
        views.workspace.setPublicationDate(u"d2"_s, QDate(2024, 6, 11));
        const qint64 after = startOf(u"e4"_s);
        QCOMPARE(after - before, qint64(36) * 24 * 3600 * 1000); // 5 May -> 10 June
    }
};

QTEST_MAIN(TestSelectionSync)
#include "tst_selection_sync.moc"
