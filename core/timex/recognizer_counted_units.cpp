#include "timex/recognizer.h"
#include "timex/recognizer_words.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace annals::timex {

// With an amount before the unit word ("three weeks", "a day", "several months ago", "twice a week") or a
// word that makes a set of it ("every day", "every other week"). Returns true when that decides the
// expression (`out` holds it, or nothing when the words are no time at all); false to read the unit on its
// own ("last week", "the year").
bool Recognizer::matchCountedUnit(qsizetype i, ParsedTimex &p, std::optional<ParsedTimex> &out) {
    const Lexeme *l = lexAt(i);
    const Unit unit = l->unit;
    const auto decide = [&out](std::optional<ParsedTimex> result) {
        out = std::move(result);
        return true;
    };
    std::optional<Quantity> q = quantityBefore(i);
    // "a day-long meeting", "decades-long feud": one or an unstated number of units; the article
    // belongs to the noun.
    if ((!q || q->article) && isPunct(i + 1, u'-') && glued(i + 1) && glued(i + 2) &&
        roleAt(i + 2) == Role::Long) {
        p.kind = ParsedKind::Duration;
        p.type = TimexType::Duration;
        p.amount = l->plural ? -1 : 1;
        p.lastToken = i + 2;
        return decide(p);
    }
    // "two to three weeks", "12 to 18 months": a range of amounts, vague as a whole.
    if (q && !q->article && q->count > 0 && q->fraction == 0) {
        const qsizetype r = q->first - 1;
        if ((isWord(r, "to"_L1) || isWord(r, "or"_L1)) && r - 1 >= m_minFirst)
            if (std::optional<Quantity> low = quantityBefore(r);
                low && !low->article && low->count > 0 && low->count < q->count && low->fraction == 0) {
                q->first = low->first;
                q->count = -1;
            }
    }
    // "every other week", "every third year": one occurrence in so many units.
    if (int step = 0; !q && !l->plural) {
        if (const qsizetype every = everyNthBefore(i, step); every >= 0 && unit != Unit::Quarter) {
            p.kind = ParsedKind::Set;
            p.type = TimexType::Set;
            p.amount = step;
            p.quant = u"EVERY"_s;
            p.firstToken = every;
            return decide(p);
        }
    }
    qsizetype b = q ? q->first - 1 : i - 1;
    const Role rb = roleAt(b);
    // "every second month": the ordinal of the unit after it, not a second of time.
    if (!q && unit == Unit::Second && l->ordinal && lexAt(i + 1) && lexAt(i + 1)->unit != Unit::None)
        return decide(std::nullopt);
    if ((rb == Role::Every || rb == Role::Each) && b >= m_minFirst) {
        p.kind = ParsedKind::Set;
        p.type = TimexType::Set;
        p.amount = q ? q->count : 1;
        p.quant = rb == Role::Every ? u"EVERY"_s : u"EACH"_s;
        p.firstToken = b;
        return decide(p);
    }
    if (rb == Role::Per && b >= m_minFirst && !q) {
        p.kind = ParsedKind::Set;
        p.type = TimexType::Set;
        p.amount = 1;
        p.firstToken = b;
        return decide(p);
    }
    if (q) {
        p.firstToken = q->first;
        p.amount = q->count;
        p.fraction = q->fraction;
        p.mixedFraction = q->mixed;
        qsizetype k = i + 1;
        // "a 23-year-old", "two years old": ages are not times.
        if ((isPunct(k, u'-') && glued(k) && roleAt(k + 1) == Role::Old) || roleAt(k) == Role::Old) {
            m_skipTo = std::max(m_skipTo, k + 1);
            return decide(std::nullopt);
        }
        if (unit == Unit::Quarter && lexAt(q->first) && lexAt(q->first)->role == Role::Some)
            return decide(std::nullopt);
        // "three-quarters of the vote": a fraction.
        if (unit == Unit::Quarter && l->plural && (isWord(k, "of"_L1) || (isPunct(i - 1, u'-') && glued(i))))
            return decide(std::nullopt);
        // "a week or so ago", "the next year or so": an approximation.
        const bool orSo = isWord(k, "or"_L1) && isWord(k + 1, "so"_L1);
        if (orSo) {
            p.mod = u"APPROX"_s;
            k += 2;
        }
        // "a decade ago" and "a decade earlier" are the year ten years back, not the previous decade:
        // counted in years. ("Two decades earlier" in a history keeps the decade, as WikiWars writes it.)
        const int yearsPerUnit = unit == Unit::Decade ? 10 : (unit == Unit::Century ? 100 : 0);
        const auto stepInYears = [&] {
            if (yearsPerUnit > 0) {
                p.amount *= yearsPerUnit;
                p.unit = Precision::Year;
            }
        };
        // "a quarter of a century ago", "a year and a half ago": a step in the whole years or months the
        // fraction comes to; a fraction that does not come to any ("1.5 months ago") is only "the past".
        const auto fractionalStepBack = [&](double amount) {
            const double years = yearsPerUnit > 0 ? amount * yearsPerUnit : -1;
            const double whole = years > 0 ? years : (unit == Unit::Year ? amount * 12 : -1);
            p.lastToken = k;
            if (whole > 0 && std::abs(whole - std::round(whole)) < 1e-9) {
                p.kind = ParsedKind::Shift;
                p.unit = years > 0 ? Precision::Year : Precision::Month;
                p.amount = -int(std::round(whole));
            } else {
                p.kind = ParsedKind::Reference;
                p.value = u"PAST_REF"_s;
            }
            extendLeft(p);
            return p;
        };
        if (roleAt(k) == Role::Ago && q->fraction > 0)
            return decide(fractionalStepBack(q->fraction));
        if (roleAt(k) == Role::And && roleAt(k + 1) == Role::A && roleAt(k + 2) == Role::Half &&
            roleAt(k + 3) == Role::Ago && q->count >= 1 && q->fraction == 0) {
            k += 3;
            return decide(fractionalStepBack(q->count + 0.5));
        }
        if (roleAt(k) == Role::Ago) {
            p.lastToken = k;
            if (q->count < 0) {
                p.kind = ParsedKind::Reference;
                p.value = u"PAST_REF"_s;
            } else {
                p.kind = ParsedKind::Shift;
                p.amount = -q->count;
                p.samePeriod = unit == Unit::Year && q->count == 1;
                stepInYears();
            }
            extendLeft(p);
            return decide(p);
        }
        if ((roleAt(k) == Role::Later || roleAt(k) == Role::Earlier) && q->count >= 0) {
            p.kind = ParsedKind::Shift;
            p.anchor = AnchorOn::PreviousDate;
            p.amount = roleAt(k) == Role::Later ? q->count : -q->count;
            p.samePeriod = unit == Unit::Year && q->count == 1;
            if (q->count == 1)
                stepInYears();
            p.lastToken = k;
            extendLeft(p);
            return decide(p);
        }
        if (isWord(k, "from"_L1) && roleAt(k + 1) == Role::Now && q->count >= 0) {
            p.kind = ParsedKind::Shift;
            p.amount = q->count;
            p.lastToken = k + 1;
            return decide(p);
        }
        // "twice a week": a frequency, a SET. "$5 million a year", "20% a year" are rates of an amount,
        // which TimeBank leaves untagged (6 of 8 times).
        if (q->article) {
            const qsizetype r = q->first - 1;
            if ((at(r) && at(r)->kind == TokenKind::Number) || isWord(r, "million"_L1) ||
                isWord(r, "billion"_L1) || isWord(r, "percent"_L1) || isPunct(r, u'%') ||
                isWord(r, "thousand"_L1)) {
                m_skipTo = std::max(m_skipTo, i);
                return decide(std::nullopt);
            }
            // "four flights a week", "700 seats a week": a count of things per unit, a rate as well
            // (untagged 2 of 3).
            const Token *noun = at(r);
            if (noun && noun->kind == TokenKind::Word && !noun->lex && noun->length() > 2 &&
                !isWord(r, "times"_L1) && m_text[noun->end - 1] == u's' &&
                ((at(r - 1) && at(r - 1)->kind == TokenKind::Number) ||
                 (lexAt(r - 1) && lexAt(r - 1)->number > 0) || isWord(r - 1, "thousand"_L1) ||
                 isWord(r - 1, "million"_L1))) {
                m_skipTo = std::max(m_skipTo, i);
                return decide(std::nullopt);
            }
            if (isWord(r, "twice"_L1) || isWord(r, "times"_L1) || isWord(r, "once"_L1)) {
                if (unit == Unit::Quarter && !isWord(r, "twice"_L1))
                    return decide(std::nullopt);
                p.kind = ParsedKind::Set;
                p.type = TimexType::Set;
                p.amount = 1;
                // TimeML spans the frequency with its unit: "twice a week", "three times a day".
                if (const qsizetype first = timesAt(r, p.freq); first >= 0)
                    p.firstToken = first;
                return decide(p);
            }
            if (unit == Unit::Quarter || unit == Unit::Second)
                return decide(std::nullopt); // "a quarter of the residents", "a second time"
        }
        // "24 hours a day", "eight hours a week": a rate, which TimeBank leaves untagged.
        if (roleAt(k) == Role::A && lexAt(k + 1) && lexAt(k + 1)->unit != Unit::None && !q->article) {
            m_skipTo = std::max(m_skipTo, k + 1);
            return decide(std::nullopt);
        }
        // "a 24-hour helpline", "the 24-hour store": open around the clock, not a stretch of 24 hours.
        if (unit == Unit::Hour && q->count == 24 && isPunct(i - 1, u'-') && glued(i) &&
            roundTheClockNoun(k)) {
            m_skipTo = std::max(m_skipTo, i);
            return decide(std::nullopt);
        }
        p.kind = ParsedKind::Duration;
        p.type = TimexType::Duration;
        if (orSo)
            p.lastToken = k - 1;
        else if (isPunct(k, u'-') && glued(k) && roleAt(k + 1) == Role::Long)
            p.lastToken = k + 1;
        // "a year and a half", "an hour and a half"
        if (roleAt(k) == Role::And && roleAt(k + 1) == Role::A && roleAt(k + 2) == Role::Half &&
            q->count >= 1 && q->fraction == 0) {
            p.fraction = q->count + 0.5;
            p.mixedFraction = true;
            p.lastToken = k + 2;
        }
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
        return decide(p);
    }
    return false;
}

} // namespace annals::timex
