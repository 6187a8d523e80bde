#include "timex/recognizer.h"
#include "timex/recognizer_words.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace annals::timex {

Recognizer::Recognizer(QStringView text, const std::vector<Token> &tokens, const ForeignMonths *foreignMonths)
    : m_text(text)
    , m_tokens(tokens)
    , m_foreignMonths(foreignMonths) {}

void Recognizer::rejectImpossible(qsizetype first, qsizetype last) {
    m_skipTo = std::max(m_skipTo, last);
    const TextSpan span{m_tokens[size_t(first)].start, m_tokens[size_t(last)].end};
    // The same date may be looked at from more than one starting token.
    if (m_impossible.empty() || m_impossible.back().start != span.start)
        m_impossible.push_back(span);
}

bool Recognizer::isZone(qsizetype i) const {
    static const char *const zones[] = {"et",  "est", "edt", "ct",  "cst", "cdt", "mt",   "mst", "pt",
                                        "pst", "pdt", "gmt", "utc", "bst", "cet", "cest", "ist", "jst"};
    if (!at(i) || !at(i)->capitalized)
        return false;
    for (const char *z : zones)
        if (isWord(i, QLatin1StringView(z)))
            return true;
    return false;
}

qsizetype Recognizer::zoneEnd(qsizetype i) const {
    if (!isZone(i))
        return -1;
    // "GMT+2", "UTC-05:30": an offset glued to the zone belongs to it.
    if ((isPunct(i + 1, u'+') || isPunct(i + 1, u'-')) && glued(i + 1) && glued(i + 2) && at(i + 2) &&
        at(i + 2)->kind == TokenKind::Number && at(i + 2)->digits <= 4) {
        if (isPunct(i + 3, u':') && glued(i + 3) && glued(i + 4) && at(i + 4) &&
            at(i + 4)->kind == TokenKind::Number)
            return i + 4;
        return i + 2;
    }
    return i;
}

bool Recognizer::ordinalSuffix(qsizetype i) const {
    return glued(i) && (isWord(i, "th"_L1) || isWord(i, "st"_L1) || isWord(i, "nd"_L1) || isWord(i, "rd"_L1));
}

int Recognizer::ordinalAt(qsizetype i, qsizetype &first) const {
    if (const Lexeme *l = lexAt(i); l && l->ordinal) {
        first = i;
        return l->ordinal;
    }
    if (ordinalSuffix(i)) {
        const Token *n = at(i - 1);
        if (n && n->kind == TokenKind::Number && n->digits <= 2) {
            first = i - 1;
            return int(n->number);
        }
    }
    return 0;
}

int Recognizer::yearAt(qsizetype i) const {
    const Token *t = at(i);
    if (!t || t->kind != TokenKind::Number || t->digits != 4 || t->number < 1000 || t->number > 2199)
        return -1;
    // "2,024", "2024.5", "2024-25" style numbers are not years.
    if (isPunct(i + 1, u',') && at(i + 2) && glued(i + 1) && glued(i + 2) &&
        at(i + 2)->kind == TokenKind::Number)
        return -1;
    if (isPunct(i + 1, u'.') && glued(i + 2) && at(i + 2) && at(i + 2)->kind == TokenKind::Number)
        return -1;
    return int(t->number);
}

int Recognizer::anyYearAt(qsizetype i, qsizetype &last, bool thousands) const {
    if (const int year = yearAt(i); year > 0) {
        last = i;
        return year;
    }
    const Lexeme *head = lexAt(i);
    if (!head)
        return -1;
    const auto wordNumber = [&](qsizetype k) {
        const Lexeme *n = lexAt(k);
        return n && at(k)->kind == TokenKind::Word ? int(n->number) : -1;
    };
    if (head->role == Role::YearHead) {
        // "nineteen fifteen", "nineteen seventy", "nineteen ninety-six"
        const int tens = wordNumber(i + 1);
        if (tens < 10 || tens > 90 || (tens > 20 && tens % 10 != 0))
            return -1;
        last = i + 1;
        int year = head->number * 100 + tens;
        if (tens >= 20 && isPunct(i + 2, u'-') && glued(i + 2) && glued(i + 3)) {
            if (const int units = wordNumber(i + 3); units >= 1 && units <= 9) {
                year += units;
                last = i + 3;
            }
        }
        return year;
    }
    if (thousands && head->number == 2 && wordNumber(i + 1) == 1000) {
        // "two thousand", "two thousand and one", "two thousand four"
        last = i + 1;
        const qsizetype k = roleAt(i + 2) == Role::And ? i + 3 : i + 2;
        if (const int rest = wordNumber(k); rest >= 1 && rest <= 20) {
            last = k;
            return 2000 + rest;
        }
        return 2000;
    }
    return -1;
}

