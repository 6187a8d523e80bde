#include "zones/topic_vocabulary.h"

#include "zones/ascii_word_key.h"
#include "zones/block_features.h"
#include "zones/word_scanner.h"

#include <algorithm>
#include <array>

namespace annals::zones {

namespace {

// ASCII lower-casing by table: a load is cheaper than the range test on every character.
constexpr auto kAsciiLower = [] {
    std::array<char16_t, 128> table{};
    for (char16_t c = 0; c < 128; ++c)
        table[c] = c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c;
    return table;
}();

constexpr quint64 kFnvBasis = 1469598103934665603ULL;
constexpr quint64 kFnvPrime = 1099511628211ULL;

// FNV-1a over the lower-cased word with a crude stem: "Hamas’s" -> "hamas", "talks" -> "talk".
// Function words are left out: short ASCII words are packed (see textkey::wordKey) and probed in the
// stop-word table first, so only content words pay for the hash. This runs on every lead-paragraph word.
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
    // One pass: the hash covers the stem, the packed key (see textkey::wordKey) the whole word. Only a
    // short plain-ASCII word can be a stop word. Word characters are never U+0000, so no key is cut short.
    std::uint64_t packed = 0;
    bool ascii = true;
    quint64 hash = kFnvBasis;
    qsizetype i = 0;
    for (; i < stem; ++i) {
        const char16_t u = s[i];
        char16_t folded;
        if (u < 128) {
            folded = kAsciiLower[u];
        } else {
            ascii = false;
            folded = QChar(u).toLower().unicode();
        }
        packed = (packed << 7) | folded;
        hash = (hash ^ folded) * kFnvPrime;
    }
    for (; i < n; ++i) {
        const char16_t u = s[i];
        ascii = ascii && u < 128;
        packed = (packed << 7) | (u < 128 ? kAsciiLower[u] : 0);
    }
    if (ascii && n <= textkey::kMaxKeyLength && isStopWordKey(packed))
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

// The same words and keys as forEachWord + contentWordKey, in one pass over the characters: this reads
// every character of the lead paragraphs, so each is looked at once. The hashes after the last four
// characters are kept because the stem (which the hash covers) is known only at the word's end.
void TopicVocabulary::add(QStringView text) {
    const char16_t *const s = text.utf16();
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (true) {
        while (i < n && !isWordCharacter(s[i]))
            ++i;
        if (i >= n)
            return;
        const qsizetype start = i;
        quint64 h0 = kFnvBasis; // hash of the word so far; h1..h3: one, two, three characters shorter
        quint64 h1 = 0;
        quint64 h2 = 0;
        quint64 h3 = 0;
        std::uint64_t packed = 0;
        bool ascii = true;
        for (; i < n; ++i) {
            const char16_t c = s[i];
            if (!isWordCharacter(c)) {
                const bool joiner = c == u'\'' || c == u'-' || c == u'\u2019';
                if (!joiner || i + 1 >= n || !isWordCharacter(s[i + 1]))
                    break;
            }
            char16_t folded;
            if (c < 128) {
                folded = kAsciiLower[c];
            } else {
                ascii = false;
                folded = QChar(c).toLower().unicode();
            }
            packed = (packed << 7) | folded;
            h3 = h2;
            h2 = h1;
            h1 = h0;
            h0 = (h0 ^ folded) * kFnvPrime;
        }
        const qsizetype length = i - start;
        if (length < 3)
            continue;
        const char16_t *const w = s + start;
        const char16_t first = w[0];
        if (first < 128 ? !((first | 0x20) >= u'a' && (first | 0x20) <= u'z') : !QChar(first).isLetter())
            continue;
        if (ascii && length <= textkey::kMaxKeyLength && isStopWordKey(packed))
            continue;
        qsizetype stem = length;
        if (w[length - 1] == u's' && (w[length - 2] == u'\'' || w[length - 2] == u'\u2019'))
            stem -= 2;
        if (stem > 4 && w[stem - 1] == u's' && w[stem - 2] != u's')
            stem -= 1;
        const qsizetype dropped = length - stem;
        insert(dropped == 0 ? h0 : dropped == 1 ? h1 : dropped == 2 ? h2 : h3);
    }
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
