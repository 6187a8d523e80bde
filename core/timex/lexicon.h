#pragma once

#include <QStringView>

#include <emmintrin.h>

#include <array>
#include <cstdint>
#include <vector>

namespace annals::timex {

// Calendar units, in increasing size. Used for durations, shifts ("last week") and sets ("every day").
enum class Unit : std::uint8_t {
    None,
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Quarter,
    Year,
    Decade,
    Century
};

// The role a word plays in temporal expressions beyond the numeric fields of Lexeme.
enum class Role : std::uint8_t {
    None,
    // Complete expressions on their own.
    Today,
    Yesterday,
    Tomorrow,
    Tonight,
    Now,
    PresentRef,
    PastRef,
    FutureRef,
    Soon,
    // Words that only matter next to a trigger.
    The,
    A,
    This,
    Last,
    Next,
    Coming,
    Past,
    Previous,
    Following,
    Same,
    That,
    Early,
    Late,
    Mid,
    Middle,
    Beginning,
    Start,
    End,
    Earlier,
    Later,
    Ago,
    Before,
    After,
    Every,
    Each,
    Per,
    Fiscal,
    Weekend,
    Half,
    Current,
    Recent,
    Future,
    Few,
    Several,
    Couple,
    Many,
    Some,
    Approx,
    LessThan,
    MoreThan,
    AtLeast,
    Noon,
    Midnight,
    Overnight,
    Of,
    And,
    Or,
    Ampm,
    Long,
    Old,
    Year,
    Decade,
    Century,
    Quarter,
    Morning,
    Afternoon,
    Evening,
    Night,
    Season,
    SetAdverb,
    Previously,
    Past2,
    YearHead,   // "nineteen" in a year said in words ("nineteen ninety-six")
    Period,     // "the latest period", "the 1988 period": a reporting period
    Term,       // "the near term", "the long term"
    DecadeName, // "the nineties" (its number is the decade's tens, 90)
};

// Tense markers: past forms ("said", "met"), present forms, future markers ("will", "next"), modals (which
// turn a following participle into a future: "will be held"), and -ed words that are not verbs ("hundred").
// Reporting verbs ("said") tell the tense of an expression only right next to it ("said Tuesday"); a
// deadline ("until", "by") points ahead, more weakly than a verb.
enum class WordTense : std::uint8_t { None, Past, Present, Future, Modal, NotPast, Reporting, Deadline };

// What the lexicon knows of a lowercase ASCII word. A word can be several things at once ("second" is an
// ordinal and a unit, "may" a month and a modal verb); the recognizer picks by context.
struct Lexeme {
    std::int16_t number = -1; // cardinal value ("seven" -> 7, "dozen" -> 12)
    std::int8_t ordinal = 0;  // "third" -> 3
    std::int8_t month = 0;    // 1..12
    std::int8_t weekday = 0;  // ISO 1 (Monday) .. 7 (Sunday)
    std::int8_t season = 0;   // 1 spring, 2 summer, 3 fall, 4 winter
    std::int8_t holiday = 0;  // 1-based index into holidays()
    Unit unit = Unit::None;
    bool plural = false;       // "weeks"
    bool abbreviation = false; // "oct", "wed": only counts with context
    Role role = Role::None;
    std::int8_t setUnitCount = 0;      // SetAdverb: "daily" -> Day with count 1, "biweekly" -> 2
    std::int8_t unitMultiple = 1;      // "fortnight": two of its unit (weeks)
    WordTense tense = WordTense::None; // what the word says of its clause's tense

    bool trigger =
        false; // starts a recognition attempt (months, weekdays, units, "today"...); set by Lexicon

