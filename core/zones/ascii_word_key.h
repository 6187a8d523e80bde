#pragma once

#include <QStringView>

#include <algorithm>
#include <array>
#include <cstdint>
#include <string_view>

// Short ASCII words packed into one integer, so that looking a word up in a fixed word list is a
// binary search over integers: no allocation, no case conversion tables, no string comparisons.
// Header-only; the sentence splitter uses it too.
namespace annals::textkey {

// Up to 9 characters of 7 bits each fit in 63 bits.
inline constexpr qsizetype kMaxKeyLength = 9;

enum class Case { Fold, Keep };

// The key of word, or 0 when the word is empty, longer than kMaxKeyLength or not plain ASCII (then no
// table built from ASCII words can hold it under simple case folding, except through the rare
// non-ASCII characters that fold to ASCII; callers that must honour those check keyIsAscii first).
template <typename Char> constexpr std::uint64_t wordKey(const Char *data, qsizetype size, Case c) {
    if (size <= 0 || size > kMaxKeyLength)
        return 0;
    std::uint64_t key = 0;
    for (qsizetype i = 0; i < size; ++i) {
        auto u = static_cast<char16_t>(data[i]);
        if (u == 0 || u >= 128)
            return 0;
        if (c == Case::Fold && u >= u'A' && u <= u'Z')
            u = char16_t(u + 32);
        key = (key << 7) | u;
    }
    return key;
}

inline std::uint64_t wordKey(QStringView word, Case c) {
    return wordKey(word.utf16(), word.size(), c);
}

// Is every character of word plain ASCII?
inline bool isAscii(QStringView word) {
    return std::all_of(word.begin(), word.end(), [](QChar ch) { return ch.unicode() < 128; });
}

// A set of keys built at compile time from a list of words (each at most kMaxKeyLength long): an
// open-addressing hash table at most a quarter full, so a lookup is a multiply and one or two probes.
template <std::size_t N> struct KeyTable {
    static constexpr int bitsFor(std::size_t n) {
        int bits = 2;
        while ((std::size_t(1) << bits) < 4 * n)
            ++bits;
        return bits;
    }
    static constexpr int kBits = bitsFor(N);
    std::array<std::uint64_t, std::size_t(1) << kBits> cells{};

    static constexpr std::size_t slotOf(std::uint64_t key) {
        return std::size_t((key * 0x9E3779B97F4A7C15ULL) >> (64 - kBits));
    }

    constexpr KeyTable(const std::u16string_view (&words)[N], Case c) {
        for (const std::u16string_view word : words) {
            const std::uint64_t key = wordKey(word.data(), qsizetype(word.size()), c);
            std::size_t i = slotOf(key);
            while (cells[i] != 0 && cells[i] != key)
                i = (i + 1) & (cells.size() - 1);
            cells[i] = key;
        }
    }

    constexpr bool contains(std::uint64_t key) const {
        if (key == 0)
            return false;
        for (std::size_t i = slotOf(key);; i = (i + 1) & (cells.size() - 1)) {
            if (cells[i] == key)
                return true;
            if (cells[i] == 0)
                return false;
        }
    }
};

} // namespace annals::textkey
