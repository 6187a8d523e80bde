#include "output/code_points.h"

#include <algorithm>

namespace annals {

CodePointIndex::CodePointIndex(QStringView text) {
    const char16_t *data = text.utf16();
    const qsizetype n = text.size();
    // Most text has no surrogates at all: a branch-free pass over fixed blocks of 16 units (which the
    // compiler unrolls or vectorises) rules that out cheaply before the exact scan below.
    bool anySurrogate = false;
    qsizetype i = 0;
    for (; i + 16 <= n && !anySurrogate; i += 16) {
        unsigned block = 0;
        for (int k = 0; k < 16; ++k)
            block |= unsigned(char16_t(data[i + k] - 0xD800) < 0x800);
        anySurrogate = block != 0;
    }
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
