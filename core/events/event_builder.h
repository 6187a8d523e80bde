#pragma once

#include "model/document.h"
#include "model/event.h"
#include "model/timex.h"

#include <QList>

namespace annals {

struct EventOptions {
    bool includeBoilerplate = false; // also make events in boilerplate and dateline zones
};

// Turns a processed document into events: one per (sentence, DATE or TIME expression) in a headline, body
// or caption block, skipping expressions with no calendar range (PRESENT_REF, XXXX-10-07). A sentence that
// repeats word for word with the same date (a caption restating the body) gives one event. Event ids are
// "<document id>.<n>"; the zone of an event is the zone of the block holding its sentence. `sentences`
// and `timexes` are sorted by start offset, as the sentence splitter and tagger return them.
QList<Event> buildEvents(const Document &document, const QList<TextSpan> &sentences,
                         const QList<Timex> &timexes, const EventOptions &options = {});

} // namespace annals
