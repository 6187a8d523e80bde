#pragma once

#include "model/document.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace annals {

// A file that could not be read, and why, in words a user understands.
struct LoadError {
    QString path;
    QString message;
};

struct LoadOptions {
    qint64 maxFileBytes = qint64(512) * 1024 * 1024; // larger files are refused with an error
    // Called after each file with the number of files done and the total (known once folders are listed);
    // returning false stops loading (LoadResult::cancelled). May be empty. Called on the loading thread.
    std::function<bool(qsizetype done, qsizetype total)> progress;
};

struct LoadResult {
    QList<Document> documents; // ids are left empty; the caller numbers them
    QList<LoadError> errors;
    bool cancelled = false; // the progress callback asked to stop; what was loaded so far is kept
};

// Reads files and folders (recursively, in a stable sorted order): .txt, .html/.htm, .jsonl, and TimeML
// (recognised by content). Never throws; every unreadable input becomes a LoadError and the rest load.
LoadResult loadPaths(const QStringList &paths, const LoadOptions &options = {});

} // namespace annals
