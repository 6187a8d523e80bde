#pragma once

#include "event_roles.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QStringList>

namespace annals::ui {

class Workspace;

// The sources panel: one row per document (title, outlet or file, publication date, event count,
// warnings). Documents without a publication date are flagged (UndatedRole, a warning icon and tooltip),
// and their date cell is editable: setting it re-normalizes the document through the workspace.
class DocumentListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TitleColumn, OutletColumn, DateColumn, EventsColumn, WarningsColumn, ColumnCount };

    explicit DocumentListModel(Workspace *workspace, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QModelIndex indexOfDocument(const QString &documentId, int column = TitleColumn) const;
    QString documentIdAt(int row) const { return m_documentIds.value(row); }

    // Whether the user may set this document's date: it had none, or the user set the one it has.
    static bool dateIsUserEditable(const QModelIndex &index);

private:
    void onDocumentsAdded(const QStringList &documentIds);
    void onDocumentAboutToBeRemoved(const QString &documentId);
    void onDocumentRemoved();
    void onDocumentChanged(const QString &documentId);

    Workspace *m_workspace;
    QStringList m_documentIds;
    QIcon m_undatedIcon;
};

} // namespace annals::ui
