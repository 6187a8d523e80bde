#include "timex/tokenizer.h"

#include "model/ascii_words.h"

#include <QChar>

#include <algorithm>

#include <unicode/uchar.h>

namespace annals::timex {

namespace {

inline bool isAsciiLetter(char16_t c) {
    return char16_t((c | 0x20) - u'a') < 26;
}

inline bool isOtherWordChar(char16_t c) {
    return c >= 0x80 && (QChar::isLetter(c) || QChar::category(c) == QChar::Mark_NonSpacing);
}

// Han ideographs, kana and Hangul syllables: scripts written without spaces between words, where each
// character is a token of its own ("2024年2月7日举行" is read character by character after the digits).
inline bool standsAlone(char16_t c) {
    return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7A3);
}

// A letter (or mark) that continues a word of other scripts: not one of the characters that stand alone.
inline bool continuesOtherWord(char16_t c) {
    return isOtherWordChar(c) && !standsAlone(c);
}

inline int digitValue(char16_t c) {
    if (char16_t(c - u'0') < 10)
        return c - u'0';
    if (c < 0x660)
        return -1;
    // Arabic-Indic and Extended Arabic-Indic digits; other scripts' digits are not dates we read.
    if (char16_t(c - 0x660) < 10 || char16_t(c - 0x6F0) < 10)
        return u_charDigitValue(c);
    return -1;
}

inline bool isSpace(char16_t c) {
    return c == u' ' || c == u'\n' || c == u'\t' || c == u'\r' || c == 0xA0 ||
           (c > 0x7F && QChar::isSpace(c));
}

// Is c whitespace as the tokenizer sees it (between tokens)?
inline bool separates(char16_t c) {
    return c <= u' ' || (c > 0x7F && isSpace(c));
}

} // namespace

void tokenizeReusing(QStringView text, qsizetype from, qsizetype to, const std::vector<Token> &known,
                     const Lexicon &lexicon, std::vector<Token> &tokens, std::vector<Token> &scratch) {
    const char16_t *s = reinterpret_cast<const char16_t *>(text.utf16());
    const qsizetype a = std::max<qsizetype>(0, from);
    const qsizetype b = std::min(to, text.size());
    // The known tokens that lie inside [a, b): a run of them, as they are sorted.
    const auto firstInside = std::lower_bound(known.begin(), known.end(), a,
                                              [](const Token &t, qsizetype at) { return t.start < at; });
    auto pastInside = firstInside;
    while (pastInside != known.end() && pastInside->end <= b)
        ++pastInside;
    // They are what tokenizing [a, b) gives between x and y only if whitespace (or the range's edge)
    // stands on both sides: then no token of the range runs across x or y, and the known tokens were
    // not cut short by the end of the stretch they were made from.
    const qsizetype x = firstInside != pastInside ? firstInside->start : b;
    const qsizetype y = firstInside != pastInside ? (pastInside - 1)->end : b;
    if (firstInside == pastInside || (x > a && !separates(s[x - 1])) || (y < b && !separates(s[y]))) {
        tokenize(text, a, b, lexicon, tokens);
        return;
    }
    tokenize(text, a, x, lexicon, tokens);
    const qsizetype gapStart = tokens.empty() ? a : tokens.back().end;
    const std::size_t middle = tokens.size();
    tokens.insert(tokens.end(), firstInside, pastInside);
    // The first reused token follows whitespace (or opens the range), and a line break counts only
    // when it lies in that whitespace inside the range.
    tokens[middle].spaceBefore = true;
    tokens[middle].newlineBefore = std::find(s + gapStart, s + x, u'\n') != s + x;
    tokenize(text, y, b, lexicon, scratch);
    tokens.insert(tokens.end(), scratch.begin(), scratch.end());
}

void tokenize(QStringView text, const Lexicon &lexicon, std::vector<Token> &tokens) {
    tokenize(text, 0, text.size(), lexicon, tokens);
}

void tokenize(QStringView text, qsizetype from, qsizetype to, const Lexicon &lexicon,
              std::vector<Token> &tokens) {
    tokens.clear();
    const char16_t *s = reinterpret_cast<const char16_t *>(text.utf16());
    const qsizetype n = std::min(to, text.size());
    qsizetype i = std::max<qsizetype>(0, from);
    bool space = true;
    bool newline = false;
    while (i < n) {
        const char16_t c = s[i];
        if (c <= u' ' || (c > 0x7F && isSpace(c))) { // (no ASCII character above ' ' is a space)
            space = true;
            newline = newline || c == u'\n';
            ++i;
            continue;
        }
        Token &t = tokens.emplace_back(); // filled in place: every path below keeps the token
        t.start = i;
        t.spaceBefore = space;
        t.newlineBefore = newline;
        space = false;
        newline = false;
        if (isAsciiLetter(c)) {
            qsizetype j = skipAsciiLetters(s, i + 1, n);
            bool ascii = true;
            if (j < n && continuesOtherWord(s[j])) {
                ascii = false;
                while (j < n && (isAsciiLetter(s[j]) || continuesOtherWord(s[j])))
                    ++j;
            }
            t.kind = TokenKind::Word;
            t.end = j;
            t.capitalized = c <= u'Z';
            const qsizetype len = j - i;
            if (ascii && lexicon.mayContain(len, c, s[i + (len > 1 ? 1 : 0)])) {
                std::uint64_t k0, k1;
                Lexicon::packAscii(s + i, len, k0, k1, text.size() - i);
                t.lex = lexicon.findPacked(k0, k1);
            }
            i = j;
        } else if (int dv = digitValue(c); dv >= 0) {
            qsizetype j = i;
            std::int64_t value = 0;
            int count = 0;
            while (j < n && (dv = digitValue(s[j])) >= 0) {
                if (count < 18)
                    value = value * 10 + dv;
                ++count;
                ++j;
            }
            t.kind = TokenKind::Number;
            t.end = j;
            t.number = count <= 18 ? value : -1;
            t.digits = std::int8_t(count > 100 ? 100 : count);
            i = j;
        } else if (isOtherWordChar(c)) {
            qsizetype j = i + 1;
            if (!standsAlone(c))
                while (j < n && (isAsciiLetter(s[j]) || continuesOtherWord(s[j])))
                    ++j;
            t.kind = TokenKind::Word;
            t.end = j;
            t.capitalized = QChar::isUpper(c);
            i = j;
        } else {
            t.kind = TokenKind::Punct;
            t.punct = c;
            t.end = i + 1;
            i += 1;
        }
    }
}

} // namespace annals::timex
