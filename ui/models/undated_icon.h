#pragma once

#include <QIcon>

namespace annals::ui {

// The mark of a document that has no publication date: the theme's warning icon where there is one,
// else a small triangle painted in the palette's highlight colour (so it follows light and dark themes).
QIcon undatedIcon();

} // namespace annals::ui
