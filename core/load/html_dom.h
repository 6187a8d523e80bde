#pragma once

#include <QByteArrayView>
#include <QLatin1StringView>
#include <QString>

#include <gumbo.h>

namespace annals {

// Small conveniences over gumbo's C tree.

// The children of an element, template or document node (empty for text nodes).
const GumboVector *nodeChildren(const GumboNode *node);

// Lower-case element name, also for elements gumbo does not know ("my-widget"); empty for non-elements.
QByteArrayView elementName(const GumboNode *node);

bool isElement(const GumboNode *node, GumboTag tag);

// The attribute's value as gumbo decoded it, or an empty view when absent.
QByteArrayView attributeValue(const GumboNode *node, const char *name);
bool hasAttribute(const GumboNode *node, const char *name);

// Concatenated text of the node's descendants (for <title>, <script>), not whitespace-normalised.
QString descendantText(const GumboNode *node);

// Collapses runs of white space (and no-break spaces) into one space and trims both ends.
QString collapseWhiteSpace(QStringView text);

} // namespace annals
