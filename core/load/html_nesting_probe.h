#pragma once

#include <QByteArrayView>

namespace annals {

struct HtmlNesting {
    qsizetype maxDepth = 0;
    qint64 work = 0; // sum of the open-element depth at every start tag
};

// A quick scan of the tags (no parsing) estimating how deeply elements nest. An HTML parser checks the stack
// of open elements at each start tag, so pathological nesting (tens of thousands of unclosed <div>s) makes
// parsing quadratic; the loader refuses such pages instead of hanging on them.
HtmlNesting probeHtmlNesting(QByteArrayView html);

// Above this much estimated work a page is refused (real articles stay several orders of magnitude below).
constexpr qint64 maxHtmlNestingWork = 200'000'000;

} // namespace annals
