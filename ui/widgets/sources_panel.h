#pragma once

#include <QWidget>

class QAction;
class QTreeView;

namespace annals::ui {

class DocumentListModel;
class EventSelection;
class Workspace;

// The sources dock: the documents with their outlet, date, event count and warnings. Picking a row shows the
// article; an undated article is flagged and its date can be set in place (F2 / double-click) or with
// the "Set Publication Date…" action.
class SourcesPanel : public QWidget {
    Q_OBJECT
public:
    SourcesPanel(Workspace *workspace, EventSelection *selection, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    DocumentListModel *model() const { return m_model; }
    QAction *setDateAction() const { return m_setDate; }
    QAction *removeAction() const { return m_remove; }

public slots:
    void setDateOfCurrent(); // opens the date dialog for the current document

private:
    void showCurrentDocument(const QString &documentId);
    void updateActions();

    Workspace *m_workspace;
    EventSelection *m_selection;
    DocumentListModel *m_model;
    QTreeView *m_view;
    QAction *m_setDate;
    QAction *m_remove;
};

} // namespace annals::ui
