#pragma once

#include "model/ascii_words.h"

#include <QStringView>

#include <array>
#include <cstdint>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace annals::zones {

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
        i = skipAsciiWordCharacters(s, i, n);
        if (i >= n)
            break;
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

// The same, stopping after the word on which f sets `stop`.
template <typename F> void forEachWordUntil(QStringView text, const bool &stop, F &&f) {
    qsizetype start = 0;
    for (qsizetype end = nextWord(text, 0, &start); end >= 0 && !stop; end = nextWord(text, end, &start))
        f(text.sliced(start, end - start));
}

// Set bits of each byte value (without -mpopcnt, __builtin_popcount is a library call).
inline constexpr auto kBitCounts = [] {
    std::array<std::uint8_t, 256> table{};
    for (unsigned b = 0; b < 256; ++b)
        table[b] = std::uint8_t((b & 1) + (b >> 1 & 1) + (b >> 2 & 1) + (b >> 3 & 1) + (b >> 4 & 1) +
                                (b >> 5 & 1) + (b >> 6 & 1) + (b >> 7 & 1));
    return table;
}();

#if defined(__SSE2__)
// Bit k of *words / *joiners: whether byte k of ASCII text is a letter or digit / an apostrophe or
// hyphen.
inline void classifyAsciiBytes(__m128i bytes, unsigned *words, unsigned *joiners) {
    const __m128i join =
        _mm_or_si128(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('\'')), _mm_cmpeq_epi8(bytes, _mm_set1_epi8('-')));
    *words = unsigned(
        _mm_movemask_epi8(_mm_or_si128(ascii_detail::letterBytes(bytes), ascii_detail::digitBytes(bytes))));
    *joiners = unsigned(_mm_movemask_epi8(join));
}
#endif

// The number of words of text (as forEachWord sees them), counting no further than limit + 1: enough to
// tell "at most limit words" without scanning a long paragraph to its end. A word starts at a word
// character that follows neither a word character nor a joiner (apostrophe, hyphen) that itself follows
// one; runs of sixteen or eight plain-ASCII characters are classified at once with SSE2 (packed to
// bytes), any other character alone.
inline int countWordsUpTo(QStringView text, int limit) {
    const qsizetype n = text.size();
    const char16_t *const s = text.utf16();
    int count = 0;
    // Whether the last two characters seen were word characters, and the last one a joiner.
    bool word1 = false;
    bool word2 = false;
    bool joiner1 = false;
    // Counts the word starts in a group of `width` characters classified as bit masks.
    auto addGroup = [&](unsigned w, unsigned j, int width) {
        const unsigned before1 = (w << 1) | unsigned(word1);
        const unsigned before2 = (w << 2) | (unsigned(word1) << 1) | unsigned(word2);
        const unsigned joinBefore = (j << 1) | unsigned(joiner1);
        const unsigned starts = w & ~before1 & ~(joinBefore & before2) & ((1u << width) - 1);
        count += kBitCounts[starts & 0xFFu] + kBitCounts[starts >> 8];
        word1 = (w >> (width - 1)) & 1u;
        word2 = (w >> (width - 2)) & 1u;
        joiner1 = (j >> (width - 1)) & 1u;
    };
    qsizetype i = 0;
    while (i < n) {
#if defined(__SSE2__)
        // Anything but plain ASCII goes one character at a time below.
        if (i + 16 <= n) {
            const __m128i lo = _mm_loadu_si128(reinterpret_cast<const __m128i *>(s + i));
            const __m128i hi = _mm_loadu_si128(reinterpret_cast<const __m128i *>(s + i + 8));
            if (ascii_detail::allAscii(_mm_or_si128(lo, hi))) {
                unsigned w = 0;
                unsigned j = 0;
                classifyAsciiBytes(_mm_packus_epi16(lo, hi), &w, &j);
                addGroup(w, j, 16);
                if (count > limit)
                    return limit + 1;
                i += 16;
                continue;
            }
        }
        if (i + 8 <= n) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(s + i));
            if (ascii_detail::allAscii(v)) {
                unsigned w = 0;
                unsigned j = 0;
                classifyAsciiBytes(_mm_packus_epi16(v, _mm_setzero_si128()), &w, &j);
                addGroup(w, j, 8);
                if (count > limit)
                    return limit + 1;
                i += 8;
                continue;
            }
        }
#endif
        const char16_t c = s[i];
        const bool word = isWordCharacter(c);
        if (word && !word1 && !(joiner1 && word2) && ++count > limit)
            return count;
        word2 = word1;
        word1 = word;
        joiner1 = c == u'\'' || c == u'-' || c == u'\u2019';
        ++i;
    }
    return count;
}

} // namespace annals::zones
