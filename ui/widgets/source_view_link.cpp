#include "source_view_link.h"

#include "source_view.h"
#include "ui/models/event_selection.h"
#include "ui/models/workspace.h"

namespace annals::ui {

void linkSourceView(SourceView *view, const Workspace *workspace, EventSelection *selection) {
    QObject::connect(selection, &EventSelection::currentDocumentChanged, view,
                     [view, workspace, selection](const QString &documentId) {
                         view->showDocument(workspace->document(documentId));
                         view->setSelectedEvent(selection->currentEventId());
                     });
    QObject::connect(selection, &EventSelection::currentEventChanged, view, &SourceView::setSelectedEvent);
    QObject::connect(view, &SourceView::eventClicked, selection, &EventSelection::setCurrentEvent);
    QObject::connect(workspace, &Workspace::documentChanged, view,
                     [view, workspace, selection](const QString &documentId) {
                         if (documentId != view->documentId())
                             return;
                         view->showDocument(workspace->document(documentId)); // dates and tooltips moved
                         view->setSelectedEvent(selection->currentEventId());
                     });
    QObject::connect(workspace, &Workspace::documentRemoved, view, [view](const QString &documentId) {
        if (documentId == view->documentId())
            view->showDocument(nullptr);
    });
}

} // namespace annals::ui
