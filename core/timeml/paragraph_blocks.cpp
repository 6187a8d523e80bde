#include "timeml/paragraph_blocks.h"

namespace annals {

namespace {

struct Line {
    qsizetype start;
    qsizetype end; // excluding '\n'
    bool blank;
};

QList<Line> splitLines(QStringView text) {
    QList<Line> lines;
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        bool blank = true;
        for (qsizetype i = start; i < end && blank; ++i)
            blank = text[i].isSpace();
        lines.append({start, end, blank});
        start = end + 1;
    }
    return lines;
}

// Appends [start, end) trimmed of whitespace, unless nothing is left.
void appendTrimmed(QList<Block> &blocks, QStringView text, qsizetype start, qsizetype end) {
    while (start < end && text[start].isSpace())
        ++start;
    while (end > start && text[end - 1].isSpace())
        --end;
    if (start < end) {
        Block block;
        block.span = {start, end};
        blocks.append(block);
    }
}

} // namespace

QList<Block> paragraphBlocks(QStringView text) {
    const QList<Line> lines = splitLines(text);
    QList<Block> blocks;

    // Blank lines separate paragraphs only when they sit between two non-blank lines.
    bool seenText = false;
    bool hasSeparator = false;
    bool pendingBlank = false;
    for (const Line &line : lines) {
        if (line.blank) {
            pendingBlank = seenText;
        } else {
            hasSeparator = hasSeparator || pendingBlank;
            pendingBlank = false;
            seenText = true;
        }
    }

    if (!hasSeparator) {
        for (const Line &line : lines)
            appendTrimmed(blocks, text, line.start, line.end);
        return blocks;
    }

    qsizetype paragraphStart = -1;
    qsizetype paragraphEnd = -1;
    for (const Line &line : lines) {
        if (line.blank) {
            if (paragraphStart >= 0)
                appendTrimmed(blocks, text, paragraphStart, paragraphEnd);
            paragraphStart = -1;
        } else {
            if (paragraphStart < 0)
                paragraphStart = line.start;
            paragraphEnd = line.end;
        }
    }
    if (paragraphStart >= 0)
        appendTrimmed(blocks, text, paragraphStart, paragraphEnd);
    return blocks;
}

} // namespace annals
