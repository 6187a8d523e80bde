#pragma once

#include "model/document.h"

namespace annals {

// Finds the publication date from metadata, header lines ("Updated February 07, 2024 at 18:13 PM ET"),
// datelines or a fully dated caption, in that order of trust. Runs after the zones stage. When nothing
// states it, leaves publicationDate empty and adds a warning; it never guesses.
void findPublicationDate(Document &document);

} // namespace annals
