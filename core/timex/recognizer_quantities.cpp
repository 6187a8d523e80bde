#include "timex/recognizer.h"
#include "timex/recognizer_words.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace annals::timex {

// ---- amounts before a unit word: "two", "2 1/2", "a few", "a couple of", "two and a half" ----

// Units whose quarter news counts in: "a quarter century" (25 years), "a quarter of an hour" (15 minutes);
// "a quarter of the day" or "a quarter of the year's sales" is no amount of time.
bool Recognizer::longUnit(qsizetype u) const {
    const Lexeme *l = lexAt(u);
    return l && !l->plural && l->unitMultiple == 1 &&
           (l->unit == Unit::Century || l->unit == Unit::Decade || l->unit == Unit::Hour);
}

std::optional<Recognizer::Quantity> Recognizer::quantityBefore(qsizetype u) {
    qsizetype j = u - 1;
    // "eight trading days", "two more weeks", "three consecutive years": the amount is one word further.
    static constexpr QLatin1StringView between[] = {"trading"_L1,    "business"_L1,    "working"_L1,
                                                    "straight"_L1,   "consecutive"_L1, "more"_L1,
                                                    "additional"_L1, "calendar"_L1,    "full"_L1};
    if (const Token *w = at(j); w && w->kind == TokenKind::Word && !w->capitalized && j - 1 >= m_minFirst)
        for (QLatin1StringView b : between)
            if (isWord(j, b)) {
                std::optional<Quantity> q = quantityBefore(j);
                if (q && (q->count != 1 || !q->article || isWord(j, "additional"_L1) || isWord(j, "full"_L1)))
                    return q;
                break;
            }
    const bool hyphen = isPunct(j, u'-') && glued(u);
    if (hyphen)
        --j;
    if (j < m_minFirst)
        return std::nullopt;
    Quantity q;
    const Token *t = at(j);
    if (!t)
        return std::nullopt;
    if (t->kind == TokenKind::Number) {
        if (hyphen && !glued(j + 1))
            return std::nullopt;
        q.first = j;
        q.count = t->number > 100000 ? -1 : int(t->number);
        // 1.5 years
        if (isPunct(j - 1, u'.') && glued(j) && glued(j - 1) && at(j - 2) &&
            at(j - 2)->kind == TokenKind::Number && j - 2 >= m_minFirst) {
            q.first = j - 2;
            q.fraction = double(at(j - 2)->number) + double(t->number) / std::pow(10.0, t->digits);
            q.count = int(at(j - 2)->number);
        }
        // 2 1/2 years, 1/2 hour
        if (isPunct(j - 1, u'/') && glued(j) && glued(j - 1) && at(j - 2) &&
            at(j - 2)->kind == TokenKind::Number && j - 2 >= m_minFirst && t->number > 0 &&
            at(j - 2)->number < t->number) {
            q.first = j - 2;
            q.count = 0;
            q.fraction = double(at(j - 2)->number) / double(t->number);
            q.mixed = true;
            if (at(j - 3) && at(j - 3)->kind == TokenKind::Number && !glued(j - 2) && j - 3 >= m_minFirst) {
                q.first = j - 3;
                q.count = int(at(j - 3)->number);
                q.fraction += q.count;
            }
        }
        // Money or thousands ("$5 million", "1,500") are not amounts of time.
        const qsizetype b = q.first - 1;
        if (glued(q.first) && (isPunct(b, u',') || isPunct(b, u'$') || isPunct(b, u'£') || isPunct(b, u'€')))
            return std::nullopt;
        return q;
    }
    const Lexeme *l = t->lex;
    if (!l)
        return std::nullopt;
    if (l->number >= 0) {
        q.first = j;
        q.count = l->number;
        // twenty-four, twenty four, one hundred
        qsizetype k = j - 1;
        if (isPunct(k, u'-') && glued(j))
            --k;
        if (k >= m_minFirst && lexAt(k) && lexAt(k)->number >= 20 && lexAt(k)->number % 10 == 0 &&
            l->number < 10) {
            q.count += lexAt(k)->number;
            q.first = k;
        } else if ((l->number == 100 || l->number == 1000) && k >= m_minFirst && lexAt(k) &&
                   lexAt(k)->number > 0 && lexAt(k)->number < 10) {
            q.count = l->number * lexAt(k)->number; // "two hundred", "two thousand"
            q.first = k;
        } else if (l->number >= 100 && roleAt(k) == Role::A && k >= m_minFirst) {
            q.first = k;
        }
        return q;
    }
    // "a quarter century", "a quarter-century"
    if (isWord(j, "quarter"_L1) && roleAt(j - 1) == Role::A && j - 1 >= m_minFirst && longUnit(u)) {
        q.first = j - 1;
        q.count = 0;
        q.fraction = 0.25;
        q.mixed = true;
        return q;
    }
    if (hyphen)
        return std::nullopt;
    switch (l->role) {
    case Role::Half:
        // "two and a half years"
        if (roleAt(j - 1) == Role::A && roleAt(j - 2) == Role::And) {
            std::optional<Quantity> whole = quantityBefore(j - 2);
            if (!whole || whole->count < 1 || whole->article || whole->fraction > 0)
                return std::nullopt;
            whole->fraction = whole->count + 0.5;
            whole->mixed = true;
            return whole;
        }
        return std::nullopt;
    case Role::A:
        // "half an hour"
        if (roleAt(j - 1) == Role::Half && j - 1 >= m_minFirst) {
            q.first = j - 1;
            q.count = 0;
            q.fraction = 0.5;
            q.mixed = true;
            return q;
        }
        // "a quarter of a century"
        if (roleAt(j - 1) == Role::Of && isWord(j - 2, "quarter"_L1) && roleAt(j - 3) == Role::A &&
            j - 3 >= m_minFirst && longUnit(u)) {
            q.first = j - 3;
            q.count = 0;
            q.fraction = 0.25;
            q.mixed = true;
            return q;
        }
        q.first = j;
        q.count = 1;
        q.article = true;
        return q;
    case Role::Few:
    case Role::Several:
    case Role::Many:
    case Role::Some:
        if (l->role == Role::Some && !lexAt(u)->plural)
            return std::nullopt;
        q.first = j;
        q.count = -1;
        if (l->role == Role::Few && roleAt(j - 1) == Role::A && j - 1 >= m_minFirst)
            q.first = j - 1;
        return q;
    case Role::Of:
        if (roleAt(j - 1) == Role::Couple && j - 1 >= m_minFirst) {
            q.first = j - 1;
            q.count = 2;
            if (roleAt(j - 2) == Role::A && j - 2 >= m_minFirst)
                q.first = j - 2;
            return q;
        }
        return std::nullopt;
    default:
        return std::nullopt;
    }
}

} // namespace annals::timex
