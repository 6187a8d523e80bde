#include "ui/models/document_list_model.h"
#include "ui/models/event_roles.h"
#include "ui/models/event_selection.h"
#include "ui/models/recent_files.h"
#include "ui/models/workspace.h"
#include "ui/timeline/timeline_view.h"
#include "ui/widgets/document_loader.h"
#include "ui/widgets/main_window.h"
#include "ui/widgets/messages_panel.h"
#include "ui/widgets/sources_panel.h"

#include <QDockWidget>
#include <QFile>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace annals;
using namespace annals::ui;
using namespace Qt::StringLiterals;

namespace {

void writeFile(const QString &path, const QByteArray &bytes) {
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

bool loadAndWait(MainWindow &window, const QStringList &paths) {
    QSignalSpy finished(&window, &MainWindow::loadFinished);
    window.openPaths(paths);
    return finished.wait(20000);
}

// The timeline item of the first event of a document, or a default item when it has none on the timeline.
timeline::TimelineItem firstItemOf(const MainWindow &window, const QString &documentId) {
    for (const timeline::TimelineItem &item : window.timelineView()->items()) {
        if (item.documentId == documentId)
            return item;
    }
    return {};
}

const QByteArray undatedArticle = "Talks stall over hostages\n\n"
                                  "Hamas rejected the latest proposal on Sunday, two officials said.\n\n"
                                  "The negotiators will meet again on Thursday in Cairo.\n";

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QVERIFY(m_settings.isValid());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
        QCoreApplication::setOrganizationName(u"AnnalsTests"_s);
        QCoreApplication::setApplicationName(u"tst_main_window"_s);
    }
    void init() { QSettings().clear(); }

    void loadsInTheBackgroundAndNamesBadFiles() {
        QTemporaryDir dir;
        writeFile(dir.filePath(u"good.txt"_s), undatedArticle);
        writeFile(dir.filePath(u"broken.txt"_s), QByteArray("\x00\x01\x02\xff\xfe\x00binary", 12));
        MainWindow window;
        window.show();
        QVERIFY(loadAndWait(window, {dir.filePath(u"good.txt"_s), dir.filePath(u"broken.txt"_s)}));
        QCOMPARE(window.workspace()->documentCount(), 1);
        const QStringList messages = window.messagesPanel()->messages();
        QVERIFY2(std::any_of(messages.cbegin(), messages.cend(),
                             [](const QString &m) { return m.contains(u"broken.txt"_s); }),
                 qPrintable(messages.join(u'\n')));
        QVERIFY(window.statusBar()->currentMessage().contains(u"broken.txt"_s));
        QVERIFY(RecentFiles().paths().contains(dir.filePath(u"good.txt"_s)));
        QVERIFY(!window.loader()->isBusy());
    }

    void cancellingStopsLoadingAndKeepsWhatWasRead() {
        QTemporaryDir dir;
        for (int i = 0; i < 400; ++i)
            writeFile(dir.filePath(u"article-%1.txt"_s.arg(i, 3, 10, QChar(u'0'))), undatedArticle);
        MainWindow window;
        window.show();
        QSignalSpy finished(&window, &MainWindow::loadFinished);
        window.openPaths({dir.path()});
        QVERIFY(window.loader()->isBusy());
        window.loader()->cancel();
        QVERIFY(finished.wait(20000));
        QVERIFY(window.workspace()->documentCount() < 400);
        QVERIFY(window.statusBar()->currentMessage().contains(u"cancelled"_s));
        // The window takes the next load as usual.
        QVERIFY(loadAndWait(window, {dir.filePath(u"article-000.txt"_s)}));
    }

