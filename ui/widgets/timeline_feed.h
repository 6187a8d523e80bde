#pragma once

#include <QObject>

namespace annals::timeline {
class TimelineView;
}

namespace annals::ui {

class EventFilterProxyModel;
class EventSelection;
class Workspace;

// Keeps the timeline showing exactly the events that pass the filters, redrawn as soon as documents are
// added, removed or re-dated, and keeps its selection and the shared selection the same.
class TimelineFeed : public QObject {
    Q_OBJECT
public:
    TimelineFeed(const Workspace *workspace, const EventFilterProxyModel *proxy, EventSelection *selection,
                 timeline::TimelineView *view, QObject *parent = nullptr);

    void refresh();

private:
    const Workspace *m_workspace;
    const EventFilterProxyModel *m_proxy;
    EventSelection *m_selection;
    timeline::TimelineView *m_view;
    bool m_refreshing = false;
    // Opens the window on the period the articles report on (Fit All still shows every event).
    void showReportingPeriod();
    bool m_fitPending = true; // fit everything the first time there is something to show
};

} // namespace annals::ui
