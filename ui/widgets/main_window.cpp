#include "main_window.h"

#include "document_loader.h"
#include "event_table_panel.h"
#include "filter_bar.h"
#include "load_progress_widget.h"
#include "messages_panel.h"
#include "source_view.h"
#include "source_view_link.h"
#include "sources_panel.h"
#include "timeline_feed.h"
#include "ui/models/counted_text.h"
#include "ui/models/event_filter_proxy_model.h"
#include "ui/models/event_selection.h"
#include "ui/models/event_table_model.h"
#include "ui/models/event_text.h"
#include "ui/models/reporting_period.h"
#include "ui/models/user_date_store.h"
#include "ui/models/workspace.h"
#include "ui/timeline/timeline_view.h"

#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeView>
#include <tuple>

using namespace Qt::StringLiterals;

namespace annals::ui {

MainWindow::MainWindow(std::optional<QDate> defaultPublicationDate, QWidget *parent)
    : QMainWindow(parent)
    , m_pipeline(std::make_unique<Pipeline>(PipelineOptions{defaultPublicationDate, false}))
    , m_workspace(new Workspace(
          [pipeline = m_pipeline.get()](ProcessedDocument &processed, QDate date) {
              pipeline->setPublicationDate(processed, date);
          },
          this))
    , m_selection(new EventSelection(m_workspace, this))
    , m_eventModel(new EventTableModel(m_workspace, this))
    , m_proxy(new EventFilterProxyModel(this))
    , m_loader(new DocumentLoader(this))
    , m_timeline(new timeline::TimelineView(this))
    , m_sourceView(new SourceView(this))
    , m_eventTable(nullptr)
    , m_sources(new SourcesPanel(m_workspace, m_selection, this))
    , m_messages(new MessagesPanel(this))
    , m_filterBar(nullptr)
    , m_feed(nullptr)
    , m_progress(new LoadProgressWidget(this))
    , m_summary(new QLabel(this))
    , m_defaultPublicationDate(defaultPublicationDate) {
    setWindowTitle(tr("Annals"));
    setObjectName(u"annalsMainWindow"_s);
    setAcceptDrops(true);
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);
    m_proxy->setSourceModel(m_eventModel);
    m_loader->setDefaultPublicationDate(defaultPublicationDate);
    m_eventTable = new EventTablePanel(m_eventModel, m_proxy, m_selection, this);
    m_filterBar = new FilterBar(m_workspace, m_proxy, this);
    m_feed = new TimelineFeed(m_workspace, m_proxy, m_selection, m_timeline, this);

    m_timeline->setObjectName(u"timeline"_s);
    m_timeline->setToolTip(tr("Ctrl+wheel or +/− to zoom, drag to pan, ←/→ to move between events, "
                              "0 to fit everything"));
    setCentralWidget(m_timeline);
    createDocks();

    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_summary);
    connect(m_loader, &DocumentLoader::started, m_progress, &LoadProgressWidget::begin);
    connect(m_loader, &DocumentLoader::progress, m_progress, &LoadProgressWidget::setProgress);
    connect(m_loader, &DocumentLoader::finished, this, &MainWindow::mergeLoaded);
    connect(m_progress, &LoadProgressWidget::cancelRequested, m_loader, &DocumentLoader::cancel);

    linkSourceView(m_sourceView, m_workspace, m_selection);
    connect(m_selection, &EventSelection::currentDocumentChanged, this, &MainWindow::updateSourceTitle);
    connect(m_workspace, &Workspace::documentChanged, this, [this](const QString &documentId) {
        rememberUserDate(documentId);
        updateSourceTitle();
        updateSummary();
    });
    connect(m_workspace, &Workspace::documentsAdded, this, &MainWindow::updateSummary);
    connect(m_workspace, &Workspace::documentRemoved, this, &MainWindow::updateSummary);
    connect(m_proxy, &EventFilterProxyModel::filtersChanged, this, &MainWindow::updateSummary);

    createMenus(); // adds the main toolbar; the filters go on a row of their own below it
    auto *filters = new QToolBar(tr("Filters"), this);
    filters->setObjectName(u"filterToolBar"_s);
    filters->setMovable(false);
    filters->addWidget(m_filterBar);
    addToolBarBreak();
    addToolBar(Qt::TopToolBarArea, filters);
    setTabOrder(m_filterBar, m_timeline);
    setTabOrder(m_timeline, m_eventTable);
    setTabOrder(m_eventTable, m_sources->view());
    setTabOrder(m_sources->view(), m_sourceView);
    resize(1360, 860);
    restoreSettings();
    updateSummary();
}

