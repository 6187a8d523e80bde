#include "events/summary_text.h"

#include "events/summary.h"

#include "events/clause_starts.h"
#include "model/unit_search.h"

#include <algorithm>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

using namespace Qt::StringLiterals;

namespace annals::summary_text {

namespace {

bool isSpace(QChar c) {
    return c.isSpace();
}

bool isQuote(QChar c) {
    return c == u'"' || c == u'\u201c' || c == u'\u201d' || c == u'\u2018' || c == u'\u2019';
}

#if defined(__SSE2__)
// Bit k set when unit k of the eight in v equals c.
unsigned equalBits(__m128i v, char16_t c) {
    return unsigned(_mm_movemask_epi8(
        _mm_packs_epi16(_mm_cmpeq_epi16(v, _mm_set1_epi16(short(c))), _mm_setzero_si128())));
}

// Bit k set when unit k is a control character or not plain ASCII.
unsigned unusualBits(__m128i v) {
    const __m128i printable =
        _mm_cmplt_epi16(_mm_xor_si128(_mm_sub_epi16(v, _mm_set1_epi16(0x20)), _mm_set1_epi16(short(0x8000))),
                        _mm_set1_epi16(short(0x8000 + 0x60)));
    return ~unsigned(_mm_movemask_epi8(_mm_packs_epi16(printable, _mm_setzero_si128()))) & 0xFFu;
}
#endif

} // namespace

// No whitespace but single spaces between other characters: collapseWhitespace would change nothing.
// Plain ASCII is checked eight characters at a time where SSE2 is there.
bool isCollapsed(QStringView s) {
    const qsizetype n = s.size();
    const char16_t *const d = s.utf16();
    if (n > 0 && (d[0] == u' ' || d[n - 1] == u' '))
        return false;
    qsizetype i = 0;
#if defined(__SSE2__)
    unsigned spaceBefore = 0; // the unit before the current eight is a space
    for (; i + 8 <= n; i += 8) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(d + i));
        if (unusualBits(v))
            break; // tabs, line breaks, non-ASCII: one by one below
        const unsigned spaces = equalBits(v, u' ');
        if ((spaces & ((spaces << 1) | spaceBefore)) != 0)
            return false; // two spaces in a row
        spaceBefore = spaces >> 7;
    }
    if (i > 0)
        --i; // the loop below looks ahead only: let it see the last unit checked above again
#endif
    for (; i < n; ++i) {
        const char16_t c = d[i];
        if (c > u' ' && c < 0x80)
            continue;
        if (c == u' ' ? (i == 0 || i + 1 == n || d[i + 1] == u' ') : isSpace(QChar(c)))
            return false;
    }
    return true;
}

namespace {

// Is any of the quote marks tidy balances (straight and curly double quotes) in the text?
bool hasDoubleQuote(QStringView s) {
    return containsAnyUnit<u'"', u'\u201c', u'\u201d'>(s);
}

} // namespace

// Whitespace runs become one space, leading and trailing whitespace goes; *a and *b (offsets into s)
// are moved to the matching offsets of the result.
QString collapseWhitespace(QStringView s, qsizetype *a, qsizetype *b) {
    if (isCollapsed(s)) { // nearly every sentence: nothing moves...
        if (*b > 0 && *b < s.size() && s[*b - 1] == u' ')
            --*b; // ...but an end just after a space, which stays out as the loop below leaves it out
        return s.toString();
    }
    QString out(s.size(), Qt::Uninitialized);
    QChar *dst = out.data();
    qsizetype size = 0;
    bool space = false;
    const qsizetype origA = *a;
    const qsizetype origB = *b;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (i == origA)
            *a = size + (space ? 1 : 0);
        if (i == origB)
            *b = size;
        const QChar c = s[i];
        if (c.unicode() <= u' ' ? isSpace(c) : (c.unicode() >= 0x80 && isSpace(c))) {
            space = size > 0;
            continue;
        }
        if (space)
            dst[size++] = u' ';
        space = false;
        dst[size++] = c;
    }
    out.truncate(size);
    if (origA >= s.size())
        *a = size;
    if (origB >= s.size())
        *b = size;
    return out;
}

// Drops trailing punctuation and quote marks that no longer pair up.
QString tidy(QStringView v) {
    auto trimEnd = [&v] {
        while (!v.isEmpty() &&
               (isSpace(v.back()) || v.back() == u'.' || v.back() == u',' || v.back() == u';' ||
                v.back() == u':' || v.back() == u'\u2014' || v.back() == u'\u2013' || v.back() == u'-'))
            v.chop(1);
    };
    trimEnd();
    int straight = 0;
    int open = 0;
    int close = 0;
    if (hasDoubleQuote(v)) { // most sentences quote nobody
        for (QChar c : v) {
            straight += c == u'"' ? 1 : 0;
            open += c == u'\u201c' ? 1 : 0;
            close += c == u'\u201d' ? 1 : 0;
        }
    }
    const bool unbalanced = straight % 2 != 0 || open != close;
    if (unbalanced && !v.isEmpty() && isQuote(v.front()))
        v = v.sliced(1);
    else if (unbalanced && !v.isEmpty() && isQuote(v.back()))
        v.chop(1);
    trimEnd();
    // The end is trimmed already; the start rarely needs it (QStringView::trimmed is a library call).
    return (v.isEmpty() || !isSpace(v.front()) ? v : v.trimmed()).toString();
}

