#include "event_table_panel.h"

#include "ui/models/event_filter_proxy_model.h"
#include "ui/models/event_roles.h"
#include "ui/models/event_selection.h"
#include "ui/models/event_table_model.h"

#include <QHeaderView>

using namespace Qt::StringLiterals;

namespace annals::ui {

EventTablePanel::EventTablePanel(EventTableModel *model, EventFilterProxyModel *proxy,
                                 EventSelection *selection, QWidget *parent)
    : QTableView(parent)
    , m_model(model)
    , m_proxy(proxy)
    , m_selection(selection) {
    setObjectName(u"eventTable"_s);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setShowGrid(false);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    setToolTip(tr("Events that pass the filters. Click a header to sort; the selected row is shown "
                  "on the timeline and in its source."));

    // While the proxy filters or sorts, Qt moves the current index to a neighbour of a vanished row; that is
    // not the user choosing another event, so it must not change the shared selection.
    const auto busy = [this] { m_proxyChanging = true; };
    const auto done = [this] { m_proxyChanging = false; };
    connect(m_proxy, &QAbstractItemModel::rowsAboutToBeRemoved, this, busy);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, done);
    connect(m_proxy, &QAbstractItemModel::rowsAboutToBeInserted, this, busy);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, done);
    connect(m_proxy, &QAbstractItemModel::layoutAboutToBeChanged, this, busy);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, done);
    connect(m_proxy, &QAbstractItemModel::modelAboutToBeReset, this, busy);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, done);
    setModel(proxy); // after the connections above, so they run before the selection model reacts
    setSortingEnabled(true);
    sortByColumn(EventTableModel::DateColumn, Qt::AscendingOrder);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setStretchLastSection(false);
    horizontalHeader()->setSectionResizeMode(EventTableModel::SummaryColumn, QHeaderView::Stretch);
    setColumnWidth(EventTableModel::DateColumn, 130);
    setColumnWidth(EventTableModel::ActorsColumn, 180);
    setColumnWidth(EventTableModel::SourceColumn, 200);
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid() && !m_proxyChanging)
                    m_selection->setCurrentEvent(current.data(EventIdRole).toString());
            });
    connect(m_selection, &EventSelection::currentEventChanged, this, &EventTablePanel::showEvent);
    // Sorting or filtering keeps the selected event in view.
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this,
            [this] { showEvent(m_selection->currentEventId()); });
    connect(m_proxy, &EventFilterProxyModel::filtersChanged, this,
            [this] { showEvent(m_selection->currentEventId()); });
}

void EventTablePanel::showEvent(const QString &eventId) {
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOfEvent(eventId));
    if (!index.isValid()) {
        selectionModel()->clearSelection();
        return;
    }
    if (currentIndex().row() != index.row())
        setCurrentIndex(index); // emits currentRowChanged -> setCurrentEvent with the same id: no echo
    scrollTo(index, QAbstractItemView::EnsureVisible);
}

} // namespace annals::ui