std::optional<int> Recognizer::relativeYearPossessive(qsizetype i, qsizetype &first) const {
    if (!(isWord(i, "s"_L1) && isPunct(i - 1, u'\'') && glued(i) && glued(i - 1) && lexAt(i - 2) &&
          lexAt(i - 2)->unit == Unit::Year && !lexAt(i - 2)->plural && i - 3 >= m_minFirst))
        return std::nullopt;
    const Role r = roleAt(i - 3);
    if (r != Role::This && r != Role::Last && r != Role::Next)
        return std::nullopt;
    first = i - 3;
    return r == Role::This ? 0 : (r == Role::Last ? -1 : 1);
}

// Four-digit numbers are years only where a year is expected: after a preposition of time, a month, a
// season, "fiscal", "year", "early/mid/late", or standing alone before punctuation.
qsizetype Recognizer::yearBackAfter(qsizetype k) const {
    const Lexeme *l = lexAt(k + 1);
    if (!l || l->unit != Unit::Year || l->plural)
        return -1;
    if (roleAt(k) == Role::Last && !isPunct(k + 2, u'\''))
        return k + 1; // "last year", not "last year's"
    if (roleAt(k) == Role::A && (roleAt(k + 2) == Role::Ago || roleAt(k + 2) == Role::Earlier))
        return k + 2;
    return -1;
}

void Recognizer::samePeriodYearBefore(ParsedTimex &p, qsizetype last) const {
    p.kind = ParsedKind::Shift;
    p.unit = Precision::Year;
    p.amount = -1;
    p.samePeriod = true;
    p.namesPeriod = true;
    p.lastToken = last;
}

bool Recognizer::isAnyWord(qsizetype k, std::span<const QLatin1StringView> words) const {
    const Token *t = at(k);
    if (!t || t->kind != TokenKind::Word)
        return false;
    for (QLatin1StringView w : words)
        if (isWord(k, w))
            return true;
    return false;
}

// A noun that a year before it dates: an event ("campaign", "treaty") or a reporting period ("earnings").
bool Recognizer::eventNounAt(qsizetype k) const {
    static constexpr QLatin1StringView nouns[] = {
        "campaign"_L1,   "campaigns"_L1, "election"_L1,  "elections"_L1,  "treaty"_L1,    "war"_L1,
        "revolution"_L1, "rebellion"_L1, "uprising"_L1,  "crisis"_L1,     "census"_L1,    "constitution"_L1,
        "battle"_L1,     "siege"_L1,     "invasion"_L1,  "expedition"_L1, "peace"_L1,     "agreement"_L1,
        "revolt"_L1,     "offensive"_L1, "rules"_L1,     "season"_L1,     "budget"_L1,    "results"_L1,
        "earnings"_L1,   "contract"_L1,  "summit"_L1,    "accord"_L1,     "sales"_L1,     "profit"_L1,
        "profits"_L1,    "revenue"_L1,   "levels"_L1,    "figures"_L1,    "primary"_L1,   "games"_L1,
        "olympics"_L1,   "pact"_L1,      "operation"_L1, "raid"_L1,       "coup"_L1,      "referendum"_L1,
        "armistice"_L1,  "truce"_L1,     "ceasefire"_L1, "massacre"_L1,   "conference"_L1};
    return isAnyWord(k, nouns);
}

// "1987 saw little change", "2007 also saw a rise": a year as the subject of a narrative's "saw".
bool Recognizer::yearSawAfter(qsizetype i) const {
    return isWord(i + 1, "saw"_L1) || (isWord(i + 1, "also"_L1) && isWord(i + 2, "saw"_L1));
}