namespace {

constexpr qsizetype budget = maxSummaryLength - 2; // room for the ellipses
constexpr qsizetype shortestHead = 24;             // a sentence's opening shorter than this names nobody
constexpr qsizetype tailContext = 40;              // what the kept end shows before the expression
const QString elision = u" \u2026 "_s;

// The end of a piece of s starting at `from`, at most `length` long, at a word boundary but not before
// keepTo ("in late January." keeps "January").
qsizetype pieceEnd(QStringView s, qsizetype from, qsizetype length, qsizetype keepTo) {
    qsizetype to = std::min(s.size(), from + length);
    while (to < s.size() && to > from && !isSpace(s[to]))
        --to;
    if (to <= from) // one enormous word
        to = std::min(s.size(), from + length);
    return std::max(to, std::min(keepTo, from + length));
}

bool hasWords(QStringView s) {
    return std::any_of(s.begin(), s.end(), [](QChar c) { return c.isLetterOrNumber(); });
}

// s[from, to) with an ellipsis where the text goes on.
QString piece(QStringView s, qsizetype from, qsizetype to) {
    QString out = s.sliced(from, to - from).trimmed().toString();
    if (hasWords(s.sliced(to)))
        out = tidy(out) + u'\u2026';
    return out;
}

// The length of head without a quotation it opens but does not close ("called it \u201ca first step, not"
// -> "called it"), unless that would leave too little.
qsizetype beforeOpenQuotation(QStringView head) {
    qsizetype open = -1;
    for (qsizetype i = 0; i < head.size(); ++i) {
        const QChar c = head[i];
        if (c == u'\u201c' || (c == u'"' && open < 0 && (i == 0 || isSpace(head[i - 1]))))
            open = i;
        else if (c == u'\u201d' || c == u'"')
            open = -1;
    }
    return open > shortestHead ? open : head.size();
}

// Where the kept end of a sentence too long for its expression begins: the expression's clause when that
// begins shortly before it, else right after an "and" or "but" some way before it ("... and said talks
// would resume in September"), else a word some way before it. -1 when the opening left would be too
// short to name anyone.
qsizetype tailStart(QStringView s, qsizetype keepFrom, qsizetype keepTo, qsizetype tailFrom) {
    const qsizetype longest = budget - shortestHead - elision.size();
    const qsizetype earliest = std::max(keepTo - longest, keepFrom - 3 * tailContext / 2);
    qsizetype t = tailFrom >= earliest ? tailFrom : -1;
    for (qsizetype i = std::max<qsizetype>(earliest, 1); t < 0 && i + 4 < keepFrom; ++i) {
        if (s[i - 1] == u' ' && s[i + 3] == u' ' && coordinatorLength(s.sliced(i)) == 4)
            t = i + 4;
    }
    if (t < 0) {
        t = std::min(keepFrom, std::max(keepFrom - tailContext, keepTo - longest));
        while (t > 0 && t < keepFrom && !isSpace(s[t - 1]))
            ++t;
    }
    return t <= shortestHead ? -1 : t;
}

} // namespace

// When the start has to go, the cut begins where a clause with its own subject does ("said that the talks
// ..." -> "the talks ..."); else the sentence keeps its opening and loses its middle ("The strike came
// amid … in Jordan in late January"); else it begins at a word after an ellipsis.
QString cutToLength(QStringView s, qsizetype keepFrom, qsizetype keepTo, qsizetype tailFrom) {
    if (s.size() <= maxSummaryLength)
        return s.toString();
    if (keepTo <= budget)
        return piece(s, 0, pieceEnd(s, 0, budget, keepTo));
    if (const qsizetype inner = innerClauseStart(s, keepTo - budget, keepFrom); inner >= 0)
        return piece(s, inner, pieceEnd(s, inner, budget, keepTo));
    if (const qsizetype t = tailStart(s, keepFrom, keepTo, tailFrom); t >= 0) {
        const qsizetype tailLength =
            std::min(budget - shortestHead - elision.size(), keepTo + tailContext - t);
        const QString tail = piece(s, t, pieceEnd(s, t, tailLength, keepTo));
        qsizetype headEnd = budget - elision.size() - tail.size();
        while (headEnd > 0 && !isSpace(s[headEnd]))
            --headEnd;
        return tidy(s.first(beforeOpenQuotation(s.first(headEnd)))) + elision + tail;
    }
    qsizetype from = std::max<qsizetype>(0, std::min(keepFrom, keepTo - budget));
    while (from > 0 && from < s.size() && !isSpace(s[from - 1]))
        ++from;
    if (from + coordinatorLength(s.sliced(from)) <= keepFrom)
        from += coordinatorLength(s.sliced(from)); // "…and the release" -> "…the release"
    return u'\u2026' + piece(s, from, pieceEnd(s, from, budget, keepTo));
}

// A summary opens as a statement: no leading punctuation or closing quote, no conjunction tying it to a
// clause left out ("and a truce ...", "But this week ..."), a capital letter.
QString openAsStatement(QString s) {
    if (!s.isEmpty() && s.front() >= u'C' && s.front() <= u'Z' && s.front() != u'N' && s.front() != u'O')
        return s; // most summaries: a capital that opens no conjunction ("And", "But", "Nor", "Or")
    const QStringView v(s);
    qsizetype drop = 0;
    while (drop < v.size() && (v[drop] == u',' || v[drop] == u';' || v[drop] == u':' ||
                               v[drop] == u'\u2014' || v[drop] == u'\u2013' || v[drop] == u'\u201d' ||
                               v[drop] == u'\u2019' || v[drop] == u')' || isSpace(v[drop])))
        ++drop;
    drop += coordinatorLength(v.sliced(drop));
    const QStringView word = firstWord(v.sliced(drop));
    const bool lowerCase =
        !word.isEmpty() && std::all_of(word.begin(), word.end(), [](QChar c) { return !c.isUpper(); });
    if (drop == 0 && !lowerCase)
        return s;
    s.remove(0, drop);
    if (lowerCase) // "iPhone" and "eBay" keep their case
        s[0] = s[0].toUpper();
    return s;
}

} // namespace annals::summary_text
