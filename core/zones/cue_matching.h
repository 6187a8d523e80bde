#pragma once

#include "zones/block_features.h"

#include <QStringView>

#include <algorithm>
#include <array>
#include <cstdint>
#include <string_view>

// The matching the cue tests (cue_phrases.cpp) build on: fixed word and prefix lists as compile-time
// tables, and the cheap filters (first letters, lengths) that rule out nearly every paragraph before any
// comparison.
namespace annals::zones::cue_matching {

using Table = std::u16string_view;

// A view of a string literal with its length known at compile time (QStringView's constructor from an
// array looks for the terminating zero at run time, on every call).
template <std::size_t N> constexpr QStringView lit(const char16_t (&literal)[N]) {
    return QStringView(literal, qsizetype(N - 1));
}

// QChar::toLower, without the library call for ASCII.
inline char16_t lowerCase(QChar c) {
    const char16_t u = c.unicode();
    if (u < 128)
        return (u >= u'A' && u <= u'Z') ? char16_t(u + 32) : u;
    return c.toLower().unicode();
}

// The lower-cased ASCII first two letters of a list of prefixes, as a set of 128 x 128 bits. Each prefix
// must be ASCII and at least three long (startsWithAny compares three letters before the whole prefix):
// a list that breaks this does not compile.
using LetterPairs = std::array<std::uint64_t, 128 * 128 / 64>;

constexpr std::size_t pairIndex(char16_t first, char16_t second) {
    return std::size_t(first) * 128 + second;
}

template <std::size_t N> constexpr LetterPairs firstLetters(const Table (&prefixes)[N]) {
    LetterPairs pairs{};
    auto lower = [](char16_t c) { return c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c; };
    for (Table p : prefixes) {
        for (const char16_t c : p) {
            if (c >= 128 || p.size() < 3)
                throw "startsWithAny needs ASCII prefixes of three or more characters";
        }
        const std::size_t i = pairIndex(lower(p[0]), lower(p[1]));
        pairs[i / 64] |= std::uint64_t(1) << (i % 64);
    }
    return pairs;
}

template <std::size_t N>
bool startsWithAny(QStringView text, const Table (&prefixes)[N], const LetterPairs &firsts) {
    text = trimmedText(text);
    if (text.size() < 2)
        return false;
    // Most paragraphs fail on the first two letters; compare whole prefixes only when they match. (A
    // non-ASCII letter may fold to an ASCII one: those go through the list.)
    const char16_t first = lowerCase(text[0]);
    // With three ASCII letters to compare (every prefix has three or more characters), a prefix is tried
    // only when its first three match caselessly: most prefixes sharing the first letter differ there.
    char16_t second = 0;
    char16_t third = 0;
    if ((text[0].unicode() | text[1].unicode()) < 128) {
        second = lowerCase(text[1]);
        const std::size_t i = pairIndex(first, second);
        if (!(firsts[i / 64] >> (i % 64) & 1u))
            return false;
        if (text.size() >= 3 && text[2].unicode() < 128)
            third = lowerCase(text[2]);
    }
    for (Table p : prefixes) {
        if (lowerCase(p.front()) != first)
            continue;
        if (third != 0 && (lowerCase(p[1]) != second || lowerCase(p[2]) != third))
            continue;
        if (startsWithWord(text, QStringView(p.data(), qsizetype(p.size()))))
            return true;
    }
    return false;
}

// The text as a standard string view: on the short texts searched here its find() is several times
// cheaper than Qt's case-sensitive search, which sets up a skip table or hash for every call.
inline Table asTable(QStringView text) {
    return Table(text.utf16(), std::size_t(text.size()));
}

// Case-sensitive: one pass over the text, where each position whose character opens some needle (a bit
// set of ASCII first characters) is compared with those needles only.
template <std::size_t N> bool containsAnyExactly(QStringView text, const Table (&needles)[N]) {
    quint64 firsts[2] = {0, 0};
    for (Table n : needles) {
        if (n.empty() || n[0] >= 128)
            return std::any_of(std::begin(needles), std::end(needles),
                               [&](Table m) { return asTable(text).find(m) != Table::npos; });
        firsts[n[0] >> 6] |= quint64(1) << (n[0] & 63);
    }
    const Table t = asTable(text);
    for (std::size_t i = 0; i < t.size(); ++i) {
        const char16_t c = t[i];
        if (c >= 128 || !(firsts[c >> 6] & (quint64(1) << (c & 63))))
            continue;
        for (Table n : needles) {
            if (n[0] == c && t.compare(i, n.size(), n) == 0)
                return true;
        }
    }
    return false;
}

template <std::size_t N>
bool containsAny(QStringView text, const Table (&needles)[N], Qt::CaseSensitivity cs) {
    if (cs == Qt::CaseSensitive)
        return containsAnyExactly(text, needles);
    for (Table n : needles) {
        if (text.contains(QStringView(n.data(), qsizetype(n.size())), cs))
            return true;
    }
    return false;
}

// Cheap upper bound used to skip costlier checks on long paragraphs: a word needs at least two characters.
inline bool mayHaveAtMostWords(QStringView text, int words) {
    return text.size() <= qsizetype(words) * 24;
}

template <std::size_t N> bool isWordIn(QStringView word, const Table (&words)[N]) {
    if (word.isEmpty())
        return false;
    const char16_t first = word.front().unicode();
    for (Table w : words) {
        // Simple case folding keeps lengths, so only same-length entries need Qt's comparison, and an
        // ASCII first letter must match the entry's (all entries are ASCII).
        if (qsizetype(w.size()) != word.size() ||
            (first < 128 && lowerCase(QChar(first)) != lowerCase(QChar(w[0]))))
            continue;
        if (word.compare(QStringView(w.data(), qsizetype(w.size())), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// For each ASCII letter, the lengths (below 32) of a word list's entries that start with it in either
// case: a word whose first letter and length match none is in none, whatever its case (simple case
// folding keeps lengths). The entries are ASCII words, shorter than 32.
using WordShapes = std::array<std::uint32_t, 26>;

template <std::size_t N> constexpr WordShapes wordShapes(const Table (&words)[N]) {
    WordShapes shapes{};
    for (Table w : words)
        shapes[std::size_t((w[0] | 0x20) - u'a')] |= std::uint32_t(1) << w.size();
    return shapes;
}

// Whether isWordIn can hold for a list with these shapes; a word opening with a non-ASCII character,
// which may fold to an ASCII letter, always passes to the full test.
inline bool mayBeWordIn(QStringView word, const WordShapes &shapes) {
    if (word.isEmpty() || word.size() >= 32)
        return false;
    const char16_t first = word.front().unicode();
    if (first >= 128)
        return true;
    const char16_t letter = char16_t((first | 0x20) - u'a');
    return letter < 26 && (shapes[letter] >> word.size() & 1u);
}

} // namespace annals::zones::cue_matching
