#pragma once

#include <QPalette>

namespace annals::timeline {

// A complete dark palette (every role and the disabled group) for the whole application (`annals --dark`)
// and for dark exported pictures (`annals render --dark`): light text on near-black, a light blue
// selection with dark text on it.
QPalette darkPalette();

} // namespace annals::timeline
