#pragma once

#include <QtGlobal>

#include <emmintrin.h>

namespace annals::timex {

// Index of the first character at or after `i` (and before `n`) that is not an ASCII letter, eight UTF-16
// units at a time: word scanning is the innermost loop of the tagger.
inline qsizetype skipAsciiLetters(const char16_t *s, qsizetype i, qsizetype n) {
    const __m128i caseBit = _mm_set1_epi16(0x20);
    const __m128i a = _mm_set1_epi16(u'a');
    const __m128i minusOne = _mm_set1_epi16(-1);
    const __m128i twentySix = _mm_set1_epi16(26);
    while (i + 8 <= n) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i *>(s + i));
        const __m128i v = _mm_sub_epi16(_mm_or_si128(x, caseBit), a);
        const __m128i letter = _mm_and_si128(_mm_cmpgt_epi16(v, minusOne), _mm_cmplt_epi16(v, twentySix));
        const unsigned mask = unsigned(_mm_movemask_epi8(letter));
        if (mask != 0xFFFFu)
            return i + qsizetype(__builtin_ctz(~mask & 0xFFFFu) / 2);
        i += 8;
    }
    while (i < n && char16_t((s[i] | 0x20) - u'a') < 26)
        ++i;
    return i;
}

} // namespace annals::timex
