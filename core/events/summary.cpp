#include "events/summary.h"
#include "events/clause_starts.h"
#include "model/unit_search.h"

#include <QList>

#include <algorithm>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

using namespace Qt::StringLiterals;

namespace annals {

namespace {

constexpr qsizetype shortClause = 24;    // a clause this short rarely says anything on its own
constexpr qsizetype fragmentLength = 40; // a clause starting lower-case this short needs what came before

struct Segment {
    qsizetype start = 0;
    qsizetype end = 0; // exclusive, without the separator
    qsizetype length() const { return end - start; }
};

bool isSpace(QChar c) {
    return c.isSpace();
}

// The closing mark of a short quotation opening at i ("a first step, not a last one"), or -1: its commas
// are the speaker's, not clause boundaries of the sentence.
qsizetype shortQuotationEnd(QStringView s, qsizetype i) {
    constexpr qsizetype longestShortQuotation = 40;
    const QChar c = s[i];
    const bool opens = c == u'\u201c' || (c == u'"' && (i == 0 || isSpace(s[i - 1])));
    if (!opens)
        return -1;
    const qsizetype close = s.sliced(i + 1, std::min(s.size() - i - 1, longestShortQuotation))
                                .indexOf(c == u'"' ? u'"' : u'\u201d');
    return close < 0 ? -1 : i + 1 + close;
}

// Clause boundaries: ", ", "; ", ": " and dashes set off by spaces, outside short quotations.
QList<Segment> segments(QStringView s, TextSpan keepWhole) {
    QList<Segment> out;
    qsizetype start = 0;
    const qsizetype n = s.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = s[i];
        if (c == u'"' || c == u'\u201c') {
            if (const qsizetype close = shortQuotationEnd(s, i); close > 0) {
                i = close;
                continue;
            }
        }
        qsizetype sepEnd = -1;
        if ((c == u',' || c == u';' || c == u':') && i + 1 < n && isSpace(s[i + 1]))
            sepEnd = i + 1;
        else if ((c == u'\u2014' || c == u'\u2013' || c == u'-') && i > 0 && isSpace(s[i - 1]) && i + 1 < n &&
                 isSpace(s[i + 1]))
            sepEnd = i + 1;
        if (sepEnd < 0 || (i >= keepWhole.start && i < keepWhole.end)) // "April 12, 2021" stays whole
            continue;
        qsizetype end = i;
        while (end > start && isSpace(s[end - 1]))
            --end;
        if (end > start)
            out.append({start, end});
        start = sepEnd;
        while (start < n && isSpace(s[start]))
            ++start;
        i = start - 1;
    }
    qsizetype end = n;
    while (end > start && isSpace(s[end - 1]))
        --end;
    if (end > start)
        out.append({start, end});
    return out;
}

bool startsLowerCase(QStringView clause) {
    for (QChar c : clause) {
        if (c.isLetter())
            return c.isLower();
        if (!c.isPunct() && !isSpace(c))
            return false;
    }
    return false;
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

// Is any of the quote marks tidy balances (straight and curly double quotes) in the text?
bool hasDoubleQuote(QStringView s) {
    return containsAnyUnit<u'"', u'\u201c', u'\u201d'>(s);
}

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
    return v.trimmed().toString();
}

// Cuts `s` to at most maxSummaryLength at word boundaries, keeping [keepFrom, keepTo) inside. When the
// start has to go, the cut begins where a clause with its own subject does ("said that the talks ..." ->
// "the talks ..."), else at a word after an ellipsis.
QString cutToLength(QStringView s, qsizetype keepFrom, qsizetype keepTo) {
    if (s.size() <= maxSummaryLength)
        return s.toString();
    const qsizetype budget = maxSummaryLength - 2; // room for the ellipses
    qsizetype from = 0;
    bool atClauseStart = true;
    if (keepTo > budget) {
        from = innerClauseStart(s, keepTo - budget, keepFrom);
        atClauseStart = from >= 0;
        if (!atClauseStart)
            from = std::max<qsizetype>(0, std::min(keepFrom, keepTo - budget));
    }
    while (from > 0 && from < s.size() && !isSpace(s[from - 1]))
        ++from;
    if (!atClauseStart && from + coordinatorLength(s.sliced(from)) <= keepFrom)
        from += coordinatorLength(s.sliced(from)); // "…and the release" -> "…the release"
    qsizetype to = std::min(s.size(), from + budget);
    while (to < s.size() && to > from && !isSpace(s[to]))
        --to;
    if (to <= from) // one enormous word
        to = std::min(s.size(), from + budget);
    to = std::max(to, std::min(keepTo, from + budget)); // "in late January." keeps "January"
    QString out;
    if (!atClauseStart)
        out += u'\u2026';
    out += s.mid(from, to - from).trimmed();
    const QStringView rest = s.sliced(to);
    if (std::any_of(rest.begin(), rest.end(), [](QChar c) { return c.isLetterOrNumber(); }))
        out = tidy(out) + u'\u2026';
    return out;
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

// The capitalised name that ends a clause ("... the envoy Lena Berg"), at least two words, or empty.
QStringView trailingName(QStringView clause) {
    qsizetype start = clause.size();
    int words = 0;
    while (start > 0) {
        qsizetype wordStart = start - 1;
        while (wordStart > 0 && clause[wordStart - 1] != u' ')
            --wordStart;
        if (!clause[wordStart].isUpper())
            break;
        start = wordStart > 0 ? wordStart - 1 : 0;
        ++words;
        if (wordStart == 0)
            break;
    }
    if (words < 2)
        return {};
    return clause.sliced(start == 0 ? 0 : start + 1).trimmed();
}

} // namespace

QString summarize(QStringView sentence, TextSpan timex) {
    qsizetype tStart = std::clamp<qsizetype>(timex.start, 0, sentence.size());
    qsizetype tEnd = std::clamp<qsizetype>(timex.end, tStart, sentence.size());
    if (sentence.size() <= maxSummaryLength && isCollapsed(sentence))
        return openAsStatement(tidy(sentence)); // most sentences: short and tidy already
    const QString text = collapseWhitespace(sentence, &tStart, &tEnd);

    if (text.size() <= maxSummaryLength)
        return openAsStatement(tidy(text));

    const QList<Segment> segs = segments(text, {tStart, tEnd});
    qsizetype core = 0;
    for (qsizetype i = 0; i < segs.size(); ++i) {
        if (segs[i].start <= tStart)
            core = i;
    }
    if (segs.isEmpty())
        return openAsStatement(tidy(cutToLength(text, tStart, tEnd)));
    const auto clause = [&](qsizetype i) { return QStringView(text).mid(segs[i].start, segs[i].length()); };

    qsizetype first = core;
    qsizetype last = core;
    auto span = [&] { return segs[last].end - segs[first].start; };
    // A clause that begins mid-thought ("killing some 1,200 people on Oct. 7") needs what came before.
    while (first > 0 && (startsLowerCase(clause(first)) || span() < shortClause)) {
        // Too long with its subject: a mere fragment ("in Israel on April 12, 2021") still takes the clause
        // before it, cut from the left below; a clause of some length stands alone.
        if (segs[core].end - segs[first - 1].start > maxSummaryLength) {
            if (span() < fragmentLength)
                --first;
            break;
        }
        --first;
    }
    // A predicate or relative clause that cannot take all that came before borrows its subject instead:
    // "Lena Berg, the envoy, said on Monday ..." -> "Lena Berg said on Monday ...", "... the envoy Lena
    // Berg, who flew in on Monday ..." -> "Lena Berg flew in on Monday ...". Without one it takes what came
    // before back to a clause that opens with a subject, cut from the left below.
    QStringView subject;
    qsizetype from = segs[first].start;
    // A short subject with only a predicate left after it loses the comma the cut left behind ("Lena
    // Berg, said ...").
    const bool cutSubject = first > 0 && first < core && isShortSubject(clause(first));
    if (first > 0 && (startsLowerCase(clause(first)) || cutSubject)) {
        const QStringView coreText = clause(core);
        const bool predicate = opensPredicate(coreText);
        const bool relative = !predicate && opensSubjectRelative(coreText);
        if (predicate) {
            for (qsizetype i = core - 1; i >= 0 && subject.isEmpty(); --i) {
                if (isShortSubject(clause(i)))
                    subject = clause(i);
                else if (!startsLowerCase(clause(i)))
                    break; // only asides ("an agency in charge of ...", "which ...") may stand between
            }
            from = segs[core].start + coordinatorLength(coreText);
        } else if (relative) {
            subject = trailingName(clause(core - 1));
            from = segs[core].start + firstWord(coreText).size() + 1;
        }
        if ((predicate || relative) && subject.isEmpty()) {
            first = std::min(first, core - 1);
            while (first > 0 && !opensSubject(clause(first)))
                --first;
            from = segs[first].start;
        }
    }
    const qsizetype borrowed = subject.isEmpty() ? 0 : subject.size() + 1;
    // Then add following clauses while they carry the main statement and it all fits.
    while (last + 1 < segs.size()) {
        const Segment &next = segs[last + 1];
        const QStringView nextText = clause(last + 1);
        if (opensAddOn(nextText) || next.end - from + borrowed > maxSummaryLength)
            break;
        if (span() >= shortClause && !startsLowerCase(nextText))
            break;
        ++last;
    }
    QStringView chosen = QStringView(text).mid(from, segs[last].end - from);
    QString withSubject;
    if (borrowed > 0) {
        withSubject = subject + u' ' + chosen;
        chosen = withSubject;
    }
    const qsizetype shift = borrowed - from;
    return openAsStatement(tidy(
        cutToLength(chosen, std::max<qsizetype>(0, tStart + shift), std::max<qsizetype>(0, tEnd + shift))));
}

} // namespace annals
