#pragma once

// Test helper shared by the suites that feed files to the loader or to the `annals` executable:
// writes bytes to a path under a QTemporaryDir, creating the folders on the way.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>

namespace annals::testing {

// True when every byte reached the file; callers wrap it in QVERIFY so a failure names the line.
[[nodiscard]] inline bool writeFile(const QString &path, const QByteArray &bytes) {
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace annals::testing
