#pragma once

#include <QStringView>

#include <array>

namespace annals::zones {

// Which ASCII characters are letters or digits, built at compile time.
inline constexpr auto kAsciiWordCharacters = [] {
    std::array<bool, 128> table{};
    for (char16_t c = 0; c < 128; ++c)
        table[c] = (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
    return table;
}();

// QChar::isLetterOrNumber with a table lookup for ASCII: this runs on every character of every block.
Q_ALWAYS_INLINE bool isWordCharacter(char16_t u) {
    return u < 128 ? kAsciiWordCharacters[u] : QChar(u).isLetterOrNumber();
}

// The first word of text at or after pos, as [*start, return value); returns -1 when there is none.
// A word is a run of letters and digits, with apostrophes and hyphens kept when they join two such
// characters ("cease-fire", "Hamas's", "Hamas’s").
Q_ALWAYS_INLINE qsizetype nextWord(QStringView text, qsizetype pos, qsizetype *start) {
    const qsizetype n = text.size();
    const char16_t *const s = text.utf16();
    qsizetype i = pos;
    while (i < n && !isWordCharacter(s[i]))
        ++i;
    if (i >= n)
        return -1;
    *start = i;
    while (i < n) {
        const char16_t c = s[i];
        if (isWordCharacter(c)) {
            ++i;
            continue;
        }
        const bool joiner = c == u'\'' || c == u'-' || c == u'\u2019';
        if (joiner && i + 1 < n && isWordCharacter(s[i + 1])) {
            ++i;
            continue;
        }
        break;
    }
    return i;
}

// Calls f(word) for each word of text (see nextWord).
template <typename F> void forEachWord(QStringView text, F &&f) {
    qsizetype start = 0;
    for (qsizetype end = nextWord(text, 0, &start); end >= 0; end = nextWord(text, end, &start))
        f(text.sliced(start, end - start));
}

// The number of words of text (as forEachWord sees them), counting no further than limit + 1: enough to
// tell "at most limit words" without scanning a long paragraph to its end. One pass, no word slicing:
// tight loops over runs of separators and of word characters, so most characters cost one table lookup.
inline int countWordsUpTo(QStringView text, int limit) {
    int count = 0;
    const qsizetype n = text.size();
    const char16_t *const s = text.utf16();
    qsizetype i = 0;
    while (true) {
        while (i < n && !isWordCharacter(s[i]))
            ++i;
        if (i >= n)
            return count;
        if (++count > limit)
            return count;
        while (true) {
            while (i < n && isWordCharacter(s[i]))
                ++i;
            // An apostrophe or hyphen between two word characters keeps the word going.
            if (i + 1 < n && (s[i] == u'\'' || s[i] == u'-' || s[i] == u'\u2019') &&
                isWordCharacter(s[i + 1])) {
                i += 2;
                continue;
            }
            break;
        }
    }
}

} // namespace annals::zones
