#include "timex/sentence_bounds.h"

#include <QChar>

#include <algorithm>

namespace annals::timex {

namespace {

// Does a sentence end with the character at `dot` (".", "!" or "?") followed by a space and a capital?
bool endsSentence(QStringView text, qsizetype dot, const Lexicon &lexicon) {
    const qsizetype n = text.size();
    if (dot + 2 >= n || !(text[dot + 1] == u' ' || text[dot + 1] == u'\n') || !text[dot + 2].isUpper())
        return false;
    if (text[dot] != u'.')
        return true;
    qsizetype w = dot;
    while (w > 0 && text[w - 1].isLetter())
        --w;
    const QStringView word = text.sliced(w, dot - w);
    if (word.size() <= 2)
        return false; // "U.S.", "Mr."
    const Lexeme *l = lexicon.find(word);
    return !(l && l->abbreviation);
}

} // namespace

TextSpan sentenceAround(QStringView text, TextSpan expression, const QList<TextSpan> &sentences,
                        const Lexicon &lexicon, qsizetype reach) {
    const qsizetype n = text.size();
    const qsizetype lowest = std::max<qsizetype>(0, expression.start - reach);
    const qsizetype highest = std::min(n, expression.end + reach);
    if (!sentences.isEmpty()) {
        auto it = std::upper_bound(sentences.begin(), sentences.end(), expression.start,
                                   [](qsizetype p, const TextSpan &s) { return p < s.start; });
        if (it != sentences.begin() && (it - 1)->end >= expression.end)
            return TextSpan{std::max(lowest, (it - 1)->start), std::min(highest, (it - 1)->end)};
    }
    qsizetype from = expression.start;
    while (from > lowest) {
        const QChar c = text[from - 1];
        if (c == u'\n' || ((c == u'.' || c == u'!' || c == u'?') && endsSentence(text, from - 1, lexicon)))
            break;
        --from;
    }
    qsizetype to = expression.end;
    while (to < highest) {
        const QChar c = text[to];
        if (c == u'\n')
            break;
        if ((c == u'.' || c == u'!' || c == u'?') && endsSentence(text, to, lexicon)) {
            ++to;
            break;
        }
        ++to;
    }
    return TextSpan{from, to};
}

} // namespace annals::timex
