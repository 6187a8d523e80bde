#pragma once

#include <QtGlobal>

#include <array>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

// ASCII letters and digits, for the word scanners of several stages (zones, actors).
namespace annals {

// Which ASCII characters are letters or digits, built at compile time.
inline constexpr auto kAsciiWordCharacters = [] {
    std::array<bool, 128> table{};
    for (char16_t c = 0; c < 128; ++c)
        table[c] = (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
    return table;
}();

// Index of the first character at or after i (and before n) that is not an ASCII letter or digit, eight
// characters at a time where SSE2 is there: words are scanned on every paragraph and event sentence.
Q_ALWAYS_INLINE qsizetype skipAsciiWordCharacters(const char16_t *s, qsizetype i, qsizetype n) {
#if defined(__SSE2__)
    const __m128i minusOne = _mm_set1_epi16(-1);
    while (i + 8 <= n) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i *>(s + i));
        // As signed 16-bit values, (c | 0x20) - 'a' is in [0, 26) and c - '0' in [0, 10) for ASCII
        // letters and digits only.
        const __m128i letterOffset =
            _mm_sub_epi16(_mm_or_si128(x, _mm_set1_epi16(0x20)), _mm_set1_epi16(u'a'));
        const __m128i digitOffset = _mm_sub_epi16(x, _mm_set1_epi16(u'0'));
        const __m128i letter = _mm_and_si128(_mm_cmpgt_epi16(letterOffset, minusOne),
                                             _mm_cmplt_epi16(letterOffset, _mm_set1_epi16(26)));
        const __m128i digit = _mm_and_si128(_mm_cmpgt_epi16(digitOffset, minusOne),
                                            _mm_cmplt_epi16(digitOffset, _mm_set1_epi16(10)));
        const unsigned mask = unsigned(_mm_movemask_epi8(_mm_or_si128(letter, digit)));
        if (mask != 0xFFFFu)
            return i + qsizetype(__builtin_ctz(~mask & 0xFFFFu) / 2);
        i += 8;
    }
#endif
    while (i < n && s[i] < 128 && kAsciiWordCharacters[s[i]])
        ++i;
    return i;
}

} // namespace annals