bool Recognizer::yearContext(qsizetype i) const {
    const Token *prev = at(i - 1);
    const Token *next = at(i + 1);
    if (prev && prev->kind == TokenKind::Punct && glued(i) &&
        (prev->punct == u'$' || prev->punct == u'#' || prev->punct == u'£' || prev->punct == u'€'))
        return false;
    if (next && next->kind == TokenKind::Punct && next->punct == u'%')
        return false;
    if (!prev || at(i)->newlineBefore)
        return true; // a year alone on a line is a heading
    if (yearSawAfter(i))
        return true;
    // "a 1908 interview", "its 1920 treaty": a determiner before a modern year.
    const int value = int(at(i)->number);
    if (value >= 1800 && value <= 2100 &&
        (isWord(i - 1, "a"_L1) || isWord(i - 1, "its"_L1) || isWord(i - 1, "his"_L1) ||
         isWord(i - 1, "her"_L1) || isWord(i - 1, "their"_L1) || isWord(i - 1, "our"_L1) ||
         isWord(i - 1, "this"_L1) || isWord(i - 1, "that"_L1)))
        return true;
    // "the company's 1989 results": a year owned by its subject.
    if (value >= 1900 && value <= 2100 && isWord(i - 1, "s"_L1) && isPunct(i - 2, u'\'') && glued(i - 1))
        return true;
    static constexpr QLatin1StringView cues[] = {
        "in"_L1,    "since"_L1,     "by"_L1,     "until"_L1,  "till"_L1,    "of"_L1,      "before"_L1,
        "after"_L1, "during"_L1,    "from"_L1,   "to"_L1,     "through"_L1, "between"_L1, "and"_L1,
        "or"_L1,    "year"_L1,      "fiscal"_L1, "early"_L1,  "late"_L1,    "mid"_L1,     "around"_L1,
        "circa"_L1, "spring"_L1,    "summer"_L1, "fall"_L1,   "autumn"_L1,  "winter"_L1,  "throughout"_L1,
        "for"_L1,   "the"_L1,       "as"_L1,     "than"_L1,   "on"_L1,      "at"_L1,      "into"_L1,
        "end"_L1,   "beginning"_L1, "start"_L1,  "middle"_L1, "fy"_L1,      "ca"_L1,      "c"_L1,
        "due"_L1,   "both"_L1,      "years"_L1};
    if (prev->kind == TokenKind::Word) {
        for (QLatin1StringView c : cues)
            if (isWord(i - 1, c))
                return true;
        if (prev->lex && prev->lex->month)
            return true;
    }
    if (prev->kind == TokenKind::Punct &&
        (prev->punct == u'(' || prev->punct == u'-' || prev->punct == u',' || prev->punct == u'\u2013' ||
         prev->punct == u'/'))
        return true;
    if (!next || next->kind == TokenKind::Punct)
        return !(prev->kind == TokenKind::Number);
    // "his unsuccessful 1996 campaign", "record 1989 earnings": a modern year naming the time of an event
    // or a reporting period.
    if (value >= 1900 && value <= 2100 && eventNounAt(i + 1))
        return true;
    return false;
}

std::vector<ParsedTimex> Recognizer::run() {
    std::vector<ParsedTimex> out;
    const qsizetype n = qsizetype(m_tokens.size());
    for (qsizetype i = 0; i < n; ++i) {
        if (i <= m_skipTo)
            continue;
        const Token &t = m_tokens[size_t(i)];
        if (t.kind == TokenKind::Punct)
            continue;
        if (t.kind == TokenKind::Word && !(t.lex && t.lex->isTrigger()))
            continue;
        std::optional<ParsedTimex> p = matchAt(i);
        if (!p)
            continue;
        countUnitMultiples(*p);
        attachDayStep(*p, out);
        out.push_back(*p);
        m_minFirst = p->lastToken + 1;
        m_skipTo = std::max(m_skipTo, p->lastToken);
    }
    return out;
}

// "a fortnight ago", "in a fortnight", "two fortnights": the unit is the week, counted twice.
void Recognizer::countUnitMultiples(ParsedTimex &p) const {
    if (p.kind != ParsedKind::Duration && p.kind != ParsedKind::Shift && p.kind != ParsedKind::Set)
        return;
    for (qsizetype k = p.firstToken; k <= p.lastToken; ++k) {
        const Lexeme *l = lexAt(k);
        if (!l || l->unitMultiple == 1 || l->unit == Unit::None)
            continue;
        p.amount *= l->unitMultiple;
        p.fraction *= l->unitMultiple;
        return;
    }
}

