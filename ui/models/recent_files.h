#pragma once

#include <QStringList>

namespace annals::ui {

// The most recently opened files and folders, newest first, kept in QSettings.
class RecentFiles {
public:
    static constexpr int maximum = 10;

    QStringList paths() const;
    void add(const QStringList &paths); // absolute paths; moves existing entries to the front
    void clear();
};

} // namespace annals::ui
