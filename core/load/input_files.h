#pragma once

#include "load/loader.h"

#include <QFileInfo>
#include <QList>
#include <QString>

namespace annals {

// One file to load, found on the command line or inside a folder.
struct InputFile {
    QFileInfo info;
    QString displayPath;     // as the user wrote it, or the folder as written + "/" + the path inside it
    bool fromFolder = false; // files found in folders may be skipped quietly when they are not text
};

// Expands the user's paths into files: folders recursively, in a stable order (names sorted, depth first),
// leaving out hidden files and folders, special files and files with a known binary extension. Paths that
// are neither a readable file nor a folder become errors.
QList<InputFile> listInputFiles(const QStringList &paths, QList<LoadError> &errors);

} // namespace annals