MainWindow::~MainWindow() = default;

void MainWindow::createDocks() {
    const auto dock = [this](QWidget *content, const QString &title, const QString &name,
                             Qt::DockWidgetArea area) {
        auto *widget = new QDockWidget(title, this);
        widget->setObjectName(name);
        widget->setWidget(content);
        addDockWidget(area, widget);
        return widget;
    };
    dock(m_sources, tr("Sources"), u"sourcesDock"_s, Qt::LeftDockWidgetArea);
    m_sourceDock = dock(m_sourceView, tr("Source"), u"sourceDock"_s, Qt::RightDockWidgetArea);
    QDockWidget *events = dock(m_eventTable, tr("Events"), u"eventsDock"_s, Qt::BottomDockWidgetArea);
    m_messagesDock = dock(m_messages, tr("Messages"), u"messagesDock"_s, Qt::BottomDockWidgetArea);
    tabifyDockWidget(events, m_messagesDock);
    events->raise();
    m_messagesDock->hide(); // shown when something goes wrong
    resizeDocks({events}, {260}, Qt::Vertical);
    resizeDocks({m_sourceDock, findChild<QDockWidget *>(u"sourcesDock"_s)}, {420, 400}, Qt::Horizontal);
}

void MainWindow::selectFirstEvent() {
    // The first event of the reporting period, so the selection does not pull the view decades back to a
    // background date; events of undated articles are placed only provisionally, so dated ones come first.
    const std::optional<DateRange> period = reportingPeriod(m_workspace->documents());
    QString first;
    std::tuple<bool, bool, QDate> best{false, false, QDate()};
    for (const QString &id : m_proxy->acceptedEventIds()) {
        const Event *event = m_workspace->event(id);
        if (!event || !event->earliest.isValid())
            continue;
        const bool dated = m_workspace->document(event->documentId)->document.publicationDate.has_value();
        const bool inPeriod = !period || period->contains(event->earliest);
        const std::tuple<bool, bool, QDate> key{!inPeriod, !dated, event->earliest};
        if (first.isEmpty() || key < best) {
            best = key;
            first = id;
        }
    }
    m_selection->setCurrentEvent(first);
}

void MainWindow::rememberUserDate(const QString &documentId) {
    const ProcessedDocument *processed = m_workspace->document(documentId);
    if (processed && processed->document.publicationDateSource == DateSource::User &&
        processed->document.publicationDate)
        UserDateStore().remember(processed->document, *processed->document.publicationDate);
}

void MainWindow::updateSummary() {
    const int total = m_workspace->eventCount();
    const int documents = m_workspace->documentCount();
    QString text = counted(documents, tr("1 source"), tr("%1 sources")) + u" · "_s +
                   counted(total, tr("1 event"), tr("%1 events"));
    if (m_proxy->isFiltering())
        text += u" · "_s + tr("%1 shown").arg(m_proxy->rowCount());
    m_summary->setText(text);
}

void MainWindow::updateSourceTitle() {
    const ProcessedDocument *processed = m_workspace->document(m_sourceView->documentId());
    if (!processed) {
        m_sourceDock->setWindowTitle(tr("Source"));
        return;
    }
    const Document &document = processed->document;
    const QString date = document.publicationDate
                             ? QLocale::c().toString(*document.publicationDate, u"d MMM yyyy"_s)
                             : tr("no date");
    m_sourceDock->setWindowTitle(tr("Source — %1 (%2)").arg(documentDisplayName(document), date));
}

void MainWindow::closeEvent(QCloseEvent *event) {
    m_loader->cancel();
    m_loader->waitForFinished();
    saveSettings();
    event->accept();
}

void MainWindow::restoreSettings() {
    QSettings settings;
    settings.beginGroup(u"mainWindow"_s);
    restoreGeometry(settings.value(u"geometry"_s).toByteArray());
    restoreState(settings.value(u"state"_s).toByteArray());
    const int grouping = settings.value(u"grouping"_s, int(m_timeline->grouping())).toInt();
    m_timeline->setGrouping(timeline::Grouping(std::clamp(grouping, 0, 2)));
}

void MainWindow::saveSettings() const {
    QSettings settings;
    settings.beginGroup(u"mainWindow"_s);
    settings.setValue(u"geometry"_s, saveGeometry());
    settings.setValue(u"state"_s, saveState());
    settings.setValue(u"grouping"_s, int(m_timeline->grouping()));
}

} // namespace annals::ui
