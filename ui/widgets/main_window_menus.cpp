// MainWindow: menus, toolbar and keyboard shortcuts. Every action has a shortcut and a tooltip.

#include "filter_bar.h"
#include "main_window.h"
#include "sources_panel.h"
#include "ui/models/recent_files.h"
#include "ui/timeline/timeline_view.h"
#include "ui/timeline/zoom_history.h"

#include <QActionGroup>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QMenuBar>
#include <QMessageBox>
#include <QStyle>
#include <QTableWidget>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace annals::ui {

namespace {

QAction *makeAction(QObject *parent, const QString &text, const QKeySequence &shortcut, const QString &tip,
                    const QIcon &icon = {}) {
    auto *action = new QAction(icon, text, parent);
    action->setShortcut(shortcut);
    action->setToolTip(tip + u" ("_s + shortcut.toString(QKeySequence::NativeText) + u')');
    action->setStatusTip(tip);
    return action;
}

// A platform's standard key, or the given one where the platform defines none (Quit has none on some).
QKeySequence standardOr(QKeySequence::StandardKey key, const QKeySequence &fallback) {
    const QKeySequence standard(key);
    return standard.isEmpty() ? fallback : standard;
}

// Gives an action a shortcut and a tooltip naming it, if it has none yet.
void describe(QAction *action, const QKeySequence &fallback, const QString &tip) {
    if (action->shortcut().isEmpty())
        action->setShortcut(fallback);
    action->setStatusTip(tip);
    action->setToolTip(tip + u" ("_s + action->shortcut().toString(QKeySequence::NativeText) + u')');
}

} // namespace

