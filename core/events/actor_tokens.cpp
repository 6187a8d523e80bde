#include "events/actor_tokens.h"
#include "model/unit_search.h"

#include <QString>

#include <algorithm>

namespace annals::actors {

namespace {

bool isOpeningQuote(QChar c) {
    return c == u'"' || c == u'\u201c' || c == u'\u2018';
}

bool isApostrophe(QChar c) {
    return c == u'\'' || c == u'\u2019';
}

bool startsCapitalised(QStringView w) {
    if (w.isEmpty())
        return false;
    if (w.front().isUpper())
        return true;
    // "al-Hams", "el-Sisi": an Arabic article before a capitalised name (the first letter rules out
    // nearly every other word before any comparison)
    return (w.front() == u'a' || w.front() == u'e') && w.size() > 3 && w[1] == u'l' && w[2] == u'-' &&
           w[3].isUpper();
}

// Skips a parenthesised photo credit such as "(AP Photo/Jane Doe, Pool)"; returns the index after it.
qsizetype skipCredit(QStringView s, qsizetype open) {
    const qsizetype close = s.indexOf(u')', open);
    if (close < 0)
        return open + 1;
    const QStringView inside = s.mid(open + 1, close - open - 1);
    if (inside.contains(u"Photo") || inside.contains(u'/'))
        return close + 1;
    return open + 1;
}

} // namespace

qsizetype skipDateline(QStringView s) {
    // The first word is all capitals ("BAGHDAD", "TEL AVIV"): checked first, as almost no sentence opens so.
    qsizetype i = 0;
    int capitals = 0;
    for (; i < s.size() && (s[i].isUpper() || s[i] == u'.'); ++i)
        capitals += s[i] == u'.' ? 0 : 1;
    if (capitals < 3 || (i < s.size() && s[i].isLetter()))
        return 0;
    // The dash within the first 40 characters: an em or en dash, or a spaced hyphen as Reuters writes it
    // ("GENEVA, March 18 (Reuters) - ").
    const QStringView head = s.first(std::min<qsizetype>(s.size(), 43));
    qsizetype dash = head.indexOf(QStringView(u" \u2014 "));
    if (dash < 0)
        dash = head.indexOf(QStringView(u" \u2013 "));
    if (dash < 0)
        dash = head.indexOf(QStringView(u" - "));
    if (dash <= 0 || dash > 40)
        return 0;
    return dash + 3;
}

void tokenize(QStringView s, std::vector<Token> &tokens) {
    tokens.clear();
    tokens.reserve(std::size_t(s.size() / 4 + 1));
    const char16_t *const u = s.utf16();
    qsizetype i = 0;
    const qsizetype n = s.size();
    bool clauseStart = true;
    while (i < n) {
        const QChar c = u[i];
        if (c == u' ' && (i + 1 >= n || u[i + 1] != u' ')) {
            ++i; // the single space between two words, by far the most common case
            continue;
        }
        if (isOpeningQuote(c) && (i == 0 || QChar(u[i - 1]).isSpace()))
            clauseStart = true;
        if (c == u'(') {
            const qsizetype next = skipCredit(s, i);
            if (next > i + 1 && !tokens.empty())
                tokens.back().breakAfter = true;
            i = next;
            continue;
        }
        if (!isWordChar(c)) {
            // A single space (or no-break space) keeps a name together; anything else ends it.
            if (c != u' ' && c != u'\u00a0' && !tokens.empty())
                tokens.back().breakAfter = true;
            else if (i + 1 < n && (u[i + 1] == u' ') && !tokens.empty())
                tokens.back().breakAfter = true;
            ++i;
            continue;
        }
        const qsizetype start = i;
        bool possessive = false;
        while (i < n) {
            i = skipAsciiWordCharacters(u, i, n);
            if (i >= n)
                break;
            const QChar d = u[i];
            if (d == u' ')
                break; // the usual end of a word
            if (isWordChar(d)) {
                ++i;
            } else if ((d == u'-' || d == u'.') && i + 1 < n && isWordChar(u[i + 1])) {
                i += 2;
            } else if (isApostrophe(d) && i + 1 < n && QChar(u[i + 1]).isLetter()) {
                if ((u[i + 1] == u's' || u[i + 1] == u'S') && (i + 2 >= n || !isWordChar(u[i + 2]))) {
                    possessive = true; // "Gaza's": the name ends here
                    break;
                }
                i += 2; // "O'Brien"
            } else {
                break;
            }
        }
        qsizetype end = i;
        // Abbreviations keep their final dot: "U.S.", "Mr.", "Lt."
        if (i < n && u[i] == u'.' && (end - start <= 3 || std::find(u + start, u + end, u'.') != u + end))
            ++end;
        Token &t = tokens.emplace_back();
        t.text = QStringView(u + start, end - start);
        t.start = start;
        t.capitalised = startsCapitalised(t.text);
        t.opensClause = clauseStart;
        clauseStart = false;
        if (possessive) {
            t.breakAfter = true;
            i += 2;
        } else if (i < n && isApostrophe(u[i])) {
            t.breakAfter = true; // "Hamas' proposal"
            ++i;
        } else {
            i = end;
        }
    }
}

} // namespace annals::actors
