#pragma once

#include "model/document.h"
#include "model/event.h"

#include <QDate>
#include <QSortFilterProxyModel>
#include <QStringList>

#include <optional>

namespace annals::ui {

// Filters and sorts the event table (and, through the main window, the timeline): free text, actor,
// source document, date range, zone and granularity. Reads the typed roles of EventTableModel.
class EventFilterProxyModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit EventFilterProxyModel(QObject *parent = nullptr);

    // Every word must occur (case-insensitively) in the summary, sentence, actors, expression or source.
    void setText(const QString &text);
    void setActor(const QString &actor);           // empty: any
    void setDocumentId(const QString &documentId); // empty: any
    // Keeps events whose possible days overlap [from, to]; an invalid bound is open.
    void setDateRange(QDate from, QDate to);
    void setZone(std::optional<annals::Zone> zone);
    void setGranularity(std::optional<annals::Granularity> granularity);
    void clearFilters();

    bool isFiltering() const;
    QStringList acceptedEventIds() const; // the event ids that pass, in source order

signals:
    void filtersChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void refilter();

    QStringList m_words;
    QString m_actor;
    QString m_documentId;
    QDate m_from;
    QDate m_to;
    std::optional<annals::Zone> m_zone;
    std::optional<annals::Granularity> m_granularity;
};

} // namespace annals::ui
