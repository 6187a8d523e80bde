#pragma once

#include "model/document.h"

#include <QByteArrayView>

namespace annals {

// Builds a document from an HTML page given as UTF-8 (gumbo's input encoding). The visible text is
// kept block by block (paragraphs, headings, list items, captions, table cells...), blocks joined by a
// blank line; scripts, styles and hidden elements are dropped; entities are decoded. Each block records
// its element (or "nav"/"footer"/"aside"/"header" when it sits in such page furniture) and its link
// density. Title, publication date, URL and site name come from the page's metadata.
// Malformed markup is repaired the way browsers do; this never fails.
Document htmlDocument(QByteArrayView utf8);

} // namespace annals
