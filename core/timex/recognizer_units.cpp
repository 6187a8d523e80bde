#include "timex/recognizer.h"
#include "timex/recognizer_words.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace annals::timex {

// ---- units: durations, shifts and sets ----

std::optional<ParsedTimex> Recognizer::matchUnit(qsizetype i) {
    const Lexeme *l = lexAt(i);
    const Unit unit = l->unit;
    ParsedTimex p;
    p.firstToken = i;
    p.lastToken = i;
    p.durationUnit = unit;
    p.unit = precisionOf(unit);

    // "2h ago", "45 min", "3 hr": the short forms are units only after a number ("the H-bomb", "Min" are
    // not).
    if ((isWord(i, "h"_L1) || isWord(i, "hr"_L1) || isWord(i, "min"_L1)) &&
        (at(i)->capitalized || !at(i - 1) || at(i - 1)->kind != TokenKind::Number))
        return std::nullopt;

    if (matchYearEdge(i, p))
        return p;

    // Quarters and centuries named by their ordinal: "the third quarter", "third-quarter", "the 19th
    // century".
    if (unit == Unit::Quarter || unit == Unit::Century) {
        qsizetype j = i - 1;
        if (isPunct(j, u'-') && glued(i))
            --j;
        qsizetype first = j;
        int ord = ordinalAt(j, first);
        // "the last quarter of 2023", "... of the year": the fourth.
        if (ParsedTimex probe; ord <= 0 && unit == Unit::Quarter && roleAt(j) == Role::Last &&
                               roleAt(j - 1) == Role::The &&
                               (yearAt(i + 2) > 0 ? isWord(i + 1, "of"_L1) : ofYearAt(i + 1, probe) > 0)) {
            ord = 4;
            first = j;
        }
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
                } else if (qsizetype yearFirst = 0; const std::optional<int> shift =
                                                        relativeYearPossessive(p.firstToken - 1, yearFirst)) {
                    // "next year's first quarter"
                    p.amount = *shift;
                    p.value = u"relyear"_s;
                    p.firstToken = yearFirst;
                    return p;
                } else if (const qsizetype end = ofYearAt(k, p); end > 0) {
                    p.lastToken = end; // "the second quarter of last year", "... of the year"
                }
            } else {
                p.kind = ParsedKind::Century;
                p.value = twoDigits(ord - 1);
            }
            extendLeft(p);
            return p;
        }
    }

    // every day, each week, every two weeks; three weeks, two years ago
    if (std::optional<ParsedTimex> counted; matchCountedUnit(i, p, counted))
        return counted;

    // Without an amount: "last week", "this year", "the last week", "the following day", "that month".
    if (l->plural) {
        const qsizetype b = i - 1;
        const bool ahead = roleAt(b) == Role::Coming || roleAt(b) == Role::Future;
        if (b >= m_minFirst && (roleAt(b) == Role::Recent || ahead)) {
            // "in recent years": an unspecified stretch of the past, which TimeBank writes PAST_REF;
            // "in coming months", "future quarters": of the future.
            p.kind = ParsedKind::Reference;
            p.value = ahead ? u"FUTURE_REF"_s : u"PAST_REF"_s;
            p.firstToken = b;
            if (roleAt(b - 1) == Role::Past || roleAt(b - 1) == Role::The)
                p.firstToken = std::max(m_minFirst, b - 1);
            return p;
        }
        // "these days": the present; "in past years": the past.
        if (b >= m_minFirst && ((isWord(b, "these"_L1) && unit == Unit::Day) ||
                                (roleAt(b) == Role::Past && roleAt(b - 1) != Role::The))) {
            p.kind = ParsedKind::Reference;
            p.value = unit == Unit::Day && isWord(b, "these"_L1) ? u"PRESENT_REF"_s : u"PAST_REF"_s;
            p.firstToken = b;
            return p;
        }
        const bool unspecified = isWord(b, "for"_L1) || isWord(b, "within"_L1) || isWord(b, "over"_L1);
        // "in the weeks before the vote", "the years that followed": an unstated stretch next to an event,
        // which TimeBank draws on the unit word alone; "the weeks ahead" keeps its article.
        const bool weeksAhead = roleAt(b) == Role::The && isWord(i + 1, "ahead"_L1);
        const bool nextToEvent = (roleAt(i + 1) == Role::Before || roleAt(i + 1) == Role::After ||
                                  roleAt(i + 1) == Role::Following || isWord(i + 1, "leading"_L1) ||
                                  (roleAt(i + 1) == Role::That && isWord(i + 2, "followed"_L1))) &&
                                 (roleAt(b) == Role::The || !lexAt(b) || roleAt(b) == Role::And);
        // "died weeks later", "only months before": an unstated number of units away.
        const bool bareShift =
            roleAt(b) != Role::The && (roleAt(i + 1) == Role::Later || roleAt(i + 1) == Role::Earlier ||
                                       (roleAt(i + 1) == Role::Before && isPunct(i + 2, u';')));
        if (bareShift) {
            p.kind = ParsedKind::Duration;
            p.type = TimexType::Duration;
            p.amount = -1;
            p.lastToken = i + 1;
            return p;
        }
        // "after months of negotiations", "Weeks of talks": an unstated stretch filled with something.
        const bool stretchOf = isWord(i + 1, "of"_L1) && at(i + 2) && at(i + 2)->kind == TokenKind::Word &&
                               !at(i + 2)->capitalized && !lexAt(i + 2) && roleAt(b) != Role::The &&
                               !(b >= 0 && at(b) && at(b)->kind == TokenKind::Number);
        // "the following days", "the intervening years", "the ensuing months", "the previous weeks": an
        // unstated stretch next to the date just told of (TimeBank and WikiWars tag them 4 of 4, as
        // durations).
        const bool beside =
            roleAt(b - 1) == Role::The && b - 1 >= m_minFirst &&
            (roleAt(b) == Role::Following || roleAt(b) == Role::Previous || isWord(b, "ensuing"_L1) ||
             isWord(b, "intervening"_L1) || isWord(b, "preceding"_L1) || isWord(b, "subsequent"_L1));
        if (beside && unit != Unit::Quarter && unit != Unit::Second) {
            p.kind = ParsedKind::Duration;
            p.type = TimexType::Duration;
            p.amount = -1;
            p.firstToken = b - 1;
            return p;
        }
        if (unspecified || weeksAhead || nextToEvent || stretchOf) {
            if (unit == Unit::Quarter || unit == Unit::Second)
                return std::nullopt;
            p.kind = ParsedKind::Duration;
            p.type = TimexType::Duration;
            p.amount = -1;
            if (weeksAhead && b >= m_minFirst) {
                p.firstToken = b;
                p.lastToken = i + 1;
            }
            // "within weeks or months": one vague stretch.
            if (isWord(i + 1, "or"_L1) && lexAt(i + 2) && lexAt(i + 2)->unit != Unit::None &&
                lexAt(i + 2)->plural)
                p.lastToken = i + 2;
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
    // "the end of the year", "the beginning of the month", "the end of the decade": the current one (or the
    // story's).
    if ((unit == Unit::Year || unit == Unit::Month || unit == Unit::Week ||
         ((unit == Unit::Decade || unit == Unit::Century) && !l->plural)) &&
        roleAt(b) == Role::The && isWord(b - 1, "of"_L1) && b - 1 >= m_minFirst &&
        (roleAt(b - 2) == Role::End || roleAt(b - 2) == Role::Beginning || roleAt(b - 2) == Role::Start ||
         roleAt(b - 2) == Role::Middle)) {
        p.kind = ParsedKind::Shift;
        p.amount = 0;
        p.anchor = AnchorOn::StoryOrDct;
        p.firstToken = b;
        extendLeft(p);
        return p;
    }
    // "the year 2000", "the year two thousand"
    if (qsizetype yearEnd = i + 1; unit == Unit::Year && roleAt(b) == Role::The) {
        if (const int year = anyYearAt(i + 1, yearEnd, true); year > 0) {
            p.year = year;
            p.lastToken = yearEnd;
            p.firstToken = std::max(m_minFirst, b);
            return p;
        }
    }
    // "last year's quarter": the same quarter a year before the one being reported.
    if (qsizetype yearFirst = 0; unit == Unit::Quarter) {
        if (const std::optional<int> shift = relativeYearPossessive(b, yearFirst); shift && *shift == -1) {
            samePeriodYearBefore(p, p.lastToken);
            p.firstToken = yearFirst;
            return p;
        }
    }
    const Role rb = roleAt(b);
    // "this time last year", "the same time next year": the month a year away, not the whole year.
    if (unit == Unit::Year && !l->plural && (rb == Role::Last || rb == Role::Next) &&
        isWord(b - 1, "time"_L1) &&
        (isWord(b - 2, "this"_L1) || (isWord(b - 2, "same"_L1) && roleAt(b - 3) == Role::The)) &&
        b - (isWord(b - 2, "same"_L1) ? 3 : 2) >= m_minFirst) {
        p.kind = ParsedKind::Shift;
        p.unit = Precision::Month;
        p.amount = rb == Role::Last ? -12 : 12;
        p.firstToken = b - (isWord(b - 2, "same"_L1) ? 3 : 2);
        return p;
    }
    // "the same quarter last year", "the same quarter a year earlier": the reported quarter, a year back.
    if (const qsizetype end = yearBackAfter(i + 1); end > 0 && rb == Role::Same && unit == Unit::Quarter &&
                                                    roleAt(b - 1) == Role::The && b - 1 >= m_minFirst) {
        p.firstToken = b - 1;
        samePeriodYearBefore(p, end);
        return p;
    }
    if (b < m_minFirst || !isDeterminerFree(rb)) {
        // "the quarter", "the latest quarter": in business news, the quarter just reported; "the latest
        // (fiscal) year" likewise the last one closed.
        const bool latest = isWord(b, "latest"_L1) && roleAt(b - 1) == Role::The && b - 1 >= m_minFirst;
        if ((rb == Role::The || latest) && b >= m_minFirst &&
            (unit == Unit::Quarter || (latest && unit == Unit::Year)) && !isWord(i + 1, "of"_L1) &&
            !isPunct(i + 1, u'-')) {
            p.kind = ParsedKind::Shift;
            p.amount = -1;
            p.firstToken = latest ? b - 1 : b;
            if (const qsizetype end = yearBackAfter(i + 1); end > 0 && !latest)
                samePeriodYearBefore(p, end); // "the quarter a year ago"
            else if (unit == Unit::Quarter && !latest)
                quarterEndedOn(i + 1, p); // "the quarter ended Sept. 30"
            return p;
        }
        // "sales for the full year": the current year as a whole.
        if (isWord(b, "full"_L1) && roleAt(b - 1) == Role::The && b - 1 >= m_minFirst && unit == Unit::Year &&
            !isWord(i + 1, "of"_L1)) {
            p.kind = ParsedKind::Shift;
            p.amount = 0;
            p.anchor = AnchorOn::StoryOrDct;
            p.firstToken = b - 1;
            return p;
        }
        // "The week before, protesters had gathered", "the day after.": a step from the date just told of.
        // ("the day before the vote" counts from an event, which has no date here.)
        if (rb == Role::The && b >= m_minFirst && !l->plural &&
            (roleAt(i + 1) == Role::Before || roleAt(i + 1) == Role::After) &&
            (isPunct(i + 2, u',') || isPunct(i + 2, u'.') || isPunct(i + 2, u';') || !at(i + 2)) &&
            unit >= Unit::Day && unit <= Unit::Year && unit != Unit::Quarter) {
            p.kind = ParsedKind::Shift;
            p.anchor = AnchorOn::PreviousDate;
            p.amount = (roleAt(i + 1) == Role::Before ? -1 : 1) * l->unitMultiple;
            p.firstToken = b;
            p.lastToken = i + 1;
            return p;
        }
        // "later in the day", "earlier in the day": the day the story is telling (TimeBank draws "the day").
        if (rb == Role::The && b >= m_minFirst && unit == Unit::Day && !l->plural && isWord(b - 1, "in"_L1) &&
            (roleAt(b - 2) == Role::Earlier || roleAt(b - 2) == Role::Later)) {
            p.kind = ParsedKind::Shift;
            p.amount = 0;
            p.anchor = AnchorOn::PreviousDate;
            p.firstToken = b;
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
            // "earlier in the year", "Late in the year": that part of it, drawn with the span (4 of 4).
            if (isWord(b - 1, "in"_L1) && b - 2 >= m_minFirst &&
                (roleAt(b - 2) == Role::Early || roleAt(b - 2) == Role::Late ||
                 roleAt(b - 2) == Role::Earlier || roleAt(b - 2) == Role::Later)) {
                p.mod =
                    roleAt(b - 2) == Role::Early || roleAt(b - 2) == Role::Earlier ? u"START"_s : u"END"_s;
                p.firstToken = b - 2;
            }
            return p;
        }
        return std::nullopt;
    }
    const bool the = roleAt(b - 1) == Role::The && b - 1 >= m_minFirst;
    if (unit == Unit::Second || unit == Unit::Minute || unit == Unit::Hour)
        return std::nullopt;
    // "next year's first quarter", "last year's quarter": one expression, read from the quarter.
    if (unit == Unit::Year && isPunct(i + 1, u'\'') && isWord(i + 2, "s"_L1) && glued(i + 1)) {
        const qsizetype k = lexAt(i + 3) && lexAt(i + 3)->ordinal ? i + 4 : i + 3;
        if (lexAt(k) && lexAt(k)->unit == Unit::Quarter && !lexAt(k)->plural)
            return std::nullopt;
    }
    p.firstToken = the ? b - 1 : b;
    p.kind = ParsedKind::Shift;
    switch (rb) {
    case Role::Last:
    case Role::Past:
        // "over the past year": the year before the current one, as TimeBank types it (2 of 2), like
        // "last year"; "for the past year" is a stretch instead. "The last week" is the seven days up to
        // now, a DURATION unlike "last week" (TimeML's own example); so are the last month and quarter, and
        // "the past decade" is the last ten years, not the previous decade (the gold splits 1 to 1).
        if (the && !isWord(i + 1, "of"_L1) && unit == Unit::Year && !isWord(b - 2, "for"_L1)) {
            p.amount = -1;
        } else if (the || rb == Role::Past) {
            p.kind = ParsedKind::Duration;
            p.type = TimexType::Duration;
            p.amount = 1;
        } else {
            p.amount = -1;
        }
        break;
    case Role::Next:
    case Role::Coming:
        // "the next day", "the next week": the one after the date told of; "the next fortnight", like "the
        // next two weeks", a stretch ahead.
        if (unit == Unit::Day || (the && rb == Role::Next && unit != Unit::Decade && unit != Unit::Century &&
                                  l->unitMultiple == 1)) {
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
        if (rb == Role::Same && roleAt(b - 1) == Role::That && b - 1 >= m_minFirst)
            p.firstToken = b - 1; // "that same day"
        // "later that month", "earlier that day"
        if (!the && (roleAt(p.firstToken - 1) == Role::Earlier || roleAt(p.firstToken - 1) == Role::Later) &&
            p.firstToken - 1 >= m_minFirst) {
            p.mod = roleAt(p.firstToken - 1) == Role::Earlier ? u"START"_s : u"END"_s;
            p.firstToken -= 1;
        }
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
    if (isWord(i + 1, "or"_L1) && isWord(i + 2, "so"_L1)) {
        p.mod = u"APPROX"_s; // "the next year or so"
        p.lastToken = i + 2;
    }
    extendLeft(p);
    return p;
}

} // namespace annals::timex
