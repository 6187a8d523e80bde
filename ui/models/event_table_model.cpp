#include "event_table_model.h"

#include "event_text.h"
#include "workspace.h"

using namespace Qt::StringLiterals;

namespace annals::ui {

EventTableModel::EventTableModel(const Workspace *workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace) {
    connect(workspace, &Workspace::documentsAdded, this, &EventTableModel::onDocumentsAdded);
    connect(workspace, &Workspace::documentAboutToBeRemoved, this,
            &EventTableModel::onDocumentAboutToBeRemoved);
    connect(workspace, &Workspace::documentRemoved, this, &EventTableModel::onDocumentRemoved);
    connect(workspace, &Workspace::documentChanged, this, &EventTableModel::onDocumentChanged);
    connect(workspace, &Workspace::aboutToBeCleared, this, &EventTableModel::beginResetModel);
    connect(workspace, &Workspace::cleared, this, [this] {
        rebuild();
        endResetModel();
    });
    rebuild();
}

int EventTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_eventIds.size());
}

int EventTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventTableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Event *event = m_workspace->event(m_eventIds.at(index.row()));
    if (!event)
        return {};
    const ProcessedDocument *processed = m_workspace->document(event->documentId);
    const QString source = processed ? documentDisplayName(processed->document) : QString();

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return compactEventDate(*event);
        case SummaryColumn:
            return event->summary.isEmpty() ? event->sentenceText : event->summary;
        case ActorsColumn:
            return event->actors.join(u", "_s);
        case SourceColumn:
            return source;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == DateColumn)
            return QString(event->timexText + u" → "_s + event->date + u" ("_s +
                           granularityName(event->granularity) + u')');
        return event->sentenceText;
    case SortRole:
        if (index.column() == DateColumn) {
            // Earliest first; among equal starts the narrower (more precise) date comes first.
            const qint64 first = event->earliest.isValid() ? event->earliest.toJulianDay() : 0;
            const qint64 last = event->latest.isValid() ? event->latest.toJulianDay() : first;
            return first * 1'000'000 + (last - first);
        }
        return data(index, Qt::DisplayRole).toString().toCaseFolded();
    case EventIdRole:
        return event->id;
    case DocumentIdRole:
        return event->documentId;
    case EarliestRole:
        return event->earliest;
    case LatestRole:
        return event->latest;
    case ZoneRole:
        return int(event->zone);
    case GranularityRole:
        return int(event->granularity);
    case ActorsRole:
        return event->actors;
    case SentenceRole:
        return event->sentenceText;
    case TimexTextRole:
        return event->timexText;
    case DateValueRole:
        return event->date;
    case SourceRole:
        return source;
    case SearchTextRole:
        return QString(event->summary + u'\n' + event->sentenceText + u'\n' + event->actors.join(u'\n') +
                       u'\n' + event->timexText + u'\n' + source)
            .toCaseFolded();
    }
    return {};
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case SummaryColumn:
        return tr("Summary");
    case ActorsColumn:
        return tr("Actors");
    case SourceColumn:
        return tr("Source");
    }
    return {};
}

QModelIndex EventTableModel::indexOfEvent(const QString &eventId, int column) const {
    const int row = m_rowOf.value(eventId, -1);
    return row < 0 ? QModelIndex() : index(row, column);
}

QStringList EventTableModel::collectEventIds() const {
    QStringList ids;
    for (int d = 0; d < m_workspace->documentCount(); ++d) {
        for (const Event &event : m_workspace->documentAt(d)->events)
            ids.append(event.id);
    }
    return ids;
}

QPair<int, int> EventTableModel::rowRangeOf(const QString &documentId) const {
    int first = -1;
    int last = -1;
    const ProcessedDocument *processed = m_workspace->document(documentId);
    if (!processed)
        return {first, last};
    for (const Event &event : processed->events) {
        const int row = m_rowOf.value(event.id, -1);
        if (row < 0)
            continue;
        first = first < 0 ? row : std::min(first, row);
        last = std::max(last, row);
    }
    return {first, last};
}

void EventTableModel::onDocumentsAdded(const QStringList &documentIds) {
    int added = 0;
    for (const QString &id : documentIds) {
        if (const ProcessedDocument *processed = m_workspace->document(id))
            added += int(processed->events.size());
    }
    if (added == 0)
        return;
    const QStringList all = collectEventIds();
    // Added documents go to the end of the workspace, so their events are new rows at the end.
    if (all.size() != m_eventIds.size() + added) {
        beginResetModel();
        rebuild();
        endResetModel();
        return;
    }
    beginInsertRows({}, int(m_eventIds.size()), int(m_eventIds.size()) + added - 1);
    rebuild();
    endInsertRows();
}

void EventTableModel::onDocumentAboutToBeRemoved(const QString &documentId) {
    const auto [first, last] = rowRangeOf(documentId);
    m_removing = first >= 0;
    if (m_removing)
        beginRemoveRows({}, first, last);
}

void EventTableModel::onDocumentRemoved() {
    rebuild();
    if (m_removing)
        endRemoveRows();
    m_removing = false;
}

void EventTableModel::onDocumentChanged(const QString &documentId) {
    const QStringList all = collectEventIds();
    if (all == m_eventIds) {
        const auto [first, last] = rowRangeOf(documentId);
        if (first >= 0)
            emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
        return;
    }
    beginResetModel();
    rebuild();
    endResetModel();
}

void EventTableModel::rebuild() {
    m_eventIds = collectEventIds();
    m_rowOf.clear();
    for (int row = 0; row < m_eventIds.size(); ++row)
        m_rowOf.insert(m_eventIds[row], row);
}

} // namespace annals::ui
