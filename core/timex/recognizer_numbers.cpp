#include "timex/recognizer.h"
#include "timex/recognizer_words.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace annals::timex {

// ---- numbers: ISO and slashed dates, day-month dates, years, decades, centuries ----
// (clock times: recognizer_clock.cpp)

std::optional<ParsedTimex> Recognizer::matchNumber(qsizetype i) {
    const Token &t = m_tokens[size_t(i)];
    // Parts of "1,500" or "3.5" never start a date.
    if (glued(i) && (isPunct(i - 1, u',') || isPunct(i - 1, u'.')) && at(i - 2) &&
        at(i - 2)->kind == TokenKind::Number && glued(i - 1))
        return std::nullopt;
    if (isPunct(i + 1, u',') && glued(i + 1) && glued(i + 2) && at(i + 2) &&
        at(i + 2)->kind == TokenKind::Number && at(i + 2)->digits == 3)
        return std::nullopt;

    if (auto cjk = matchCjkDate(i))
        return cjk;
    if (auto code = matchPeriodCode(i))
        return code;
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
    // 2/7/2024 (US order), 14/2/2024 (day first, as only a day can be over 12), 14.02.2024 (day first)
    const bool dotted = isPunct(i + 1, u'.') && isPunct(i + 3, u'.');
    if (t.digits <= 2 && (dotted || (isPunct(i + 1, u'/') && isPunct(i + 3, u'/'))) && glued(i + 1) &&
        glued(i + 2) && at(i + 2) && at(i + 2)->kind == TokenKind::Number && at(i + 2)->digits <= 2 &&
        glued(i + 3) && glued(i + 4) && at(i + 4) && at(i + 4)->kind == TokenKind::Number &&
        (at(i + 4)->digits == 4 || (at(i + 4)->digits == 2 && !dotted)) &&
        !(glued(i + 5) && at(i + 5) && at(i + 5)->kind != TokenKind::Punct)) {
        m_skipTo = i + 4;
        int year = int(at(i + 4)->number);
        if (at(i + 4)->digits == 2)
            year += year < 50 ? 2000 : 1900;
        const int first = int(t.number);
        const int second = int(at(i + 2)->number);
        const bool dayFirst = dotted || (first > 12 && second <= 12);
        p.month = dayFirst ? second : first;
        p.day = dayFirst ? first : second;
        using Order = ParsedTimex::NumericOrder;
        if (!dotted)
            p.numericOrder = first > 12                       ? Order::DayFirst
                             : second > 12 || first == second ? Order::MonthFirst
                                                              : Order::Unstated;
        if (!makeDate(year, p.month, p.day)) {
            rejectImpossible(i, i + 4);
            return std::nullopt;
        }
        p.year = year;
        p.lastToken = i + 4;
        return p;
    }
    // "the 470s BC": a decade before Christ, named by the era's years (BC047, 479..470 BC).
    if (t.digits >= 2 && t.digits <= 4 && t.number % 10 == 0 && isWord(i + 1, "s"_L1) && glued(i + 1)) {
        if (const qsizetype era = bcMarkerEnd(i + 2); era > 0) {
            p.kind = ParsedKind::Decade;
            p.value = u"BC"_s + QString::number(t.number / 10).rightJustified(3, u'0');
            p.lastToken = era;
            extendLeft(p);
            return p;
        }
    }
    // 241 BC, 146 B.C.
    if (t.digits <= 4 && t.number > 0) {
        const qsizetype last = bcMarkerEnd(i + 1);
        // "499-493 BC", "264 to 241 BC": the era of the range's end applies to its start.
        const qsizetype end = i + 2;
        if (last < 0 && isRangeJoin(i + 1) && at(end) && at(end)->kind == TokenKind::Number &&
            at(end)->digits <= 4 && at(end)->number < t.number && bcMarkerEnd(end + 1) > 0) {
            p.kind = ParsedKind::Reference;
            p.value = u"BC"_s + fourDigits(int(t.number));
            return p;
        }
        if (last > 0) {
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
        if (auto range = matchDayRange(i))
            return range;
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
            } else if (const qsizetype end = relativeYearAt(last + 1, p); end > 0) {
                last = end; // "1 January next year"
            } else if (const qsizetype told = storyYearAt(last + 1, p); told > 0) {
                last = told; // "25 July of that year"
            } else if (p.value.isEmpty()) {
                year = rangeEndYear(last, l->month); // "3 March to 5 April 1918"
            }
            m_skipTo = last;
            if (year > 0 ? !makeDate(year, l->month, day) : !isValidMonthDay(l->month, day)) {
                rejectImpossible(i, last);
                return std::nullopt;
            }
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
                // "the 4th century BC": the era's centuries counted the same way (BC03, 399..300 BC).
                if (const qsizetype era = bcMarkerEnd(k + 1); era > 0) {
                    p.value = u"BC"_s + p.value;
                    p.lastToken = era;
                }
                extendLeft(p);
                return p;
            }
        }
        if (auto day = matchDayOfMonth(i))
            return day;
        // "1915-16", "2006-07": the end of a range of years keeps the century of its start.
        if (t.digits == 2 && (isPunct(i - 1, u'-') || isPunct(i - 1, u'\u2013')) && glued(i) &&
            glued(i - 1) && yearAt(i - 2) > 0 && yearAt(i - 2) % 100 < int(t.number) &&
            !isPunct(i + 1, u'-')) {
            p.year = yearAt(i - 2) / 100 * 100 + int(t.number);
            return p;
        }
        // '99, ’89: a year written with its last two digits ("the class of '99", "the Club of '89"); not a
        // measure (5'11"), a quoted number ('99'), a quoted title or a decade ('90s).
        const bool apostrophe = (isPunct(i - 1, u'\'') || isPunct(i - 1, u'\u2019')) && glued(i);
        if (t.digits == 2 && apostrophe &&
            !(glued(i - 1) && at(i - 2) && at(i - 2)->kind != TokenKind::Punct) &&
            !(at(i + 1) && glued(i + 1) && at(i + 1)->kind != TokenKind::Punct) &&
            !(isPunct(i + 1, u'\'') || isPunct(i + 1, u'\u2019')) &&
            !(at(i + 1) && at(i + 1)->kind == TokenKind::Word && at(i + 1)->capitalized && lexAt(i + 1))) {
            // (The last test: a quoted title, "'60 Minutes'", "'24 Hours'".)
            p.shortYear = int(t.number);
            p.firstToken = i - 1;
            return p;
        }
        // '90s
        if (t.digits == 2 && apostrophe && isWord(i + 1, "s"_L1) && glued(i + 1) && t.number % 10 == 0) {
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
    if (auto clock = matchFourDigitClock(i))
        return clock;
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
        // "the 1777 campaign", "the 1784 Treaty of Mangalore", the 1780 "Moonlight Battle": a year naming
        // an event.
        if (isWord(i - 1, "the"_L1) || isWord(i - 1, "for"_L1)) {
            const qsizetype name = isPunct(i + 1, u'"') || isPunct(i + 1, u'\u201C') ? i + 2 : i + 1;
            strict = strict || eventNounAt(i + 1) ||
                     (at(name) && at(name)->capitalized && at(name)->kind == TokenKind::Word &&
                      isWord(i - 1, "the"_L1));
        }
        // "plan operations for 1777,": a count would name what it counts.
        if (isWord(i - 1, "for"_L1) && (isPunct(i + 1, u',') || isPunct(i + 1, u'.') || isPunct(i + 1, u';')))
            strict = true;
        // "as late as 1781", "as early as 1620"
        if (isWord(i - 1, "as"_L1) && isWord(i - 3, "as"_L1) &&
            (roleAt(i - 2) == Role::Late || roleAt(i - 2) == Role::Early))
            strict = true;
        strict = strict || yearSawAfter(i);
        // "1775-1780", "1790, 1794": a year next to another year.
        if ((isPunct(i - 1, u'-') || isPunct(i - 1, u'\u2013') || isPunct(i - 1, u',')) && yearAt(i - 2) > 0)
            strict = true;
        // "1,200 jobs in 2009 and 1500 more": a list or range of years does not go back centuries.
        if ((isWord(i - 1, "and"_L1) || isWord(i - 1, "to"_L1) || isWord(i - 1, "through"_L1)) &&
            yearAt(i - 2) >= 1800)
            return std::nullopt;
        if ((isPunct(i + 1, u'-') || isPunct(i + 1, u'\u2013')) && yearAt(i + 2) > 0)
            strict = true;
        if (!strict)
            return std::nullopt;
    }
    p.year = year;
    if (roleAt(i - 1) == Role::The && i - 1 >= m_minFirst) {
        // "the 1988 third quarter", "the 1989 first half": that year's period; "the 1988 quarter", "the
        // 1988 period": in quarterly results, the reported period of that year.
        const Lexeme *n = lexAt(i + 1);
        const int ordinal = n ? n->ordinal : 0;
        const Lexeme *after = lexAt(ordinal ? i + 2 : i + 1);
        const bool singular = after && !after->plural && !isPunct(ordinal ? i + 3 : i + 2, u'-');
        if (singular && ordinal >= 1 && ordinal <= 4 && after->unit == Unit::Quarter) {
            p.quarter = ordinal;
        } else if (singular && ordinal >= 1 && ordinal <= 2 && after->role == Role::Half) {
            p.half = ordinal;
        } else if (singular && !ordinal && (after->unit == Unit::Quarter || after->role == Role::Period)) {
            p.samePeriod = true;
            p.namesPeriod = true;
        }
        if (p.quarter || p.half || p.samePeriod) {
            p.firstToken = i - 1;
            p.lastToken = ordinal ? i + 2 : i + 1;
            return p;
        }
    }
    if (roleAt(i - 1) == Role::Fiscal && i - 1 >= m_minFirst) {
        p.firstToken = i - 1;
        p.value = u"FY"_s + fourDigits(year);
    }
    // "1994 or later", "1990 and beyond", "1980 or earlier": an open end, inside the span (2 of 2).
    if ((isWord(i + 1, "or"_L1) && (roleAt(i + 2) == Role::Later || roleAt(i + 2) == Role::Earlier)) ||
        (isWord(i + 1, "and"_L1) && isWord(i + 2, "beyond"_L1))) {
        p.mod = roleAt(i + 2) == Role::Earlier ? u"ON_OR_BEFORE"_s : u"ON_OR_AFTER"_s;
        p.lastToken = i + 2;
    }
    extendLeft(p);
    return p;
}

