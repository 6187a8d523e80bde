#pragma once

#include "model/ascii_words.h"

#include <QString>
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
    // Set by the actor finder when it splits a run of capitalised words at stop words, for its later
    // steps to reuse: the tables' name for the word (or for the word without its final dot), if any, and
    // whether the stop-word test ran and said no.
    const QString *canonical = nullptr;
    bool notStopWord = false;
};

// A letter, digit or combining mark.
inline bool isWordChar(QChar c) {
    const char16_t u = c.unicode();
    return u < 128 ? kAsciiWordCharacters[u] : c.isLetterOrNumber() || c.isMark();
}

// "BAGHDAD — ", "TEL AVIV, Israel — ": the length of a wire dateline before the first sentence of an
// item, or 0.
qsizetype skipDateline(QStringView s);

// The sentence's words into `tokens` (cleared first, so that a caller can reuse its buffer from sentence
// to sentence); parenthesised photo credits are skipped.
void tokenize(QStringView s, std::vector<Token> &tokens);

} // namespace annals::actors
