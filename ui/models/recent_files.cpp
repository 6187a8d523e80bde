#include "recent_files.h"

#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace annals::ui {

namespace {
const QString key = u"recentFiles"_s;
}

QStringList RecentFiles::paths() const {
    return QSettings().value(key).toStringList();
}

void RecentFiles::add(const QStringList &added) {
    QStringList list = paths();
    for (auto it = added.crbegin(); it != added.crend(); ++it) {
        const QString path = QFileInfo(*it).absoluteFilePath();
        list.removeAll(path);
        list.prepend(path);
    }
    while (list.size() > maximum)
        list.removeLast();
    QSettings().setValue(key, list);
}

void RecentFiles::clear() {
    QSettings().remove(key);
}

} // namespace annals::ui