// "on the 15th", "by the 20th of next month": a day of the month the story is in, or of the one named.
std::optional<ParsedTimex> Recognizer::matchDayOfMonth(qsizetype i) {
    const Token &t = m_tokens[size_t(i)];
    if (!ordinalSuffix(i + 1) || t.number < 1 || t.number > 31 || roleAt(i - 1) != Role::The)
        return std::nullopt;
    ParsedTimex p;
    p.firstToken = i - 1;
    p.day = int(t.number);
    const Lexeme *month = lexAt(i + 4);
    const Role which = roleAt(i + 3);
    if (isWord(i + 2, "of"_L1) && month && month->unit == Unit::Month && !month->plural &&
        (which == Role::This || which == Role::Next || which == Role::Last)) {
        p.value = u"relmonthday"_s;
        p.amount = which == Role::This ? 0 : (which == Role::Next ? 1 : -1);
        p.lastToken = i + 4;
        return p;
    }
    // Alone, only after a preposition of time and before no noun: "the 15th anniversary", "the 3rd
    // Division" are not days.
    const bool preposition = isWord(i - 2, "on"_L1) || isWord(i - 2, "by"_L1) || isWord(i - 2, "until"_L1) ||
                             isWord(i - 2, "since"_L1) || isWord(i - 2, "before"_L1) ||
                             isWord(i - 2, "after"_L1);
    const Token *next = at(i + 2);
    if (!preposition || nounAfter(i + 1) ||
        (next && next->kind == TokenKind::Word &&
         (next->capitalized || (next->lex && next->lex->unit != Unit::None))))
        return std::nullopt;
    p.lastToken = i + 1;
    return p;
}