std::optional<ParsedTimex> Recognizer::matchAt(qsizetype i) {
    const Token &t = m_tokens[size_t(i)];
    std::optional<ParsedTimex> p;
    if (t.kind == TokenKind::Number)
        p = matchNumber(i);
    else if (t.lex->month)
        p = matchMonth(i);
    else if (t.lex->weekday)
        p = matchWeekday(i);
    else if (t.lex->holiday)
        p = matchHoliday(i);
    else if (t.lex->role == Role::SetAdverb || t.lex->unit == Unit::None || t.lex->season)
        p = t.lex->season ? matchSeason(i) : matchRole(i);
    else
        p = matchUnit(i);
    if (!p && t.kind == TokenKind::Word && t.lex->unit != Unit::None && t.lex->role != Role::SetAdverb)
        return std::nullopt;
    if (p && p->firstToken < m_minFirst)
        p->firstToken = m_minFirst;
    if (p && quotedTitle(*p)) {
        m_skipTo = std::max(m_skipTo, p->lastToken);
        return std::nullopt;
    }
    return p;
}

void Recognizer::attachDayStep(ParsedTimex &p, std::vector<ParsedTimex> &found) const {
    const qsizetype k = p.firstToken - 1;
    const Role direction = roleAt(k);
    // "a week from Friday", "two weeks from today": a count forward, which needs its amount; "lasting 64 days
    // from November 21, 1948" is a stretch that starts on a stated date.
    const bool from =
        isWord(k, "from"_L1) &&
        (p.weekday || (p.kind == ParsedKind::Shift && p.anchor == AnchorOn::Dct) || p.value == u"relday");
    if (direction != Role::Before && direction != Role::After && !from)
        return;
    const bool plain = p.unit == Precision::Day && p.mod.isEmpty() && p.partOfDay.isEmpty();
    // "the day after tomorrow": a step from today, counted in days.
    const bool fromToday = p.kind == ParsedKind::Shift && p.anchor == AnchorOn::Dct;
    const bool day = p.kind == ParsedKind::Calendar && ((p.month && p.day) || p.weekday || p.holiday);
    if (!plain || !(day || fromToday))
        return;
    const int sign = direction == Role::Before && !from ? -1 : 1;
    const auto step = [&](int days, qsizetype first) {
        (fromToday ? p.amount : p.dayOffset) += sign * days;
        p.firstToken = first;
    };
    if (!found.empty()) {
        // "two days" / "a day" was taken as a duration just before; "eight trading days" count no calendar.
        const ParsedTimex &days = found.back();
        const bool weeks = from && days.durationUnit == Unit::Week;
        if (days.kind == ParsedKind::Duration && (days.durationUnit == Unit::Day || weeks) &&
            days.lastToken == k - 1 && days.lastToken - days.firstToken == 1 && days.amount > 0 &&
            days.fraction == 0 && days.mod.isEmpty()) {
            step(days.amount * (weeks ? 7 : 1), days.firstToken);
            if (from && p.weekday && p.pick == Pick::ByTense)
                p.pick = Pick::Next; // "a week from Friday": the coming Friday
            found.pop_back();
            return;
        }
    }
    if (from)
        return;
    // "the day before": not an expression of its own.
    const Lexeme *unit = lexAt(k - 1);
    if (unit && unit->unit == Unit::Day && !unit->plural && roleAt(k - 2) == Role::The && k - 2 >= m_minFirst)
        step(1, k - 2);
}

bool Recognizer::amountBefore(qsizetype i) const {
    for (qsizetype k = i - 1; k >= i - 3 && k >= m_minFirst; --k)
        if ((at(k) && at(k)->kind == TokenKind::Number) || isPunct(k, u'%') || isWord(k, "million"_L1) ||
            isWord(k, "billion"_L1) || isWord(k, "percent"_L1))
            return true;
    return false;
}

// A lowercase word after token i that is likely the noun it modifies ("the morning session"), not a
// preposition or conjunction ("in the morning to start trading").
bool Recognizer::nounAfter(qsizetype i) const {
    const Token *t = at(i + 1);
    if (!t || t->kind != TokenKind::Word || t->lex || t->capitalized || t->length() < 3)
        return false;
    static constexpr QLatin1StringView notNouns[] = {
        "and"_L1,    "for"_L1,   "with"_L1,  "from"_L1,   "when"_L1,    "while"_L1, "after"_L1,
        "before"_L1, "into"_L1,  "until"_L1, "across"_L1, "through"_L1, "over"_L1,  "near"_L1,
        "around"_L1, "along"_L1, "amid"_L1,  "during"_L1, "but"_L1,     "then"_L1,  "which"_L1};
    return !isAnyWord(i + 1, notNouns);
}

