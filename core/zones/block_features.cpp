#include "zones/block_features.h"

#include "model/unit_search.h"
#include "zones/ascii_word_key.h"
#include "zones/word_scanner.h"

#include <algorithm>
#include <array>
#include <limits>
#include <string_view>

namespace annals::zones {

namespace {

// English function words. Prose is dense with them; headlines, names, menus and credits are not.
constexpr std::u16string_view kStopWords[] = {
    u"a",     u"about", u"after",  u"all",   u"also",    u"an",      u"and",   u"are",    u"as",   u"at",
    u"be",    u"been",  u"before", u"being", u"but",     u"by",      u"can",   u"could",  u"did",  u"do",
    u"for",   u"from",  u"had",    u"has",   u"have",    u"he",      u"her",   u"his",    u"how",  u"i",
    u"if",    u"in",    u"into",   u"is",    u"it",      u"its",     u"may",   u"more",   u"most", u"no",
    u"not",   u"now",   u"of",     u"on",    u"one",     u"only",    u"or",    u"other",  u"our",  u"out",
    u"over",  u"said",  u"says",   u"she",   u"should",  u"so",      u"some",  u"than",   u"that", u"the",
    u"their", u"them",  u"then",   u"there", u"these",   u"they",    u"this",  u"those",  u"to",   u"up",
    u"was",   u"we",    u"were",   u"what",  u"when",    u"where",   u"which", u"while",  u"who",  u"will",
    u"with",  u"would", u"you",    u"your",  u"against", u"between", u"under", u"because"};

// Words a title-case count should skip: "Ceasefire Talks Break Down as U.S. and Israel Pull Back".
constexpr std::u16string_view kTitleSkip[] = {u"a",  u"an", u"and", u"as", u"at",  u"by", u"for", u"from",
                                              u"in", u"of", u"on",  u"or", u"the", u"to", u"via", u"with"};

constexpr textkey::KeyTable kStopWordKeys(kStopWords, textkey::Case::Fold);
constexpr textkey::KeyTable kTitleSkipKeys(kTitleSkip, textkey::Case::Fold);

// The tables hold short ASCII words; anything longer or non-ASCII is not in them.
template <std::size_t N> bool inTable(const textkey::KeyTable<N> &table, QStringView word) {
    return table.contains(textkey::wordKey(word, textkey::Case::Fold));
}

// For two ASCII characters, equal ignoring case; false for anything else (the caller then asks Qt).
bool asciiCaselessEqual(QChar a, QChar b) {
    const char16_t x = a.unicode();
    const char16_t y = b.unicode();
    if (x == y)
        return true;
    if ((x | y) >= 128 || (x ^ y) != 0x20)
        return false;
    const char16_t lower = x | 0x20;
    return lower >= u'a' && lower <= u'z';
}

// text.startsWith(prefix, Qt::CaseInsensitive) (text at least as long as prefix), without Qt's
// Unicode case folding while both sides are ASCII.
bool startsCaseless(QStringView text, QStringView prefix) {
    for (qsizetype i = 0; i < prefix.size(); ++i) {
        if ((text[i].unicode() | prefix[i].unicode()) >= 128)
            return text.startsWith(prefix, Qt::CaseInsensitive); // a non-ASCII letter may fold to ASCII
        if (!asciiCaselessEqual(text[i], prefix[i]))
            return false;
    }
    return true;
}

bool isClosing(QChar c) {
    switch (c.unicode()) {
    case u'"':
    case u'\'':
    case u')':
    case u']':
    case u'\u2019': // ’
    case u'\u201D': // ”
    case u'\u00BB': // »
        return true;
    default:
        return false;
    }
}

} // namespace

bool isStopWord(QStringView word) {
    return inTable(kStopWordKeys, word);
}

bool isStopWordKey(std::uint64_t foldedKey) {
    return kStopWordKeys.contains(foldedKey);
}

int wordCount(QStringView text) {
    return countWordsUpTo(text, std::numeric_limits<int>::max());
}

int letterCount(QStringView text) {
    return int(std::count_if(text.begin(), text.end(), [](QChar c) { return c.isLetter(); }));
}

double stopWordRatio(QStringView text) {
    int words = 0;
    int stops = 0;
    forEachWord(text, [&](QStringView w) {
        ++words;
        if (inTable(kStopWordKeys, w))
            ++stops;
    });
    return words == 0 ? 0.0 : double(stops) / words;
}

double titleCaseRatio(QStringView text) {
    int counted = 0;
    int capitalised = 0;
    forEachWord(text, [&](QStringView w) {
        if (!w.front().isLetter() || inTable(kTitleSkipKeys, w))
            return;
        ++counted;
        if (w.front().isUpper())
            ++capitalised;
    });
    return counted == 0 ? 0.0 : double(capitalised) / counted;
}

bool endsLikeSentence(QStringView text) {
    text = trimmedText(text);
    while (!text.isEmpty() && isClosing(text.back()))
        text.chop(1);
    if (text.isEmpty())
        return false;
    const QChar last = text.back();
    return last == u'.' || last == u'!' || last == u'?' || last == u'\u2026';
}

bool startsWithBullet(QStringView text) {
    text = trimmedText(text);
    if (text.size() < 3)
        return false;
    switch (text.front().unicode()) {
    case u'\u2014': // —
    case u'\u2013': // –
    case u'-':
    case u'\u2022': // •
    case u'*':
    case u'\u00B7': // ·
        return text[1].isSpace();
    default:
        return false;
    }
}

namespace {

// isHeadlineLike, with the words counted (up to at least 30) only when the cheaper tests pass.
template <typename CountWords> bool headlineLike(QStringView text, CountWords countWords) {
    text = trimmedText(text);
    if (text.size() > 30 * 24)
        return false; // far too long for 30 words
    // A question or exclamation can be a headline; a full stop rarely ends one.
    if (endsLikeSentence(text) && text.back() != u'?' && text.back() != u'!')
        return false;
    const int words = countWords(text);
    return words >= 3 && words <= 30 && letterCount(text) >= 8;
}

} // namespace

bool isHeadlineLike(QStringView text) {
    return headlineLike(text, [](QStringView trimmed) { return countWordsUpTo(trimmed, 30); });
}

bool isHeadlineLike(QStringView text, int countedWords) {
    return headlineLike(text, [countedWords](QStringView) { return countedWords; });
}

bool isLabelLine(QStringView text) {
    text = trimmedText(text);
    return !text.isEmpty() && text.back() == u':' && countWordsUpTo(text, 6) <= 6;
}

bool hasNavigationSeparators(QStringView text) {
    if (containsAnyUnit<u'\u00B7', u'\u2022'>(text))
        return true;
    return countUnit(text, u'|') >= 2;
}

bool startsWithWordTrimmed(QStringView text, QStringView prefix) {
    // Cheap first-letter test before the case-insensitive comparison.
    // (Between two ASCII letters the first test is exact; only other characters need Qt's case tables.)
    if (!asciiCaselessEqual(text.front(), prefix.front()) &&
        ((text.front().unicode() | prefix.front().unicode()) < 128 ||
         text.front().toLower() != prefix.front().toLower()))
        return false;
    if (!startsCaseless(text, prefix))
        return false;
    // The prefix must end at a word boundary: "By " yes, "Bypass" no.
    if (text.size() == prefix.size() || !prefix.back().isLetterOrNumber())
        return true;
    return !text[prefix.size()].isLetterOrNumber();
}

bool containsText(QStringView text, QStringView needle) {
    return text.contains(needle, Qt::CaseInsensitive);
}

} // namespace annals::zones
