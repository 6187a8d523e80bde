#include "timex/recognizer.h"
#include "timex/recognizer_words.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace annals::timex {

qsizetype Recognizer::relativeYearAt(qsizetype k, ParsedTimex &p) const {
    const Role r = roleAt(k);
    if (!(r == Role::This || r == Role::Last || r == Role::Next) || !lexAt(k + 1) ||
        lexAt(k + 1)->unit != Unit::Year || lexAt(k + 1)->plural)
        return -1;
    p.value = u"relyear"_s;
    p.amount = r == Role::This ? 0 : (r == Role::Last ? -1 : 1);
    return k + 1;
}

qsizetype Recognizer::ofYearAt(qsizetype k, ParsedTimex &p) const {
    if (!isWord(k, "of"_L1))
        return -1;
    if (const qsizetype end = relativeYearAt(k + 1, p); end > 0)
        return end;
    // "of the year": the current one, unless a step follows ("of the year before").
    const Lexeme *year = lexAt(k + 2);
    if (roleAt(k + 1) != Role::The || !year || year->unit != Unit::Year || year->plural ||
        isWord(k + 3, "before"_L1) || isWord(k + 3, "after"_L1) || roleAt(k + 3) == Role::Earlier ||
        roleAt(k + 3) == Role::Later || (isPunct(k + 3, u'-') && glued(k + 3)))
        return -1;
    p.value = u"relyear"_s;
    p.amount = 0;
    p.anchor = AnchorOn::StoryOrDct;
    return k + 2;
}

qsizetype Recognizer::storyYearAt(qsizetype k, ParsedTimex &p) const {
    if (!isWord(k, "of"_L1))
        return -1;
    qsizetype j = k + 1;
    int amount = 0;
    if (roleAt(j) == Role::That) {
        j += roleAt(j + 1) == Role::Same ? 2 : 1;
    } else if (roleAt(j) == Role::The) {
        const Role r = roleAt(j + 1);
        if (r != Role::Same && r != Role::Following && r != Role::Next && r != Role::Previous)
            return -1;
        amount = r == Role::Same ? 0 : (r == Role::Previous ? -1 : 1);
        j += 2;
    } else {
        return -1;
    }
    const Lexeme *year = lexAt(j);
    if (!year || year->unit != Unit::Year || year->plural)
        return -1;
    p.value = u"relyear"_s;
    p.amount = amount;
    p.anchor = AnchorOn::PreviousDate;
    return j;
}

std::optional<qsizetype> Recognizer::dayAfter(qsizetype i, ParsedTimex &p, bool &invalid) {
    ParsedTimex date;
    const std::optional<qsizetype> end = monthDayYear(i, date, invalid);
    if (!end || date.day == 0)
        return std::nullopt;
    p.month = date.month;
    p.day = date.day;
    p.year = date.year;
    return end;
}

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
    // "March eighth" (transcripts): a spelled ordinal day, when nothing it could qualify follows.
    const bool spelledDay = d && d->kind == TokenKind::Word && d->lex && d->lex->ordinal > 0 &&
                            (!at(j + 1) || at(j + 1)->kind != TokenKind::Word) &&
                            !(isPunct(j + 1, u'-') && glued(j + 1));
    if ((spelledDay || (d && d->kind == TokenKind::Number && d->digits <= 2)) && !clock &&
        !(isPunct(j + 1, u'.') && glued(j + 1) && at(j + 2) && at(j + 2)->kind == TokenKind::Number)) {
        p.day = spelledDay ? int(d->lex->ordinal) : int(d->number);
        last = j;
        if (ordinalSuffix(j + 1))
            last = j + 1;
        qsizetype k = last + 1;
        if (isPunct(k, u','))
            ++k;
        if (yearAt(k) > 0) {
            p.year = yearAt(k);
            last = k;
        } else if (const qsizetype end = relativeYearAt(last + 1, p); end > 0) {
            last = end; // "March 3 next year"
        } else if (const qsizetype told = storyYearAt(last + 1, p); told > 0) {
            last = told; // "July 25 of that year"
        }
        const bool ok = p.year > 0 ? bool(makeDate(p.year, p.month, p.day)) : isValidMonthDay(p.month, p.day);
        if (!ok) {
            invalid = true;
            rejectImpossible(i, last);
            return std::nullopt;
        }
        return last;
    }
    qsizetype k = last + 1;
    if (isPunct(k, u',') || isWord(k, "of"_L1))
        ++k;
    qsizetype yearEnd = k;
    if (const int year = anyYearAt(k, yearEnd, true); year > 0) {
        p.year = year;
        return yearEnd;
    }
    // "August 480 BC": written out, as the calendar arithmetic holds no year before Christ.
    if (const int bc = bcYearAt(k, yearEnd); bc > 0) {
        p.kind = ParsedKind::Reference;
        p.value = u"BC"_s + fourDigits(bc) + u'-' + twoDigits(p.month);
        return yearEnd;
    }
    // "August of that year", "November of the same year": the month in the year last spoken of.
    if (const qsizetype told = storyYearAt(last + 1, p); told > 0)
        return told;
    // "January this year", "June last year": one expression, the month of the year named.
    if (k == last + 1)
        if (const qsizetype end = relativeYearAt(k, p); end > 0)
            return end;
    if (l->abbreviation && last == i)
        return std::nullopt;
    return last;
}

