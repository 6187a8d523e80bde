#pragma once

#include "model/text_span.h"

#include <QStringView>

namespace annals {

// A chronology entry opens with its date, set off from its statement: "Feb. 9 - A temporary truce is
// agreed", "- Oct. 27: Both sides agree". The timeline shows the date already, so the summary and the
// search for actors start at the statement ("Fighting between patrols ..." opens it; it names no one).
// Returns where the statement starts in `sentence`, or 0 when `timex` (relative to the sentence) does not
// open it that way.
qsizetype entryStatementStart(QStringView sentence, TextSpan timex);

} // namespace annals
