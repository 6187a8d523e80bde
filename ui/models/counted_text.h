#pragma once

#include <QString>

namespace annals::ui {

// "1 document", "3 documents": the app ships no translations, so Qt's %n plurals would not pick the form
// (English text would read "1 documents").
inline QString counted(qsizetype n, const QString &one, const QString &many) {
    return n == 1 ? one : many.arg(n);
}

} // namespace annals::ui
