#pragma once

#include "load/loader.h"

#include <QByteArrayView>
#include <QString>

namespace annals {

// Reads JSON lines: one article per line, {"title", "date", "text", "url"}, "text" required. Each article
// becomes a document with path "FILE:LINE". A bad line becomes a LoadError naming the file and the line,
// and the other lines still load. Blank lines are ignored. The bytes must be UTF-8 (as JSON requires).
LoadResult loadJsonLines(const QString &displayPath, QByteArrayView utf8);

} // namespace annals
