#include "load/plain_text_loader.h"

using namespace Qt::StringLiterals;

namespace annals {

namespace {

// Calls visit(start, end) for each line with visible characters, its span trimmed of white space.
template <typename Visit> void forEachNonBlankLine(QStringView text, Visit visit) {
    const QChar *data = text.data();
    const qsizetype size = text.size();
    qsizetype lineStart = 0;
    while (lineStart < size) {
        qsizetype lineEnd = lineStart;
        while (lineEnd < size && data[lineEnd] != u'\n' && data[lineEnd] != u'\r')
            ++lineEnd;
        qsizetype start = lineStart;
        qsizetype end = lineEnd;
        while (start < end && data[start].isSpace())
            ++start;
        while (end > start && data[end - 1].isSpace())
            --end;
        if (end > start)
            visit(start, end);
        lineStart = lineEnd;
        if (lineStart < size && data[lineStart] == u'\r')
            ++lineStart;
        if (lineStart < size && data[lineStart] == u'\n')
            ++lineStart;
    }
}

} // namespace

QList<Block> lineBlocks(QStringView text) {
    // Counting first costs one more cheap scan, and saves growing (and copying) a list of millions of
    // blocks for very large files.
    qsizetype count = 0;
    forEachNonBlankLine(text, [&count](qsizetype, qsizetype) { ++count; });
    QList<Block> blocks;
    blocks.reserve(count);
    forEachNonBlankLine(text, [&blocks](qsizetype start, qsizetype end) {
        blocks.append(Block{TextSpan{start, end}, QString(), -1.0, Zone::Body});
    });
    return blocks;
}

Document plainTextDocument(QString text) {
    Document document;
    document.text = std::move(text);
    document.blocks = lineBlocks(document.text);
    document.metadata.format = u"text"_s;
    return document;
}

} // namespace annals
