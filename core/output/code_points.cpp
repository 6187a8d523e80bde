#include "output/code_points.h"

#include <algorithm>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace annals {

CodePointIndex::CodePointIndex(QStringView text) {
    const char16_t *data = text.utf16();
    const qsizetype n = text.size();
    // Most text has no surrogates at all: rule that out eight units at a time (SSE2; otherwise in
    // branch-free blocks of sixteen, which the compiler unrolls) before the exact scan below.
    bool anySurrogate = false;
    qsizetype i = 0;
#if defined(__SSE2__)
    const __m128i rangeMask = _mm_set1_epi16(short(0xF800));
    const __m128i surrogates = _mm_set1_epi16(short(0xD800));
    auto surrogateLanes = [&](qsizetype at) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + at));
        return _mm_cmpeq_epi16(_mm_and_si128(v, rangeMask), surrogates);
    };
    // Thirty-two units per test: the loop's own cost is spread over four groups.
    for (; i + 32 <= n && !anySurrogate; i += 32) {
        const __m128i any = _mm_or_si128(_mm_or_si128(surrogateLanes(i), surrogateLanes(i + 8)),
                                         _mm_or_si128(surrogateLanes(i + 16), surrogateLanes(i + 24)));
        anySurrogate = _mm_movemask_epi8(any) != 0;
    }
    for (; i + 8 <= n && !anySurrogate; i += 8)
        anySurrogate = _mm_movemask_epi8(surrogateLanes(i)) != 0;
#else
    for (; i + 16 <= n && !anySurrogate; i += 16) {
        unsigned block = 0;
        for (int k = 0; k < 16; ++k)
            block |= unsigned(char16_t(data[i + k] - 0xD800) < 0x800);
        anySurrogate = block != 0;
    }
#endif
    for (; i < n && !anySurrogate; ++i)
        anySurrogate = char16_t(data[i] - 0xD800) < 0x800;
    if (!anySurrogate)
        return;
    for (qsizetype i = 0; i + 1 < n; ++i) {
        // Surrogates are 0xD800..0xDFFF: one compare rules out nearly every unit.
        if ((data[i] & 0xF800) != 0xD800)
            continue;
        if (QChar::isHighSurrogate(data[i]) && QChar::isLowSurrogate(data[i + 1])) {
            m_lowSurrogates.append(i + 1);
            ++i;
        }
    }
}

qsizetype CodePointIndex::toCodePoint(qsizetype utf16) const {
    if (m_lowSurrogates.isEmpty())
        return utf16;
    // Every pair whose second unit lies before `utf16` took two units for one code point.
    const auto pairsBefore =
        std::lower_bound(m_lowSurrogates.cbegin(), m_lowSurrogates.cend(), utf16) - m_lowSurrogates.cbegin();
    return utf16 - pairsBefore;
}

} // namespace annals
