#pragma once

#include "model/document.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace annals {

// Blocks of plain text: every line holding more than white space is its own block, its span trimmed of the
// surrounding white space. Scraped articles put a paragraph on each line; the consecutive lines they have
// (captions, photo credits, teaser lists) are separate units too, so lines are the natural block.
// Line ends may be "\n", "\r\n" or "\r".
QList<Block> lineBlocks(QStringView text);

// A plain-text document: the text is kept exactly as decoded (line ends included), so that every offset
// refers to the user's own text.
Document plainTextDocument(QString text);

} // namespace annals
