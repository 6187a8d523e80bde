#pragma once

#include "model/text_span.h"
#include "timex/foreign_months.h"
#include "timex/parsed_timex.h"
#include "timex/tokenizer.h"

#include <QStringView>

#include <optional>
#include <span>
#include <vector>

namespace annals::timex {

// Finds temporal expressions in a token stream and says what each one states (ParsedTimex), without
// resolving it against any date. Work is only done at trigger tokens (numbers and lexicon words).
class Recognizer {
public:
    // `foreignMonths` (may be null) adds explicit dates in French, German, Spanish and Arabic.
    Recognizer(QStringView text, const std::vector<Token> &tokens,
               const ForeignMonths *foreignMonths = nullptr);
    std::vector<ParsedTimex> run();
    // Text spans of the dates the text writes but the calendar does not have ("February 30"), found by
    // run(): left out of the results, and worth telling the user about.
    const std::vector<TextSpan> &impossibleDates() const { return m_impossible; }

private:
    struct Quantity {
        qsizetype first = -1;
        int count = 0; // -1 for fuzzy ("several")
        double fraction = 0;
        bool article = false; // "a"/"an"
        bool mixed = false;   // a spelled or slashed half ("2 1/2", "two and a half", "half an")
    };

    std::optional<ParsedTimex> matchAt(qsizetype i);
    std::optional<ParsedTimex> matchNumber(qsizetype i);
    std::optional<ParsedTimex> matchMonth(qsizetype i);
    std::optional<ParsedTimex> matchWeekday(qsizetype i);
    std::optional<ParsedTimex> matchUnit(qsizetype i);
    bool matchCountedUnit(qsizetype i, ParsedTimex &p, std::optional<ParsedTimex> &out);
    bool matchYearEdge(qsizetype i, ParsedTimex &p); // "year-earlier", "year-end": fills p
    std::optional<ParsedTimex> matchSeason(qsizetype i);
    std::optional<ParsedTimex> matchRole(qsizetype i);
    std::optional<ParsedTimex> matchClock(qsizetype i);
    std::optional<ParsedTimex> matchFourDigitClock(qsizetype i);
    std::optional<ParsedTimex> matchForeignDate(qsizetype i);
    std::optional<ParsedTimex> matchCjkDate(qsizetype i);
    std::optional<ParsedTimex> matchPeriodCode(qsizetype i);
    void countUnitMultiples(ParsedTimex &p) const;
    bool longUnit(qsizetype u) const;
    std::optional<ParsedTimex> matchHoliday(qsizetype i);
    std::optional<ParsedTimex> matchDayRange(qsizetype i);
    std::optional<ParsedTimex> matchDayOfMonth(qsizetype i);
    // "every other", "every second", "every third" ending right before token i: the first token ("every"),
    // `step` set to the count of units between occurrences; -1 otherwise.
    qsizetype everyNthBefore(qsizetype i, int &step) const;
    // "twice", "once", "three times" ending at token k, before "a week"/"weekly": the first token, `freq`
    // set to its TimeML frequency ("2X"); -1 otherwise.
    qsizetype timesAt(qsizetype k, QString &freq) const;
    bool isRangeJoin(qsizetype k) const; // "-", "to", "and", "through" between the ends of a range
    // "March and April 1918", "May-August 1950", "March 3 to April 5, 1918": the year of the range's end,
    // for a start (month `month`, ending at token `last`) that states none; a year earlier when the range
    // crosses New Year ("December to February 1919"). -1 when no dated month follows.
    int rangeEndYear(qsizetype last, int month) const;
    bool nameBefore(qsizetype i) const; // a capitalised word that is no time word before token i
    std::optional<ParsedTimex> matchSpelledYear(qsizetype i);

