#include "timex/calendar.h"
#include "timex/recognizer.h"

using namespace Qt::StringLiterals;

namespace annals::timex {

// Business shorthand for periods, the code letters glued to the number: "Q3 2023", "in Q3", "H1 2024",
// "FY2024", "FY24".
std::optional<ParsedTimex> Recognizer::matchPeriodCode(qsizetype i) {
    const Token &number = m_tokens[size_t(i)];
    const Token *code = at(i - 1);
    if (i - 1 < m_minFirst || !glued(i) || !code || code->kind != TokenKind::Word || !code->capitalized)
        return std::nullopt;
    // "H1N1", "Q3s": the number belongs to a longer name.
    if (const Token *after = at(i + 1); after && glued(i + 1) && after->kind != TokenKind::Punct)
        return std::nullopt;
    ParsedTimex p;
    p.firstToken = i - 1;
    p.lastToken = i;
    const char16_t letter = m_text[code->start].unicode();
    if (code->length() == 1 && (letter == u'Q' || letter == u'H') && number.digits == 1) {
        const bool quarter = letter == u'Q';
        if (number.number < 1 || number.number > (quarter ? 4 : 2))
            return std::nullopt;
        (quarter ? p.quarter : p.half) = int(number.number);
        if (yearAt(i + 1) > 0) {
            p.year = yearAt(i + 1);
            p.lastToken = i + 1;
            return p;
        }
        // Without a year only after a preposition ("results in Q3"): "Q3" alone may name a product. "H2" is
        // hydrogen as often as a half: only where no noun follows ("expects a pickup in H2.", not "in H2
        // tanks").
        const bool preposition = isWord(i - 2, "in"_L1) || isWord(i - 2, "for"_L1) ||
                                 isWord(i - 2, "during"_L1) || isWord(i - 2, "by"_L1);
        const bool alone = !at(i + 1) || at(i + 1)->kind == TokenKind::Punct || roleAt(i + 1) == Role::And;
        return preposition && (quarter || alone) ? std::optional(p) : std::nullopt;
    }
    if (code->length() == 2 && letter == u'F' && m_text[code->start + 1].unicode() == u'Y' &&
        (number.digits == 4 || number.digits == 2)) {
        p.year = number.digits == 4 ? int(number.number) : 2000 + int(number.number);
        p.value = u"FY"_s + fourDigits(p.year);
        return p;
    }
    return std::nullopt;
}

} // namespace annals::timex
