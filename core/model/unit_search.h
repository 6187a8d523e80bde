#pragma once

#include <QStringView>

#include <algorithm>
#include <cstddef>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace annals {

// Does s hold any of the given UTF-16 units? One pass, eight units at a time where SSE2 is there: the
// stages ask this of every paragraph or event sentence (dashes, quotes, colons and slashes).
template <char16_t... Units> bool containsAnyUnit(QStringView s) {
    const char16_t *const d = s.utf16();
    const qsizetype n = s.size();
    qsizetype i = 0;
#if defined(__SSE2__)
    for (; i + 8 <= n; i += 8) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(d + i));
        __m128i hits = _mm_setzero_si128();
        ((hits = _mm_or_si128(hits, _mm_cmpeq_epi16(v, _mm_set1_epi16(short(Units))))), ...);
        if (_mm_movemask_epi8(hits))
            return true;
    }
#endif
    for (; i < n; ++i) {
        if (((d[i] == Units) || ...))
            return true;
    }
    return false;
}

// How many times s holds the unit c: a plain loop the compiler vectorises, where QStringView::count is
// a library call costing more than the scan on the short texts asked about.
inline qsizetype countUnit(QStringView s, char16_t c) {
    const char16_t *const d = s.utf16();
    qsizetype n = 0;
    for (qsizetype i = 0; i < s.size(); ++i)
        n += d[i] == c ? 1 : 0;
    return n;
}

// Comparisons with a string literal, inline and lengths first: QStringView's operator==, startsWith and
// endsWith are library calls that cost more than the comparison itself on the short texts of hot paths.
template <std::size_t N> bool equalsText(QStringView s, const char16_t (&literal)[N]) {
    return s.size() == qsizetype(N - 1) && std::equal(literal, literal + N - 1, s.utf16());
}

template <std::size_t N> bool startsWithText(QStringView s, const char16_t (&literal)[N]) {
    return s.size() >= qsizetype(N - 1) && std::equal(literal, literal + N - 1, s.utf16());
}

template <std::size_t N> bool endsWithText(QStringView s, const char16_t (&literal)[N]) {
    return s.size() >= qsizetype(N - 1) &&
           std::equal(literal, literal + N - 1, s.utf16() + s.size() - qsizetype(N - 1));
}

} // namespace annals