    // Month [day] [, year] starting at month token i; sets fields and returns the last token used.
    std::optional<qsizetype> monthDayYear(qsizetype i, ParsedTimex &p, bool &invalid);
    // A full month-day [year] at month token i dating the expression before it ("Wednesday, Feb. 7, 2024",
    // "18:13 PM ET, February 7, 2024"): copies month, day and year into p and returns the last token.
    std::optional<qsizetype> dayAfter(qsizetype i, ParsedTimex &p, bool &invalid);
    std::optional<Quantity> quantityBefore(qsizetype unitToken);
    void extendLeft(ParsedTimex &p);
    // "the day before Christmas", "two days after Feb. 3": takes the step into p, and the step's duration
    // from `found` when the recognizer had already taken it as one.
    void attachDayStep(ParsedTimex &p, std::vector<ParsedTimex> &found) const;
    bool quotedTitle(const ParsedTimex &p) const;
    bool nounAfter(qsizetype i) const;
    bool roundTheClockNoun(qsizetype k) const;
    bool matchTalkNear(qsizetype i) const;
    bool openingDays(qsizetype first, qsizetype last)
        const; // a weekday of "open Monday to Friday" // a word of a game ("scored", "goal") within a few
               // tokens of i // "store", "helpline": what a "24-hour" one is open for
    bool amountBefore(qsizetype i) const; // a number, "million" or "%" among the three tokens before i
    void pickFromWordBefore(qsizetype b, ParsedTimex &p) const; // "last", "next", "this" at b
    void attachDayAfterTime(ParsedTimex &p);
    bool yearContext(qsizetype i) const;
    bool yearSawAfter(qsizetype i) const;
    bool eventNounAt(qsizetype k) const;
    // The last token of "last year", "a year ago" or "a year earlier" starting at k, or -1.
    qsizetype yearBackAfter(qsizetype k) const;
    // "the quarter a year ago", "the corresponding period last year": the reported period, a year back.
    void samePeriodYearBefore(ParsedTimex &p, qsizetype last) const;
    // "the quarter ended Sept. 30" (k at "ended"): the calendar quarter that day closes, into p.
    void quarterEndedOn(qsizetype k, ParsedTimex &p) const;
    int yearAt(qsizetype i) const; // 4-digit year token value or -1
    // "this year", "last year", "next year" at k, after a month or month-day ("1 January next year"): sets
    // p to the month in that year and returns the last token, or -1.
    qsizetype relativeYearAt(qsizetype k, ParsedTimex &p) const;
    // "of that year", "of the same year", "of the following year" after a month or month-day: sets p to the
    // month in the year last told of (or the one after or before it) and returns the last token, or -1.
    qsizetype storyYearAt(qsizetype k, ParsedTimex &p) const;
    // The same after "of" ("the first half of last year"), and "of the year" for the current one.
    qsizetype ofYearAt(qsizetype k, ParsedTimex &p) const;
    qsizetype bcMarkerEnd(qsizetype j) const; // the last token of "BC", "BCE" or "B.C." at j, or -1
    // A year before Christ at k ("480 BC"): its number, `last` set to the era's last token; 0 otherwise.
    int bcYearAt(qsizetype k, qsizetype &last) const;
    // A year in digits or in words ("nineteen ninety-six"; with `thousands`, "two thousand (and) one")
    // starting at token i; sets `last` to its last token. -1 when there is none.
    int anyYearAt(qsizetype i, qsizetype &last, bool thousands) const;
    // "this year's", "last year's", "next year's" ending at token i: sets `first` and returns the shift
    // in years; nullopt otherwise.
    std::optional<int> relativeYearPossessive(qsizetype i, qsizetype &first) const;

    const Token *at(qsizetype i) const;
    const Lexeme *lexAt(qsizetype i) const;
    Role roleAt(qsizetype i) const;
    bool isPunct(qsizetype i, char16_t c) const;
    bool isWord(qsizetype i, QLatin1StringView lower) const;
    bool isAnyWord(qsizetype i, std::span<const QLatin1StringView> lower) const; // one of these words
    bool glued(qsizetype i) const;
    qsizetype zoneEnd(qsizetype i) const;  // the last token of a time zone at i ("GMT+2"), or -1
    bool isZone(qsizetype i) const;        // "ET", "GMT"... // token i follows the previous one without space
    bool ordinalSuffix(qsizetype i) const; // "th", "st", "nd", "rd" glued to a number
    int ordinalAt(qsizetype i, qsizetype &first) const; // "third" or "3rd" ending at i

    QStringView m_text;
    const std::vector<Token> &m_tokens;
    const ForeignMonths *m_foreignMonths = nullptr;
    qsizetype m_minFirst = 0; // left extensions never reach into the previous match
    qsizetype m_skipTo = -1;  // tokens consumed by a rejected expression ("February 30")
    std::vector<TextSpan> m_impossible;
    void rejectImpossible(qsizetype first, qsizetype last); // records "February 30" and skips it
};

// The token accessors are used everywhere in the recognizer's files: inline, so that they stay cheap.
inline const Token *Recognizer::at(qsizetype i) const {
    return i >= 0 && i < qsizetype(m_tokens.size()) ? &m_tokens[size_t(i)] : nullptr;
}

inline const Lexeme *Recognizer::lexAt(qsizetype i) const {
    const Token *t = at(i);
    return t ? t->lex : nullptr;
}

inline Role Recognizer::roleAt(qsizetype i) const {
    const Lexeme *l = lexAt(i);
    return l ? l->role : Role::None;
}

inline bool Recognizer::isPunct(qsizetype i, char16_t c) const {
    const Token *t = at(i);
    return t && t->kind == TokenKind::Punct && t->punct == c;
}

// `lower` is lowercase ASCII; the comparison folds ASCII letters only.
inline bool Recognizer::isWord(qsizetype i, QLatin1StringView lower) const {
    const Token *t = at(i);
    return t && isWordToken(m_text, *t, lower);
}

inline bool Recognizer::glued(qsizetype i) const {
    const Token *t = at(i);
    return t && !t->spaceBefore;
}

} // namespace annals::timex
