#pragma once

#include <QStringView>

#include <cstdint>

// Small, independent measurements of one paragraph's text that the zone classifier combines.
// Each is a pure function of the text so it can be tested on its own.
namespace annals::zones {

// Words are runs of letters, digits, apostrophes and inner hyphens ("cease-fire", "Hamas's").
int wordCount(QStringView text);

// Number of letters (any script).
int letterCount(QStringView text);

// Is this single word an English function word ("the", "of", "said")? Case-insensitive.
bool isStopWord(QStringView word);
// The same test for a word already packed with textkey::wordKey(word, textkey::Case::Fold).
bool isStopWordKey(std::uint64_t foldedKey);

// Share of words that are English function words ("the", "of", "and", "said"...); 0 for no words.
// Running prose sits around 0.3-0.5; headlines, names and navigation much lower.
double stopWordRatio(QStringView text);

// Share of words that start with a capital letter, ignoring short function words ("of", "the").
double titleCaseRatio(QStringView text);

// True when the text ends as a sentence does: '.', '!', '?', '…' or ':'-less, possibly followed by
// closing quotes or brackets ('He said "no."' counts).
bool endsLikeSentence(QStringView text);

// True for the text of a list item: starts with a dash or bullet followed by a space ("— Gaza's ...").
bool startsWithBullet(QStringView text);

// A headline-like line: a few words, no sentence-final period, contains letters.
bool isHeadlineLike(QStringView text);
// The same for a text whose words the caller has counted already (countWordsUpTo with a limit of 30 or more).
bool isHeadlineLike(QStringView text, int countedWords);

// A short label that introduces something else: "Next Up:", "Here's the latest:".
bool isLabelLine(QStringView text);

// Navigation-like: items separated by '·', '•' or at least two '|' ("Home | World | Politics").
bool hasNavigationSeparators(QStringView text);

// text.trimmed(), without Qt's out-of-line call when neither end is white space (nearly always).
inline QStringView trimmedText(QStringView text) {
    if (text.isEmpty() || (!text.front().isSpace() && !text.back().isSpace()))
        return text;
    return text.trimmed();
}

// startsWithWord's comparison, for text already trimmed and at least as long as a non-empty prefix.
bool startsWithWordTrimmed(QStringView text, QStringView prefix);

// Case-insensitive: does text start with prefix (after leading spaces)? Inline up to the first-letter
// test, which rejects nearly every call: the cue tests ask it of every paragraph, prefix after prefix.
inline bool startsWithWord(QStringView text, QStringView prefix) {
    text = trimmedText(text);
    if (text.size() < prefix.size() || prefix.isEmpty())
        return false;
    const char16_t x = text.front().unicode();
    const char16_t y = prefix.front().unicode();
    // Two ASCII characters match caselessly only when equal or the same letter in the other case.
    if ((x | y) < 128 && x != y && ((x ^ y) != 0x20 || char16_t((x | 0x20) - u'a') >= 26))
        return false;
    return startsWithWordTrimmed(text, prefix);
}

// Case-insensitive containment of an ASCII needle.
bool containsText(QStringView text, QStringView needle);

} // namespace annals::zones
