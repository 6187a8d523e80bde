#pragma once

#include "model/document.h"

namespace annals {

// Sets Block::zone for every block of the document (headline, dateline/byline, body, caption, boilerplate)
// from features that generalise: length, stop-word density, link density, position, cue phrases and
// topical overlap with the headline and body. Fills Document::title from the headline when empty.
void classifyZones(Document &document);

} // namespace annals