void MainWindow::createMenus() {
    QStyle *s = style();
    // File
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = makeAction(this, tr("&Open Files…"), QKeySequence::Open, tr("Open article files"),
                               s->standardIcon(QStyle::SP_DialogOpenButton));
    connect(open, &QAction::triggered, this, &MainWindow::openFilesDialog);
    QAction *openFolder =
        makeAction(this, tr("Open &Folder…"), Qt::CTRL | Qt::SHIFT | Qt::Key_O,
                   tr("Open every article in a folder"), s->standardIcon(QStyle::SP_DirOpenIcon));
    connect(openFolder, &QAction::triggered, this, &MainWindow::openFolderDialog);
    file->addAction(open);
    file->addAction(openFolder);
    QMenu *recent = file->addMenu(tr("Open &Recent"));
    connect(recent, &QMenu::aboutToShow, this, [this, recent] { fillRecentMenu(recent); });
    file->addSeparator();
    file->addAction(m_sources->setDateAction());
    file->addAction(m_sources->removeAction());
    file->addSeparator();
    QAction *exportImage =
        makeAction(this, tr("Export &Image…"), Qt::CTRL | Qt::SHIFT | Qt::Key_E,
                   tr("Save the timeline as PNG, SVG or PDF"), s->standardIcon(QStyle::SP_DialogSaveButton));
    connect(exportImage, &QAction::triggered, this, &MainWindow::exportImage);
    file->addAction(exportImage);
    QMenu *exportData = file->addMenu(tr("Export &Data"));
    const struct {
        QString text;
        QKeySequence key;
        QString format;
        QString tip;
    } dataFormats[] = {
        {tr("Events as &JSON…"), Qt::CTRL | Qt::Key_E, u"json"_s, tr("Save documents and events as JSON")},
        {tr("Events as &CSV…"), Qt::CTRL | Qt::ALT | Qt::Key_E, u"csv"_s, tr("Save events as a spreadsheet")},
        {tr("&TimelineJS…"), Qt::CTRL | Qt::ALT | Qt::Key_T, u"timelinejs"_s,
         tr("Save events for publishing with TimelineJS")},
    };
    for (const auto &entry : dataFormats) {
        QAction *action = makeAction(this, entry.text, entry.key, entry.tip);
        const QString format = entry.format;
        connect(action, &QAction::triggered, this, [this, format] { this->exportData(format); });
        exportData->addAction(action);
    }
    file->addSeparator();
    QAction *quit = makeAction(this, tr("&Quit"), standardOr(QKeySequence::Quit, Qt::CTRL | Qt::Key_Q),
                               tr("Close Annals"));
    connect(quit, &QAction::triggered, this, &QWidget::close);
    file->addAction(quit);

    // Edit
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *find = makeAction(this, tr("&Find Events…"), QKeySequence::Find, tr("Filter events by text"));
    connect(find, &QAction::triggered, m_filterBar, &FilterBar::focusText);
    QAction *clearFilters = makeAction(this, tr("&Clear Filters"), Qt::CTRL | Qt::SHIFT | Qt::Key_L,
                                       tr("Show every event again"));
    connect(clearFilters, &QAction::triggered, m_filterBar, &FilterBar::clear);
    edit->addAction(find);
    edit->addAction(clearFilters);

    // View
    QMenu *view = menuBar()->addMenu(tr("&View"));
    describe(m_timeline->zoomInAction(), QKeySequence::ZoomIn, tr("Zoom in"));
    describe(m_timeline->zoomOutAction(), QKeySequence::ZoomOut, tr("Zoom out"));
    describe(m_timeline->fitAllAction(), Qt::CTRL | Qt::Key_0, tr("Fit every event in view"));
    describe(m_timeline->zoomToSelectionAction(), Qt::CTRL | Qt::Key_Period,
             tr("Zoom to the selected event"));
    timeline::ZoomHistory *history = m_timeline->history();
    describe(history->backAction(), QKeySequence::Back, tr("Back to the previous view"));
    describe(history->forwardAction(), QKeySequence::Forward, tr("Forward to the next view"));
    describe(history->resetAction(), Qt::CTRL | Qt::SHIFT | Qt::Key_0,
             tr("Reset the view to fit everything"));
    for (QAction *action : {m_timeline->zoomInAction(), m_timeline->zoomOutAction(),
                            m_timeline->fitAllAction(), m_timeline->zoomToSelectionAction()})
        view->addAction(action);
    view->addSeparator();
    view->addAction(history->backAction());
    view->addAction(history->forwardAction());
    view->addAction(history->resetAction());
    view->addSeparator();
    QMenu *grouping = view->addMenu(tr("&Lanes"));
    auto *groups = new QActionGroup(this);
    const struct {
        QString text;
        timeline::Grouping grouping;
        QKeySequence key;
    } lanes[] = {{tr("By &Source"), timeline::Grouping::Source, Qt::CTRL | Qt::Key_1},
                 {tr("By &Actor"), timeline::Grouping::Actor, Qt::CTRL | Qt::Key_2},
                 {tr("&None"), timeline::Grouping::None, Qt::CTRL | Qt::Key_3}};
    for (const auto &lane : lanes) {
        QAction *action = makeAction(groups, lane.text, lane.key, tr("Group the timeline's lanes"));
        action->setCheckable(true);
        action->setChecked(m_timeline->grouping() == lane.grouping);
        const timeline::Grouping g = lane.grouping;
        connect(action, &QAction::triggered, this, [this, g] { m_timeline->setGrouping(g); });
        grouping->addAction(action);
    }
    view->addSeparator();
    int dockKey = Qt::Key_1;
    for (QDockWidget *dock : findChildren<QDockWidget *>()) {
        QAction *toggle = dock->toggleViewAction();
        toggle->setShortcut(Qt::ALT | Qt::Key(dockKey++));
        toggle->setToolTip(tr("Show or hide the %1 panel").arg(dock->windowTitle()));
        view->addAction(toggle);
    }
    QAction *fullScreen =
        makeAction(this, tr("F&ull Screen"), standardOr(QKeySequence::FullScreen, Qt::Key_F11),
                   tr("Toggle full screen"));
    fullScreen->setCheckable(true);
    connect(fullScreen, &QAction::toggled, this, [this](bool on) { on ? showFullScreen() : showNormal(); });
    view->addAction(fullScreen);

    // Go
    QMenu *go = menuBar()->addMenu(tr("&Go"));
    QAction *next = makeAction(this, tr("&Next Event"), Qt::Key_F8, tr("Select the next event in time"),
                               s->standardIcon(QStyle::SP_ArrowRight));
    connect(next, &QAction::triggered, m_timeline, &timeline::TimelineView::selectNext);
    QAction *previous =
        makeAction(this, tr("&Previous Event"), Qt::SHIFT | Qt::Key_F8,
                   tr("Select the previous event in time"), s->standardIcon(QStyle::SP_ArrowLeft));
    connect(previous, &QAction::triggered, m_timeline, &timeline::TimelineView::selectPrevious);
    QAction *first =
        makeAction(this, tr("&First Event"), Qt::CTRL | Qt::Key_Home, tr("Select the earliest event"));
    connect(first, &QAction::triggered, this, &MainWindow::selectFirstEvent);
    QAction *focusTimeline = makeAction(this, tr("Focus &Timeline"), Qt::CTRL | Qt::SHIFT | Qt::Key_T,
                                        tr("Move the keyboard focus to the timeline"));
    connect(focusTimeline, &QAction::triggered, this,
            [this] { m_timeline->setFocus(Qt::ShortcutFocusReason); });
    go->addActions({previous, next, first, focusTimeline});

    // Help
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts =
        makeAction(this, tr("&Keyboard Shortcuts"), standardOr(QKeySequence::HelpContents, Qt::Key_F1),
                   tr("List every action and its shortcut"));
    connect(shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    QAction *about = makeAction(this, tr("&About Annals"), Qt::CTRL | Qt::Key_F1, tr("About Annals"));
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Annals"),
                           tr("<h3>Annals %1</h3><p>Turns news articles into a timeline of dated events, "
                              "linked to the sentences they come from.</p>")
                               .arg(QApplication::applicationVersion()));
    });
    help->addActions({shortcuts, about});

    // The main toolbar: the most used actions.
    QToolBar *tools = addToolBar(tr("Main"));
    tools->setObjectName(u"mainToolBar"_s);
    tools->setMovable(false);
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->addAction(open);
    tools->addAction(openFolder);
    tools->addSeparator();
    m_timeline->zoomInAction()->setIcon(QIcon::fromTheme(u"zoom-in"_s));
    m_timeline->zoomOutAction()->setIcon(QIcon::fromTheme(u"zoom-out"_s));
    m_timeline->fitAllAction()->setIcon(QIcon::fromTheme(u"zoom-fit-best"_s));
    history->backAction()->setIcon(s->standardIcon(QStyle::SP_ArrowBack));
    history->forwardAction()->setIcon(s->standardIcon(QStyle::SP_ArrowForward));
    tools->addAction(history->backAction());
    tools->addAction(history->forwardAction());
    tools->addAction(m_timeline->zoomOutAction());
    tools->addAction(m_timeline->zoomInAction());
    tools->addAction(m_timeline->fitAllAction());
    tools->addSeparator();
    tools->addAction(previous);
    tools->addAction(next);
    tools->addSeparator();
    tools->addAction(m_sources->setDateAction());
    tools->addAction(exportImage);
    // Window-wide shortcuts for actions that live only in menus or on the timeline.
    addActions({m_timeline->zoomInAction(), m_timeline->zoomOutAction(), m_timeline->fitAllAction(),
                m_timeline->zoomToSelectionAction()});
}

