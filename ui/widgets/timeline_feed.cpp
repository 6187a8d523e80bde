#include "timeline_feed.h"

#include "ui/models/event_filter_proxy_model.h"
#include "ui/models/event_selection.h"
#include "ui/models/reporting_period.h"
#include "ui/models/workspace.h"
#include "ui/timeline/timeline_items.h"
#include "ui/timeline/timeline_view.h"
#include "ui/timeline/zoom_control.h"

#include <QSet>

namespace annals::ui {

TimelineFeed::TimelineFeed(const Workspace *workspace, const EventFilterProxyModel *proxy,
                           EventSelection *selection, timeline::TimelineView *view, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_proxy(proxy)
    , m_selection(selection)
    , m_view(view) {
    connect(workspace, &Workspace::documentsAdded, this, &TimelineFeed::refresh);
    connect(workspace, &Workspace::documentRemoved, this, &TimelineFeed::refresh);
    connect(workspace, &Workspace::documentChanged, this, &TimelineFeed::refresh);
    connect(workspace, &Workspace::cleared, this, [this] {
        m_fitPending = true;
        refresh();
    });
    connect(proxy, &EventFilterProxyModel::filtersChanged, this, &TimelineFeed::refresh);
    connect(view, &timeline::TimelineView::selectedEventChanged, selection, [this](const QString &eventId) {
        // New items can drop the selected event from the timeline (a filter hid it); that is no choice of
        // the user's, so the shared selection stays.
        if (!m_refreshing)
            m_selection->setCurrentEvent(eventId);
    });
    connect(selection, &EventSelection::currentEventChanged, view, &timeline::TimelineView::setSelectedEvent);
}

void TimelineFeed::refresh() {
    QList<timeline::TimelineItem> items = timeline::timelineItemsFrom(m_workspace->documents());
    if (m_proxy->isFiltering()) {
        const QStringList accepted = m_proxy->acceptedEventIds();
        const QSet<QString> keep(accepted.cbegin(), accepted.cend());
        items.removeIf([&keep](const timeline::TimelineItem &item) { return !keep.contains(item.eventId); });
    }
    const bool fit = m_fitPending && !items.isEmpty();
    m_refreshing = true;
    m_view->setItems(std::move(items));
    if (fit) {
        showReportingPeriod();
        m_fitPending = false;
    }
    m_view->setSelectedEvent(m_selection->currentEventId());
    m_refreshing = false;
}

void TimelineFeed::showReportingPeriod() {
    const std::optional<DateRange> period = reportingPeriod(m_workspace->documents());
    if (!period) {
        m_view->fitAll();
        return;
    }
    const auto startOfDay = [](QDate date) { return date.startOfDay(Qt::UTC).toMSecsSinceEpoch(); };
    m_view->zoomControl()->zoomTo(startOfDay(period->first), startOfDay(period->last.addDays(1)));
}

} // namespace annals::ui