    bool isTrigger() const { return trigger; }
    bool computeTrigger() const;
};

// Word tables built once; lookups are a hash of up to 16 lowercase ASCII letters, with no allocation.
class Lexicon {
public:
    Lexicon();
    // Returns nullptr when the word is unknown. `word` may be in any case; non-ASCII words are unknown.
    const Lexeme *find(QStringView word) const;
    // Packs `length` (1..16) ASCII letters starting at `s` into the lookup key, lowercased.
    // `readable` tells how many units can be read from `s` (at least 16 allows the vector path).
    static void packAscii(const char16_t *s, qsizetype length, std::uint64_t &k0, std::uint64_t &k1,
                          qsizetype readable = 0) {
        if (readable >= 16) {
            // Narrow sixteen UTF-16 units to bytes at once, lowercase them, and keep the word's own bytes.
            const __m128i lo = _mm_loadu_si128(reinterpret_cast<const __m128i *>(s));
            const __m128i hi = _mm_loadu_si128(reinterpret_cast<const __m128i *>(s + 8));
            const __m128i bytes = _mm_or_si128(_mm_packus_epi16(lo, hi), _mm_set1_epi8(0x20));
            const std::uint64_t b0 = std::uint64_t(_mm_cvtsi128_si64(bytes));
            const std::uint64_t b1 = std::uint64_t(_mm_cvtsi128_si64(_mm_unpackhi_epi64(bytes, bytes)));
            const auto keep = [](qsizetype count) {
                return count >= 8 ? ~std::uint64_t(0)
                                  : (count <= 0 ? 0 : (std::uint64_t(1) << (8 * count)) - 1);
            };
            k0 = b0 & keep(length);
            k1 = b1 & keep(length - 8);
            return;
        }
        k0 = 0;
        k1 = 0;
        const qsizetype head = length < 8 ? length : 8;
        for (qsizetype k = 0; k < head; ++k)
            k0 |= std::uint64_t(s[k] | 0x20) << (8 * k);
        for (qsizetype k = 8; k < length; ++k)
            k1 |= std::uint64_t(s[k] | 0x20) << (8 * (k - 8));
    }
    // The same for a word already packed by the tokenizer (up to 16 lowercase letters, one byte each).
    // Inline: the tokenizer and the candidate scan probe hundreds of thousands of words per megabyte.
    const Lexeme *findPacked(std::uint64_t k0, std::uint64_t k1) const {
        std::size_t i = hashKey(k0, k1) & m_mask;
        while (m_keys[i].k0 != 0) {
            if (m_keys[i].k0 == k0 && m_keys[i].k1 == k1)
                return &m_entries[i];
            i = (i + 1) & m_mask;
        }
        return nullptr;
    }

    // Cheap pre-checks on length and the first two letters (lowercase 'a'..'z'): can the word be in the
    // lexicon at all, and can it be a trigger? Most words of a text fail them and are never hashed.
    bool mayContain(qsizetype length, char16_t first, char16_t second) const {
        return passes(m_anyPrefix, length, first, second);
    }
    bool mayBeTrigger(qsizetype length, char16_t first, char16_t second, bool capitalized) const {
        return passes(capitalized ? m_capitalTriggerPrefix : m_triggerPrefix, length, first, second);
    }

private:
    // Keys apart from the entries, so that probing touches little memory.
    struct Key {
        std::uint64_t k0 = 0, k1 = 0; // the word packed as bytes; k0 == 0 marks an empty slot
    };
    static std::size_t hashKey(std::uint64_t k0, std::uint64_t k1) {
        const std::uint64_t h =
            k0 * 0x9E3779B97F4A7C15ull ^ (k1 + 0x632BE59BD9B4E019ull) * 0xC2B2AE3D27D4EB4Full;
        return std::size_t(h ^ (h >> 29));
    }
    Lexeme &entry(const char *word);
    std::vector<Key> m_keys;
    std::vector<Lexeme> m_entries;
    std::size_t m_mask = 0;
    // [length][first letter] -> bit set of second letters (bit 26: one-letter word).
    using PrefixTable = std::array<std::array<std::uint32_t, 26>, 17>;
    static bool passes(const PrefixTable &table, qsizetype length, char16_t first, char16_t second) {
        const unsigned f = unsigned(first | 0x20) - 'a';
        const unsigned s = length == 1 ? 26u : unsigned(second | 0x20) - 'a';
        return length >= 1 && length <= 16 && f < 26 && s < 27 && (table[std::size_t(length)][f] >> s & 1u);
    }
    static void mark(PrefixTable &table, const char *word, std::size_t length);
    PrefixTable m_anyPrefix{};
    PrefixTable m_triggerPrefix{};
    PrefixTable m_capitalTriggerPrefix{};
};

} // namespace annals::timex
