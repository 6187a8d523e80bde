#include "sentences/abbreviations.h"

#include "zones/ascii_word_key.h"

#include <algorithm>
#include <string_view>

namespace annals::sentences {

namespace {

using Word = std::u16string_view;

// Titles and name parts that always lead on to a name: never the end of a sentence.
constexpr Word kTitles[] = {u"mr",  u"mrs",  u"ms",  u"dr",   u"gen",  u"sen",  u"rep", u"gov",
                            u"lt",  u"col",  u"sgt", u"capt", u"cpt",  u"maj",  u"adm", u"cmdr",
                            u"st",  u"prof", u"rev", u"hon",  u"pres", u"supt", u"det", u"insp",
                            u"amb", u"cpl",  u"pvt", u"brig", u"fr",   u"mt",   u"ft",  u"messrs"};

// Month abbreviations and "No.": part of a date or number when a digit follows ("Oct. 7", "No. 10").
constexpr Word kBeforeNumber[] = {u"jan", u"feb", u"mar", u"apr", u"jun", u"jul", u"aug", u"sep", u"sept",
                                  u"oct", u"nov", u"dec", u"no",  u"nos", u"art", u"vol", u"p",   u"pp"};

// Abbreviations that can also close a sentence: "Inc.", "a.m.", "U.S.". They join the next word unless
// that word usually opens a sentence ("... in the U.S. The talks ...").
constexpr Word kOftenInside[] = {u"inc", u"corp",   u"co",  u"ltd",  u"jr",   u"sr",   u"bros", u"vs",
                                 u"etc", u"approx", u"est", u"dept", u"univ", u"assn", u"govt"};

constexpr Word kSentenceOpeners[] = {
    u"The",  u"A",    u"An",    u"He",        u"She",     u"It",    u"They", u"We",    u"I",   u"You",
    u"This", u"That", u"These", u"Those",     u"But",     u"And",   u"In",   u"On",    u"At",  u"As",
    u"If",   u"When", u"While", u"After",     u"Before",  u"His",   u"Her",  u"Their", u"Its", u"There",
    u"Some", u"Many", u"Most",  u"Meanwhile", u"However", u"Still", u"Yet",  u"So",    u"Our", u"My"};

// The longest word of the three case-folded tables: a longer word without inner dots is in none of them.
constexpr std::size_t kLongestFolded = [] {
    std::size_t longest = 0;
    for (Word w : kTitles)
        longest = std::max(longest, w.size());
    for (Word w : kBeforeNumber)
        longest = std::max(longest, w.size());
    for (Word w : kOftenInside)
        longest = std::max(longest, w.size());
    return longest;
}();

constexpr textkey::KeyTable kTitleKeys(kTitles, textkey::Case::Fold);
constexpr textkey::KeyTable kBeforeNumberKeys(kBeforeNumber, textkey::Case::Fold);
constexpr textkey::KeyTable kOftenInsideKeys(kOftenInside, textkey::Case::Fold);
constexpr textkey::KeyTable kSentenceOpenerKeys(kSentenceOpeners, textkey::Case::Keep);

// A word to look up case-insensitively in several tables: ASCII words take the integer-key path, packed
// once; the rare other word is compared the slow way, since a few non-ASCII letters fold to ASCII ones
// ("\u017F" to 's').
struct FoldedWord {
    explicit FoldedWord(QStringView w)
        : word(w)
        , ascii(textkey::isAscii(w))
        , key(ascii ? textkey::wordKey(w, textkey::Case::Fold) : 0) {}
    QStringView word;
    bool ascii;
    std::uint64_t key;
};

template <std::size_t N>
bool inFoldedTable(const Word (&table)[N], const textkey::KeyTable<N> &keys, const FoldedWord &folded) {
    if (folded.ascii)
        return keys.contains(folded.key);
    const QStringView word = folded.word;
    for (Word w : table) {
        if (word.compare(QStringView(w.data(), qsizetype(w.size())), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// Case-sensitive: only an ASCII word can equal an ASCII entry.
bool isSentenceOpener(QStringView word) {
    return kSentenceOpenerKeys.contains(textkey::wordKey(word, textkey::Case::Keep));
}

// Letters and dots only, each dot after one letter: "U.S.", "a.m.", "U.N." (the final dot included).
bool isDottedInitialism(QStringView token) {
    if (token.size() < 4 || token.size() % 2 != 0)
        return false;
    for (qsizetype i = 0; i < token.size(); i += 2) {
        if (!token[i].isLetter() || token[i + 1] != u'.')
            return false;
    }
    return true;
}

} // namespace

bool isFalseBoundary(QStringView text, qsizetype boundary) {
    // The end of the previous sentence, spaces skipped.
    qsizetype end = boundary;
    while (end > 0 && text[end - 1].isSpace())
        --end;
    if (end == 0 || text[end - 1] != u'.')
        return false;
    qsizetype start = end - 1;
    bool innerDot = false; // a '.' before the final one ("U.S.")
    while (start > 0 && !text[start - 1].isSpace() && text[start - 1] != u'(' && text[start - 1] != u'"' &&
           text[start - 1] != u'\u201C') {
        --start;
        innerDot = innerDot || text[start] == u'.';
    }
    const QStringView token = text.mid(start, end - start); // "Oct." "U.S." "J."
    const QStringView bare = token.first(token.size() - 1); // "Oct" "U.S" "J"
    if (bare.isEmpty())
        return false;
    // Most sentences end in an ordinary word ("said."): longer than every table entry, one letter per
    // unit (folding keeps lengths), and no initialism, so none of the rules below can apply.
    if (bare.size() > qsizetype(kLongestFolded) && !innerDot)
        return false;

    // What follows: its first character (and, below, its first word).
    qsizetype next = boundary;
    while (next < text.size() && text[next].isSpace())
        ++next;
    if (next >= text.size())
        return false;
    // The next word is read only by the rules that ask about it.
    const auto nextWord = [&] {
        qsizetype wordEnd = next;
        while (wordEnd < text.size() && text[wordEnd].isLetterOrNumber())
            ++wordEnd;
        return text.mid(next, wordEnd - next);
    };

    const FoldedWord folded(bare);
    if (inFoldedTable(kTitles, kTitleKeys, folded))
        return true;
    if (inFoldedTable(kBeforeNumber, kBeforeNumberKeys, folded))
        return text[next].isDigit();
    if (bare.size() == 1 && bare[0].isUpper())
        return text[next].isUpper() && !isSentenceOpener(nextWord()); // "J. Smith"
    if (isDottedInitialism(token) || inFoldedTable(kOftenInside, kOftenInsideKeys, folded))
        return !isSentenceOpener(nextWord());
    return false;
}

} // namespace annals::sentences
