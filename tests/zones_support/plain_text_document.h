#pragma once

// Test helper shared by the zones, pubdate and sentences suites: builds a Document from plain text the
// way the loader does for .txt files (the whole file is the text; every non-empty line is one Block),
// without depending on the load library.

#include "model/document.h"

#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>

namespace annals::testing {

inline Document plainTextDocument(const QString &text, const QString &path = QString()) {
    Document document;
    document.id = QStringLiteral("d1");
    document.path = path;
    document.text = text;
    document.metadata.format = QStringLiteral("text");
    qsizetype lineStart = 0;
    while (lineStart <= text.size()) {
        qsizetype lineEnd = text.indexOf(u'\n', lineStart);
        if (lineEnd < 0)
            lineEnd = text.size();
        qsizetype end = lineEnd;
        if (end > lineStart && text[end - 1] == u'\r')
            --end;
        if (end > lineStart) {
            Block block;
            block.span = {lineStart, end};
            document.blocks.append(block);
        }
        lineStart = lineEnd + 1;
    }
    return document;
}

inline QString seedsDir() {
    return QStringLiteral(ANNALS_SHARED_DIR "/seeds");
}

// The seed whose file name starts with prefix ("000"), read at run time; empty Document if missing.
inline Document seedDocument(const QString &prefix) {
    const QStringList names = QDir(seedsDir()).entryList({prefix + QStringLiteral("_*.txt")}, QDir::Files);
    if (names.isEmpty())
        return {};
    QFile file(seedsDir() + u'/' + names.first());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return plainTextDocument(QString::fromUtf8(file.readAll()), file.fileName());
}

// Index of the first block whose text starts with prefix, or -1.
inline int blockStartingWith(const Document &document, QStringView prefix) {
    for (int i = 0; i < document.blocks.size(); ++i) {
        if (document.blockText(document.blocks[i]).trimmed().startsWith(prefix))
            return i;
    }
    return -1;
}

} // namespace annals::testing