    void datingAnUndatedArticleMovesItsEvents() {
        QTemporaryDir dir;
        writeFile(dir.filePath(u"undated.txt"_s), undatedArticle);
        MainWindow window;
        window.show();
        QVERIFY(loadAndWait(window, {dir.path()}));
        QCOMPARE(window.workspace()->documentCount(), 1);
        DocumentListModel *sources = window.sourcesPanel()->model();
        const QModelIndex date = sources->index(0, DocumentListModel::DateColumn);
        QVERIFY(date.data(UndatedRole).toBool());
        QVERIFY(sources->flags(date).testFlag(Qt::ItemIsEditable));
        const QString documentId = date.data(DocumentIdentityRole).toString();

        QVERIFY(sources->setData(date, QDate(2024, 5, 7)));
        const timeline::TimelineItem first = firstItemOf(window, documentId);
        QVERIFY2(!first.eventId.isEmpty(), "the dated article's events are on the timeline");
        const QDate placed = timeline::dateOfMs(first.startMs);
        QVERIFY2(placed >= QDate(2024, 4, 30) && placed <= QDate(2024, 5, 14), qPrintable(placed.toString()));

        // Another date: the same event (same id) moves by the same distance, at once.
        QVERIFY(sources->setData(date, QDate(2024, 6, 4)));
        const timeline::TimelineItem moved = firstItemOf(window, documentId);
        QCOMPARE(moved.eventId, first.eventId);
        QCOMPARE(timeline::dateOfMs(moved.startMs), placed.addDays(28));
    }

    void datesTheUserSetComeBackNextTime() {
        QTemporaryDir dir;
        writeFile(dir.filePath(u"undated.txt"_s), undatedArticle);
        {
            MainWindow window;
            QVERIFY(loadAndWait(window, {dir.path()}));
            const QString id = window.workspace()->documentIds().first();
            QVERIFY(window.workspace()->setPublicationDate(id, QDate(2024, 5, 7)));
        }
        MainWindow window;
        QVERIFY(loadAndWait(window, {dir.path()}));
        const Document &document = window.workspace()->documentAt(0)->document;
        QCOMPARE(document.publicationDate, QDate(2024, 5, 7));
        QCOMPARE(document.publicationDateSource, DateSource::User);
    }

    void windowStateRoundTripsThroughSettings() {
        {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.findChild<QDockWidget *>(u"eventsDock"_s)->hide();
            window.timelineView()->setGrouping(timeline::Grouping::Actor);
            window.resize(1000, 700);
            window.close();
        }
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.findChild<QDockWidget *>(u"eventsDock"_s)->isHidden());
        QVERIFY(!window.findChild<QDockWidget *>(u"sourcesDock"_s)->isHidden());
        QCOMPARE(window.timelineView()->grouping(), timeline::Grouping::Actor);
        QCOMPARE(window.size(), QSize(1000, 700));
    }

    void everyMenuActionHasAShortcutAndATooltip() {
        MainWindow window;
        QStringList missing;
        const std::function<void(QMenu *)> walk = [&](QMenu *menu) {
            for (QAction *action : menu->actions()) {
                if (action->isSeparator())
                    continue;
                if (action->menu()) {
                    walk(action->menu());
                    continue;
                }
                if (action->shortcut().isEmpty() || action->toolTip().isEmpty())
                    missing.append(action->text());
            }
        };
        for (QAction *top : window.menuBar()->actions())
            walk(top->menu());
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", "_s)));
    }

    void selectingTheFirstEventShowsItsSource() {
        QTemporaryDir dir;
        writeFile(dir.filePath(u"dated.txt"_s), "Talks resume\n\nPublished 7 February 2024\n\n"
                                                "Negotiators met in Cairo on Sunday, officials said.\n");
        MainWindow window;
        window.show();
        QVERIFY(loadAndWait(window, {dir.path()}));
        window.selectFirstEvent();
        const QString eventId = window.selection()->currentEventId();
        QVERIFY(!eventId.isEmpty());
        QCOMPARE(window.timelineView()->selectedEventId(), eventId);
        QCOMPARE(window.selection()->currentDocumentId(), window.workspace()->documentIdOfEvent(eventId));
    }

private:
    QTemporaryDir m_settings;
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
