#include "workspace.h"

using namespace Qt::StringLiterals;

namespace annals::ui {

namespace {

// An event is "the same statement" across re-normalizations when its sentence and expression are.
bool sameStatement(const Event &a, const Event &b) {
    return a.sentence == b.sentence && a.timex.span == b.timex.span;
}

} // namespace

Workspace::Workspace(Renormalizer renormalize, QObject *parent)
    : QObject(parent)
    , m_renormalize(std::move(renormalize)) {}

QStringList Workspace::addDocuments(QList<ProcessedDocument> documents) {
    QStringList ids;
    ids.reserve(documents.size());
    for (ProcessedDocument &processed : documents) {
        const QString id = u"d"_s + QString::number(m_nextDocument++);
        processed.document.id = id;
        assignEventIds(processed, {});
        m_documents.append(std::move(processed));
        ids.append(id);
    }
    reindex();
    if (!ids.isEmpty())
        emit documentsAdded(ids);
    return ids;
}

bool Workspace::removeDocument(const QString &documentId) {
    const int index = indexOfDocument(documentId);
    if (index < 0)
        return false;
    emit documentAboutToBeRemoved(documentId);
    m_documents.removeAt(index);
    m_unsavedUserDates.remove(documentId);
    reindex();
    emit documentRemoved(documentId);
    return true;
}

void Workspace::clear() {
    emit aboutToBeCleared();
    m_documents.clear();
    m_unsavedUserDates.clear();
    reindex();
    emit cleared();
}

bool Workspace::setPublicationDate(const QString &documentId, QDate date) {
    const int index = indexOfDocument(documentId);
    if (index < 0 || !date.isValid() || !m_renormalize)
        return false;
    ProcessedDocument &processed = m_documents[index];
    const QList<Event> previous = processed.events;
    m_renormalize(processed, date);
    processed.document.id = documentId; // whatever the renormalizer did, the identity stays ours
    assignEventIds(processed, previous);
    reindex();
    m_unsavedUserDates.insert(documentId, date);
    emit documentChanged(documentId);
    return true;
}

void Workspace::assignEventIds(ProcessedDocument &processed, const QList<Event> &previous) {
    for (Event &event : processed.events) {
        event.documentId = processed.document.id;
        auto same = std::find_if(previous.cbegin(), previous.cend(),
                                 [&event](const Event &old) { return sameStatement(old, event); });
        event.id = same != previous.cend() ? same->id : u"e"_s + QString::number(m_nextEvent++);
    }
}

void Workspace::reindex() {
    m_documentIndex.clear();
    m_eventIndex.clear();
    for (int d = 0; d < m_documents.size(); ++d) {
        m_documentIndex.insert(m_documents[d].document.id, d);
        const QList<Event> &events = m_documents[d].events;
        for (int e = 0; e < events.size(); ++e)
            m_eventIndex.insert(events[e].id, {d, e});
    }
}

QStringList Workspace::documentIds() const {
    QStringList ids;
    ids.reserve(m_documents.size());
    for (const ProcessedDocument &processed : m_documents)
        ids.append(processed.document.id);
    return ids;
}

const ProcessedDocument *Workspace::document(const QString &documentId) const {
    return documentAt(indexOfDocument(documentId));
}

const ProcessedDocument *Workspace::documentAt(int index) const {
    return index >= 0 && index < m_documents.size() ? &m_documents[index] : nullptr;
}

int Workspace::indexOfDocument(const QString &documentId) const {
    return m_documentIndex.value(documentId, -1);
}

const Event *Workspace::event(const QString &eventId) const {
    const auto it = m_eventIndex.constFind(eventId);
    if (it == m_eventIndex.cend())
        return nullptr;
    return &m_documents[it->first].events[it->second];
}

QString Workspace::documentIdOfEvent(const QString &eventId) const {
    const Event *found = event(eventId);
    return found ? found->documentId : QString();
}

int Workspace::eventCount() const {
    return int(m_eventIndex.size());
}

} // namespace annals::ui
