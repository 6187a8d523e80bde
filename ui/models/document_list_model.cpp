#include "document_list_model.h"

#include "event_text.h"
#include "undated_icon.h"
#include "workspace.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace annals::ui {

DocumentListModel::DocumentListModel(Workspace *workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
    , m_documentIds(workspace->documentIds()) {
    connect(workspace, &Workspace::documentsAdded, this, &DocumentListModel::onDocumentsAdded);
    connect(workspace, &Workspace::documentAboutToBeRemoved, this,
            &DocumentListModel::onDocumentAboutToBeRemoved);
    connect(workspace, &Workspace::documentRemoved, this, &DocumentListModel::onDocumentRemoved);
    connect(workspace, &Workspace::documentChanged, this, &DocumentListModel::onDocumentChanged);
    connect(workspace, &Workspace::aboutToBeCleared, this, &DocumentListModel::beginResetModel);
    connect(workspace, &Workspace::cleared, this, [this] {
        m_documentIds.clear();
        endResetModel();
    });
}

int DocumentListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_documentIds.size());
}

int DocumentListModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DocumentListModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProcessedDocument *processed = m_workspace->document(m_documentIds.at(index.row()));
    if (!processed)
        return {};
    const Document &document = processed->document;
    const bool undated = !document.publicationDate.has_value();
    const QDate date = document.publicationDate.value_or(QDate());

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return documentDisplayName(document);
        case OutletColumn:
            return documentOutlet(document);
        case DateColumn:
            return undated ? tr("no date") : QLocale::c().toString(date, u"d MMM yyyy"_s);
        case EventsColumn:
            return int(processed->events.size());
        case WarningsColumn:
            return document.warnings.join(u"; "_s);
        }
        return {};
    case Qt::EditRole:
        if (index.column() == DateColumn)
            return date;
        return data(index, Qt::DisplayRole);
    case Qt::DecorationRole:
        if (undated && index.column() == DateColumn) {
            if (m_undatedIcon.isNull())
                const_cast<DocumentListModel *>(this)->m_undatedIcon = undatedIcon();
            return m_undatedIcon;
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case DateColumn:
            if (undated)
                return tr("No publication date was found, so relative dates cannot be placed.\n"
                          "Double-click (or press F2) to set the date.");
            return tr("Publication date from the %1").arg(dateSourceName(*document.publicationDateSource));
        case WarningsColumn:
            return document.warnings.join(u'\n');
        default:
            return document.path;
        }
    case Qt::TextAlignmentRole:
        if (index.column() == EventsColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        if (index.column() == DateColumn)
            return date.isValid() ? date.toJulianDay() : qint64(0);
        if (index.column() == EventsColumn)
            return int(processed->events.size());
        return data(index, Qt::DisplayRole).toString().toCaseFolded();
    case DocumentIdentityRole:
        return document.id;
    case UndatedRole:
        return undated;
    case PublicationDateRole:
        return date;
    case DateSourceRole:
        return document.publicationDateSource ? dateSourceName(*document.publicationDateSource) : QString();
    case PathRole:
        return document.path;
    case EventCountRole:
        return int(processed->events.size());
    case WarningsRole:
        return document.warnings;
    }
    return {};
}

bool DocumentListModel::dateIsUserEditable(const QModelIndex &index) {
    return index.data(UndatedRole).toBool() || index.data(DateSourceRole).toString() == u"user"_s;
}

bool DocumentListModel::setData(const QModelIndex &index, const QVariant &value, int role) {
    if (role != Qt::EditRole || index.column() != DateColumn ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QDate date = value.toDate();
    if (!date.isValid() || !dateIsUserEditable(index))
        return false;
    // The workspace announces the change; onDocumentChanged() emits dataChanged for the row.
    return m_workspace->setPublicationDate(m_documentIds.at(index.row()), date);
}

Qt::ItemFlags DocumentListModel::flags(const QModelIndex &index) const {
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid())
        flags |= Qt::ItemNeverHasChildren;
    if (index.isValid() && index.column() == DateColumn && dateIsUserEditable(index))
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant DocumentListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case OutletColumn:
        return tr("Outlet / file");
    case DateColumn:
        return tr("Published");
    case EventsColumn:
        return tr("Events");
    case WarningsColumn:
        return tr("Warnings");
    }
    return {};
}

QModelIndex DocumentListModel::indexOfDocument(const QString &documentId, int column) const {
    const qsizetype row = m_documentIds.indexOf(documentId);
    return row < 0 ? QModelIndex() : index(int(row), column);
}

void DocumentListModel::onDocumentsAdded(const QStringList &documentIds) {
    const int first = int(m_documentIds.size());
    beginInsertRows({}, first, first + int(documentIds.size()) - 1);
    m_documentIds = m_workspace->documentIds();
    endInsertRows();
}

void DocumentListModel::onDocumentAboutToBeRemoved(const QString &documentId) {
    const int row = int(m_documentIds.indexOf(documentId));
    beginRemoveRows({}, row, row);
}

void DocumentListModel::onDocumentRemoved() {
    m_documentIds = m_workspace->documentIds();
    endRemoveRows();
}

void DocumentListModel::onDocumentChanged(const QString &documentId) {
    const QModelIndex first = indexOfDocument(documentId, 0);
    if (first.isValid())
        emit dataChanged(first, first.siblingAtColumn(ColumnCount - 1));
}

} // namespace annals::ui