// "This Week," (a TV show), ``High Noon'' (a film): inside an opening quote, a capitalized word that is
// normally lowercase ("Week", "Minutes", "Noon", "Spring") names a title, not a time.
bool Recognizer::quotedTitle(const ParsedTimex &p) const {
    const Token *last = at(p.lastToken);
    if (!last || last->kind != TokenKind::Word || !last->capitalized || !last->lex || last->newlineBefore)
        return false;
    const Lexeme *l = last->lex;
    if (l->unit == Unit::None && !l->season && l->role != Role::Noon && l->role != Role::Midnight &&
        !partOfDayCode(l->role))
        return false;
    qsizetype q = p.firstToken - 1;
    if (at(q) && at(q)->kind == TokenKind::Word && at(q)->capitalized && !at(q)->lex &&
        glued(p.firstToken) == false)
        --q; // ``High Noon''
    const auto opening = [&](qsizetype k) {
        return isPunct(k, u'"') || isPunct(k, u'`') || isPunct(k, u'\'') || isPunct(k, u'\u201C') ||
               isPunct(k, u'\u2018');
    };
    return opening(q) && glued(q + 1);
}

// Adds what precedes an expression and belongs to it: "early"/"late"/"mid-", "the beginning of",
// "the" before quarters, decades and seasons, and approximators ("about", "nearly", "more than").
void Recognizer::extendLeft(ParsedTimex &p) {
    qsizetype f = p.firstToken;
    const auto allowed = [&](qsizetype k) { return k >= m_minFirst; };
    // mid-2023, mid-October
    if (isPunct(f - 1, u'-') && glued(f) && roleAt(f - 2) == Role::Mid && glued(f - 1) && allowed(f - 2)) {
        p.mod = u"MID"_s;
        f -= 2;
    } else if (roleAt(f - 1) == Role::Mid && allowed(f - 1)) {
        p.mod = u"MID"_s;
        f -= 1;
    } else if ((roleAt(f - 1) == Role::Early || roleAt(f - 1) == Role::Late) && allowed(f - 1) &&
               p.kind != ParsedKind::Duration && p.kind != ParsedKind::Set) {
        p.mod = roleAt(f - 1) == Role::Early ? u"START"_s : u"END"_s;
        f -= 1;
    } else if (const qsizetype h = roleAt(f) != Role::The && roleAt(f - 1) == Role::The ? f - 1 : f;
               isWord(h - 1, "in"_L1) &&
               (roleAt(h - 2) == Role::Early || roleAt(h - 2) == Role::Late ||
                roleAt(h - 2) == Role::Earlier || roleAt(h - 2) == Role::Later) &&
               allowed(h - 2) && p.kind == ParsedKind::Calendar && !p.day && !p.weekday && p.hour < 0 &&
               p.partOfDay.isEmpty() && p.value != u"relday") {
        // "early in 1914", "later in the year", "Early in spring": that part of the period, in the span as
        // both corpora draw it.
        p.mod = roleAt(h - 2) == Role::Early || roleAt(h - 2) == Role::Earlier ? u"START"_s : u"END"_s;
        f = h - 2;
    } else if (const qsizetype h = roleAt(f) == Role::The ? f : f - 1;
               (p.kind == ParsedKind::Decade || p.kind == ParsedKind::Century) && roleAt(h) == Role::The &&
               roleAt(h - 1) == Role::Of && roleAt(h - 2) == Role::Half && roleAt(h - 4) == Role::The &&
               allowed(h - 4) &&
               (lexAt(h - 3) && (lexAt(h - 3)->ordinal == 1 || lexAt(h - 3)->ordinal == 2 ||
                                 roleAt(h - 3) == Role::Last || isWord(h - 3, "latter"_L1)))) {
        // "the last half of the '80s", "the first half of the century"
        p.mod = lexAt(h - 3)->ordinal == 1 ? u"START"_s : u"END"_s;
        f = h - 4;
    } else if (roleAt(f - 1) == Role::Of && roleAt(f - 3) == Role::The && allowed(f - 3) && p.day > 0 &&
               p.hour < 0 && partOfDayCode(roleAt(f - 2)) && !lexAt(f - 2)->plural) {
        // "the night of April 18, 1775": that part of that day; "early in the morning of 29 April 1975"
        p.partOfDay = QString::fromUtf16(partOfDayCode(roleAt(f - 2)));
        p.type = TimexType::Time;
        f -= 3;
        if ((isWord(f - 1, "in"_L1) || isWord(f - 1, "on"_L1)) &&
            (roleAt(f - 2) == Role::Early || roleAt(f - 2) == Role::Late) && allowed(f - 2)) {
            p.mod = roleAt(f - 2) == Role::Early ? u"START"_s : u"END"_s;
            f -= 2;
        }
    } else if (roleAt(f - 1) == Role::Of && roleAt(f - 3) == Role::The && allowed(f - 3) && p.day > 0 &&
               p.month > 0 && p.hour < 0 && lexAt(f - 2) && !lexAt(f - 2)->plural &&
               (lexAt(f - 2)->unit == Unit::Week || roleAt(f - 2) == Role::Weekend)) {
        p.unit = Precision::Week; // "the week of March 6", "the weekend of March 2"
        p.weekend = roleAt(f - 2) == Role::Weekend;
        f -= 3;
    } else if (const qsizetype h = (p.kind == ParsedKind::Decade || p.kind == ParsedKind::Century) &&
                                           roleAt(f) != Role::The && roleAt(f - 1) == Role::The
                                       ? f - 1
                                       : f; // "the end of the 19th century": past the century's "the"
               roleAt(h - 1) == Role::Of && roleAt(h - 3) == Role::The && allowed(h - 3) &&
               p.kind != ParsedKind::Duration && p.kind != ParsedKind::Set) {
        const Role r = roleAt(h - 2);
        if (r == Role::Beginning || r == Role::Start || r == Role::End || r == Role::Middle) {
            p.mod = r == Role::End ? u"END"_s : (r == Role::Middle ? u"MID"_s : u"START"_s);
            f = h - 3;
        }
    }
    // "the" belongs to quarters, halves, seasons, decades, centuries and durations, not to named days.
    const bool takesThe = p.kind == ParsedKind::Decade || p.kind == ParsedKind::Century ||
                          p.kind == ParsedKind::Duration || p.quarter || p.half ||
                          (p.season && p.mod.isEmpty()) || !p.mod.isEmpty() || p.weekend;
    // Hyphenated adjectives ("the third-quarter results", "the 30-day truce") leave "the" to their noun.
    const bool hyphenated = p.firstToken != p.lastToken && isPunct(p.lastToken - 1, u'-') &&
                            glued(p.lastToken) && p.mod.isEmpty() && lexAt(p.lastToken) &&
                            lexAt(p.lastToken)->unit != Unit::None;
    if (takesThe && !hyphenated && roleAt(f) != Role::The && roleAt(f - 1) == Role::The && allowed(f - 1) &&
        p.pick == Pick::ByTense)
        f -= 1;
    if (p.kind == ParsedKind::Duration || (p.kind == ParsedKind::Shift && p.amount != 0)) {
        const Token *first = at(f);
        const bool startsWithThe = first && roleAt(f) == Role::The;
        const Role r = roleAt(f - 1);
        if (r == Role::Approx && allowed(f - 1)) {
            p.mod = u"APPROX"_s;
            f -= 1;
        } else if (r == Role::LessThan && allowed(f - 1)) {
            p.mod = u"LESS_THAN"_s;
            f -= 1;
        } else if (r == Role::MoreThan && !startsWithThe && allowed(f - 1) &&
                   (!isWord(f - 1, "over"_L1) || roleAt(f) == Role::A)) {
            // "over a week" is more than a week; "over three years" is mostly "during" (TimeBank
            // leaves the preposition out 2 of 2).
            p.mod = u"MORE_THAN"_s;
            f -= 1;
        } else if (isWord(f - 1, "than"_L1) && allowed(f - 2) &&
                   (roleAt(f - 2) == Role::MoreThan || isWord(f - 2, "less"_L1) ||
                    isWord(f - 2, "fewer"_L1))) {
            p.mod = roleAt(f - 2) == Role::MoreThan ? u"MORE_THAN"_s : u"LESS_THAN"_s;
            f -= 2;
            if (isWord(f - 1, "no"_L1) && allowed(f - 1)) {
                p.mod = u"EQUAL_OR_LESS"_s;
                f -= 1;
            }
        } else if (r == Role::AtLeast && isWord(f - 2, "at"_L1) && allowed(f - 2)) {
            p.mod = u"EQUAL_OR_MORE"_s;
            f -= 2;
        } else if (isWord(f - 1, "to"_L1) && isWord(f - 2, "up"_L1) && allowed(f - 2)) {
            p.mod = u"EQUAL_OR_LESS"_s;
            f -= 2;
        }
    }
    p.firstToken = f;
}
} // namespace annals::timex
