#include "zones/block_features.h"

#include "zones/ascii_word_key.h"
#include "zones/word_scanner.h"

#include <algorithm>
#include <array>
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

int wordCount(QStringView text) {
    int count = 0;
    forEachWord(text, [&](QStringView) { ++count; });
    return count;
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
    text = text.trimmed();
    while (!text.isEmpty() && isClosing(text.back()))
        text.chop(1);
    if (text.isEmpty())
        return false;
    const QChar last = text.back();
    return last == u'.' || last == u'!' || last == u'?' || last == u'\u2026';
}

bool startsWithBullet(QStringView text) {
    text = text.trimmed();
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

bool isHeadlineLike(QStringView text) {
    text = text.trimmed();
    if (text.size() > 30 * 24)
        return false; // far too long for 30 words
    // A question or exclamation can be a headline; a full stop rarely ends one.
    if (endsLikeSentence(text) && text.back() != u'?' && text.back() != u'!')
        return false;
    const int words = wordCount(text);
    return words >= 3 && words <= 30 && letterCount(text) >= 8;
}

bool isLabelLine(QStringView text) {
    text = text.trimmed();
    return !text.isEmpty() && text.back() == u':' && wordCount(text) <= 6;
}

bool hasNavigationSeparators(QStringView text) {
    if (text.contains(u'\u00B7') || text.contains(u'\u2022'))
        return true;
    return text.count(u'|') >= 2;
}

bool startsWithWord(QStringView text, QStringView prefix) {
    text = text.trimmed();
    if (text.size() < prefix.size() || prefix.isEmpty())
        return false;
    // Cheap first-letter test before Qt's case-insensitive comparison; this runs on every paragraph.
    if (text.front() != prefix.front() && text.front().toLower() != prefix.front().toLower())
        return false;
    if (!text.startsWith(prefix, Qt::CaseInsensitive))
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
