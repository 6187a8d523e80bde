#include "zones/topic_vocabulary.h"

#include "zones/block_features.h"
#include "zones/word_scanner.h"

#include <array>

namespace annals::zones {

namespace {

// FNV-1a over the lower-cased word with a crude stem: "Hamas’s" -> "hamas", "talks" -> "talk".
std::optional<quint64> contentWordKey(QStringView word) {
    if (word.size() < 3 || !word.front().isLetter() || isStopWord(word))
        return std::nullopt;
    const qsizetype n = word.size();
    if (word[n - 1] == u's' && (word[n - 2] == u'\'' || word[n - 2] == u'\u2019'))
        word.chop(2);
    if (word.size() > 4 && word.back() == u's' && word[word.size() - 2] != u's')
        word.chop(1);
    quint64 hash = 1469598103934665603ULL;
    for (QChar c : word) {
        const char16_t u = c.unicode();
        hash ^= u < 128 ? ((u >= u'A' && u <= u'Z') ? char16_t(u + 32) : u) : c.toLower().unicode();
        hash *= 1099511628211ULL;
    }
    return hash;
}

template <typename F> void forEachDistinctKey(QStringView text, F &&f) {
    // Paragraphs are short; a small linear list of seen keys beats a hash set here.
    std::array<quint64, 256> seen{};
    std::size_t count = 0;
    forEachWord(text, [&](QStringView w) {
        const auto key = contentWordKey(w);
        if (!key)
            return;
        for (std::size_t i = 0; i < count; ++i) {
            if (seen[i] == *key)
                return;
        }
        if (count < seen.size())
            seen[count++] = *key;
        f(*key);
    });
}

} // namespace

void TopicVocabulary::add(QStringView text) {
    // Inserting into a set already ignores repeats, so the per-paragraph de-duplication is not needed.
    forEachWord(text, [&](QStringView w) {
        if (const auto key = contentWordKey(w))
            m_words.insert(*key);
    });
}

int TopicVocabulary::sharedWords(QStringView text) const {
    int shared = 0;
    forEachDistinctKey(text, [&](quint64 key) { shared += m_words.contains(key) ? 1 : 0; });
    return shared;
}

double TopicVocabulary::sharedRatio(QStringView text) const {
    const int total = contentWordCount(text);
    return total == 0 ? 0.0 : double(sharedWords(text)) / total;
}

int TopicVocabulary::contentWordCount(QStringView text) {
    int total = 0;
    forEachDistinctKey(text, [&](quint64) { ++total; });
    return total;
}

} // namespace annals::zones
