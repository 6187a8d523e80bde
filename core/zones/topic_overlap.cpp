#include "zones/topic_overlap.h"

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

char16_t folded(char16_t u) {
    return u < 128 ? kAsciiLower[u] : QChar(u).toLower().unicode();
}

// The length of the word without a possessive ending and a plural 's': "Hamas’s" -> 5, "talks" -> 4.
// Both run on every word of the lead paragraphs: inlined, they cost no call.
Q_ALWAYS_INLINE qsizetype stemLength(const char16_t *s, qsizetype n) {
    qsizetype stem = n;
    if (s[n - 1] == u's' && (s[n - 2] == u'\'' || s[n - 2] == u'\u2019'))
        stem -= 2;
    if (stem > 4 && s[stem - 1] == u's' && s[stem - 2] != u's')
        stem -= 1;
    return stem;
}

// Which of 1024 filter bits a word of at least 3 characters sets: a mix of its stem's length and
// folded first and last characters, so that words with equal stems (equal keys) set the same bit.
Q_ALWAYS_INLINE unsigned shapeBit(QStringView word) {
    const char16_t *const s = word.utf16();
    const qsizetype stem = stemLength(s, word.size());
    const quint32 shape =
        (quint32(folded(s[0])) << 16) ^ (quint32(folded(s[stem - 1])) << 6) ^ quint32(stem & 63);
    return (shape * 0x9E3779B1u) >> 22;
}

constexpr quint64 kFnvBasis = 1469598103934665603ULL;
constexpr quint64 kFnvPrime = 1099511628211ULL;

// FNV-1a over the lower-cased word with a crude stem: "Hamas’s" -> "hamas", "talks" -> "talk".
// Function words are left out: short ASCII words are packed (see textkey::wordKey) and probed in the
// stop-word table.
std::optional<quint64> contentWordKey(QStringView word) {
    const qsizetype n = word.size();
    if (n < 3)
        return std::nullopt;
    const char16_t *const s = word.utf16();
    const char16_t first = s[0];
    if (first < 128 ? !((first | 0x20) >= u'a' && (first | 0x20) <= u'z') : !QChar(first).isLetter())
        return std::nullopt;
    const qsizetype stem = stemLength(s, n);
    // One pass: the hash covers the stem, the packed key (see textkey::wordKey) the whole word. Only a
    // short plain-ASCII word can be a stop word. Word characters are never U+0000, so no key is cut short.
    std::uint64_t packed = 0;
    bool ascii = true;
    quint64 hash = kFnvBasis;
    qsizetype i = 0;
    for (; i < stem; ++i) {
        const char16_t u = s[i];
        ascii = ascii && u < 128;
        const char16_t f = folded(u);
        packed = (packed << 7) | f;
        hash = (hash ^ f) * kFnvPrime;
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

// Calls f(key) for each distinct content word key of text, and eachWord(word) for every word before.
template <typename F, typename EachWord>
void forEachDistinctKey(QStringView text, F &&f, EachWord &&eachWord) {
    // Paragraphs are short; a small linear list of seen keys beats a hash set here.
    std::array<quint64, 256> seen; // only the first `count` are read: no zeroing of all 2 KB
    std::size_t count = 0;
    forEachWord(text, [&](QStringView w) {
        eachWord(w);
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

int TopicOverlap::addCandidate(QStringView text) {
    if (m_candidateStarts.empty()) {
        // Room for a few headlines' words at once: growing three vectors word by word would cost more
        // allocations than the rest of the work on a headline.
        m_candidateStarts.reserve(8);
        m_candidateWords.reserve(64);
        m_words.reserve(64);
    }
    m_candidateStarts.push_back(int(m_candidateWords.size()));
    // One pass over the words for both their keys and their shapes.
    const auto addKey = [&](quint64 key) {
        const auto known =
            std::find_if(m_words.begin(), m_words.end(), [&](const Word &w) { return w.key == key; });
        m_candidateWords.push_back(int(known - m_words.begin()));
        if (known == m_words.end())
            m_words.push_back({key});
    };
    const auto addShape = [&](QStringView w) {
        if (w.size() >= 3) {
            const unsigned bit = shapeBit(w);
            m_shapes[bit / 64] |= quint64(1) << (bit % 64);
        }
    };
    forEachDistinctKey(text, addKey, addShape);
    return int(m_candidateStarts.size()) - 1;
}

bool TopicOverlap::addTopicParagraph(QStringView text,
                                     const std::function<bool(const TopicOverlap &)> &enough) {
    if (m_found == int(m_words.size()))
        return false;
    bool done = false;
    forEachWordUntil(text, done, [&](QStringView w) {
        if (w.size() < 3)
            return;
        const unsigned bit = shapeBit(w);
        if (!(m_shapes[bit / 64] & (quint64(1) << (bit % 64))))
            return; // the shape of no candidate word: nearly every word of the paragraph
        const auto key = contentWordKey(w);
        if (!key)
            return;
        bool newlyFound = false;
        for (Word &word : m_words) {
            if (word.key == *key && !word.found) {
                word.found = true;
                ++m_found;
                newlyFound = true;
            }
        }
        done = newlyFound && enough && enough(*this);
    });
    return m_found < int(m_words.size());
}

std::pair<int, int> TopicOverlap::wordsOf(int candidate) const {
    const std::size_t c = std::size_t(candidate);
    const int end =
        c + 1 < m_candidateStarts.size() ? m_candidateStarts[c + 1] : int(m_candidateWords.size());
    return {m_candidateStarts[c], end};
}

int TopicOverlap::sharedWords(int candidate) const {
    const auto [begin, end] = wordsOf(candidate);
    int shared = 0;
    for (int i = begin; i < end; ++i)
        shared += m_words[std::size_t(m_candidateWords[std::size_t(i)])].found ? 1 : 0;
    return shared;
}

double TopicOverlap::sharedRatio(int candidate) const {
    const auto [begin, end] = wordsOf(candidate);
    return end == begin ? 0.0 : double(sharedWords(candidate)) / (end - begin);
}

bool TopicOverlap::hasContentWord(QStringView text) {
    bool any = false;
    forEachWord(text, [&](QStringView w) { any = any || contentWordKey(w).has_value(); });
    return any;
}

} // namespace annals::zones
