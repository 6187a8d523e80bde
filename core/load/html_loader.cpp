#include "load/html_loader.h"

#include "load/gumbo_arena.h"
#include "load/html_dom.h"
#include "load/html_elements.h"
#include "load/html_metadata.h"

#include <QList>

#include <QScopeGuard>

using namespace Qt::StringLiterals;

namespace annals {

namespace {

bool isHidden(const GumboNode *node) {
    if (hasAttribute(node, "hidden"))
        return true;
    const QByteArrayView style = attributeValue(node, "style");
    if (style.isEmpty())
        return false;
    QByteArray compact = style.toByteArray().toLower();
    compact.replace(' ', QByteArrayView());
    return compact.contains("display:none") || compact.contains("visibility:hidden");
}

// Walks the tree once, in document order, accumulating inline text into the current block and closing
// the block at every block-level boundary.
class BlockBuilder {
public:
    explicit BlockBuilder(Document &document)
        : m_document(document) {}

    void build(const GumboNode *root);

private:
    struct Open {
        const GumboNode *node;
        unsigned nextChild;
    };

    void enter(const GumboNode *node);
    void leave(const GumboNode *node);
    void appendText(const char *utf8);
    void flush();
    QString currentTag() const;

    Document &m_document;
    QList<QByteArrayView> m_blockTags; // open block-level elements, innermost last
    QList<QByteArrayView> m_furniture; // open nav/footer/aside (and page-level header) elements
    int m_articleDepth = 0;            // open <article>/<main> elements
    int m_linkDepth = 0;
    int m_preDepth = 0;
    QString m_buffer;
    qsizetype m_visibleChars = 0; // non-space characters in m_buffer
    qsizetype m_linkChars = 0;    // ... of which inside <a>
    bool m_pendingSpace = false;
};

void BlockBuilder::build(const GumboNode *root) {
    // An explicit stack: pages nest thousands of elements deep at times, and recursion would overflow.
    enter(root);
    QList<Open> stack{{root, 0}};
    while (!stack.isEmpty()) {
        Open &top = stack.last();
        const GumboVector *children = nodeChildren(top.node);
        if (!children || top.nextChild >= children->length) {
            const GumboNode *done = top.node;
            stack.removeLast();
            leave(done);
            continue;
        }
        const auto *child = static_cast<const GumboNode *>(children->data[top.nextChild++]);
        switch (child->type) {
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_WHITESPACE:
        case GUMBO_NODE_CDATA:
            appendText(child->v.text.text);
            break;
        case GUMBO_NODE_ELEMENT:
            if (isSkipped(child->v.element.tag) || isHidden(child))
                break;
            enter(child);
            stack.append({child, 0});
            break;
        default: // comments, templates
            break;
        }
    }
    flush();
}

void BlockBuilder::enter(const GumboNode *node) {
    const GumboTag tag = node->v.element.tag;
    if (tag == GUMBO_TAG_BR) {
        // A line break separates units as a new line does in plain text ("By X<br>May 5, 2024").
        flush();
        return;
    }
    if (isBlockLevel(tag)) {
        flush();
        m_blockTags.append(elementName(node));
    }
    if (tag == GUMBO_TAG_NAV || tag == GUMBO_TAG_FOOTER || tag == GUMBO_TAG_ASIDE ||
        (tag == GUMBO_TAG_HEADER && m_articleDepth == 0))
        m_furniture.append(elementName(node));
    // An article's own <header> holds its headline and byline: that is content, not page furniture.
    if (tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN)
        ++m_articleDepth;
    if (tag == GUMBO_TAG_A)
        ++m_linkDepth;
    if (tag == GUMBO_TAG_PRE)
        ++m_preDepth;
}

void BlockBuilder::leave(const GumboNode *node) {
    if (node->type != GUMBO_NODE_ELEMENT)
        return;
    const GumboTag tag = node->v.element.tag;
    if (isBlockLevel(tag)) {
        flush();
        m_blockTags.removeLast();
    }
    if (tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN)
        --m_articleDepth;
    if (tag == GUMBO_TAG_NAV || tag == GUMBO_TAG_FOOTER || tag == GUMBO_TAG_ASIDE ||
        (tag == GUMBO_TAG_HEADER && m_articleDepth == 0 && !m_furniture.isEmpty() &&
         m_furniture.last() == "header"))
        m_furniture.removeLast();
    if (tag == GUMBO_TAG_A)
        --m_linkDepth;
    if (tag == GUMBO_TAG_PRE)
        --m_preDepth;
}

void BlockBuilder::appendText(const char *utf8) {
    const QString text = QString::fromUtf8(utf8);
    const bool inLink = m_linkDepth > 0;
    for (const QChar c : text) {
        if (m_preDepth > 0 && (c == u'\n' || c == u'\r')) {
            // Preformatted text keeps its lines, and like plain text each line is its own block.
            flush();
            continue;
        }
        // No-break spaces become ordinary spaces: later stages split words on them all the same.
        if (c.isSpace() && (m_preDepth == 0 || c == QChar::Nbsp)) {
            m_pendingSpace = !m_buffer.isEmpty();
            continue;
        }
        if (m_pendingSpace)
            m_buffer += u' ';
        m_pendingSpace = false;
        m_buffer += c;
        if (!c.isSpace()) {
            ++m_visibleChars;
            if (inLink)
                ++m_linkChars;
        }
    }
}

QString BlockBuilder::currentTag() const {
    if (!m_furniture.isEmpty())
        return QString::fromLatin1(m_furniture.last());
    return m_blockTags.isEmpty() ? QString() : QString::fromLatin1(m_blockTags.last());
}

void BlockBuilder::flush() {
    m_pendingSpace = false;
    if (m_visibleChars > 0) {
        // Only preformatted text can still have white space at its ends.
        const QStringView trimmed = QStringView(m_buffer).trimmed();
        QString &text = m_document.text;
        if (!text.isEmpty())
            text += u"\n\n"_s;
        const qsizetype start = text.size();
        text += trimmed;
        const double density = double(m_linkChars) / double(m_visibleChars);
        m_document.blocks.append(Block{TextSpan{start, text.size()}, currentTag(), density, Zone::Body});
    }
    m_buffer.clear();
    m_visibleChars = 0;
    m_linkChars = 0;
}

} // namespace

Document htmlDocument(QByteArrayView utf8) {
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0; // parse errors are not reported to users; don't let a broken page hoard them
    GumboArena arena;
    const bool useArena = utf8.size() <= GumboArena::maxInputSize;
    if (useArena) {
        options.allocator = &GumboArena::allocate;
        options.deallocator = &GumboArena::release;
        options.userdata = &arena;
    }
    GumboOutput *parsed = gumbo_parse_with_options(&options, utf8.data(), size_t(utf8.size()));
    const auto cleanup = qScopeGuard([&] {
        if (parsed && !useArena)
            gumbo_destroy_output(&options, parsed);
    });
    const GumboOutput *output = parsed;

    Document document;
    document.metadata.format = u"html"_s;
    if (!output)
        return document;
    BlockBuilder(document).build(output->root);

    HtmlMetadata metadata = readHtmlMetadata(output);
    document.title = std::move(metadata.title);
    if (document.title.isEmpty()) {
        for (const Block &block : std::as_const(document.blocks)) {
            if (block.tag == "h1"_L1) {
                document.title = document.blockText(block).toString();
                break;
            }
        }
    }
    document.metadata.publishedRaw = std::move(metadata.publishedRaw);
    document.metadata.url = std::move(metadata.url);
    document.metadata.siteName = std::move(metadata.siteName);
    return document;
}

} // namespace annals
