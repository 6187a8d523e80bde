#pragma once

#include "timex/lexicon.h"

#include <QLatin1StringView>
#include <QStringView>

#include <cstdint>
#include <vector>

namespace annals::timex {

enum class TokenKind : std::uint8_t { Word, Number, Punct };

// One token of the text: a run of letters, a run of digits (ASCII or any Unicode decimal digits), or a
// single other character. Whitespace separates tokens and is remembered as `spaceBefore`.
struct Token {
    qsizetype start = 0;
    qsizetype end = 0;
    TokenKind kind = TokenKind::Punct;
    bool spaceBefore = true;     // whitespace (or text start) right before the token
    bool newlineBefore = false;  // a line break in that whitespace
    bool capitalized = false;    // word starting with an uppercase letter
    char16_t punct = 0;          // the character, for Punct
    std::int64_t number = -1;    // value, for Number (-1 when too long)
    std::int8_t digits = 0;      // digit count, for Number
    const Lexeme *lex = nullptr; // lexicon entry, for known words

    qsizetype length() const { return end - start; }
};

// Whether `t` is the word `lower` (lowercase ASCII), folding the case of ASCII letters only.
inline bool isWordToken(QStringView text, const Token &t, QLatin1StringView lower) {
    if (t.kind != TokenKind::Word || t.length() != lower.size())
        return false;
    const QChar *c = text.data() + t.start;
    for (qsizetype k = 0; k < lower.size(); ++k) {
        const char16_t l = char16_t(uchar(lower[k].toLatin1()));
        const char16_t u = c[k].unicode();
        if (u != l && !(l >= u'a' && l <= u'z' && char16_t(u | 0x20) == l))
            return false;
    }
    return true;
}

// Splits text into tokens, looking every word up in the lexicon as it goes. The token vector is reused
// between calls to avoid allocation.
// Only [from, to) is read; offsets stay relative to the whole text.
void tokenize(QStringView text, const Lexicon &lexicon, std::vector<Token> &tokens);
void tokenize(QStringView text, qsizetype from, qsizetype to, const Lexicon &lexicon,
              std::vector<Token> &tokens);
// The same tokens of [from, to), taking those in `known` (tokens of an overlapping stretch of the same
// text, as tokenize made them) instead of reading that part again where they are sure to be the same.
// `scratch` is working room.
void tokenizeReusing(QStringView text, qsizetype from, qsizetype to, const std::vector<Token> &known,
                     const Lexicon &lexicon, std::vector<Token> &tokens, std::vector<Token> &scratch);

} // namespace annals::timex
