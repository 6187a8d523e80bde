#pragma once

#include <QDate>
#include <QMainWindow>

#include <memory>
#include <optional>

class QLabel;
class QMenu;

namespace annals {
class Pipeline;
}
namespace annals::timeline {
class TimelineView;
}

namespace annals::ui {

class DocumentLoader;
class EventFilterProxyModel;
class EventSelection;
class EventTableModel;
class EventTablePanel;
class FilterBar;
class LoadProgressWidget;
class MessagesPanel;
class SourceView;
class SourcesPanel;
class TimelineFeed;
class Workspace;
struct LoadOutcome;

// The Annals window: the timeline in the middle, docks for the sources, the article text, the event table
// and messages, and a filter bar. This file only builds and wires the parts; menus live in
// main_window_menus.cpp, opening/loading/saving in main_window_files.cpp.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(std::optional<QDate> defaultPublicationDate = std::nullopt,
                        QWidget *parent = nullptr);
    ~MainWindow() override;

    void openPaths(const QStringList &paths); // files and folders, loaded in the background
    void selectFirstEvent(); // the earliest event that passes the filters, dated articles first

    Workspace *workspace() const { return m_workspace; }
    EventSelection *selection() const { return m_selection; }
    DocumentLoader *loader() const { return m_loader; }
    timeline::TimelineView *timelineView() const { return m_timeline; }
    SourceView *sourceView() const { return m_sourceView; }
    EventTablePanel *eventTable() const { return m_eventTable; }
    SourcesPanel *sourcesPanel() const { return m_sources; }
    MessagesPanel *messagesPanel() const { return m_messages; }
    FilterBar *filterBar() const { return m_filterBar; }
    EventFilterProxyModel *eventProxy() const { return m_proxy; }

signals:
    void loadFinished(); // after a background load was merged into the workspace

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createDocks();
    void createMenus();                           // main_window_menus.cpp
    void fillRecentMenu(QMenu *menu);             // main_window_menus.cpp
    void showShortcuts();                         // main_window_menus.cpp
    void openFilesDialog();                       // main_window_files.cpp
    void openFolderDialog();                      // main_window_files.cpp
    void mergeLoaded(const LoadOutcome &outcome); // main_window_files.cpp
    void rememberUserDate(const QString &documentId);
    void exportImage();                     // main_window_files.cpp
    void exportData(const QString &format); // main_window_files.cpp
    void updateSummary();
    void updateSourceTitle();
    void restoreSettings();
    void saveSettings() const;

    std::unique_ptr<Pipeline> m_pipeline; // re-normalizes documents the user dates
    Workspace *m_workspace;
    EventSelection *m_selection;
    EventTableModel *m_eventModel;
    EventFilterProxyModel *m_proxy;
    DocumentLoader *m_loader;
    timeline::TimelineView *m_timeline;
    SourceView *m_sourceView;
    EventTablePanel *m_eventTable;
    SourcesPanel *m_sources;
    MessagesPanel *m_messages;
    FilterBar *m_filterBar;
    TimelineFeed *m_feed;
    LoadProgressWidget *m_progress;
    QLabel *m_summary;
    QDockWidget *m_sourceDock = nullptr;
    QDockWidget *m_messagesDock = nullptr;
    std::optional<QDate> m_defaultPublicationDate;
};

} // namespace annals::ui
