#pragma once

#include <QStringView>

namespace annals::zones {

// QChar::isLetterOrNumber with a branch-light ASCII path: this runs on every character of every block.
inline bool isWordCharacter(char16_t u) {
    if (u < 128)
        return (u >= u'0' && u <= u'9') || ((u | 0x20) >= u'a' && (u | 0x20) <= u'z');
    return QChar(u).isLetterOrNumber();
}

// Calls f(word) for each word of text: a run of letters and digits, with apostrophes and hyphens
// kept when they join two such characters ("cease-fire", "Hamas's", "Hamas’s").
template <typename F> void forEachWord(QStringView text, F &&f) {
    const qsizetype n = text.size();
    const char16_t *const s = text.utf16();
    qsizetype i = 0;
    while (i < n) {
        while (i < n && !isWordCharacter(s[i]))
            ++i;
        if (i >= n)
            break;
        const qsizetype start = i;
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
        f(text.sliced(start, i - start));
    }
}

} // namespace annals::zones
