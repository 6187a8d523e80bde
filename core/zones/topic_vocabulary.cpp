#include "zones/topic_vocabulary.h"

#include "zones/ascii_word_key.h"
#include "zones/block_features.h"
#include "zones/word_scanner.h"

#include <algorithm>
#include <array>

namespace annals::zones {

namespace {

// FNV-1a over the lower-cased word with a crude stem: "Hamas’s" -> "hamas", "talks" -> "talk".
// Function words are left out. One pass over the word builds both the hash and the packed key that the
// stop-word table is probed with (see textkey::wordKey): this runs on every word of the lead paragraphs.
std::optional<quint64> contentWordKey(QStringView word) {
    const qsizetype n = word.size();
    if (n < 3)
        return std::nullopt;
    const char16_t *const s = word.utf16();
    const char16_t first = s[0];
    if (first < 128 ? !((first | 0x20) >= u'a' && (first | 0x20) <= u'z') : !QChar(first).isLetter())
        return std::nullopt;
    qsizetype stem = n;
    if (s[n - 1] == u's' && (s[n - 2] == u'\'' || s[n - 2] == u'\u2019'))
        stem -= 2;
    if (stem > 4 && s[stem - 1] == u's' && s[stem - 2] != u's')
        stem -= 1;
    bool packable = n <= textkey::kMaxKeyLength; // short plain ASCII: could be a stop word
    std::uint64_t packed = 0;
    quint64 hash = 1469598103934665603ULL;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = s[i];
        const bool ascii = u < 128;
        const char16_t folded = ascii && u >= u'A' && u <= u'Z' ? char16_t(u + 32) : u;
        packable = packable && ascii && u != 0;
        packed = (packed << 7) | folded;
        if (i < stem) {
            hash ^= ascii ? folded : QChar(u).toLower().unicode();
            hash *= 1099511628211ULL;
        }
    }
    if (packable && isStopWordKey(packed))
        return std::nullopt;
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
            insert(*key);
    });
}

namespace {
std::size_t slotOf(quint64 key, std::size_t mask) {
    return std::size_t((key * 0x9E3779B97F4A7C15ULL) >> 32) & mask;
}
} // namespace

bool TopicVocabulary::contains(quint64 key) const {
    if (key == 0)
        return m_hasZero;
    if (m_cells.empty())
        return false;
    const std::size_t mask = m_cells.size() - 1;
    for (std::size_t i = slotOf(key, mask);; i = (i + 1) & mask) {
        if (m_cells[i] == key)
            return true;
        if (m_cells[i] == 0)
            return false;
    }
}

void TopicVocabulary::insert(quint64 key) {
    if (key == 0) {
        m_count += m_hasZero ? 0 : 1;
        m_hasZero = true;
        return;
    }
    if (std::size_t(m_count + 1) * 2 > m_cells.size()) {
        std::vector<quint64> old(std::max<std::size_t>(512, m_cells.size() * 2), 0);
        old.swap(m_cells);
        const std::size_t mask = m_cells.size() - 1;
        for (const quint64 k : old) {
            if (k == 0)
                continue;
            std::size_t i = slotOf(k, mask);
            while (m_cells[i] != 0)
                i = (i + 1) & mask;
            m_cells[i] = k;
        }
    }
    const std::size_t mask = m_cells.size() - 1;
    std::size_t i = slotOf(key, mask);
    while (m_cells[i] != 0) {
        if (m_cells[i] == key)
            return;
        i = (i + 1) & mask;
    }
    m_cells[i] = key;
    ++m_count;
}

int TopicVocabulary::sharedWords(QStringView text) const {
    int shared = 0;
    forEachDistinctKey(text, [&](quint64 key) { shared += contains(key) ? 1 : 0; });
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
