#pragma once

#include "model/document.h"

#include <QList>
#include <QStringView>

namespace annals {

// Blocks of plain text: one per paragraph, paragraphs being separated by blank (or whitespace-only) lines;
// when the text has no blank line at all, one block per non-empty line. Spans exclude the surrounding
// whitespace.
QList<Block> paragraphBlocks(QStringView text);

} // namespace annals
