#pragma once

#include <gumbo.h>

namespace annals {

// Elements whose content is never article text: scripts, styles, embedded objects, form controls...
bool isSkipped(GumboTag tag);

// Elements that start and end a block of text (paragraphs, headings, list items, cells, sections...);
// everything else is inline and adds to the current block.
bool isBlockLevel(GumboTag tag);

} // namespace annals