// "Theresa May", "Brian May": a capitalised word that is no time word right before: the month name is a
// surname.
bool Recognizer::nameBefore(qsizetype i) const {
    const Token *t = at(i - 1);
    return t && t->kind == TokenKind::Word && t->capitalized && !t->lex && !at(i)->newlineBefore;
}

int Recognizer::rangeEndYear(qsizetype last, int month) const {
    if (!isRangeJoin(last + 1))
        return -1;
    qsizetype k = last + 2;
    const auto dayAt = [this](qsizetype &j) {
        if (!at(j) || at(j)->kind != TokenKind::Number || at(j)->digits > 2)
            return false;
        ++j;
        if (ordinalSuffix(j))
            ++j;
        return true;
    };
    const bool dayFirst = dayAt(k); // "3 March to 5 April 1918"
    if (dayFirst && isWord(k, "of"_L1))
        ++k;
    const Lexeme *end = lexAt(k);
    if (!end || !end->month || !at(k)->capitalized)
        return -1;
    ++k;
    if (end->abbreviation && isPunct(k, u'.'))
        ++k;
    if (!dayFirst)
        dayAt(k); // "March 3 to April 5, 1918"
    if (isPunct(k, u','))
        ++k;
    const int year = yearAt(k);
    if (year <= 0)
        return -1;
    return month > end->month ? year - 1 : year;
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
    if (p.year < 0 && p.kind == ParsedKind::Calendar && p.value.isEmpty())
        p.year = rangeEndYear(p.lastToken, p.month);
    // "May" and "March" are also ordinary words: alone, they need a cue before them.
    if (p.day == 0 && p.year < 0 && p.kind != ParsedKind::Reference) {
        const Role r = roleAt(i - 1);
        const bool cue = r == Role::Last || r == Role::Next || r == Role::This || r == Role::Previous ||
                         r == Role::That || r == Role::Same || r == Role::Following || r == Role::Early ||
                         r == Role::Late || r == Role::Mid || r == Role::Of || r == Role::Every ||
                         r == Role::Each || r == Role::Before || r == Role::After || r == Role::Middle ||
                         isWord(i - 1, "in"_L1) || isWord(i - 1, "since"_L1) || isWord(i - 1, "until"_L1) ||
                         isWord(i - 1, "by"_L1) || isWord(i - 1, "during"_L1) || isWord(i - 1, "from"_L1) ||
                         isWord(i - 1, "through"_L1) || isWord(i - 1, "till"_L1) || isWord(i - 1, "to"_L1) ||
                         isWord(i - 1, "between"_L1) || (isPunct(i - 1, u'-') && glued(i)) ||
                         (eventNounAt(i + 1) && !nameBefore(i)); // "a March operation", "the May election"
        if ((t.lex->month == 5 || t.lex->month == 3 || t.lex->abbreviation) && !cue)
            return std::nullopt;
        if (!cue && !(isPunct(i + 1, u',') || isPunct(i + 1, u'.')))
            if (t.lex->month == 5 || t.lex->month == 3 || t.lex->abbreviation)
                return std::nullopt;
        const qsizetype b = i - 1;
        if (b >= m_minFirst) {
            const Role rb = roleAt(b);
            if (rb == Role::Last || rb == Role::Next || rb == Role::This || rb == Role::Previous ||
                rb == Role::Following) {
                pickFromWordBefore(b, p);
            } else if (rb == Role::That || rb == Role::Same) {
                // "That March", "that same May": the month in the year being told.
                p.firstToken =
                    rb == Role::Same && roleAt(b - 1) == Role::That && b - 1 >= m_minFirst ? b - 1 : b;
                p.anchor = AnchorOn::PreviousDate;
                return p;
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
    qsizetype yearEnd = k;
    if (const int year = anyYearAt(k, yearEnd, true); year > 0) {
        p.year = year;
        p.lastToken = yearEnd;
    } else if (const int bc = bcYearAt(k, yearEnd); bc > 0) {
        p.kind = ParsedKind::Reference; // "the autumn of 481 BC"
        p.value = u"BC"_s + fourDigits(bc) + u'-' + seasonCode(p.season);
        p.lastToken = yearEnd;
        extendLeft(p);
        return p;
    }
    // "the Spring Offensive of 1918": the season of the event's year.
    if (p.year < 0 && eventNounAt(i + 1) && isWord(i + 2, "of"_L1)) {
        qsizetype yearLast = 0;
        if (const int year = anyYearAt(i + 3, yearLast, true); year > 0)
            p.year = year;
    }
    // "the spring and summer of 2020": the first season takes the year of the second.
    if (p.year < 0 && isRangeJoin(i + 1) && lexAt(i + 2) && lexAt(i + 2)->season && !lexAt(i + 2)->plural) {
        qsizetype yearLast = 0;
        if (const int year = anyYearAt(isWord(i + 3, "of"_L1) ? i + 4 : i + 3, yearLast, true); year > 0)
            p.year = year;
    }
    const Role rb = roleAt(i - 1);
    const bool modifier = rb == Role::Last || rb == Role::Next || rb == Role::This || rb == Role::Early ||
                          rb == Role::Following || rb == Role::Previous || rb == Role::That ||
                          rb == Role::Same || rb == Role::Late || rb == Role::Mid || rb == Role::Past ||
                          rb == Role::Coming || rb == Role::Every || rb == Role::Each ||
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
    // "in the fall." is the season; "in the fall of Budapest" is not, "in the fall of 1998" is again.
    const bool fallSeason =
        inThe && !isWord(i + 1, "of"_L1) && !isWord(i + 1, "in"_L1) && !isWord(i + 1, "from"_L1);
    // "a spring offensive", "the fall campaign", "the fall and winter": a season by what it goes with.
    const bool namedBySeasonContext =
        !l->plural &&
        (eventNounAt(i + 1) || (isWord(i + 1, "and"_L1) && lexAt(i + 2) && lexAt(i + 2)->season &&
                                !lexAt(i + 2)->plural && !at(i + 1)->newlineBefore));
    // "the river's summer flow", "Europe's winter gas": a season owned by its noun's owner describes, not
    // dates.
    const bool possessed = isWord(i - 1, "s"_L1) && glued(i - 1) &&
                           (isPunct(i - 2, u'\'') || isPunct(i - 2, u'\u2019')) && lexAt(i + 1) == nullptr &&
                           at(i + 1) && at(i + 1)->kind == TokenKind::Word && !at(i + 1)->capitalized;
    if (p.year < 0 && possessed)
        return std::nullopt;
    if (p.year < 0 && !modifier && !unambiguous && !namedBySeasonContext &&
        !(inThe && (l->season != 3 || fallSeason)) && !(bare && l->season != 3))
        return std::nullopt;
    if (l->plural || rb == Role::Every || rb == Role::Each) {
        p.kind = ParsedKind::Set;
        p.type = TimexType::Set;
        p.value = u"XXXX-"_s + seasonCode(p.season);
        if (rb == Role::Every || rb == Role::Each) {
            p.quant = rb == Role::Every ? u"EVERY"_s : u"EACH"_s;
            p.firstToken = std::max(m_minFirst, i - 1);
        }
        return p;
    }
    // "that spring", "that same summer": the season of the year being told.
    if ((rb == Role::That || rb == Role::Same) && i - 1 >= m_minFirst && p.year < 0) {
        p.firstToken = rb == Role::Same && roleAt(i - 2) == Role::That && i - 2 >= m_minFirst ? i - 2 : i - 1;
        p.anchor = AnchorOn::PreviousDate;
        return p;
    }
    pickFromWordBefore(i - 1, p);
    extendLeft(p);
    return p;
}

// "last Friday", "next spring", "this Christmas", "this past spring", "this coming Sunday".
void Recognizer::pickFromWordBefore(qsizetype b, ParsedTimex &p) const {
    if (b < m_minFirst)
        return;
    const Role rb = roleAt(b);
    if (rb == Role::Last || rb == Role::Past || rb == Role::Previous)
        p.pick = Pick::Last;
    else if (rb == Role::Next || rb == Role::Coming || rb == Role::Following)
        p.pick = Pick::Next;
    else if (rb == Role::This)
        p.pick = Pick::This;
    else
        return;
    p.firstToken = b;
    if ((rb == Role::Past || rb == Role::Coming) && roleAt(b - 1) == Role::This && b - 1 >= m_minFirst)
        p.firstToken = b - 1;
    // "the previous April", "the next spring", "the following Monday": told from the last date.
    if ((rb == Role::Previous || rb == Role::Following || rb == Role::Next) && roleAt(b - 1) == Role::The &&
        b - 1 >= m_minFirst) {
        p.firstToken = b - 1;
        p.anchor = AnchorOn::PreviousDate;
    }
}

} // namespace annals::timex
