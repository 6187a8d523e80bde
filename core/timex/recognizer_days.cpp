#include "timex/holidays.h"
#include "timex/recognizer.h"
#include "timex/recognizer_words.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace annals::timex {

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
    if (i - 1 >= m_minFirst && at(i - 1)->capitalized && !at(i)->newlineBefore)
        for (const NamedWeekday &named : namedWeekdays())
            if (named.weekday == l->weekday && isWord(i - 1, QLatin1StringView(named.adjective))) {
                m_skipTo = std::max(m_skipTo, last);
                if (!named.holiday)
                    return std::nullopt; // "Black Monday", "Super Tuesday"
                p.weekday = 0;
                p.holiday = named.holiday; // "Good Friday", "Black Friday"
                p.holidayOffset = named.offsetDays;
                p.firstToken = i - 1;
                if (qsizetype yearEnd = last; anyYearAt(last + 1, yearEnd, true) > 0) {
                    p.year = anyYearAt(last + 1, yearEnd, true);
                    p.lastToken = yearEnd;
                }
                pickFromWordBefore(i - 2, p);
                return p;
            }
    // "Wednesday, Feb. 7, 2024": the explicit date says it all.
    qsizetype k = last + 1;
    if (isPunct(k, u','))
        ++k;
    if (const Lexeme *m = lexAt(k); m && m->month && at(k)->capitalized) {
        bool invalid = false;
        if (auto end = dayAfter(k, p, invalid)) {
            p.weekday = 0;
            p.lastToken = *end;
            pickFromWordBefore(i - 1, p); // "this coming Sunday, March 8"
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
    int step = 0;
    const qsizetype every = l->plural ? -1 : everyNthBefore(i, step); // "every other Tuesday"
    // "Sunday mornings", "Friday nights": that part of every such day.
    const bool pluralPart = !p.partOfDay.isEmpty() && lexAt(p.lastToken)->plural;
    if (l->plural || pluralPart || openingDays(i, p.lastToken) || roleAt(b) == Role::Every ||
        roleAt(b) == Role::Each || every >= 0) {
        p.kind = ParsedKind::Set;
        p.type = TimexType::Set;
        p.value = u"XXXX-WXX-"_s + QString::number(p.weekday) +
                  (p.partOfDay.isEmpty() ? QString() : u'T' + p.partOfDay);
        if (every >= 0) {
            p.quant = u"EVERY"_s;
            p.firstToken = every;
        } else if (b >= m_minFirst && (roleAt(b) == Role::Every || roleAt(b) == Role::Each)) {
            p.quant = roleAt(b) == Role::Every ? u"EVERY"_s : u"EACH"_s;
            p.firstToken = b;
        }
        return p;
    }
    // "the first Tuesday of every month": a monthly recurrence, not this week's Tuesday.
    if (qsizetype ordFirst = b;
        isWord(p.lastToken + 1, "of"_L1) &&
        (roleAt(p.lastToken + 2) == Role::Every || roleAt(p.lastToken + 2) == Role::Each) &&
        lexAt(p.lastToken + 3) && lexAt(p.lastToken + 3)->unit == Unit::Month &&
        !lexAt(p.lastToken + 3)->plural && (ordinalAt(b, ordFirst) > 0 || roleAt(b) == Role::Last) &&
        ordFirst >= m_minFirst) {
        p.kind = ParsedKind::Set;
        p.type = TimexType::Set;
        p.value = u"P1M"_s;
        p.quant = roleAt(p.lastToken + 2) == Role::Every ? u"EVERY"_s : u"EACH"_s;
        p.firstToken =
            roleAt(ordFirst - 1) == Role::The && ordFirst - 1 >= m_minFirst ? ordFirst - 1 : ordFirst;
        p.lastToken += 3;
        return p;
    }
    pickFromWordBefore(b, p);
    if (p.type != TimexType::Time)
        extendLeft(p);
    return p;
}

// ---- holidays ----

// "Thanksgiving", "Thanksgiving Day", "Christmas Eve", "Easter Sunday", "Election Day", "last Christmas",
// "Christmas 1963". Not "Christmas trees" or "Easter Island": a following noun makes it a modifier.
std::optional<ParsedTimex> Recognizer::matchHoliday(qsizetype i) {
    const Token &t = m_tokens[size_t(i)];
    const Lexeme *l = t.lex;
    if (!t.capitalized)
        return std::nullopt;
    ParsedTimex p;
    p.firstToken = i;
    p.lastToken = i;
    p.holiday = l->holiday;
    qsizetype k = i + 1;
    const bool day = lexAt(k) && lexAt(k)->unit == Unit::Day && !lexAt(k)->plural && at(k)->capitalized;
    if (holidays()[size_t(l->holiday - 1)].needsDay && !day)
        return std::nullopt;
    if (day) {
        p.lastToken = k++;
    } else if (isWord(k, "eve"_L1) && at(k)->capitalized) {
        p.holidayOffset = -1;
        p.lastToken = k++;
    } else if (const Lexeme *w = lexAt(k); w && w->weekday && !w->plural && at(k)->capitalized) {
        // "Easter Sunday", "Easter Monday": days of the holiday's week.
        if (holidays()[size_t(l->holiday - 1)].month != 0)
            return std::nullopt;
        p.holidayOffset = w->weekday % 7;
        p.lastToken = k++;
    } else if (const Token *n = at(k); n && n->kind == TokenKind::Word) {
        if (n->capitalized && !n->lex)
            return std::nullopt; // "Easter Island", "Christmas Carol"
        static const char *const modified[] = {
            "tree",   "trees",  "card",  "cards",   "gift",     "gifts",  "shopping", "dinner",
            "party",  "egg",    "eggs",  "carol",   "carols",   "lights", "sales",    "market",
            "island", "rising", "music", "message", "messages", "spirit", "parade",   "turkey"};
        for (const char *w : modified)
            if (isWord(k, QLatin1StringView(w)))
                return std::nullopt;
    }
    if (const char16_t *code = partOfDayCode(roleAt(k)); code && !lexAt(k)->plural) {
        p.partOfDay = QString::fromUtf16(code); // "Christmas night"
        p.lastToken = k++;
    } else if (const Lexeme *w = lexAt(k); w && w->unit == Unit::Week && !w->plural && !at(k)->capitalized) {
        p.unit = Precision::Week; // "Easter week": the week the holiday falls in
        p.lastToken = k;
    }
    if (isPunct(k, u','))
        ++k;
    if (const int year = yearAt(k); year > 0) {
        p.year = year;
        p.lastToken = k;
    }
    if (p.year < 0)
        pickFromWordBefore(i - 1, p);
    return p;
}

} // namespace annals::timex
