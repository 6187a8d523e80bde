#pragma once

#include <QStringView>

#include <array>
#include <vector>

// The words of a sentence as the actor finder sees them: tokens with what they say about names
// (capitalised, ending a name, opening a clause), and the wire dateline to skip before them.
namespace annals::actors {

// One word of a sentence ("U.S." and "Mr." keep their final dot).
struct Token {
    QStringView text;
    qsizetype start = 0;
    bool capitalised = false;
    bool breakAfter = false;  // punctuation or a possessive ends the name this token belongs to
    bool opensClause = false; // first word of the sentence or of a quotation
};

// Which ASCII characters are letters or digits (no ASCII character is a mark).
inline constexpr auto kAsciiWordChars = [] {
    std::array<bool, 128> table{};
    for (char16_t u = 0; u < 128; ++u)
        table[u] = (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
    return table;
}();

// A letter, digit or combining mark.
inline bool isWordChar(QChar c) {
    const char16_t u = c.unicode();
    return u < 128 ? kAsciiWordChars[u] : c.isLetterOrNumber() || c.isMark();
}

// "BAGHDAD — ", "TEL AVIV, Israel — ": the length of a wire dateline before the first sentence of an
// item, or 0.
qsizetype skipDateline(QStringView s);

// The sentence's words; parenthesised photo credits are skipped.
std::vector<Token> tokenize(QStringView s);

} // namespace annals::actors
