#include "timex/recognizer.h"
#include "timex/recognizer_words.h"

using namespace Qt::StringLiterals;

namespace annals::timex {

// ---- clock times: "18:13", "6:30 p.m.", "1230 GMT", and the day that follows them ----

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
    // "9.30am" (British): a dot between hours and minutes, trusted only with am/pm or a zone after it.
    const bool dotted = isPunct(j, u'.');
    if ((dotted || isPunct(j, u':')) && glued(j) && glued(j + 1) && at(j + 1) &&
        at(j + 1)->kind == TokenKind::Number && at(j + 1)->digits == 2 && at(j + 1)->number < 60) {
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
    // "at 4 in the morning", "by 9 in the evening"
    const Role part = roleAt(j + 2);
    if (!meridiem && p.hour <= 12 && isWord(j, "in"_L1) && roleAt(j + 1) == Role::The &&
        (part == Role::Morning || part == Role::Afternoon || part == Role::Evening) &&
        (isWord(i - 1, "at"_L1) || isWord(i - 1, "by"_L1) || isWord(i - 1, "until"_L1) ||
         isWord(i - 1, "around"_L1))) {
        meridiem = part == Role::Morning ? 1 : 2;
        last = j + 2;
    }
    if ((!hasMinutes || (dotted && !isZone(j))) && !meridiem)
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
    if (const qsizetype zone = zoneEnd(last + 1); zone > 0)
        last = zone;
    p.lastToken = last;
    attachDayAfterTime(p);
    const qsizetype before = p.firstToken - 1;
    if (before >= m_minFirst && roleAt(before) == Role::Approx) {
        p.firstToken = before;
        p.mod = u"APPROX"_s;
    }
    return p;
}

// "1230 GMT", "at 0630 local time": wire copy writes clock times as four digits; a zone (or "local time"
// after "at") tells them from years.
std::optional<ParsedTimex> Recognizer::matchFourDigitClock(qsizetype i) {
    const Token &t = m_tokens[size_t(i)];
    const int hour = int(t.number / 100);
    const int minute = int(t.number % 100);
    if (hour > 23 || minute > 59)
        return std::nullopt;
    qsizetype last = i;
    if (const qsizetype zone = zoneEnd(i + 1); zone > 0)
        last = zone;
    else if (isWord(i - 1, "at"_L1) && isWord(i + 1, "local"_L1) && isWord(i + 2, "time"_L1))
        last = i + 2;
    else
        return std::nullopt;
    ParsedTimex p;
    p.firstToken = i;
    p.lastToken = last;
    p.type = TimexType::Time;
    p.hour = hour;
    p.minute = minute;
    attachDayAfterTime(p);
    return p;
}

void Recognizer::attachDayAfterTime(ParsedTimex &p) {
    qsizetype k = p.lastToken + 1;
    // "7 a.m. (0500 GMT) on Friday", and the "0500 GMT" inside the brackets: the day after the brackets dates
    // the clock time, which stays an expression of its own.
    qsizetype bracketEnd = -1;
    if (isPunct(k, u')')) {
        bracketEnd = k;
    } else if (isPunct(k, u'(')) {
        for (qsizetype j = k + 1; j <= k + 6 && at(j) && bracketEnd < 0; ++j)
            if (isPunct(j, u')'))
                bracketEnd = j;
    }
    if (bracketEnd > 0) {
        const qsizetype last = p.lastToken;
        p.lastToken = bracketEnd;
        attachDayAfterTime(p);
        p.lastToken = last;
        return;
    }
    if (isPunct(k, u','))
        ++k;
    if (isWord(k, "local"_L1) && isWord(k + 1, "time"_L1)) // "3 a.m. local time Sunday"
        k += 2;
    if (isWord(k, "on"_L1))
        ++k;
    const Lexeme *l = lexAt(k);
    if (!l)
        return;
    if (l->weekday && !l->plural && at(k)->capitalized) {
        p.weekday = l->weekday;
        p.lastToken = k;
        // A header's "18:13 PM ET, Wed February 7, 2024": the date that follows the weekday names the day.
        k += isPunct(k + 1, u',') ? 2 : 1;
        l = lexAt(k);
        if (!l || !l->month || !at(k)->capitalized)
            return;
    }
    if (l->role == Role::Today || l->role == Role::Yesterday || l->role == Role::Tomorrow) {
        p.kind = ParsedKind::Calendar;
        p.amount = l->role == Role::Today ? 0 : (l->role == Role::Yesterday ? -1 : 1);
        p.pick = Pick::This;
        p.value = u"relday"_s;
        p.lastToken = k;
    } else if (l->month && at(k)->capitalized) {
        bool invalid = false;
        if (auto last = dayAfter(k, p, invalid))
            p.lastToken = *last;
    }
}

} // namespace annals::timex
