#include "load/html_nesting_probe.h"

#include <QByteArray>
#include <QByteArrayAlgorithms>

#include <algorithm>
#include <array>
#include <cctype>

using namespace Qt::StringLiterals;

namespace annals {

namespace {

// Elements that never hold children, or whose end tag may be left out (the parser closes them itself).
bool leavesNoOpenElement(QByteArrayView name) {
    static constexpr std::array<QByteArrayView, 31> names{
        "area",  "base",  "br",       "col",    "embed", "hr",       "img",      "input",
        "link",  "meta",  "param",    "source", "track", "wbr",      "p",        "li",
        "dt",    "dd",    "tr",       "td",     "th",    "option",   "optgroup", "tbody",
        "thead", "tfoot", "colgroup", "rt",     "rp",    "!doctype", "keygen",
    };
    return std::find(names.begin(), names.end(), name) != names.end();
}

// Index just after the raw-text element's end tag ("</script"...), or the end of the input.
qsizetype skipRawText(QByteArrayView html, qsizetype from, QByteArrayView endTag) {
    for (qsizetype at = html.indexOf("</", from); at >= 0; at = html.indexOf("</", at + 2)) {
        if (at + endTag.size() <= html.size() &&
            qstrnicmp(html.data() + at, endTag.data(), size_t(endTag.size())) == 0)
            return at + endTag.size();
    }
    return html.size();
}

} // namespace

HtmlNesting probeHtmlNesting(QByteArrayView html) {
    HtmlNesting nesting;
    qsizetype depth = 0;
    qsizetype i = 0;
    const qsizetype size = html.size();
    char name[16];
    while (i < size) {
        const qsizetype open = html.indexOf('<', i);
        if (open < 0 || open + 1 >= size)
            break;
        i = open + 1;
        if (html.sliced(i).startsWith("!--")) {
            const qsizetype end = html.indexOf("-->", i + 3);
            i = end < 0 ? size : end + 3;
            continue;
        }
        const bool closing = html[i] == '/';
        if (closing)
            ++i;
        qsizetype length = 0;
        while (i < size && length < qsizetype(sizeof name) &&
               (std::isalnum(static_cast<unsigned char>(html[i])) || html[i] == '-' || html[i] == '!')) {
            name[length++] = char(std::tolower(static_cast<unsigned char>(html[i])));
            ++i;
        }
        if (length == 0)
            continue; // "a < b" in text
        const QByteArrayView tag(name, length);
        if (closing) {
            if (!leavesNoOpenElement(tag))
                depth = std::max<qsizetype>(0, depth - 1);
            continue;
        }
        nesting.work += depth;
        if (tag == "script" || tag == "style" || tag == "textarea" || tag == "title") {
            QByteArray endTag = "</"_ba;
            endTag += tag;
            i = skipRawText(html, i, endTag);
            continue;
        }
        if (leavesNoOpenElement(tag))
            continue;
        const qsizetype tagEnd = html.indexOf('>', i);
        if (tagEnd > 0 && html[tagEnd - 1] == '/')
            continue; // <div/> in XHTML
        nesting.maxDepth = std::max(nesting.maxDepth, ++depth);
    }
    return nesting;
}

} // namespace annals
