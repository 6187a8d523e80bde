#include "load/input_files.h"

#include "load/binary_sniffer.h"

#include <QDir>
#include <QFile>
#include <QSet>

using namespace Qt::StringLiterals;

namespace annals {

namespace {

// The operating system's reason why a path cannot be opened ("No such file or directory"...).
QString openFailureReason(const QString &path) {
    QFile file(path);
    if (file.open(QIODevice::ReadOnly))
        return u"cannot be read"_s;
    return u"cannot be read: "_s + file.errorString();
}

QString childDisplayPath(const QString &folderDisplay, const QString &name) {
    if (folderDisplay.endsWith(u'/'))
        return folderDisplay + name;
    return folderDisplay + u'/' + name;
}

void listFolder(const QFileInfo &root, const QString &rootDisplay, QList<InputFile> &files,
                QList<LoadError> &errors) {
    struct Pending {
        QFileInfo info;
        QString display;
    };
    QList<Pending> stack{{root, rootDisplay}};
    QSet<QString> visited; // canonical paths, so that symbolic links cannot make a loop
    while (!stack.isEmpty()) {
        const Pending folder = stack.takeLast();
        if (!folder.info.isReadable() || !folder.info.isExecutable()) {
            errors.append({folder.display, u"folder cannot be read: Permission denied"_s});
            continue;
        }
        const QString canonical = folder.info.canonicalFilePath();
        if (visited.contains(canonical))
            continue;
        visited.insert(canonical);
        // Without QDir::Hidden and QDir::System, hidden entries, sockets, pipes, devices and broken links
        // are left out by the listing itself.
        const QFileInfoList entries =
            QDir(folder.info.filePath())
                .entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::DirsLast);
        QList<Pending> subfolders;
        for (const QFileInfo &entry : entries) {
            const QString display = childDisplayPath(folder.display, entry.fileName());
            if (entry.isDir())
                subfolders.append({entry, display});
            else if (!isKnownBinaryExtension(entry.suffix()))
                files.append({entry, display, true});
        }
        // Reverse onto the stack so that the first subfolder is listed next.
        for (auto it = subfolders.crbegin(); it != subfolders.crend(); ++it)
            stack.append(*it);
    }
}

} // namespace

QList<InputFile> listInputFiles(const QStringList &paths, QList<LoadError> &errors) {
    QList<InputFile> files;
    for (const QString &path : paths) {
        if (path.isEmpty()) {
            errors.append({path, u"empty path"_s});
            continue;
        }
        const QFileInfo info(path);
        if (info.isDir()) {
            const qsizetype before = files.size();
            const qsizetype errorsBefore = errors.size();
            listFolder(info, path, files, errors);
            if (files.size() == before && errors.size() == errorsBefore)
                errors.append({path, u"folder holds no article files"_s});
        } else if (info.isFile()) {
            files.append({info, path, false});
        } else if (info.exists()) {
            errors.append({path, u"not a regular file or folder"_s});
        } else {
            errors.append({path, openFailureReason(path)});
        }
    }
    return files;
}

} // namespace annals
