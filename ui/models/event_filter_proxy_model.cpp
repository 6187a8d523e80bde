#include "event_filter_proxy_model.h"

#include "event_roles.h"

using namespace Qt::StringLiterals;

namespace annals::ui {

EventFilterProxyModel::EventFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void EventFilterProxyModel::setText(const QString &text) {
    const QStringList words = text.toCaseFolded().split(u' ', Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    refilter();
}

void EventFilterProxyModel::setActor(const QString &actor) {
    if (actor == m_actor)
        return;
    m_actor = actor;
    refilter();
}

void EventFilterProxyModel::setDocumentId(const QString &documentId) {
    if (documentId == m_documentId)
        return;
    m_documentId = documentId;
    refilter();
}

void EventFilterProxyModel::setDateRange(QDate from, QDate to) {
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    refilter();
}

void EventFilterProxyModel::setZone(std::optional<Zone> zone) {
    if (zone == m_zone)
        return;
    m_zone = zone;
    refilter();
}

void EventFilterProxyModel::setGranularity(std::optional<Granularity> granularity) {
    if (granularity == m_granularity)
        return;
    m_granularity = granularity;
    refilter();
}

void EventFilterProxyModel::clearFilters() {
    if (!isFiltering())
        return;
    m_words.clear();
    m_actor.clear();
    m_documentId.clear();
    m_from = m_to = QDate();
    m_zone.reset();
    m_granularity.reset();
    refilter();
}

bool EventFilterProxyModel::isFiltering() const {
    return !m_words.isEmpty() || !m_actor.isEmpty() || !m_documentId.isEmpty() || m_from.isValid() ||
           m_to.isValid() || m_zone || m_granularity;
}

QStringList EventFilterProxyModel::acceptedEventIds() const {
    QStringList ids;
    const QAbstractItemModel *source = sourceModel();
    if (!source)
        return ids;
    for (int row = 0; row < source->rowCount(); ++row) {
        if (filterAcceptsRow(row, {}))
            ids.append(source->index(row, 0).data(EventIdRole).toString());
    }
    return ids;
}

bool EventFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_documentId.isEmpty() && index.data(DocumentIdRole).toString() != m_documentId)
        return false;
    if (m_zone && index.data(ZoneRole).toInt() != int(*m_zone))
        return false;
    if (m_granularity && index.data(GranularityRole).toInt() != int(*m_granularity))
        return false;
    if (!m_actor.isEmpty() && !index.data(ActorsRole).toStringList().contains(m_actor, Qt::CaseInsensitive))
        return false;
    if (m_from.isValid() || m_to.isValid()) {
        const QDate earliest = index.data(EarliestRole).toDate();
        QDate latest = index.data(LatestRole).toDate();
        if (!earliest.isValid())
            return false; // an undated event cannot be said to fall in any range
        if (!latest.isValid())
            latest = earliest;
        if (m_from.isValid() && latest < m_from)
            return false;
        if (m_to.isValid() && earliest > m_to)
            return false;
    }
    if (!m_words.isEmpty()) {
        const QString haystack = index.data(SearchTextRole).toString();
        for (const QString &word : m_words) {
            if (!haystack.contains(word))
                return false;
        }
    }
    return true;
}

void EventFilterProxyModel::refilter() {
    invalidateFilter();
    emit filtersChanged();
}

} // namespace annals::ui
