#pragma once

#include <QTableView>

namespace annals::ui {

class EventFilterProxyModel;
class EventSelection;
class EventTableModel;

// The event table: date, summary, actors and source of every event that passes the filters, sortable by
// clicking a header. Its current row is the shared selection.
class EventTablePanel : public QTableView {
    Q_OBJECT
public:
    EventTablePanel(EventTableModel *model, EventFilterProxyModel *proxy, EventSelection *selection,
                    QWidget *parent = nullptr);

private:
    void showEvent(const QString &eventId);

    EventTableModel *m_model;
    EventFilterProxyModel *m_proxy;
    EventSelection *m_selection;
    bool m_proxyChanging = false;
};

} // namespace annals::ui