void MainWindow::fillRecentMenu(QMenu *menu) {
    menu->clear();
    const QStringList paths = RecentFiles().paths();
    for (int i = 0; i < paths.size(); ++i) {
        const QString path = paths[i];
        QAction *action = menu->addAction(u"&"_s + QString::number((i + 1) % 10) + u"  "_s + path);
        action->setShortcut(i < 9 ? QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key(Qt::Key_1 + i))
                                  : QKeySequence());
        connect(action, &QAction::triggered, this, [this, path] { openPaths({path}); });
    }
    if (paths.isEmpty())
        menu->addAction(tr("No recent files"))->setEnabled(false);
    menu->addSeparator();
    QAction *clear = menu->addAction(tr("&Clear List"));
    connect(clear, &QAction::triggered, this, [] { RecentFiles().clear(); });
}

void MainWindow::showShortcuts() {
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Keyboard Shortcuts"));
    auto *table = new QTableWidget(&dialog);
    table->setColumnCount(2);
    table->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    QList<QAction *> actions;
    for (QAction *action : findChildren<QAction *>()) {
        if (!action->shortcut().isEmpty() && !action->text().isEmpty() && !actions.contains(action))
            actions.append(action);
    }
    table->setRowCount(int(actions.size()));
    for (int row = 0; row < actions.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(actions[row]->text().remove(u'&')));
        table->setItem(row, 1,
                       new QTableWidgetItem(actions[row]->shortcut().toString(QKeySequence::NativeText)));
    }
    table->sortItems(0);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog.resize(460, 560);
    dialog.exec();
}

} // namespace annals::ui
