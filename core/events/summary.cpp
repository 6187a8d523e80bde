#include "events/summary.h"
#include "events/clause_starts.h"
#include "events/summary_text.h"

#include <QList>

using namespace Qt::StringLiterals;

namespace annals {

using namespace summary_text;

namespace {

constexpr qsizetype shortClause = 24;        // a clause this short rarely says anything on its own
constexpr qsizetype fragmentLength = 40;     // a clause starting lower-case this short needs what came before
constexpr qsizetype summaryContext = 600;    // characters read on each side of the expression at most
constexpr qsizetype bareExpressionSlack = 4; // "on " and a final period around an expression: nothing more

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
    // "Lena Berg, left, and Omar Haddad shake hands": the caption's position words join their neighbours.
    for (qsizetype i = 1; i + 1 < out.size(); ++i) {
        if (isPositionalAside(s.mid(out[i].start, out[i].length()))) {
            out[i - 1].end = out[i + 1].end;
            out.remove(i, 2);
            --i;
        }
    }
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

// Where a summary of the clauses [*first, core] begins, and the subject it borrows, so that it opens as a
// statement. A predicate borrows its subject from a short clause before it ("Lena Berg, the envoy, said on
// Monday ..." -> "Lena Berg said on Monday ..."), a relative clause holding the expression the name it
// follows ("... the envoy Lena Berg, who flew in on Monday ..." -> "Lena Berg flew in on Monday ...");
// without one they take what came before back to a clause that opens with a subject (*first moves), cut
// later. A subordinate clause standing alone drops its subordinator.
struct Opening {
    QStringView subject; // empty: none borrowed
    qsizetype from = 0;  // offset in the text
};

// "Changsha, a strategically important city": a lower-case noun phrase opened by an article right after a
// name, which describes the name rather than starting a clause.
bool isAppositive(QStringView before, QStringView clause) {
    const QStringView article = firstWord(clause);
    if (!(article == u"a" || article == u"an" || article == u"the") || before.isEmpty())
        return false;
    qsizetype lastWord = before.size();
    while (lastWord > 0 && before[lastWord - 1] != u' ')
        --lastWord;
    return lastWord < before.size() && before[lastWord].isUpper();
}

Opening statementOpening(QStringView text, const QList<Segment> &segs, qsizetype *first, qsizetype core) {
    const auto clause = [&](qsizetype i) { return text.mid(segs[i].start, segs[i].length()); };
    Opening opening{{}, segs[*first].start};
    if (*first == 0)
        return opening;
    const QStringView opener = clause(*first);
    // Only asides (lower-case clauses) or a short subject stand between the opening and the expression's
    // clause.
    const bool asidesBefore = startsLowerCase(opener) || (*first < core && isShortSubject(opener));
    qsizetype lacking = -1; // the clause without a subject
    bool relative = false;
    if (asidesBefore && *first < core && opensPredicate(clause(core))) {
        lacking = core;
    } else if (opensRelative(opener)) {
        lacking = *first;
        relative = true;
    } else if (opensPredicate(opener)) {
        lacking = *first;
    }
    if (lacking >= 0 && !relative) {
        for (qsizetype i = lacking - 1; i >= 0 && opening.subject.isEmpty(); --i) {
            if (isShortSubject(clause(i)))
                opening.subject = clause(i);
            else if (!startsLowerCase(clause(i)))
                break; // only asides ("an agency in charge of ...", "which ...") may stand between
        }
        opening.from = segs[lacking].start + coordinatorLength(clause(lacking));
    } else if (relative && *first == core && opensSubjectRelative(opener)) {
        opening.subject = trailingName(clause(core - 1));
        opening.from = segs[core].start + firstWord(opener).size() + 1;
    }
    if (lacking >= 0 && opening.subject.isEmpty()) {
        *first = lacking - 1;
        // "... attacked Changsha, a city on the river, but was repulsed": the appositive is no subject.
        while (*first > 0 &&
               (!opensSubject(clause(*first)) || isAppositive(clause(*first - 1), clause(*first))))
            --*first;
        opening.from = segs[*first].start;
    } else if (lacking < 0 && opensSubordinate(opener)) {
        opening.from += firstWord(opener).size() + 1;
    }
    return opening;
}

// "Last week, after days of protests on the roads, the army declared ...": a fronted expression dates the
// statement that follows the asides, which are left out ("Last week, the army declared ..."). Empty when no
// clause with its own subject follows the asides, or when no aside stands between.
QString frontedBeforeAside(QStringView text, const QList<Segment> &segs, qsizetype core) {
    const auto clause = [&](qsizetype i) { return text.mid(segs[i].start, segs[i].length()); };
    qsizetype main = core + 1;
    while (main < segs.size() && startsLowerCase(clause(main)) && !opensSubject(clause(main)) &&
           !opensAddOn(clause(main)))
        ++main;
    if (main == core + 1 || main >= segs.size() || !opensSubject(clause(main)) || opensAddOn(clause(main)))
        return {};
    qsizetype last = main;
    while (last + 1 < segs.size() && startsLowerCase(clause(last + 1)) && !opensAddOn(clause(last + 1)) &&
           !opensParticiple(clause(last + 1)) &&
           segs[last + 1].end - segs[main].start + segs[core].length() + 2 <= maxSummaryLength)
        ++last;
    return clause(core) + u", "_s + text.mid(segs[main].start, segs[last].end - segs[main].start);
}

} // namespace

QString summarize(QStringView sentence, TextSpan timex) {
    qsizetype tStart = std::clamp<qsizetype>(timex.start, 0, sentence.size());
    qsizetype tEnd = std::clamp<qsizetype>(timex.end, tStart, sentence.size());
    // A "sentence" can be a whole table or log without a full stop, holding thousands of dates: only the
    // stretch around the expression is read, so that each summary costs the same whatever the sentence.
    if (sentence.size() > 2 * summaryContext + (tEnd - tStart)) {
        qsizetype from = std::max<qsizetype>(0, tStart - summaryContext);
        qsizetype to = std::min(sentence.size(), tEnd + summaryContext);
        while (from > 0 && from < tStart && !sentence[from - 1].isSpace())
            ++from; // start at a word
        while (to < sentence.size() && to > tEnd && !sentence[to].isSpace())
            --to;
        sentence = sentence.sliced(from, to - from);
        tStart -= from;
        tEnd -= from;
    }
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

    // A clause that is little more than the expression ("on Monday", ", Wednesday, Feb. 7, 2024." closing a
    // caption) dates the clauses around it.
    const bool bareExpression = segs[core].length() - (tEnd - tStart) <= bareExpressionSlack;
    if (bareExpression && core == 0) {
        if (const QString dated = frontedBeforeAside(text, segs, core); !dated.isEmpty())
            return openAsStatement(
                tidy(cutToLength(dated, tStart - segs[core].start, tEnd - segs[core].start, 0)));
    }
    qsizetype first = core;
    qsizetype last = core;
    auto span = [&] { return segs[last].end - segs[first].start; };
    // A clause that begins mid-thought ("killing some 1,200 people on Oct. 7") needs what came before.
    while (first > 0 &&
           (startsLowerCase(clause(first)) || span() < shortClause || (first == core && bareExpression))) {
        // Too long with its subject: a mere fragment ("in Israel on April 12, 2021") or an appositive ("a
        // figure the council rejected in 2019") still takes the clause before it, cut below; another clause
        // of some length stands alone.
        if (segs[core].end - segs[first - 1].start > maxSummaryLength) {
            const QStringView article = firstWord(clause(first));
            if (span() < fragmentLength || article == u"a" || article == u"an")
                --first;
            break;
        }
        --first;
    }
    const Opening opening = statementOpening(text, segs, &first, core);
    const QStringView subject = opening.subject;
    const qsizetype from = opening.from;
    const qsizetype borrowed = subject.isEmpty() ? 0 : subject.size() + 1;
    // Then add following clauses while they carry the main statement and it all fits.
    while (last + 1 < segs.size()) {
        const Segment &next = segs[last + 1];
        const QStringView nextText = clause(last + 1);
        if (opensAddOn(nextText))
            break;
        if (next.end - from + borrowed > maxSummaryLength) {
            if (segs[last].end - from < shortClause)
                ++last; // "Since 1983" says nothing without its main clause, cut below
            break;
        }
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
    return openAsStatement(
        tidy(cutToLength(chosen, std::max<qsizetype>(0, tStart + shift), std::max<qsizetype>(0, tEnd + shift),
                         std::max<qsizetype>(0, segs[core].start + shift))));
}

} // namespace annals