bool Recognizer::isRangeJoin(qsizetype k) const {
    return isPunct(k, u'-') || isPunct(k, u'\u2013') || isWord(k, "to"_L1) || isWord(k, "and"_L1) ||
           isWord(k, "through"_L1);
}

// "6-7 January 1916", "15 to 22 February": the first day of a range takes the month and year of its end;
// "April 6-7", "May 4 and 5": the end takes the month (and year) of its start.
std::optional<ParsedTimex> Recognizer::matchDayRange(qsizetype i) {
    const Token &t = m_tokens[size_t(i)];
    if (t.number < 1 || t.number > 31)
        return std::nullopt;
    ParsedTimex p;
    p.firstToken = i;
    p.lastToken = ordinalSuffix(i + 1) ? i + 1 : i; // "the 6th-7th"
    p.day = int(t.number);
    qsizetype end = p.lastToken + 2;
    if (p.lastToken > i && roleAt(end) == Role::The)
        ++end; // "the 13th to the 19th of October 1950"
    if (isRangeJoin(p.lastToken + 1) && at(end) && at(end)->kind == TokenKind::Number &&
        at(end)->digits <= 2 && at(end)->number > t.number) {
        ParsedTimex date;
        qsizetype m = ordinalSuffix(end + 1) ? end + 2 : end + 1;
        if (m > end + 1 && isWord(m, "of"_L1))
            ++m;
        if (const Lexeme *l = lexAt(m);
            l && l->month && at(m)->capitalized && isValidMonthDay(l->month, p.day)) {
            bool invalid = false;
            monthDayYear(m, date, invalid); // only for the year
            p.month = l->month;
            p.year = date.year;
            return p;
        }
        return std::nullopt;
    }
    const qsizetype start = i - 1;
    const qsizetype first = ordinalSuffix(start - 1) ? start - 2 : start - 1;
    if (!isRangeJoin(start) || !at(first) || at(first)->kind != TokenKind::Number ||
        at(first)->number >= t.number)
        return std::nullopt;
    const qsizetype month = isPunct(first - 1, u'.') ? first - 2 : first - 1; // "Oct. 6-7"
    const Lexeme *l = lexAt(month);
    if (!l || !l->month || !at(month)->capitalized || !isValidMonthDay(l->month, p.day))
        return std::nullopt;
    p.month = l->month;
    qsizetype k = p.lastToken + 1;
    if (isPunct(k, u','))
        ++k;
    if (yearAt(k) > 0) {
        p.year = yearAt(k);
        p.lastToken = k;
    }
    return p;
}

qsizetype Recognizer::bcMarkerEnd(qsizetype j) const {
    if (!at(j) || !at(j)->capitalized)
        return -1;
    if (isWord(j, "bc"_L1) || isWord(j, "bce"_L1))
        return j;
    if (isWord(j, "b"_L1) && isPunct(j + 1, u'.') && isWord(j + 2, "c"_L1) && glued(j + 2))
        return isPunct(j + 3, u'.') && glued(j + 3) ? j + 3 : j + 2;
    return -1;
}

int Recognizer::bcYearAt(qsizetype k, qsizetype &last) const {
    const Token *t = at(k);
    if (!t || t->kind != TokenKind::Number || t->digits > 4 || t->number <= 0)
        return 0;
    const qsizetype end = bcMarkerEnd(k + 1);
    if (end < 0)
        return 0;
    last = end;
    return int(t->number);
}

} // namespace annals::timex
