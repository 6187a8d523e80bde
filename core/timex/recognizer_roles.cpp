#include "timex/recognizer.h"
#include "timex/recognizer_words.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace annals::timex {

// ---- single words and their companions ----

// "nineteen ninety-six", "in nineteen seventy": a year said in words (broadcast transcripts).
std::optional<ParsedTimex> Recognizer::matchSpelledYear(qsizetype i) {
    qsizetype last = i;
    const int year = anyYearAt(i, last, false);
    // "nineteen twenty-year-olds", "nineteen thirty-second spots": counts, not years.
    if (year < 0 || (lexAt(last + 1) && lexAt(last + 1)->unit != Unit::None) ||
        (isPunct(last + 1, u'-') && glued(last + 1)))
        return std::nullopt;
    ParsedTimex p;
    p.firstToken = i;
    p.lastToken = last;
    p.year = year;
    extendLeft(p);
    return p;
}

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
        // "the next morning", "the following evening": the day after the one last spoken of.
        if ((rb == Role::Next || rb == Role::Following) && roleAt(b - 1) == Role::The &&
            b - 1 >= m_minFirst) {
            p.kind = ParsedKind::Shift;
            p.type = TimexType::Time;
            p.amount = 1;
            p.anchor = AnchorOn::PreviousDate;
            p.partOfDay = QString::fromUtf16(partOfDayCode(l->role));
            p.firstToken = b - 1;
            return p;
        }
        // "at mid-afternoon (yesterday)", "by mid afternoon": that part of the day named next, or of today.
        const bool midHyphen = isPunct(b, u'-') && glued(i) && glued(b) && roleAt(b - 1) == Role::Mid;
        if ((rb == Role::Mid || midHyphen) && (midHyphen ? b - 1 : b) >= m_minFirst) {
            p.kind = ParsedKind::Calendar;
            p.type = TimexType::Time;
            p.partOfDay = QString::fromUtf16(partOfDayCode(l->role));
            p.firstToken = midHyphen ? b - 1 : b;
            attachDayAfterTime(p);
            if (p.weekday == 0 && p.day == 0 && p.value.isEmpty()) {
                p.value = u"relday"_s;
                p.amount = 0;
            }
            return p;
        }
        // "in the morning", "during the afternoon": of the day in the news (4 of 4 tagged in TimeBank).
        const bool dayPart =
            rb == Role::The && l->role != Role::Night && b - 1 >= m_minFirst &&
            (isWord(b - 1, "in"_L1) || isWord(b - 1, "during"_L1) || isWord(b - 1, "by"_L1)) &&
            !nounAfter(i) &&         // "in the morning session"
            !isWord(i + 1, "of"_L1); // "in the morning of 29 April": the date's part, taken with the date
        if (rb != Role::This && rb != Role::That && !(rb == Role::Last && l->role == Role::Night) && !dayPart)
            return std::nullopt;
        p.kind = ParsedKind::Shift;
        p.type = TimexType::Time;
        p.amount = rb == Role::Last ? -1 : 0;
        if (rb == Role::That)
            p.anchor = AnchorOn::PreviousDate; // "that evening": of the day just told of
        p.partOfDay = QString::fromUtf16(partOfDayCode(l->role));
        p.firstToken = b;
        if ((roleAt(b - 1) == Role::Earlier || roleAt(b - 1) == Role::Later) && b - 1 >= m_minFirst) {
            p.mod = roleAt(b - 1) == Role::Earlier ? u"START"_s : u"END"_s;
            p.firstToken = b - 1;
        }
        return p;
    }
    case Role::Overnight: {
        // "Rain fell overnight", "Overnight, police ...": the night before the news, or the coming one when
        // told ahead (normalizer); "an overnight stay", "overnight trading" are kinds of things.
        if (nounAfter(i) || roleAt(i - 1) == Role::A || roleAt(i - 1) == Role::The || isPunct(i + 1, u'-'))
            return std::nullopt;
        // "almost overnight", "became a star overnight": suddenly, not in the night.
        static constexpr QLatin1StringView suddenly[] = {"almost"_L1,      "virtually"_L1, "seemingly"_L1,
                                                         "practically"_L1, "literally"_L1, "nearly"_L1};
        if (isAnyWord(i - 1, suddenly))
            return std::nullopt;
        for (qsizetype k = std::max(m_minFirst, i - 4); k < i; ++k)
            if (isWord(k, "became"_L1) || isWord(k, "become"_L1) || isWord(k, "becomes"_L1))
                return std::nullopt;
        p.type = TimexType::Time;
        p.value = u"overnight"_s;
        p.partOfDay = u"NI"_s;
        return p;
    }
    case Role::Noon:
    case Role::Midnight: {
        if (isWord(i - 1, "high"_L1))
            return std::nullopt; // "high noon": a showdown
        p.kind = ParsedKind::Calendar;
        p.type = TimexType::Time;
        p.hour = l->role == Role::Noon ? 12 : 24;
        p.minute = 0;
        attachDayAfterTime(p);
        return p;
    }
    case Role::Now:
        if (isWord(i - 1, "from"_L1))
            return std::nullopt;
        // "Now, he says, ...": a discourse marker opening the sentence, not a time.
        if (at(i)->capitalized && isPunct(i + 1, u','))
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
        // "for the foreseeable future": an idiom for "indefinitely"; TimeBank leaves it untagged (2 of 2).
        if (isWord(i - 1, "foreseeable"_L1))
            return std::nullopt;
        if (isWord(i + 1, "of"_L1))
            return std::nullopt; // "the future of the region": a prospect, not a time
        qsizetype b = i - 1;
        if (l->role == Role::Future && (isWord(b, "near"_L1) || isWord(b, "distant"_L1)))
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
        const qsizetype b = i - 1;
        const Role rb = roleAt(b);
        // "on weekends", "at weekends", "every (other) weekend": a recurrence, not one weekend.
        int step = 0;
        const qsizetype every = l->plural ? -1 : everyNthBefore(i, step);
        if (every >= 0 || (!l->plural && (rb == Role::Every || rb == Role::Each) && b >= m_minFirst) ||
            (l->plural && (isWord(b, "on"_L1) || isWord(b, "at"_L1) || isWord(b, "during"_L1)))) {
            p.kind = ParsedKind::Set;
            p.type = TimexType::Set;
            p.value = u"XXXX-WXX-WE"_s;
            if (!l->plural) {
                p.quant = rb == Role::Each ? u"EACH"_s : u"EVERY"_s;
                p.firstToken = every >= 0 ? every : b;
            }
            return p;
        }
        if (l->plural)
            return std::nullopt;
        if (b < m_minFirst || !(rb == Role::The || rb == Role::This || rb == Role::Last || rb == Role::Next ||
                                rb == Role::Past || rb == Role::Coming || rb == Role::That))
            return std::nullopt;
        if (rb == Role::That) { // "That weekend, protests spread": the weekend of the week being told
            p.weekend = true;
            p.firstToken = b;
            p.pick = Pick::This;
            p.anchor = AnchorOn::PreviousDate;
            return p;
        }
        // "the weekend of March 2": the date takes it (extendLeft).
        if (rb == Role::The && isWord(i + 1, "of"_L1) && lexAt(i + 2) && lexAt(i + 2)->month)
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
        // "the last half of 1989", "the latter half": the second one.
        const int ord =
            (roleAt(first) == Role::Last || isWord(first, "latter"_L1)) && roleAt(first - 1) == Role::The
                ? 2
                : ordinalAt(first, ordFirst);
        if (ord < 1 || ord > 2 || ordFirst < m_minFirst)
            return std::nullopt;
        p.half = ord;
        p.firstToken = ordFirst;
        qsizetype k = i + 1;
        if (isWord(k, "of"_L1) && yearAt(k + 1) > 0) {
            p.year = yearAt(k + 1);
            p.lastToken = k + 1;
        } else if (const qsizetype end = ofYearAt(k, p); end > 0) {
            p.lastToken = end; // "the first half of this year", "... of the year"
        } else if (!isWord(k, "of"_L1) && !(isPunct(k, u'.') || isPunct(k, u',') || lexAt(k))) {
            if (!(isWord(k, "results"_L1) || isWord(k, "profit"_L1) || isWord(k, "earnings"_L1)))
                return std::nullopt;
        } else if (isWord(k, "of"_L1)) {
            return std::nullopt; // "the first half of the match"
        } else if (p.year < 0 && matchTalkNear(i)) {
            return std::nullopt; // "scored early in the second half": of the match
        }
        extendLeft(p);
        return p;
    }
    case Role::YearHead:
        return matchSpelledYear(i);
    case Role::Current: {
        // "current market conditions", "his current post": TimeBank tags the adjective as PRESENT_REF
        // (10 times in 17); "then current" is a past present. "The current year" belongs to its unit; the
        // economists' "current account" and a river's "current" are not times.
        const Lexeme *n = lexAt(i + 1);
        const Token *next = at(i + 1);
        if (!next || next->kind != TokenKind::Word ||
            (n && (n->unit != Unit::None || n->season || n->role == Role::Fiscal)) ||
            isWord(i + 1, "account"_L1) || isWord(i + 1, "accounts"_L1) || isPunct(i + 1, u'-'))
            return std::nullopt;
        if (isWord(i - 1, "then"_L1) && i - 1 >= m_minFirst) {
            p.firstToken = i - 1;
            return reference(u"PAST_REF");
        }
        return reference(u"PRESENT_REF");
    }
    case Role::Term: {
        // "in the near term", "over the long term": TimeBank's FUTURE_REF.
        if (l->plural ||
            !(isWord(i - 1, "near"_L1) || isWord(i - 1, "short"_L1) || isWord(i - 1, "long"_L1)) ||
            roleAt(i - 2) != Role::The || i - 2 < m_minFirst || isPunct(i + 1, u'-'))
            return std::nullopt;
        p.firstToken = i - 2;
        return reference(u"FUTURE_REF");
    }
    case Role::DecadeName: {
        // "the nineties", "the early eighties": a decade of the twentieth century.
        qsizetype b = i - 1;
        if (roleAt(b) == Role::Early || roleAt(b) == Role::Late || roleAt(b) == Role::Mid) {
            p.mod = roleAt(b) == Role::Early ? u"START"_s : (roleAt(b) == Role::Late ? u"END"_s : u"MID"_s);
            --b;
        }
        if (roleAt(b) != Role::The || b < m_minFirst)
            return std::nullopt;
        p.kind = ParsedKind::Decade;
        p.value = u"19"_s + QString::number(l->number / 10);
        p.firstToken = b;
        extendLeft(p); // "the last half of the '80s"
        return p;
    }
    case Role::Period: {
        // "the corresponding period last year", "the same period a year earlier": the reported period, a
        // year back.
        if (const qsizetype end = yearBackAfter(i + 1);
            end > 0 && !l->plural && roleAt(i - 2) == Role::The && i - 2 >= m_minFirst &&
            (isWord(i - 1, "corresponding"_L1) || isWord(i - 1, "comparable"_L1) ||
             isWord(i - 1, "same"_L1))) {
            p.firstToken = i - 2;
            samePeriodYearBefore(p, end);
            return p;
        }
        // "the latest period": the reporting period just closed, as "the latest quarter".
        if (l->plural || !isWord(i - 1, "latest"_L1) || roleAt(i - 2) != Role::The || i - 2 < m_minFirst)
            return std::nullopt;
        p.kind = ParsedKind::Shift;
        p.unit = Precision::Quarter;
        p.amount = -1;
        p.firstToken = i - 2;
        return p;
    }
    case Role::SetAdverb:
        // "quarterly dividend", "daily newspaper": an adjective, not a recurrence of the event.
        // TimeBank does tag "daily" before its noun ("daily rallies").
        // ("sails weekly in winter": a preposition after it leaves it an adverb.)
        if (nounAfter(i) && !(l->unit == Unit::Day && l->setUnitCount == 1))
            return std::nullopt;
        // "twice weekly", "three times daily": the frequency belongs to the recurrence.
        if (const qsizetype first = timesAt(i - 1, p.freq); first >= 0)
            p.firstToken = first;
        // "to grow 20% annually", "10,000 units annually": the rate of an amount, as "$5 million a year".
        else if (l->unit != Unit::Day && amountBefore(i))
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
} // namespace annals::timex
