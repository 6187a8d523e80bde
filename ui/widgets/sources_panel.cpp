#include "sources_panel.h"

#include "publication_date_delegate.h"
#include "publication_date_dialog.h"
#include "ui/models/document_list_model.h"
#include "ui/models/event_selection.h"
#include "ui/models/event_text.h"
#include "ui/models/workspace.h"

#include <QAction>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace annals::ui {

SourcesPanel::SourcesPanel(Workspace *workspace, EventSelection *selection, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_selection(selection)
    , m_model(new DocumentListModel(workspace, this))
    , m_view(new QTreeView(this))
    , m_setDate(new QAction(tr("Set Publication &Date…"), this))
    , m_remove(new QAction(tr("&Close Source"), this)) {
    m_view->setObjectName(u"sourcesView"_s);
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->setItemDelegateForColumn(DocumentListModel::DateColumn, new PublicationDateDelegate(m_view));
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(DocumentListModel::TitleColumn, QHeaderView::Interactive);
    m_view->setColumnWidth(DocumentListModel::TitleColumn, 150);
    m_view->setColumnWidth(DocumentListModel::OutletColumn, 80);
    m_view->setColumnWidth(DocumentListModel::DateColumn, 96);
    m_view->setColumnWidth(DocumentListModel::EventsColumn, 50);
    m_view->setToolTip(tr("The loaded articles. Double-click a missing date to set it."));
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addAction(m_setDate);
    m_view->addAction(m_remove);

    m_setDate->setShortcut(Qt::CTRL | Qt::Key_D);
    m_setDate->setToolTip(tr("Set the publication date of the selected article (re-resolves its dates)"));
    m_remove->setShortcut(QKeySequence::Close);
    m_remove->setToolTip(tr("Close the selected article"));
    connect(m_setDate, &QAction::triggered, this, &SourcesPanel::setDateOfCurrent);
    connect(m_remove, &QAction::triggered, this, [this] {
        const QString id = m_selection->currentDocumentId();
        if (!id.isEmpty())
            m_workspace->removeDocument(id);
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    m_selection->setCurrentDocument(m_model->documentIdAt(current.row()));
            });
    connect(m_selection, &EventSelection::currentDocumentChanged, this, &SourcesPanel::showCurrentDocument);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &SourcesPanel::updateActions);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &SourcesPanel::updateActions);
    updateActions();
}

void SourcesPanel::showCurrentDocument(const QString &documentId) {
    const QModelIndex index = m_model->indexOfDocument(documentId);
    if (index.isValid()) {
        if (m_view->currentIndex().row() != index.row())
            m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    } else {
        m_view->clearSelection();
    }
    updateActions();
}

void SourcesPanel::setDateOfCurrent() {
    const QString id = m_selection->currentDocumentId();
    const ProcessedDocument *processed = m_workspace->document(id);
    if (!processed)
        return;
    PublicationDateDialog dialog(documentDisplayName(processed->document),
                                 processed->document.publicationDate.value_or(QDate()), this);
    if (dialog.exec() == QDialog::Accepted)
        m_workspace->setPublicationDate(id, dialog.date());
}

void SourcesPanel::updateActions() {
    const bool hasDocument = m_workspace->document(m_selection->currentDocumentId()) != nullptr;
    m_setDate->setEnabled(hasDocument);
    m_remove->setEnabled(hasDocument);
}

} // namespace annals::ui
