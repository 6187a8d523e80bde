#pragma once

#include "event_roles.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

namespace annals::ui {

class Workspace;

// Every event of the workspace, one row each, in document then text order. Rows follow the workspace:
// added documents insert rows, removed documents remove them, re-normalized documents update in place.
class EventTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { DateColumn, SummaryColumn, ActorsColumn, SourceColumn, ColumnCount };

    explicit EventTableModel(const Workspace *workspace, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QModelIndex indexOfEvent(const QString &eventId, int column = DateColumn) const;
    QString eventIdAt(int row) const { return m_eventIds.value(row); }

private:
    QStringList collectEventIds() const;
    QPair<int, int> rowRangeOf(const QString &documentId) const; // [first, last], or {-1, -1}
    void onDocumentsAdded(const QStringList &documentIds);
    void onDocumentAboutToBeRemoved(const QString &documentId);
    void onDocumentRemoved();
    void onDocumentChanged(const QString &documentId);
    void rebuild();

    const Workspace *m_workspace;
    QStringList m_eventIds;
    QHash<QString, int> m_rowOf;
    bool m_removing = false;
};

} // namespace annals::ui
