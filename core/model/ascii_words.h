#pragma once

#include <QtGlobal>

#include <array>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

// ASCII word scanning shared by the stages that read every paragraph or sentence (zones, time expressions,
// actors): runs of letters, or of letters and digits, skipped eight UTF-16 units at a time where SSE2 is
// there.
namespace annals {

// Which ASCII characters are letters or digits, built at compile time.
inline constexpr auto kAsciiWordCharacters = [] {
    std::array<bool, 128> table{};
    for (char16_t c = 0; c < 128; ++c)
        table[c] = (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
    return table;
}();

namespace ascii_detail {

#if defined(__SSE2__)
// Lanes of x (as signed 16-bit values) in [first, first + count): (c | 0x20) - 'a' is in [0, 26) for
// ASCII letters only, c - '0' in [0, 10) for digits only.
Q_ALWAYS_INLINE __m128i inRange(__m128i offset, short count) {
    return _mm_and_si128(_mm_cmpgt_epi16(offset, _mm_set1_epi16(-1)),
                         _mm_cmplt_epi16(offset, _mm_set1_epi16(count)));
}

Q_ALWAYS_INLINE __m128i letterLanes(__m128i x) {
    return inRange(_mm_sub_epi16(_mm_or_si128(x, _mm_set1_epi16(0x20)), _mm_set1_epi16(u'a')), 26);
}

Q_ALWAYS_INLINE __m128i digitLanes(__m128i x) {
    return inRange(_mm_sub_epi16(x, _mm_set1_epi16(u'0')), 10);
}

// Whether each of eight UTF-16 units is plain ASCII (below 128).
Q_ALWAYS_INLINE bool allAscii(__m128i units) {
    const __m128i high = _mm_and_si128(units, _mm_set1_epi16(short(0xFF80)));
    return _mm_movemask_epi8(_mm_cmpeq_epi16(high, _mm_setzero_si128())) == 0xFFFF;
}

// Bytes of ASCII text that are letters (digits), as 0xFF lanes: letters are (c | 0x20) - 'a' <= 25 and
// digits c - '0' <= 9 as unsigned bytes (x <= k exactly when min(x, k) == x).
Q_ALWAYS_INLINE __m128i letterBytes(__m128i bytes) {
    const __m128i offset = _mm_sub_epi8(_mm_or_si128(bytes, _mm_set1_epi8(0x20)), _mm_set1_epi8('a'));
    return _mm_cmpeq_epi8(_mm_min_epu8(offset, _mm_set1_epi8(25)), offset);
}

Q_ALWAYS_INLINE __m128i digitBytes(__m128i bytes) {
    const __m128i offset = _mm_sub_epi8(bytes, _mm_set1_epi8('0'));
    return _mm_cmpeq_epi8(_mm_min_epu8(offset, _mm_set1_epi8(9)), offset);
}

// Advances i over whole groups of eight whose lanes all pass `lanes`; stops at the group holding the
// first failing unit and returns that unit's index, or the first index with fewer than eight left.
template <typename Lanes>
Q_ALWAYS_INLINE qsizetype skipGroups(const char16_t *s, qsizetype i, qsizetype n, Lanes lanes, bool &found) {
    found = false;
    while (i + 8 <= n) {
        const unsigned mask =
            unsigned(_mm_movemask_epi8(lanes(_mm_loadu_si128(reinterpret_cast<const __m128i *>(s + i)))));
        if (mask != 0xFFFFu) {
            found = true;
            return i + qsizetype(__builtin_ctz(~mask & 0xFFFFu) / 2);
        }
        i += 8;
    }
    return i;
}
#endif

} // namespace ascii_detail

// Index of the first character at or after i (and before n) that is not an ASCII letter or digit.
Q_ALWAYS_INLINE qsizetype skipAsciiWordCharacters(const char16_t *s, qsizetype i, qsizetype n) {
#if defined(__SSE2__)
    bool found = false;
    i = ascii_detail::skipGroups(
        s, i, n,
        [](__m128i x) { return _mm_or_si128(ascii_detail::letterLanes(x), ascii_detail::digitLanes(x)); },
        found);
    if (found)
        return i;
#endif
    while (i < n && s[i] < 128 && kAsciiWordCharacters[s[i]])
        ++i;
    return i;
}

// Index of the first character at or after i (and before n) that is not an ASCII letter.
Q_ALWAYS_INLINE qsizetype skipAsciiLetters(const char16_t *s, qsizetype i, qsizetype n) {
#if defined(__SSE2__)
    bool found = false;
    i = ascii_detail::skipGroups(s, i, n, ascii_detail::letterLanes, found);
    if (found)
        return i;
#endif
    while (i < n && char16_t((s[i] | 0x20) - u'a') < 26)
        ++i;
    return i;
}

// Sixteen UTF-16 units at once: bit k of `letters` (of `digits`) is set when s[k] is an ASCII letter
// (digit). Both masks are only meaningful when `ascii` is true, i.e. when no unit is 0x80 or above; a
// scanner falls back to one unit at a time for such stretches.
struct AsciiChunk {
    unsigned letters = 0;
    unsigned digits = 0;
    bool ascii = true;
};

Q_ALWAYS_INLINE AsciiChunk classifyAsciiChunk(const char16_t *s) {
    AsciiChunk chunk;
#if defined(__SSE2__)
    const __m128i lo = _mm_loadu_si128(reinterpret_cast<const __m128i *>(s));
    const __m128i hi = _mm_loadu_si128(reinterpret_cast<const __m128i *>(s + 8));
    // A lane of lo | hi has a bit of 0xFF80 set when either unit of that lane is not ASCII.
    chunk.ascii = ascii_detail::allAscii(_mm_or_si128(lo, hi));
    const __m128i bytes = _mm_packus_epi16(lo, hi); // exact for ASCII
    chunk.letters = unsigned(_mm_movemask_epi8(ascii_detail::letterBytes(bytes)));
    chunk.digits = unsigned(_mm_movemask_epi8(ascii_detail::digitBytes(bytes)));
#else
    for (int k = 0; k < 16; ++k) {
        chunk.ascii = chunk.ascii && s[k] < 0x80;
        chunk.letters |= unsigned(char16_t((s[k] | 0x20) - u'a') < 26) << k;
        chunk.digits |= unsigned(char16_t(s[k] - u'0') < 10) << k;
    }
#endif
    return chunk;
}

} // namespace annals
