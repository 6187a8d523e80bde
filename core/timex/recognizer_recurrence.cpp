#include "timex/recognizer.h"
#include "timex/recognizer_words.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace annals::timex {

// ---- words around an expression that make it recur, or make it no time at all ----

qsizetype Recognizer::everyNthBefore(qsizetype i, int &step) const {
    qsizetype first = i - 1;
    if (isWord(i - 1, "other"_L1))
        step = 2;
    else if (const int ord = ordinalAt(i - 1, first); ord >= 2 && ord <= 12)
        step = ord;
    else
        return -1;
    return roleAt(first - 1) == Role::Every && first - 1 >= m_minFirst ? first - 1 : -1;
}

qsizetype Recognizer::timesAt(qsizetype k, QString &freq) const {
    if (k < m_minFirst)
        return -1;
    if (isWord(k, "once"_L1) || isWord(k, "twice"_L1) || isWord(k, "thrice"_L1)) {
        freq = isWord(k, "once"_L1) ? u"1X"_s : (isWord(k, "twice"_L1) ? u"2X"_s : u"3X"_s);
        return k;
    }
    if (!isWord(k, "times"_L1) || k - 1 < m_minFirst)
        return -1;
    // "three times", "10 times"; "several times" keeps no count.
    const Token *n = at(k - 1);
    int count = -1;
    if (n && n->kind == TokenKind::Number && n->number < 1000)
        count = int(n->number);
    else if (const Lexeme *w = lexAt(k - 1);
             w && w->number > 0 && w->number < 1000 && n->kind == TokenKind::Word)
        count = w->number;
    else if (roleAt(k - 1) != Role::Several && roleAt(k - 1) != Role::Few)
        return -1;
    if (count > 0)
        freq = QString::number(count) + u'X';
    return k - 1;
}

// "open Monday to Friday", "staffed Monday through Saturday": the days something keeps, each week ("was
// closed from Monday to Wednesday" is one closure, and stays dated).
bool Recognizer::openingDays(qsizetype first, qsizetype last) const {
    static constexpr QLatin1StringView keeps[] = {"open"_L1, "available"_L1, "staffed"_L1, "operates"_L1};
    const auto weekdayAt = [&](qsizetype k) { return lexAt(k) && lexAt(k)->weekday && at(k)->capitalized; };
    const auto join = [&](qsizetype k) {
        return isWord(k, "to"_L1) || isWord(k, "through"_L1) || isPunct(k, u'-') || isPunct(k, u'\u2013');
    };
    const auto cueBefore = [&](qsizetype k) {
        return isAnyWord(k - 1, keeps) || (isWord(k - 1, "from"_L1) && isAnyWord(k - 2, keeps));
    };
    if (join(last + 1) && weekdayAt(last + 2) && cueBefore(first))
        return true;                                                        // the start
    return join(first - 1) && weekdayAt(first - 2) && cueBefore(first - 2); // the end
}

// Places and services that "24-hour" describes as always open, not as lasting a day.
bool Recognizer::roundTheClockNoun(qsizetype k) const {
    static constexpr QLatin1StringView nouns[] = {
        "store"_L1,  "stores"_L1,       "shop"_L1,       "shops"_L1,   "supermarket"_L1, "pharmacy"_L1,
        "diner"_L1,  "gym"_L1,          "helpline"_L1,   "hotline"_L1, "service"_L1,     "services"_L1,
        "news"_L1,   "coverage"_L1,     "access"_L1,     "care"_L1,    "support"_L1,     "security"_L1,
        "clinic"_L1, "surveillance"_L1, "restaurant"_L1, "cafe"_L1,    "line"_L1,        "desk"_L1};
    return isAnyWord(k, nouns);
}

// Words of a game: "the second half" near them is the match's, not the year's.
bool Recognizer::matchTalkNear(qsizetype i) const {
    static constexpr QLatin1StringView game[] = {
        "goal"_L1,     "goals"_L1,      "scored"_L1,    "scoreless"_L1, "goalless"_L1,
        "minute"_L1,   "penalty"_L1,    "match"_L1,     "striker"_L1,   "kick"_L1,
        "halftime"_L1, "touchdown"_L1,  "equaliser"_L1, "equalizer"_L1, "header"_L1,
        "referee"_L1,  "substitute"_L1, "try"_L1,       "tries"_L1,     "innings"_L1};
    for (qsizetype k = std::max(qsizetype(0), i - 8); k <= i + 8; ++k)
        if (k != i && isAnyWord(k, game))
            return true;
    return false;
}

} // namespace annals::timex
