#pragma once

namespace annals::ui {

class EventSelection;
class SourceView;
class Workspace;

// Makes the source view follow the shared selection (the current document's text, the current event's
// sentence) and the workspace (a re-dated document is shown again), and turns clicks on its expressions
// into selections.
void linkSourceView(SourceView *view, const Workspace *workspace, EventSelection *selection);

} // namespace annals::ui
