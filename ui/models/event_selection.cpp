#include "event_selection.h"

#include "workspace.h"

namespace annals::ui {

EventSelection::EventSelection(const Workspace *workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace) {
    // Removing a document or re-normalizing it can take the selected event away.
    connect(workspace, &Workspace::documentRemoved, this, &EventSelection::forgetMissing);
    connect(workspace, &Workspace::documentChanged, this, &EventSelection::forgetMissing);
    connect(workspace, &Workspace::cleared, this, &EventSelection::clear);
}

void EventSelection::setCurrentEvent(const QString &eventId) {
    const QString documentId = m_workspace->documentIdOfEvent(eventId);
    if (documentId.isEmpty())
        update({}, m_documentId);
    else
        update(eventId, documentId);
}

void EventSelection::setCurrentDocument(const QString &documentId) {
    if (!m_workspace->document(documentId)) {
        update({}, {});
        return;
    }
    const bool keepEvent = m_workspace->documentIdOfEvent(m_eventId) == documentId;
    update(keepEvent ? m_eventId : QString(), documentId);
}

void EventSelection::clear() {
    update({}, {});
}

void EventSelection::update(const QString &eventId, const QString &documentId) {
    const bool eventChanged = eventId != m_eventId;
    const bool documentChanged = documentId != m_documentId;
    m_eventId = eventId;
    m_documentId = documentId;
    // Document first: a view that shows a document's text must have it before it marks the event.
    if (documentChanged)
        emit currentDocumentChanged(m_documentId);
    if (eventChanged)
        emit currentEventChanged(m_eventId);
}

void EventSelection::forgetMissing() {
    const QString documentId = m_workspace->document(m_documentId) ? m_documentId : QString();
    const QString eventId = m_workspace->event(m_eventId) ? m_eventId : QString();
    update(eventId, documentId);
}

} // namespace annals::ui
