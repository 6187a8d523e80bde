#pragma once

#include <QObject>
#include <QString>

namespace annals::ui {

class Workspace;

// The one current event (and its document) that every view shows as selected. Views call
// setCurrentEvent() when the user picks something and follow currentEventChanged(); because setting the
// value it already has emits nothing, a view that reacts by selecting the same event cannot start a loop.
class EventSelection : public QObject {
    Q_OBJECT
public:
    explicit EventSelection(const Workspace *workspace, QObject *parent = nullptr);

    QString currentEventId() const { return m_eventId; }
    QString currentDocumentId() const { return m_documentId; }

    // Selects an event (and its document); an unknown id clears the event but keeps the document.
    void setCurrentEvent(const QString &eventId);
    // Shows a document without an event (e.g. picked in the sources panel). Keeps the current event when
    // it belongs to that document.
    void setCurrentDocument(const QString &documentId);
    void clear();

signals:
    void currentEventChanged(const QString &eventId);
    void currentDocumentChanged(const QString &documentId);

private:
    void update(const QString &eventId, const QString &documentId);
    void forgetMissing();

    const Workspace *m_workspace;
    QString m_eventId;
    QString m_documentId;
};

} // namespace annals::ui
