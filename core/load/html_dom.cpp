#include "load/html_dom.h"

#include <QList>

#include <cstring>

namespace annals {

const GumboVector *nodeChildren(const GumboNode *node) {
    switch (node->type) {
    case GUMBO_NODE_DOCUMENT:
        return &node->v.document.children;
    case GUMBO_NODE_ELEMENT:
    case GUMBO_NODE_TEMPLATE:
        return &node->v.element.children;
    default:
        return nullptr;
    }
}

QByteArrayView elementName(const GumboNode *node) {
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE)
        return {};
    const GumboElement &element = node->v.element;
    if (element.tag != GUMBO_TAG_UNKNOWN)
        return QByteArrayView(gumbo_normalized_tagname(element.tag));
    // Unknown elements only keep their source text ("<my-widget ...>"); cut the name out of it.
    GumboStringPiece piece = element.original_tag;
    gumbo_tag_from_original_text(&piece);
    return QByteArrayView(piece.data, qsizetype(piece.length));
}

bool isElement(const GumboNode *node, GumboTag tag) {
    return node->type == GUMBO_NODE_ELEMENT && node->v.element.tag == tag;
}

QByteArrayView attributeValue(const GumboNode *node, const char *name) {
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE)
        return {};
    const GumboAttribute *attribute = gumbo_get_attribute(&node->v.element.attributes, name);
    if (!attribute || !attribute->value)
        return {};
    return QByteArrayView(attribute->value, qsizetype(std::strlen(attribute->value)));
}

bool hasAttribute(const GumboNode *node, const char *name) {
    return (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE) &&
           gumbo_get_attribute(&node->v.element.attributes, name) != nullptr;
}

QString descendantText(const GumboNode *node) {
    QByteArray utf8;
    QList<const GumboNode *> stack{node};
    while (!stack.isEmpty()) {
        const GumboNode *current = stack.takeLast();
        if (current->type == GUMBO_NODE_TEXT || current->type == GUMBO_NODE_WHITESPACE ||
            current->type == GUMBO_NODE_CDATA) {
            utf8 += current->v.text.text;
            continue;
        }
        if (const GumboVector *children = nodeChildren(current)) {
            for (unsigned i = children->length; i > 0; --i)
                stack.append(static_cast<const GumboNode *>(children->data[i - 1]));
        }
    }
    return QString::fromUtf8(utf8);
}

QString collapseWhiteSpace(QStringView text) {
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (const QChar c : text) {
        if (c.isSpace()) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace)
            out += u' ';
        pendingSpace = false;
        out += c;
    }
    return out;
}

} // namespace annals
