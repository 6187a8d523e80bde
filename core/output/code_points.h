#pragma once

#include <QList>
#include <QStringView>

namespace annals {

// Converts UTF-16 offsets of one text into Unicode code point offsets (what the JSON output reports).
// Built in one pass over the text; for text without surrogate pairs (almost all news) conversion is the
// identity, otherwise a binary search over the positions of the pairs.
class CodePointIndex {
public:
    explicit CodePointIndex(QStringView text);

    // An offset inside a pair (a malformed span) maps to the code point after the pair.
    qsizetype toCodePoint(qsizetype utf16) const;

private:
    QList<qsizetype> m_lowSurrogates; // UTF-16 offsets of the second unit of every surrogate pair
};

} // namespace annals
