#include "timex/recognizer.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace annals::timex {

namespace {

Precision precisionOf(Unit u) {
    switch (u) {
    case Unit::Week:
        return Precision::Week;
    case Unit::Month:
        return Precision::Month;
    case Unit::Quarter:
        return Precision::Quarter;
    case Unit::Year:
        return Precision::Year;
    case Unit::Decade:
        return Precision::Decade;
    case Unit::Century:
        return Precision::Century;
    default:
        return Precision::Day;
    }
}

bool isDeterminerFree(Role r) {
    return r == Role::Last || r == Role::Next || r == Role::This || r == Role::Past || r == Role::Coming ||
           r == Role::Previous || r == Role::Following || r == Role::Current || r == Role::Same ||
           r == Role::That;
}

const char16_t *partOfDayCode(Role r) {
    switch (r) {
    case Role::Morning:
        return u"MO";
    case Role::Afternoon:
        return u"AF";
    case Role::Evening:
        return u"EV";
    case Role::Night:
        return u"NI";
    default:
        return nullptr;
    }
}

} // namespace

Recognizer::Recognizer(QStringView text, const std::vector<Token> &tokens, const ForeignMonths *foreignMonths)
    : m_text(text)
    , m_tokens(tokens)
    , m_foreignMonths(foreignMonths) {}

// "7 février 2024", "7. Februar 2024", "7 de febrero de 2024", "٧ فبراير ٢٠٢٤": day, month name of another
// language, optional year. Relative expressions in those languages are not read.
std::optional<ParsedTimex> Recognizer::matchForeignDate(qsizetype i) {
    const Token &t = m_tokens[size_t(i)];
    if (!m_foreignMonths || t.digits > 2 || t.number < 1 || t.number > 31)
        return std::nullopt;
    qsizetype j = i + 1;
    bool separator = false;
    if (isPunct(j, u'.') && glued(j)) {
        ++j; // German ordinal day
        separator = true;
    }
    if (isWord(j, "de"_L1)) {
        ++j; // Spanish
        separator = true;
    }
    const Token *m = at(j);
    if (!m || m->kind != TokenKind::Word)
        return std::nullopt;
    // German and English share "April", "August", "September", "November".
    const int month = m->lex && m->lex->month ? (separator && !m->lex->abbreviation ? m->lex->month : 0)
                                              : m_foreignMonths->find(m_text.sliced(m->start, m->length()));
    if (!month)
        return std::nullopt;
    ParsedTimex p;
    p.firstToken = i;
    p.lastToken = j;
    p.month = month;
    p.day = int(t.number);
    qsizetype k = j + 1;
    if (isPunct(k, u'.') && glued(k) && yearAt(k + 1) > 0)
        ++k; // "janv. 2024"
    if (isWord(k, "de"_L1) || isWord(k, "del"_L1))
        ++k;
    if (isPunct(k, u','))
        ++k;
    if (yearAt(k) > 0) {
        p.year = yearAt(k);
        p.lastToken = k;
    }
    m_skipTo = std::max(m_skipTo, p.lastToken);
    if (p.year > 0 ? !makeDate(p.year, p.month, p.day) : !isValidMonthDay(p.month, p.day))
        return std::nullopt;
    return p;
}

const Token *Recognizer::at(qsizetype i) const {
    return i >= 0 && i < qsizetype(m_tokens.size()) ? &m_tokens[size_t(i)] : nullptr;
}

const Lexeme *Recognizer::lexAt(qsizetype i) const {
    const Token *t = at(i);
    return t ? t->lex : nullptr;
}

Role Recognizer::roleAt(qsizetype i) const {
    const Lexeme *l = lexAt(i);
    return l ? l->role : Role::None;
}

bool Recognizer::isPunct(qsizetype i, char16_t c) const {
    const Token *t = at(i);
    return t && t->kind == TokenKind::Punct && t->punct == c;
}

