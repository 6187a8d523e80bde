#pragma once

#include "pipeline/pipeline.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace annals::ui {

// The documents open in the main window, after extraction. The workspace owns the identities: every
// document gets "d<N>" and every event "e<N>" from counters that only grow, so an id is never reused
// after a document is removed, and views and selections can hold ids safely.
class Workspace : public QObject {
    Q_OBJECT
public:
    // Re-runs normalization of a processed document against a publication date the user set.
    // The application passes Pipeline::setPublicationDate; tests may pass their own.
    using Renormalizer = std::function<void(ProcessedDocument &, QDate)>;

    explicit Workspace(Renormalizer renormalize, QObject *parent = nullptr);

    // Takes documents as the pipeline produced them, assigns fresh ids and returns the new document ids.
    QStringList addDocuments(QList<ProcessedDocument> documents);
    bool removeDocument(const QString &documentId);
    void clear();

    // Sets a document's publication date (source "user") and re-normalizes its events at once.
    // Events keep their ids when they are the same statement (same sentence and time expression).
    bool setPublicationDate(const QString &documentId, QDate date);

    int documentCount() const { return int(m_documents.size()); }
    QStringList documentIds() const; // in the order they were added
    const ProcessedDocument *document(const QString &documentId) const;
    const ProcessedDocument *documentAt(int index) const;
    int indexOfDocument(const QString &documentId) const;
    QList<ProcessedDocument> documents() const { return m_documents; }

    const Event *event(const QString &eventId) const;
    QString documentIdOfEvent(const QString &eventId) const;
    int eventCount() const;

    // Dates the user set in this session that no export has written out yet (document id -> date).
    QHash<QString, QDate> unsavedUserDates() const { return m_unsavedUserDates; }
    void markUserDatesSaved() { m_unsavedUserDates.clear(); }

signals:
    void documentsAdded(const QStringList &documentIds);
    void documentAboutToBeRemoved(const QString &documentId);
    void documentRemoved(const QString &documentId);
    // The document's date or events changed (after setPublicationDate).
    void documentChanged(const QString &documentId);
    void aboutToBeCleared();
    void cleared();

private:
    void assignEventIds(ProcessedDocument &processed, const QList<Event> &previous);
    void reindex();

    Renormalizer m_renormalize;
    QList<ProcessedDocument> m_documents;
    QHash<QString, int> m_documentIndex;          // document id -> index in m_documents
    QHash<QString, QPair<int, int>> m_eventIndex; // event id -> (document index, event index)
    QHash<QString, QDate> m_unsavedUserDates;
    quint64 m_nextDocument = 1;
    quint64 m_nextEvent = 1;
};

} // namespace annals::ui
