#include "timex/recognizer.h"
#include "timex/recognizer_words.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace annals::timex {

// ---- reporting periods named by their edges: "year-ago", "year-end", "year to date", "the quarter ended
// Sept. 30" ----

// "year-earlier", "the year-ago quarter", "by year-end", "at month's end": a year or month word glued to
// what makes it a point. Fills `p` (the unit's expression so far) when it finds one.
bool Recognizer::matchYearEdge(qsizetype i, ParsedTimex &p) {
    const Lexeme *l = lexAt(i);
    const Unit unit = l->unit;
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
        // "the year-ago quarter", "the comparable year-ago period"
        const qsizetype the =
            isWord(i - 1, "comparable"_L1) || isWord(i - 1, "corresponding"_L1) ? i - 2 : i - 1;
        if (period && roleAt(the) == Role::The && the >= m_minFirst) {
            p.firstToken = the;
            p.lastToken = k;
            p.namesPeriod = true;
        }
        return true;
    }

    // "up 12% year to date", "year-to-date sales": the current year so far, as "so far this year".
    if (unit == Unit::Year && !l->plural) {
        const bool hyphens = isPunct(i + 1, u'-') && isPunct(i + 3, u'-') && glued(i + 1) && glued(i + 4);
        const qsizetype to = hyphens ? i + 2 : i + 1;
        // Not "the best year to date": after an amount or a change, or as a hyphenated adjective.
        static constexpr QLatin1StringView changes[] = {"percent"_L1, "points"_L1, "up"_L1,
                                                        "down"_L1,    "higher"_L1, "lower"_L1};
        const bool afterChange =
            !at(i - 1) || at(i - 1)->kind == TokenKind::Punct || isAnyWord(i - 1, changes);
        if (isWord(to, "to"_L1) && isWord(hyphens ? i + 4 : i + 2, "date"_L1) && (hyphens || afterChange)) {
            p.kind = ParsedKind::Shift;
            p.amount = 0;
            p.anchor = AnchorOn::StoryOrDct;
            p.lastToken = hyphens ? i + 4 : i + 2;
            return true;
        }
    }

    // "by year-end", "at year end", "year's end", "at month's end": the end of the current year or month
    // (of the story's in a narrative); "since year-end" looks back to the last one.
    if ((unit == Unit::Year || unit == Unit::Month) && !l->plural) {
        qsizetype end = -1;
        if (isPunct(i + 1, u'-') && glued(i + 1) && glued(i + 2) && roleAt(i + 2) == Role::End)
            end = i + 2;
        else if (roleAt(i + 1) == Role::End && !isWord(i + 2, "of"_L1))
            end = i + 1;
        else if (isPunct(i + 1, u'\'') && isWord(i + 2, "s"_L1) && glued(i + 1) && roleAt(i + 3) == Role::End)
            end = i + 3;
        if (end > 0 && roleAt(i - 1) != Role::The && roleAt(i - 1) != Role::Fiscal &&
            roleAt(i - 1) != Role::A) {
            p.kind = ParsedKind::Shift;
            p.amount = isWord(i - 1, "since"_L1) ? -1 : 0;
            p.anchor = AnchorOn::StoryOrDct;
            p.mod = u"END"_s;
            p.lastToken = end;
            return true;
        }
    }
    return false;
}

// A quarter that ends on the last day of a calendar quarter ("Sept. 30", "June 30, 2024") is that quarter;
// fiscal quarters ending on other days ("July 31") keep the quarter just reported.
void Recognizer::quarterEndedOn(qsizetype k, ParsedTimex &p) const {
    if (!(isWord(k, "ended"_L1) || isWord(k, "ending"_L1)))
        return;
    qsizetype d = k + 2;
    const Lexeme *m = lexAt(k + 1);
    if (!m || !m->month || !at(k + 1)->capitalized)
        return;
    if (m->abbreviation && isPunct(d, u'.'))
        ++d;
    const Token *day = at(d);
    if (!day || day->kind != TokenKind::Number || day->digits > 2)
        return;
    static constexpr int lastDays[] = {31, 30, 30, 31};
    if (m->month % 3 != 0 || int(day->number) != lastDays[m->month / 3 - 1])
        return;
    p.kind = ParsedKind::Calendar;
    p.quarter = m->month / 3;
    p.amount = 0;
    const qsizetype y = isPunct(d + 1, u',') ? d + 2 : d + 1;
    p.year = yearAt(y);
}

} // namespace annals::timex