bool Recognizer::isWord(qsizetype i, QLatin1StringView lower) const {
    const Token *t = at(i);
    return t && t->kind == TokenKind::Word && t->length() == lower.size() &&
           m_text.sliced(t->start, t->length()).compare(lower, Qt::CaseInsensitive) == 0;
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

bool Recognizer::glued(qsizetype i) const {
    const Token *t = at(i);
    return t && !t->spaceBefore;
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

// Four-digit numbers are years only where a year is expected: after a preposition of time, a month, a
// season, "fiscal", "year", "early/mid/late", or standing alone before punctuation.
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
    // "a 1908 interview", "its 1920 treaty": a determiner before a modern year.
    const int value = int(at(i)->number);
    if (value >= 1800 && value <= 2100 &&
        (isWord(i - 1, "a"_L1) || isWord(i - 1, "its"_L1) || isWord(i - 1, "his"_L1) ||
         isWord(i - 1, "her"_L1) || isWord(i - 1, "their"_L1) || isWord(i - 1, "our"_L1) ||
         isWord(i - 1, "this"_L1) || isWord(i - 1, "that"_L1)))
        return true;
    static const char *const cues[] = {
        "in",         "since", "by",      "until",   "till",   "of",     "before", "after",  "during",
        "from",       "to",    "through", "between", "and",    "or",     "year",   "fiscal", "early",
        "late",       "mid",   "around",  "circa",   "spring", "summer", "fall",   "autumn", "winter",
        "throughout", "for",   "the",     "as",      "than",   "on",     "at",     "into",   "end",
        "beginning",  "start", "middle",  "fy",      "ca",     "c"};
    if (prev->kind == TokenKind::Word) {
        for (const char *c : cues)
            if (isWord(i - 1, QLatin1StringView(c)))
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
        out.push_back(*p);
        m_minFirst = p->lastToken + 1;
        m_skipTo = std::max(m_skipTo, p->lastToken);
    }
    return out;
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
    else if (t.lex->role == Role::SetAdverb || t.lex->unit == Unit::None || t.lex->season)
        p = t.lex->season ? matchSeason(i) : matchRole(i);
    else
        p = matchUnit(i);
    if (!p && t.kind == TokenKind::Word && t.lex->unit != Unit::None && t.lex->role != Role::SetAdverb)
        return std::nullopt;
    if (p && p->firstToken < m_minFirst)
        p->firstToken = m_minFirst;
    return p;
}

// ---- numbers: ISO and slashed dates, clock times, day-month dates, years, decades, centuries ----

std::optional<ParsedTimex> Recognizer::matchNumber(qsizetype i) {
    const Token &t = m_tokens[size_t(i)];
    // Parts of "1,500" or "3.5" never start a date.
    if (glued(i) && (isPunct(i - 1, u',') || isPunct(i - 1, u'.')) && at(i - 2) &&
        at(i - 2)->kind == TokenKind::Number && glued(i - 1))
        return std::nullopt;
    if (isPunct(i + 1, u',') && glued(i + 1) && glued(i + 2) && at(i + 2) &&
        at(i + 2)->kind == TokenKind::Number && at(i + 2)->digits == 3)
        return std::nullopt;

    ParsedTimex p;
    p.firstToken = i;
    p.lastToken = i;

    // 2024-02-07
    if (t.digits == 4 && isPunct(i + 1, u'-') && glued(i + 1) && glued(i + 2) && at(i + 2) &&
        at(i + 2)->kind == TokenKind::Number && at(i + 2)->digits <= 2 && isPunct(i + 3, u'-') &&
        glued(i + 3) && glued(i + 4) && at(i + 4) && at(i + 4)->kind == TokenKind::Number &&
        at(i + 4)->digits <= 2) {
        m_skipTo = i + 4;
        if (!makeDate(int(t.number), int(at(i + 2)->number), int(at(i + 4)->number)))
            return std::nullopt;
        p.year = int(t.number);
        p.month = int(at(i + 2)->number);
        p.day = int(at(i + 4)->number);
        p.lastToken = i + 4;
        return p;
    }
    // 2/7/2024 (US order)
    if (t.digits <= 2 && isPunct(i + 1, u'/') && glued(i + 1) && glued(i + 2) && at(i + 2) &&
        at(i + 2)->kind == TokenKind::Number && at(i + 2)->digits <= 2 && isPunct(i + 3, u'/') &&
        glued(i + 3) && glued(i + 4) && at(i + 4) && at(i + 4)->kind == TokenKind::Number &&
        (at(i + 4)->digits == 4 || at(i + 4)->digits == 2)) {
        m_skipTo = i + 4;
        int year = int(at(i + 4)->number);
        if (at(i + 4)->digits == 2)
            year += year < 50 ? 2000 : 1900;
        if (!makeDate(year, int(t.number), int(at(i + 2)->number)))
            return std::nullopt;
        p.year = year;
        p.month = int(t.number);
        p.day = int(at(i + 2)->number);
        p.lastToken = i + 4;
        return p;
    }
    // 241 BC, 146 B.C.
    if (t.digits <= 4 && t.number > 0) {
        qsizetype last = -1;
        if (isWord(i + 1, "bc"_L1) || isWord(i + 1, "bce"_L1))
            last = i + 1;
        else if (isWord(i + 1, "b"_L1) && isPunct(i + 2, u'.') && isWord(i + 3, "c"_L1) && glued(i + 3))
            last = isPunct(i + 4, u'.') && glued(i + 4) ? i + 4 : i + 3;
        if (last > 0 && at(i + 1)->capitalized) {
            p.kind = ParsedKind::Reference;
            p.value = u"BC"_s + fourDigits(int(t.number));
            p.lastToken = last;
            extendLeft(p);
            return p;
        }
    }
    if (t.digits <= 2) {
        if (auto clock = matchClock(i))
            return clock;
        if (auto foreign = matchForeignDate(i))
            return foreign;
        // 7 October 2023, 7th of October
        qsizetype j = i + 1;
        if (ordinalSuffix(j))
            ++j;
        if (isWord(j, "of"_L1))
            ++j;
        if (const Lexeme *l = lexAt(j);
            l && l->month && at(j)->capitalized && t.number >= 1 && t.number <= 31) {
            qsizetype last = j;
            if (l->abbreviation && isPunct(j + 1, u'.') && glued(j + 1))
                last = j + 1;
            const int day = int(t.number);
            int year = -1;
            qsizetype k = last + 1;
            if (isPunct(k, u','))
                ++k;
            if (yearAt(k) > 0) {
                year = yearAt(k);
                last = k;
            }
            m_skipTo = last;
            if (year > 0 ? !makeDate(year, l->month, day) : !isValidMonthDay(l->month, day))
                return std::nullopt;
            p.day = day;
            p.month = l->month;
            p.year = year;
            p.lastToken = last;
            extendLeft(p);
            return p;
        }
        // the 19th century
        if (ordinalSuffix(i + 1)) {
            qsizetype k = i + 2;
            if (isPunct(k, u'-') && glued(k))
                ++k;
            if (roleAt(k) == Role::Century && t.number >= 1 && t.number <= 30) {
                p.kind = ParsedKind::Century;
                p.value = twoDigits(int(t.number) - 1);
                p.lastToken = k;
                extendLeft(p);
                return p;
            }
        }
        // '90s
        if (t.digits == 2 && isPunct(i - 1, u'\'') && glued(i) && isWord(i + 1, "s"_L1) && glued(i + 1) &&
            t.number % 10 == 0) {
            p.kind = ParsedKind::Decade;
            p.value = u"19"_s + QString::number(t.number / 10);
            p.firstToken = i - 1;
            p.lastToken = i + 1;
            extendLeft(p);
            return p;
        }
        return std::nullopt;
    }
    if (t.digits != 4)
        return std::nullopt;
    // 1990s, 1990's
    if (t.number % 10 == 0 && t.number >= 1000 && t.number <= 2190) {
        qsizetype s = i + 1;
        if (isPunct(s, u'\'') && glued(s))
            ++s;
        if (isWord(s, "s"_L1) && glued(s)) {
            p.kind = ParsedKind::Decade;
            p.value = QString::number(t.number / 10);
            p.lastToken = s;
            extendLeft(p);
            return p;
        }
    }
    const int year = yearAt(i);
    if (year < 0 || !yearContext(i))
        return std::nullopt;
    // Before 1800 a four-digit number is more often a count ("1500 troops"): a stricter context is needed.
    if (year < 1800) {
        bool strict = !at(i - 1) || at(i)->newlineBefore || isPunct(i - 1, u'(');
        for (const char *c :
             {"in",    "since", "by",  "until", "of", "before", "after",   "during", "from", "year",
              "early", "late",  "mid", "circa", "c",  "ca",     "between", "and",    "to",   "through"})
            strict = strict || isWord(i - 1, QLatin1StringView(c));
        // "1775-1780", "1790, 1794": a year next to another year.
        if ((isPunct(i - 1, u'-') || isPunct(i - 1, u'\u2013') || isPunct(i - 1, u',')) && yearAt(i - 2) > 0)
            strict = true;
        if ((isPunct(i + 1, u'-') || isPunct(i + 1, u'\u2013')) && yearAt(i + 2) > 0)
            strict = true;
        if (!strict)
            return std::nullopt;
    }
    p.year = year;
    if (roleAt(i - 1) == Role::Fiscal && i - 1 >= m_minFirst) {
        p.firstToken = i - 1;
        p.value = u"FY"_s + fourDigits(year);
    }
    extendLeft(p);
    return p;
}

// 18:13, 6:30 p.m., 6 p.m., 18:13 PM ET; optionally followed by the day ("10 p.m. Wednesday").
std::optional<ParsedTimex> Recognizer::matchClock(qsizetype i) {
    const Token &t = m_tokens[size_t(i)];
    if (t.number > 24)
        return std::nullopt;
    ParsedTimex p;
    p.firstToken = i;
    p.type = TimexType::Time;
    p.hour = int(t.number);
    qsizetype j = i + 1;
    bool hasMinutes = false;
    if (isPunct(j, u':') && glued(j) && glued(j + 1) && at(j + 1) && at(j + 1)->kind == TokenKind::Number &&
        at(j + 1)->digits == 2 && at(j + 1)->number < 60) {
        p.minute = int(at(j + 1)->number);
        hasMinutes = true;
        j += 2;
        if (isPunct(j, u':') && glued(j) && glued(j + 1) && at(j + 1) && at(j + 1)->digits == 2)
            j += 2;
    }
    // am/pm, a.m., p.m.
    int meridiem = 0; // 1 am, 2 pm
    qsizetype last = j - 1;
    if (isWord(j, "am"_L1) || isWord(j, "pm"_L1)) {
        meridiem = isWord(j, "am"_L1) ? 1 : 2;
        last = j;
    } else if ((isWord(j, "a"_L1) || isWord(j, "p"_L1)) && isPunct(j + 1, u'.') && glued(j + 1) &&
               isWord(j + 2, "m"_L1) && glued(j + 2)) {
        meridiem = isWord(j, "a"_L1) ? 1 : 2;
        last = j + 2;
        // The final period of "p.m." is the sentence's when a new sentence follows.
        const Token *after = at(j + 4);
        if (isPunct(j + 3, u'.') && glued(j + 3) && after &&
            !(after->capitalized && after->spaceBefore && !after->lex && !isZone(j + 4)))
            last = j + 3;
    } else if (isWord(j, "o"_L1) && isPunct(j + 1, u'\'') && isWord(j + 2, "clock"_L1)) {
        last = j + 2;
        meridiem = 3;
    }
    if (!hasMinutes && !meridiem)
        return std::nullopt;
    // "0:00 / 3:45" or "0:00 0:00": a media player's elapsed and total time, not a time of day.
    if (!meridiem) {
        const bool clockAfter =
            isPunct(j, u'/') || (at(j) && at(j)->kind == TokenKind::Number && isPunct(j + 1, u':'));
        const bool clockBefore = isPunct(i - 1, u'/') ||
                                 (isPunct(i - 2, u':') && at(i - 1) && at(i - 1)->kind == TokenKind::Number);
        if (clockAfter || clockBefore)
            return std::nullopt;
    }
    if (meridiem == 2 && p.hour < 12)
        p.hour += 12; // "18:13 PM" keeps 18
    else if (meridiem == 1 && p.hour == 12)
        p.hour = 0;
    if (p.minute < 0)
        p.minute = 0;
    // Time zone abbreviations are part of the expression but do not change the value.
    if (isZone(last + 1))
        ++last;
    p.lastToken = last;
    attachDayAfterTime(p);
    const qsizetype before = p.firstToken - 1;
    if (before >= m_minFirst && roleAt(before) == Role::Approx) {
        p.firstToken = before;
        p.mod = u"APPROX"_s;
    }
    return p;
}

void Recognizer::attachDayAfterTime(ParsedTimex &p) {
    qsizetype k = p.lastToken + 1;
    if (isPunct(k, u','))
        ++k;
    if (isWord(k, "on"_L1))
        ++k;
    const Lexeme *l = lexAt(k);
    if (!l)
        return;
    if (l->weekday && !l->plural && at(k)->capitalized) {
        p.weekday = l->weekday;
        p.lastToken = k;
    } else if (l->role == Role::Today || l->role == Role::Yesterday || l->role == Role::Tomorrow) {
        p.kind = ParsedKind::Calendar;
        p.amount = l->role == Role::Today ? 0 : (l->role == Role::Yesterday ? -1 : 1);
        p.pick = Pick::This;
        p.value = u"relday"_s;
        p.lastToken = k;
    } else if (l->month && at(k)->capitalized) {
        ParsedTimex date;
        bool invalid = false;
        if (auto last = monthDayYear(k, date, invalid); last && date.day > 0) {
            p.month = date.month;
            p.day = date.day;
            p.year = date.year;
            p.lastToken = *last;
        }
    }
}

// ---- month names ----

std::optional<qsizetype> Recognizer::monthDayYear(qsizetype i, ParsedTimex &p, bool &invalid) {
    const Lexeme *l = lexAt(i);
    qsizetype last = i;
    if (l->abbreviation) {
        if (isPunct(i + 1, u'.') && glued(i + 1))
            last = i + 1;
        else if (!(at(i + 1) && at(i + 1)->kind == TokenKind::Number))
            return std::nullopt;
    }
    p.month = l->month;
    qsizetype j = last + 1;
    const Token *d = at(j);
    const bool clock =
        isPunct(j + 1, u':') && glued(j + 1) && glued(j + 2) && at(j + 2) &&
        at(j + 2)->kind == TokenKind::Number; // "April 25: the court" is a date, "April 25:30" is not
    if (d && d->kind == TokenKind::Number && d->digits <= 2 && !clock &&
        !(isPunct(j + 1, u'.') && glued(j + 1) && at(j + 2) && at(j + 2)->kind == TokenKind::Number)) {
        p.day = int(d->number);
        last = j;
        if (ordinalSuffix(j + 1))
            last = j + 1;
        qsizetype k = last + 1;
        if (isPunct(k, u','))
            ++k;
        if (yearAt(k) > 0) {
            p.year = yearAt(k);
            last = k;
        }
        const bool ok = p.year > 0 ? bool(makeDate(p.year, p.month, p.day)) : isValidMonthDay(p.month, p.day);
        if (!ok) {
            invalid = true;
            m_skipTo = std::max(m_skipTo, last);
            return std::nullopt;
        }
        return last;
    }
    qsizetype k = last + 1;
    if (isPunct(k, u',') || isWord(k, "of"_L1))
        ++k;
    if (yearAt(k) > 0) {
        p.year = yearAt(k);
        return k;
    }
    // "January this year", "June last year": one expression, the month of the year named.
    if (k == last + 1 && lexAt(k + 1) && lexAt(k + 1)->unit == Unit::Year && !lexAt(k + 1)->plural &&
        (roleAt(k) == Role::This || roleAt(k) == Role::Last || roleAt(k) == Role::Next)) {
        p.value = u"relyear"_s;
        p.amount = roleAt(k) == Role::This ? 0 : (roleAt(k) == Role::Last ? -1 : 1);
        return k + 1;
    }
    if (l->abbreviation && last == i)
        return std::nullopt;
    return last;
}

std::optional<ParsedTimex> Recognizer::matchMonth(qsizetype i) {
    const Token &t = m_tokens[size_t(i)];
    if (!t.capitalized)
        return std::nullopt;
    ParsedTimex p;
    p.firstToken = i;
    bool invalid = false;
    std::optional<qsizetype> last = monthDayYear(i, p, invalid);
    if (!last)
        return std::nullopt;
    p.lastToken = *last;
    // "May" and "March" are also ordinary words: alone, they need a cue before them.
    if (p.day == 0 && p.year < 0) {
        const Role r = roleAt(i - 1);
        const bool cue = r == Role::Last || r == Role::Next || r == Role::This || r == Role::Early ||
                         r == Role::Late || r == Role::Mid || r == Role::Of || r == Role::Every ||
                         r == Role::Each || r == Role::Before || r == Role::After || r == Role::Middle ||
                         isWord(i - 1, "in"_L1) || isWord(i - 1, "since"_L1) || isWord(i - 1, "until"_L1) ||
                         isWord(i - 1, "by"_L1) || isWord(i - 1, "during"_L1) || isWord(i - 1, "from"_L1) ||
                         isWord(i - 1, "through"_L1) || isWord(i - 1, "till"_L1) || isWord(i - 1, "to"_L1) ||
                         (isPunct(i - 1, u'-') && glued(i));
        if ((t.lex->month == 5 || t.lex->month == 3 || t.lex->abbreviation) && !cue)
            return std::nullopt;
        if (!cue && !(isPunct(i + 1, u',') || isPunct(i + 1, u'.')))
            if (t.lex->month == 5 || t.lex->month == 3 || t.lex->abbreviation)
                return std::nullopt;
        const qsizetype b = i - 1;
        if (b >= m_minFirst) {
            const Role rb = roleAt(b);
            if (rb == Role::Last || rb == Role::Next || rb == Role::This) {
                p.pick = rb == Role::Last ? Pick::Last : (rb == Role::Next ? Pick::Next : Pick::This);
                p.firstToken = b;
            } else if (rb == Role::Every || rb == Role::Each) {
                p.kind = ParsedKind::Set;
                p.type = TimexType::Set;
                p.value = u"XXXX-"_s + twoDigits(p.month);
                p.quant = rb == Role::Every ? u"EVERY"_s : u"EACH"_s;
                p.firstToken = b;
                return p;
            }
        }
    }
    extendLeft(p);
    return p;
}

// ---- weekdays ----

std::optional<ParsedTimex> Recognizer::matchWeekday(qsizetype i) {
    const Token &t = m_tokens[size_t(i)];
    const Lexeme *l = t.lex;
    if (!t.capitalized)
        return std::nullopt;
    qsizetype last = i;
    if (l->abbreviation) {
        if (!(isPunct(i + 1, u'.') && glued(i + 1)))
            return std::nullopt;
        last = i + 1;
    }
    ParsedTimex p;
    p.firstToken = i;
    p.lastToken = last;
    p.weekday = l->weekday;
    // "Wednesday, Feb. 7, 2024": the explicit date says it all.
    qsizetype k = last + 1;
    if (isPunct(k, u','))
        ++k;
    if (const Lexeme *m = lexAt(k); m && m->month && at(k)->capitalized) {
        ParsedTimex date;
        bool invalid = false;
        if (auto end = monthDayYear(k, date, invalid); end && date.day > 0) {
            p.month = date.month;
            p.day = date.day;
            p.year = date.year;
            p.weekday = 0;
            p.lastToken = *end;
            return p;
        }
        if (invalid)
            return std::nullopt;
    }
    if (at(k) && at(k)->kind == TokenKind::Number && at(k)->digits <= 2 && !isPunct(k + 1, u':')) {
        if (const Lexeme *m = lexAt(k + 1);
            m && m->month && at(k + 1)->capitalized && isValidMonthDay(m->month, int(at(k)->number))) {
            // "Wednesday 7 February 2024"
            p.day = int(at(k)->number);
            p.month = m->month;
            p.lastToken = k + 1;
            if (m->abbreviation && isPunct(k + 2, u'.'))
                p.lastToken = k + 2;
            qsizetype y = p.lastToken + 1;
            if (isPunct(y, u','))
                ++y;
            if (yearAt(y) > 0) {
                if (!makeDate(yearAt(y), p.month, p.day))
                    return std::nullopt;
                p.year = yearAt(y);
                p.lastToken = y;
            }
            p.weekday = 0;
            return p;
        }
    }
    if (const char16_t *code = partOfDayCode(roleAt(last + 1))) {
        // TimeBank types "Wednesday night" as a DATE whose value names the part of the day.
        p.partOfDay = QString::fromUtf16(code);
        p.lastToken = last + 1;
    }
    const qsizetype b = i - 1;
    if (l->plural || roleAt(b) == Role::Every || roleAt(b) == Role::Each) {
        p.kind = ParsedKind::Set;
        p.type = TimexType::Set;
        p.value = u"XXXX-WXX-"_s + QString::number(p.weekday) +
                  (p.partOfDay.isEmpty() ? QString() : u'T' + p.partOfDay);
        if (b >= m_minFirst && (roleAt(b) == Role::Every || roleAt(b) == Role::Each)) {
            p.quant = roleAt(b) == Role::Every ? u"EVERY"_s : u"EACH"_s;
            p.firstToken = b;
        }
        return p;
    }
    if (b >= m_minFirst) {
        const Role rb = roleAt(b);
        if (rb == Role::Last || rb == Role::Past || rb == Role::Previous) {
            p.pick = Pick::Last;
            p.firstToken = b;
        } else if (rb == Role::Next || rb == Role::Coming) {
            p.pick = Pick::Next;
            p.firstToken = b;
        } else if (rb == Role::This) {
            p.pick = Pick::This;
            p.firstToken = b;
        }
    }
    if (p.type != TimexType::Time)
        extendLeft(p);
    return p;
}

// ---- seasons ----

std::optional<ParsedTimex> Recognizer::matchSeason(qsizetype i) {
    const Lexeme *l = lexAt(i);
    ParsedTimex p;
    p.firstToken = i;
    p.lastToken = i;
    p.season = l->season;
    qsizetype k = i + 1;
    if (isWord(k, "of"_L1))
        ++k;
    if (yearAt(k) > 0) {
        p.year = yearAt(k);
        p.lastToken = k;
    }
    const Role rb = roleAt(i - 1);
    const bool modifier = rb == Role::Last || rb == Role::Next || rb == Role::This || rb == Role::Early ||
                          rb == Role::Late || rb == Role::Mid || rb == Role::Past || rb == Role::Coming ||
                          rb == Role::Every || rb == Role::Each ||
                          (isPunct(i - 1, u'-') && roleAt(i - 2) == Role::Mid);
    const bool inThe = rb == Role::The &&
                       (isWord(i - 2, "in"_L1) || isWord(i - 2, "during"_L1) || isWord(i - 2, "by"_L1) ||
                        isWord(i - 2, "until"_L1) || isWord(i - 2, "this"_L1) || isWord(i - 2, "through"_L1));
    const bool bare = isWord(i - 1, "in"_L1) || isWord(i - 1, "during"_L1) || isWord(i - 1, "since"_L1) ||
                      isWord(i - 1, "until"_L1) || isWord(i - 1, "by"_L1);
    // "fall" and "spring" are also verbs and nouns: alone they need a cue; summer, autumn and winter do not.
    const bool unambiguous =
        isWord(i, "summer"_L1) || isWord(i, "winter"_L1) || isWord(i, "autumn"_L1) ||
        (isWord(i, "spring"_L1) && (rb == Role::The || (at(i)->capitalized && at(i - 1) &&
                                                        !at(i)->newlineBefore && !isPunct(i - 1, u'.'))));
    if (p.year < 0 && !modifier && !unambiguous && !(inThe && l->season != 3) && !(bare && l->season != 3))
        return std::nullopt;
    if (l->plural || rb == Role::Every || rb == Role::Each) {
        p.kind = ParsedKind::Set;
        p.type = TimexType::Set;
        static const char16_t *const codes[] = {u"SP", u"SU", u"FA", u"WI"};
        p.value = u"XXXX-"_s + QString::fromUtf16(codes[p.season - 1]);
        if (rb == Role::Every || rb == Role::Each) {
            p.quant = rb == Role::Every ? u"EVERY"_s : u"EACH"_s;
            p.firstToken = std::max(m_minFirst, i - 1);
        }
        return p;
    }
    if (i - 1 >= m_minFirst) {
        if (rb == Role::Last || rb == Role::Past) {
            p.pick = Pick::Last;
            p.firstToken = i - 1;
        } else if (rb == Role::Next || rb == Role::Coming) {
            p.pick = Pick::Next;
            p.firstToken = i - 1;
        } else if (rb == Role::This) {
            p.pick = Pick::This;
            p.firstToken = i - 1;
        }
    }
    extendLeft(p);
    return p;
}

// ---- units: durations, shifts and sets ----

std::optional<Recognizer::Quantity> Recognizer::quantityBefore(qsizetype u) {
    qsizetype j = u - 1;
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
        } else if (l->number == 100 && k >= m_minFirst && lexAt(k) && lexAt(k)->number > 0 &&
                   lexAt(k)->number < 10) {
            q.count = 100 * lexAt(k)->number;
            q.first = k;
        } else if (l->number >= 100 && roleAt(k) == Role::A && k >= m_minFirst) {
            q.first = k;
        }
        return q;
    }
    if (hyphen)
        return std::nullopt;
    switch (l->role) {
    case Role::A:
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

std::optional<ParsedTimex> Recognizer::matchUnit(qsizetype i) {
    const Lexeme *l = lexAt(i);
    const Unit unit = l->unit;
    ParsedTimex p;
    p.firstToken = i;
    p.lastToken = i;
    p.durationUnit = unit;
    p.unit = precisionOf(unit);

    // "year-earlier profit", "the year-ago quarter": the same period one year before. Business news
    // compares with the period it just reported; the normalizer takes that period when there is one.
    if (unit == Unit::Year && !l->plural && isPunct(i + 1, u'-') && glued(i + 1) && glued(i + 2) &&
        (roleAt(i + 2) == Role::Earlier || roleAt(i + 2) == Role::Ago)) {
        p.kind = ParsedKind::Shift;
        p.amount = -1;
        p.samePeriod = true;
        p.lastToken = i + 2;
        qsizetype k = i + 3;
        qsizetype ordFirst = k;
        if (ordinalAt(k, ordFirst) > 0 && ordFirst == k && lexAt(k + 1) &&
            lexAt(k + 1)->unit == Unit::Quarter)
            ++k;
        const bool period =
            isWord(k, "period"_L1) || (lexAt(k) && lexAt(k)->unit == Unit::Quarter && !lexAt(k)->plural);
        if (period && roleAt(i - 1) == Role::The && i - 1 >= m_minFirst) {
            p.firstToken = i - 1;
            p.lastToken = k;
        }
        return p;
    }

    // Quarters and centuries named by their ordinal: "the third quarter", "third-quarter", "the 19th
    // century".
    if (unit == Unit::Quarter || unit == Unit::Century) {
        qsizetype j = i - 1;
        if (isPunct(j, u'-') && glued(i))
            --j;
        qsizetype first = j;
        const int ord = ordinalAt(j, first);
        if (ord > 0 && first >= m_minFirst && !l->plural) {
            p.firstToken = first;
            if (unit == Unit::Quarter) {
                if (ord > 4)
                    return std::nullopt;
                p.quarter = ord;
                if (roleAt(first - 1) == Role::Fiscal && first - 1 >= m_minFirst)
                    p.firstToken = first - 1;
                qsizetype k = i + 1;
                if (isWord(k, "of"_L1) && yearAt(k + 1) > 0) {
                    p.year = yearAt(k + 1);
                    p.lastToken = k + 1;
                } else if (yearAt(p.firstToken - 1) > 0 && p.firstToken - 1 >= m_minFirst) {
                    p.year = yearAt(p.firstToken - 1);
                    p.firstToken -= 1;
                } else if (isWord(k, "of"_L1) &&
                           (roleAt(k + 1) == Role::This || roleAt(k + 1) == Role::Last ||
                            roleAt(k + 1) == Role::Next) &&
                           lexAt(k + 2) && lexAt(k + 2)->unit == Unit::Year) {
                    p.amount = roleAt(k + 1) == Role::This ? 0 : (roleAt(k + 1) == Role::Last ? -1 : 1);
                    p.value = u"relyear"_s;
                    p.lastToken = k + 2;
                }
            } else {
                p.kind = ParsedKind::Century;
                p.value = twoDigits(ord - 1);
            }
            extendLeft(p);
            return p;
        }
    }

    // every day, each week, every two weeks
    {
        std::optional<Quantity> q = quantityBefore(i);
        qsizetype b = q ? q->first - 1 : i - 1;
        const Role rb = roleAt(b);
        if ((rb == Role::Every || rb == Role::Each) && b >= m_minFirst) {
            p.kind = ParsedKind::Set;
            p.type = TimexType::Set;
            p.amount = q ? q->count : 1;
            p.quant = rb == Role::Every ? u"EVERY"_s : u"EACH"_s;
            p.firstToken = b;
            return p;
        }
        if (rb == Role::Per && b >= m_minFirst && !q) {
            p.kind = ParsedKind::Set;
            p.type = TimexType::Set;
            p.amount = 1;
            p.firstToken = b;
            return p;
        }
        if (q) {
            p.firstToken = q->first;
            p.amount = q->count;
            p.fraction = q->fraction;
            qsizetype k = i + 1;
            // "a 23-year-old", "two years old": ages are not times.
            if ((isPunct(k, u'-') && glued(k) && roleAt(k + 1) == Role::Old) || roleAt(k) == Role::Old) {
                m_skipTo = std::max(m_skipTo, k + 1);
                return std::nullopt;
            }
            if (unit == Unit::Quarter && lexAt(q->first) && lexAt(q->first)->role == Role::Some)
                return std::nullopt;
            // "three-quarters of the vote": a fraction.
            if (unit == Unit::Quarter && l->plural &&
                (isWord(k, "of"_L1) || (isPunct(i - 1, u'-') && glued(i))))
                return std::nullopt;
            if (roleAt(k) == Role::Ago) {
                p.lastToken = k;
                if (q->count < 0) {
                    p.kind = ParsedKind::Reference;
                    p.value = u"PAST_REF"_s;
                } else {
                    p.kind = ParsedKind::Shift;
                    p.amount = -q->count;
                    p.samePeriod = unit == Unit::Year && q->count == 1;
                }
                extendLeft(p);
                return p;
            }
            if ((roleAt(k) == Role::Later || roleAt(k) == Role::Earlier) && q->count >= 0) {
                p.kind = ParsedKind::Shift;
                p.anchor = AnchorOn::PreviousDate;
                p.amount = roleAt(k) == Role::Later ? q->count : -q->count;
                p.samePeriod = unit == Unit::Year && q->count == 1;
                p.lastToken = k;
                extendLeft(p);
                return p;
            }
            if (isWord(k, "from"_L1) && roleAt(k + 1) == Role::Now && q->count >= 0) {
                p.kind = ParsedKind::Shift;
                p.amount = q->count;
                p.lastToken = k + 1;
                return p;
            }
            // "twice a week", "$5 million a year": a rate.
            if (q->article) {
                const qsizetype r = q->first - 1;
                if (isWord(r, "twice"_L1) || isWord(r, "times"_L1) || isWord(r, "once"_L1) ||
                    (at(r) && at(r)->kind == TokenKind::Number) || isWord(r, "million"_L1) ||
                    isWord(r, "billion"_L1) || isWord(r, "percent"_L1) || isPunct(r, u'%')) {
                    if (unit == Unit::Quarter && !isWord(r, "twice"_L1))
                        return std::nullopt;
                    p.kind = ParsedKind::Set;
                    p.type = TimexType::Set;
                    p.amount = 1;
                    if (isWord(r, "twice"_L1))
                        p.freq = u"2X"_s;
                    return p;
                }
                if (unit == Unit::Quarter || unit == Unit::Second)
                    return std::nullopt; // "a quarter of the residents", "a second time"
            }
            p.kind = ParsedKind::Duration;
            p.type = TimexType::Duration;
            if (isPunct(k, u'-') && glued(k) && roleAt(k + 1) == Role::Long)
                p.lastToken = k + 1;
            // the past two days, the next few weeks, the first nine months
            qsizetype b2 = p.firstToken - 1;
            const Role r2 = roleAt(b2);
            // "would last several weeks": "last" is a verb unless "the" or a preposition precedes it.
            const bool lastAsAdjective =
                r2 == Role::Last &&
                (roleAt(b2 - 1) == Role::The || isWord(b2 - 1, "in"_L1) || isWord(b2 - 1, "over"_L1) ||
                 isWord(b2 - 1, "for"_L1) || isWord(b2 - 1, "during"_L1) || at(b2)->capitalized);
            const bool lead = r2 == Role::Past || lastAsAdjective || r2 == Role::Next || r2 == Role::Coming ||
                              r2 == Role::Previous || r2 == Role::Following ||
                              (lexAt(b2) && lexAt(b2)->ordinal == 1) || isWord(b2, "final"_L1) ||
                              isWord(b2, "latest"_L1) || isWord(b2, "remaining"_L1) ||
                              isWord(b2, "additional"_L1) || isWord(b2, "further"_L1);
            if (lead && b2 >= m_minFirst && !q->article) {
                p.firstToken = b2;
                if (roleAt(b2 - 1) == Role::The && b2 - 1 >= m_minFirst)
                    p.firstToken = b2 - 1;
            } else if (r2 == Role::The && b2 >= m_minFirst && !q->article &&
                       !(isPunct(i - 1, u'-') && glued(i))) {
                p.firstToken = b2; // but "the 30-day truce": the article belongs to the noun
            }
            extendLeft(p);
            return p;
        }
    }

    // Without an amount: "last week", "this year", "the last week", "the following day", "that month".
    if (l->plural) {
        const qsizetype b = i - 1;
        if (b >= m_minFirst && roleAt(b) == Role::Recent) {
            // "in recent years": an unspecified stretch of the past, which TimeBank writes PAST_REF.
            p.kind = ParsedKind::Reference;
            p.value = u"PAST_REF"_s;
            p.firstToken = b;
            if (roleAt(b - 1) == Role::Past || roleAt(b - 1) == Role::The)
                p.firstToken = std::max(m_minFirst, b - 1);
            return p;
        }
        if (isWord(b, "for"_L1) || isWord(b, "within"_L1) || isWord(b, "over"_L1)) {
            if (unit == Unit::Quarter || unit == Unit::Second)
                return std::nullopt;
            p.kind = ParsedKind::Duration;
            p.type = TimexType::Duration;
            p.amount = -1;
            return p;
        }
        return std::nullopt;
    }
    qsizetype b = i - 1;
    if (roleAt(b) == Role::Fiscal && b >= m_minFirst) {
        // "fiscal year 2024", "the fiscal year"
        p.firstToken = b;
        if (yearAt(i + 1) > 0) {
            p.year = yearAt(i + 1);
            p.value = u"FY"_s + fourDigits(p.year);
            p.lastToken = i + 1;
            return p;
        }
        b = b - 1;
    }
    // "the end of the year", "the beginning of the month": the current one (or the story's).
    if ((unit == Unit::Year || unit == Unit::Month || unit == Unit::Week) && roleAt(b) == Role::The &&
        isWord(b - 1, "of"_L1) && b - 1 >= m_minFirst &&
        (roleAt(b - 2) == Role::End || roleAt(b - 2) == Role::Beginning || roleAt(b - 2) == Role::Start ||
         roleAt(b - 2) == Role::Middle)) {
        p.kind = ParsedKind::Shift;
        p.amount = 0;
        p.anchor = AnchorOn::StoryOrDct;
        p.firstToken = b;
        extendLeft(p);
        return p;
    }
    if (unit == Unit::Year && yearAt(i + 1) > 0 && roleAt(b) == Role::The) {
        p.year = yearAt(i + 1);
        p.lastToken = i + 1;
        p.firstToken = std::max(m_minFirst, b);
        return p;
    }
    const Role rb = roleAt(b);
    if (b < m_minFirst || !isDeterminerFree(rb)) {
        // "the quarter", "the latest quarter": in business news, the quarter just reported.
        const bool latest = isWord(b, "latest"_L1) && roleAt(b - 1) == Role::The && b - 1 >= m_minFirst;
        if ((rb == Role::The || latest) && b >= m_minFirst && unit == Unit::Quarter &&
            !isWord(i + 1, "of"_L1) && !isPunct(i + 1, u'-')) {
            p.kind = ParsedKind::Shift;
            p.amount = -1;
            p.firstToken = latest ? b - 1 : b;
            return p;
        }
        // "For the year, volume was flat", "the fiscal year", "the week's busiest session": the current
        // one; "the year ended Sept. 30" is the twelve months up to that day.
        if (rb == Role::The && b >= m_minFirst && (unit == Unit::Year || unit == Unit::Week) &&
            !isWord(i + 1, "of"_L1) && !isPunct(i + 1, u'-') && !isWord(i + 1, "before"_L1) &&
            !isWord(i + 1, "after"_L1) && roleAt(i + 1) != Role::Earlier && roleAt(i + 1) != Role::Later &&
            !(at(i + 1) && at(i + 1)->kind == TokenKind::Number) &&
            !(lexAt(i + 1) && lexAt(i + 1)->number >= 0)) {
            p.firstToken = b;
            if (isWord(i + 1, "ended"_L1) || isWord(i + 1, "ending"_L1) || isWord(i + 1, "through"_L1)) {
                p.kind = ParsedKind::Duration;
                p.type = TimexType::Duration;
                p.amount = 1;
                return p;
            }
            p.kind = ParsedKind::Shift;
            p.amount = 0;
            p.anchor = AnchorOn::StoryOrDct;
            return p;
        }
        return std::nullopt;
    }
    const bool the = roleAt(b - 1) == Role::The && b - 1 >= m_minFirst;
    if (unit == Unit::Second || unit == Unit::Minute || unit == Unit::Hour)
        return std::nullopt;
    p.firstToken = the ? b - 1 : b;
    p.kind = ParsedKind::Shift;
    switch (rb) {
    case Role::Last:
    case Role::Past:
        if (the || rb == Role::Past) {
            p.kind = ParsedKind::Duration;
            p.type = TimexType::Duration;
            p.amount = 1;
        } else {
            p.amount = -1;
        }
        break;
    case Role::Next:
    case Role::Coming:
        if (unit == Unit::Day || (the && rb == Role::Next && unit != Unit::Decade && unit != Unit::Century)) {
            p.anchor = the || unit == Unit::Day ? AnchorOn::PreviousDate : AnchorOn::Dct;
            p.amount = 1;
        } else if (the) {
            p.kind = ParsedKind::Duration;
            p.type = TimexType::Duration;
            p.amount = 1;
        } else {
            p.amount = 1;
        }
        break;
    case Role::Previous:
        p.anchor = AnchorOn::PreviousDate;
        p.amount = -1;
        break;
    case Role::Following:
        p.anchor = AnchorOn::PreviousDate;
        p.amount = 1;
        break;
    case Role::Same:
    case Role::That:
        p.anchor = AnchorOn::PreviousDate;
        p.amount = 0;
        if (rb == Role::That && unit == Unit::Day && !isPunct(i + 1, u',') && !isPunct(i + 1, u'.'))
            return std::nullopt; // "that day" is often a noun phrase of its own
        break;
    case Role::This:
    case Role::Current:
        p.amount = 0;
        if (unit == Unit::Day)
            return std::nullopt;
        // "earlier this year", "later this month"
        if (!the && b - 1 >= m_minFirst && (roleAt(b - 1) == Role::Earlier || roleAt(b - 1) == Role::Later)) {
            p.mod = roleAt(b - 1) == Role::Earlier ? u"START"_s : u"END"_s;
            p.firstToken = b - 1;
        }
        break;
    default:
        return std::nullopt;
    }
    if (p.kind == ParsedKind::Duration && unit == Unit::Day)
        return std::nullopt;
    extendLeft(p);
    return p;
}

// ---- single words and their companions ----

std::optional<ParsedTimex> Recognizer::matchRole(qsizetype i) {
    const Lexeme *l = lexAt(i);
    ParsedTimex p;
    p.firstToken = i;
    p.lastToken = i;
    const auto reference = [&](const char16_t *value) {
        p.kind = ParsedKind::Reference;
        p.value = QString::fromUtf16(value);
        return p;
    };
    switch (l->role) {
    case Role::Today:
    case Role::Yesterday:
    case Role::Tomorrow:
    case Role::Tonight: {
        // "today's world", "VOA Today": not the day itself.
        if (l->role == Role::Today && isPunct(i + 1, u'\'') && isWord(i + 2, "s"_L1) && at(i + 3) &&
            at(i + 3)->kind == TokenKind::Word && !at(i + 3)->lex && !at(i + 3)->capitalized)
            return std::nullopt;
        if (at(i)->capitalized && at(i - 1) && at(i - 1)->kind == TokenKind::Word && at(i - 1)->capitalized &&
            !at(i)->newlineBefore)
            return std::nullopt;
        p.kind = ParsedKind::Shift;
        p.unit = Precision::Day;
        p.amount = l->role == Role::Yesterday ? -1 : (l->role == Role::Tomorrow ? 1 : 0);
        if (l->role == Role::Tonight) {
            p.partOfDay = u"NI"_s;
            p.type = TimexType::Time;
        } else if (const char16_t *code = partOfDayCode(roleAt(i + 1))) {
            p.partOfDay = QString::fromUtf16(code);
            p.type = TimexType::Time;
            p.lastToken = i + 1;
        }
        extendLeft(p);
        return p;
    }
    case Role::Morning:
    case Role::Afternoon:
    case Role::Evening:
    case Role::Night: {
        const qsizetype b = i - 1;
        if (b < m_minFirst || l->plural)
            return std::nullopt;
        const Role rb = roleAt(b);
        if (rb != Role::This && !(rb == Role::Last && l->role == Role::Night))
            return std::nullopt;
        p.kind = ParsedKind::Shift;
        p.type = TimexType::Time;
        p.amount = rb == Role::Last ? -1 : 0;
        p.partOfDay = QString::fromUtf16(partOfDayCode(l->role));
        p.firstToken = b;
        if ((roleAt(b - 1) == Role::Earlier || roleAt(b - 1) == Role::Later) && b - 1 >= m_minFirst) {
            p.mod = roleAt(b - 1) == Role::Earlier ? u"START"_s : u"END"_s;
            p.firstToken = b - 1;
        }
        return p;
    }
    case Role::Noon:
    case Role::Midnight: {
        p.kind = ParsedKind::Calendar;
        p.type = TimexType::Time;
        p.hour = l->role == Role::Noon ? 12 : 24;
        p.minute = 0;
        attachDayAfterTime(p);
        if (p.weekday == 0 && p.day == 0 && p.value.isEmpty()) {
            p.value = u"relday"_s; // the dct's day
            p.amount = 0;
        }
        return p;
    }
    case Role::Now:
        if (isWord(i - 1, "from"_L1))
            return std::nullopt;
        return reference(u"PRESENT_REF");
    case Role::PresentRef:
        return reference(u"PRESENT_REF");
    case Role::PastRef:
        return reference(u"PAST_REF");
    case Role::Soon:
        if (isWord(i + 1, "after"_L1) || isWord(i + 1, "as"_L1))
            return std::nullopt;
        return reference(u"FUTURE_REF");
    case Role::Future:
    case Role::Past: {
        qsizetype b = i - 1;
        if (l->role == Role::Future &&
            (isWord(b, "near"_L1) || isWord(b, "distant"_L1) || isWord(b, "foreseeable"_L1)))
            --b;
        if (roleAt(b) != Role::The || b < m_minFirst)
            return std::nullopt;
        // "the past two days", "the past week" belong to the unit that follows.
        const Token *next = at(i + 1);
        if (next && next->kind == TokenKind::Number)
            return std::nullopt;
        if (const Lexeme *n = lexAt(i + 1);
            n &&
            (n->unit != Unit::None || n->number >= 0 || n->role == Role::Few || n->role == Role::Several ||
             n->role == Role::Couple || n->role == Role::Many || n->season || n->weekday || n->month))
            return std::nullopt;
        if (next && next->kind == TokenKind::Word && !next->lex && !next->capitalized &&
            l->role == Role::Future)
            return std::nullopt; // "the future president"
        p.firstToken = b;
        return reference(l->role == Role::Future ? u"FUTURE_REF" : u"PAST_REF");
    }
    case Role::Weekend: {
        if (l->plural)
            return std::nullopt;
        const qsizetype b = i - 1;
        const Role rb = roleAt(b);
        if (b < m_minFirst || !(rb == Role::The || rb == Role::This || rb == Role::Last || rb == Role::Next ||
                                rb == Role::Past || rb == Role::Coming))
            return std::nullopt;
        p.weekend = true;
        p.firstToken = b;
        p.pick = rb == Role::This
                     ? Pick::This
                     : (rb == Role::Last || rb == Role::Past
                            ? Pick::Last
                            : (rb == Role::Next || rb == Role::Coming ? Pick::Next : Pick::ByTense));
        if ((rb == Role::Past || rb == Role::Coming) && roleAt(b - 1) == Role::The && b - 1 >= m_minFirst)
            p.firstToken = b - 1;
        return p;
    }
    case Role::Half: {
        // "the first half of 2024", "the second half"
        qsizetype first = i - 1;
        if (isPunct(first, u'-') && glued(i))
            --first;
        qsizetype ordFirst = first;
        const int ord = ordinalAt(first, ordFirst);
        if (ord < 1 || ord > 2 || ordFirst < m_minFirst)
            return std::nullopt;
        p.half = ord;
        p.firstToken = ordFirst;
        qsizetype k = i + 1;
        if (isWord(k, "of"_L1) && yearAt(k + 1) > 0) {
            p.year = yearAt(k + 1);
            p.lastToken = k + 1;
        } else if (isWord(k, "of"_L1) &&
                   (roleAt(k + 1) == Role::This || roleAt(k + 1) == Role::Last ||
                    roleAt(k + 1) == Role::Next) &&
                   lexAt(k + 2) && lexAt(k + 2)->unit == Unit::Year) {
            p.amount = roleAt(k + 1) == Role::This ? 0 : (roleAt(k + 1) == Role::Last ? -1 : 1);
            p.value = u"relyear"_s;
            p.lastToken = k + 2;
        } else if (!isWord(k, "of"_L1) && !(isPunct(k, u'.') || isPunct(k, u',') || lexAt(k))) {
            if (!(isWord(k, "results"_L1) || isWord(k, "profit"_L1) || isWord(k, "earnings"_L1)))
                return std::nullopt;
        } else if (isWord(k, "of"_L1)) {
            return std::nullopt; // "the first half of the match"
        }
        extendLeft(p);
        return p;
    }
    case Role::SetAdverb:
        // "quarterly dividend", "daily newspaper": an adjective, not a recurrence of the event.
        // TimeBank does tag "daily" before its noun ("daily rallies").
        if (at(i + 1) && at(i + 1)->kind == TokenKind::Word && !at(i + 1)->lex && !at(i + 1)->capitalized &&
            !(l->unit == Unit::Day && l->setUnitCount == 1))
            return std::nullopt;
        p.kind = ParsedKind::Set;
        p.type = TimexType::Set;
        p.durationUnit = l->unit;
        p.amount = l->setUnitCount;
        return p;
    default:
        return std::nullopt;
    }
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
    } else if (roleAt(f - 1) == Role::Of && roleAt(f - 3) == Role::The && allowed(f - 3) &&
               p.kind != ParsedKind::Duration && p.kind != ParsedKind::Set) {
        const Role r = roleAt(f - 2);
        if (r == Role::Beginning || r == Role::Start || r == Role::End || r == Role::Middle) {
            p.mod = r == Role::End ? u"END"_s : (r == Role::Middle ? u"MID"_s : u"START"_s);
            f -= 3;
        }
    }
    // "the" belongs to quarters, halves, seasons, decades, centuries and durations, not to named days.
    const bool takesThe = p.kind == ParsedKind::Decade || p.kind == ParsedKind::Century ||
                          p.kind == ParsedKind::Duration || p.quarter || p.half ||
                          (p.season && p.mod.isEmpty()) || !p.mod.isEmpty() || p.weekend;
    // Hyphenated adjectives ("the third-quarter results", "the 30-day truce") leave "the" to their noun.
    const bool hyphenated = p.firstToken != p.lastToken && isPunct(p.lastToken - 1, u'-') &&
                            glued(p.lastToken) && p.mod.isEmpty();
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
        } else if (r == Role::MoreThan && !startsWithThe && allowed(f - 1)) {
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
