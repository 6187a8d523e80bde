#pragma once

#include <QStringView>

namespace annals::zones {

// Calls f(word) for each word of text: a run of letters and digits, with apostrophes and hyphens
// kept when they join two such characters ("cease-fire", "Hamas's", "Hamas’s").
template <typename F> void forEachWord(QStringView text, F &&f) {
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        while (i < n && !text[i].isLetterOrNumber())
            ++i;
        if (i >= n)
            break;
        const qsizetype start = i;
        while (i < n) {
            const QChar c = text[i];
            if (c.isLetterOrNumber()) {
                ++i;
                continue;
            }
            const bool joiner = c == u'\'' || c == u'-' || c == u'\u2019';
            if (joiner && i + 1 < n && text[i + 1].isLetterOrNumber()) {
                ++i;
                continue;
            }
            break;
        }
        f(text.mid(start, i - start));
    }
}

} // namespace annals::zones
