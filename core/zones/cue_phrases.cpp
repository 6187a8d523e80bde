#include "zones/cue_phrases.h"

#include "model/unit_search.h"
#include "zones/block_features.h"
#include "zones/cue_matching.h"
#include "zones/word_scanner.h"

#include <QStringMatcher>

#include <algorithm>
#include <array>
#include <cstdint>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace annals::zones {

namespace {

using namespace cue_matching;

constexpr Table kBoilerplatePrefixes[] = {u"Read More",      u"Read more:",    u"READ MORE",
                                          u"RELATED",        u"Related:",      u"Listen to this article",
                                          u"Loading audio",  u"Subscribe",     u"Sign up",
                                          u"Donate",         u"Advertisement", u"Click here",
                                          u"Follow us",      u"Share this",    u"View All",
                                          u"See more",       u"Show more",     u"Load more",
                                          u"Watch:",         u"WATCH:",        u"Play Live Radio",
                                          u"Skip to",        u"Sponsored",     u"Cookie",
                                          u"Privacy Policy", u"Terms of Use"};
constexpr auto kBoilerplateFirsts = firstLetters(kBoilerplatePrefixes);

constexpr Table kSectionEndPrefixes[] = {
    u"More Latest News",  u"Latest News",  u"Related Content", u"Related Stories", u"Related Articles",
    u"Related News",      u"More Stories", u"More News",       u"More from",       u"Read next",
    u"You may also like", u"Recommended",  u"Most Read",       u"Most Popular",    u"Trending",
    u"Top Stories",       u"Also read"};
constexpr auto kSectionEndFirsts = firstLetters(kSectionEndPrefixes);

constexpr Table kCreditCues[] = {
    u"Picture:",  u"Pictures:",  u"Photo:",   u"Photos:",      u"Photograph:", u"Image:",
    u"Credit:",   u"Source: AP", u"AP Photo", u"Getty Images", u"Getty",       u"AFP",
    u"Reuters/",  u"/Reuters",   u"Alamy",    u"Shutterstock", u"EPA-EFE",     u"Associated Press Photo",
    u"File photo"};

// Capitalised words at least one of which every credit in kCreditCues contains.
constexpr Table kCreditWords[] = {u"Picture",    u"Pictures", u"Photo",  u"Photos",       u"Photograph",
                                  u"Image",      u"Credit",   u"Source", u"AP",           u"Getty",
                                  u"AFP",        u"Reuters",  u"Alamy",  u"Shutterstock", u"EPA",
                                  u"Associated", u"File",     u"Images"};

constexpr auto kCreditWordShapes = wordShapes(kCreditWords);

constexpr Table kRoleNouns[] = {u"editor",      u"reporter",  u"correspondent", u"journalist",
                                u"writer",      u"columnist", u"producer",      u"author",
                                u"contributor", u"anchor",    u"host",          u"freelance"};

constexpr Table kAppealWords[] = {u"donat",      u"subscri", u"newsletter", u"member",
                                  u"support us", u"sign up", u"fund"};

constexpr Table kHeaderPrefixes[] = {u"Updated", u"Last updated",  u"Published", u"First published",
                                     u"Posted",  u"Last modified", u"Date:"};
constexpr auto kHeaderFirsts = firstLetters(kHeaderPrefixes);

constexpr Table kMonths[] = {u"January", u"February", u"March",     u"April",   u"May",      u"June",
                             u"July",    u"August",   u"September", u"October", u"November", u"December",
                             u"Jan",     u"Feb",      u"Mar",       u"Apr",     u"Jun",      u"Jul",
                             u"Aug",     u"Sep",      u"Sept",      u"Oct",     u"Nov",      u"Dec"};

bool isDash(QChar c) {
    return c == u'\u2014' || c == u'\u2013' || c == u'-';
}

#if defined(__SSE2__)
// Sixteen units as bytes. Packing with unsigned saturation turns anything outside Latin-1 into 0 or 255:
// never an ASCII letter or a space.
__m128i packedBytes(const char16_t *s) {
    return _mm_packus_epi16(_mm_loadu_si128(reinterpret_cast<const __m128i *>(s)),
                            _mm_loadu_si128(reinterpret_cast<const __m128i *>(s + 8)));
}
#endif

// Is the "you" ending at u (the 'u') a word, "you" or "your"?
bool isYouAt(QStringView text, qsizetype u) {
    const char16_t *const s = text.utf16();
    const qsizetype n = text.size();
    if (u < 2 || (s[u - 2] | 0x20) != u'y' || (s[u - 1] | 0x20) != u'o')
        return false;
    if (u > 2 && text[u - 3].isLetter())
        return false;
    qsizetype end = u + 1;
    if (end < n && (s[end] | 0x20) == u'r')
        ++end;
    return end == n || !text[end].isLetter();
}

// Does the text say "you" or "your" (any case) as a word? This runs on every paragraph: the letter 'u'
// is looked for sixteen characters at a time, and only its neighbourhood is read.
bool addressesReader(QStringView text) {
    const char16_t *const s = text.utf16();
    const qsizetype n = text.size();
    qsizetype i = 0;
#if defined(__SSE2__)
    // Sixteen units as bytes (see packedBytes: nothing outside Latin-1 becomes a 'u'; 'u' | 0x20 is 'u'
    // only for 'u' and 'U').
    const __m128i caseBit = _mm_set1_epi8(0x20);
    const __m128i u = _mm_set1_epi8('u');
    for (; i + 16 <= n; i += 16) {
        for (unsigned mask =
                 unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_or_si128(packedBytes(s + i), caseBit), u)));
             mask != 0; mask &= mask - 1) {
            if (isYouAt(text, i + __builtin_ctz(mask)))
                return true;
        }
    }
#endif
    for (; i < n; ++i) {
        if ((s[i] | 0x20) == u'u' && isYouAt(text, i))
            return true;
    }
    return false;
}

// Can the text hold "All rights reserved" or "Public Inspection File"? Only if it has "rve" or "Fil"
// somewhere: rare trigrams, tested for sixteen positions at a time where SSE2 is there. This rules out
// nearly every paragraph before the two Boyer-Moore searches, whose set-up costs more than this scan.
bool mayHoldCopyrightPhrase(QStringView text) {
    const char16_t *const s = text.utf16();
    const qsizetype n = text.size();
    qsizetype i = 0;
#if defined(__SSE2__)
    auto bytesAt = [s](qsizetype at) { return packedBytes(s + at); };
    for (; i + 18 <= n; i += 16) {
        const __m128i b0 = bytesAt(i);
        const __m128i b1 = bytesAt(i + 1);
        const __m128i b2 = bytesAt(i + 2);
        const __m128i rve = _mm_and_si128(
            _mm_cmpeq_epi8(b0, _mm_set1_epi8('r')),
            _mm_and_si128(_mm_cmpeq_epi8(b1, _mm_set1_epi8('v')), _mm_cmpeq_epi8(b2, _mm_set1_epi8('e'))));
        const __m128i fil = _mm_and_si128(
            _mm_cmpeq_epi8(b0, _mm_set1_epi8('F')),
            _mm_and_si128(_mm_cmpeq_epi8(b1, _mm_set1_epi8('i')), _mm_cmpeq_epi8(b2, _mm_set1_epi8('l'))));
        if (_mm_movemask_epi8(_mm_or_si128(rve, fil)))
            return true;
    }
#endif
    for (; i + 3 <= n; ++i) {
        if ((s[i] == u'r' && s[i + 1] == u'v' && s[i + 2] == u'e') ||
            (s[i] == u'F' && s[i + 1] == u'i' && s[i + 2] == u'l'))
            return true;
    }
    return false;
}

// Where " is " starts in the first `limit` characters of text, or -1. This runs on every paragraph:
// sixteen positions are tested at once where SSE2 is there (see packedBytes), the rest by a plain loop.
qsizetype findIsBetweenSpaces(QStringView text, qsizetype limit) {
    const char16_t *const s = text.utf16();
    const qsizetype n = std::min(text.size(), limit);
    qsizetype i = 0;
#if defined(__SSE2__)
    auto bytesAt = [s](qsizetype at) { return packedBytes(s + at); };
    for (; i + 19 <= n; i += 16) {
        const __m128i hits = _mm_and_si128(_mm_and_si128(_mm_cmpeq_epi8(bytesAt(i), _mm_set1_epi8(' ')),
                                                         _mm_cmpeq_epi8(bytesAt(i + 1), _mm_set1_epi8('i'))),
                                           _mm_and_si128(_mm_cmpeq_epi8(bytesAt(i + 2), _mm_set1_epi8('s')),
                                                         _mm_cmpeq_epi8(bytesAt(i + 3), _mm_set1_epi8(' '))));
        if (const unsigned mask = unsigned(_mm_movemask_epi8(hits)))
            return i + __builtin_ctz(mask);
    }
#endif
    for (; i + 4 <= n; ++i) {
        if (s[i] == u' ' && s[i + 1] == u'i' && s[i + 2] == u's' && s[i + 3] == u' ')
            return i;
    }
    return -1;
}

// Does the text hold a ':' or a '/'?
bool containsColonOrSlash(QStringView text) {
    return containsAnyUnit<u':', u'/'>(text);
}

bool hasYearLikeNumber(QStringView text) {
    bool found = false;
    forEachWord(text, [&](QStringView w) {
        if (w.size() == 4 && (w.startsWith(u"19") || w.startsWith(u"20")) && w[2].isDigit() && w[3].isDigit())
            found = true;
    });
    return found;
}

bool hasClockTime(QStringView text) {
    for (qsizetype i = 1; i + 2 < text.size(); ++i) {
        if (text[i] == u':' && text[i - 1].isDigit() && text[i + 1].isDigit() && text[i + 2].isDigit())
            return true;
    }
    return false;
}

} // namespace

bool hasBoilerplatePrefix(QStringView text) {
    return startsWithAny(text, kBoilerplatePrefixes, kBoilerplateFirsts);
}

bool isCopyrightOrStationLine(QStringView text, int words) {
    const QStringView t = trimmedText(text);
    if (t.startsWith(u'\u00A9') || startsWithWord(t, lit(u"Copyright")) || startsWithWord(t, lit(u"(c)")))
        return true;
    if (t.size() > 25 * 24 || words > 25)
        return false;
    if (!mayHaveAtMostWords(t, 25))
        return false;
    // Boyer-Moore matchers skip most characters; they run before the word count, which reads them all.
    static const QStringMatcher allRightsReserved(u"All rights reserved");
    static const QStringMatcher publicInspectionFile(u"Public Inspection File");
    return ((mayHoldCopyrightPhrase(t) &&
             (allRightsReserved.indexIn(t) >= 0 || publicInspectionFile.indexIn(t) >= 0)) ||
            startsWithWord(t, lit(u"FCC"))) &&
           (words >= 0 || countWordsUpTo(t, 25) <= 25);
}

bool isSectionEndMarker(QStringView text) {
    return startsWithAny(text, kSectionEndPrefixes, kSectionEndFirsts) && countWordsUpTo(text, 8) <= 8;
}

bool hasPhotoCredit(QStringView text) {
    const QStringView t = trimmedText(text);
    // Credits close a caption; looking only at the tail keeps "Getty" in running prose from counting.
    const QStringView tail = t.size() > 90 ? t.last(90) : t;
    // Credits are introduced by ':' or '/' ("Picture: Getty", "AP Photo/...", "Pool/AFP") or end the
    // line with an agency's name ("... Getty Images"); anything else is ruled out before any phrase search.
    bool candidate = containsColonOrSlash(tail);
    if (!candidate) {
        qsizetype w = tail.size();
        while (w > 0 && !tail[w - 1].isLetter())
            --w;
        qsizetype start = w;
        while (start > 0 && tail[start - 1].isLetter())
            --start;
        const QStringView last = tail.mid(start, w - start);
        candidate = mayBeWordIn(last, kCreditWordShapes) && isWordIn(last, kCreditWords);
    }
    // Credits are written in fixed case, so the phrase search can be case-sensitive.
    if (!candidate || !containsAny(tail, kCreditCues, Qt::CaseSensitive))
        return false;
    return countWordsUpTo(t, 10) <= 10 || !endsLikeSentence(t) || t.back() == u')' ||
           containsText(tail, lit(u"Picture:")) || containsText(tail, lit(u"Photo:"));
}

bool isBylineLine(QStringView text) {
    const QStringView t = trimmedText(text);
    if (!mayHaveAtMostWords(t, 14))
        return false;
    if (startsWithWord(t, lit(u"Author:")) || startsWithWord(t, lit(u"Written by")) ||
        startsWithWord(t, lit(u"Words by")))
        return countWordsUpTo(t, 12) <= 12;
    if (!startsWithWord(t, lit(u"By")) || t.size() < 5 || !t[3].isUpper())
        return false;
    // "By Tuesday, the army had ..." is prose: bylines are short, unpunctuated and name-heavy.
    return countWordsUpTo(t, 14) <= 14 && !endsLikeSentence(t) && !t.contains(u',') &&
           titleCaseRatio(t) >= 0.6;
}

bool isAuthorBio(QStringView text) {
    const QStringView t = trimmedText(text);
    const qsizetype is = findIsBetweenSpaces(t, 44);
    if (is <= 0 || is > 40)
        return false;
    // The subject must be a name: two to four capitalised words.
    int nameWords = 0;
    bool allCapitalised = true;
    forEachWord(t.first(is), [&](QStringView w) {
        ++nameWords;
        allCapitalised = allCapitalised && w.front().isUpper();
    });
    if (nameWords < 2 || nameWords > 4 || !allCapitalised)
        return false;
    bool hasRole = false;
    int seen = 0;
    forEachWord(t.sliced(is), [&](QStringView w) {
        if (++seen <= 12 && isWordIn(w, kRoleNouns))
            hasRole = true;
    });
    return hasRole;
}

bool isContributorLine(QStringView text) {
    const QStringView t = trimmedText(text);
    if (t.isEmpty())
        return false;
    // Only a text opening with one of the prefixes' letters (or a non-ASCII one, which Qt may fold) can
    // start with them; only one ending in '.' can end with the suffixes.
    const char16_t first = t.front().unicode();
    const bool mayStart =
        first >= 128 || std::u16string_view(u"WARECwarec").find(first) != std::u16string_view::npos;
    if (mayStart &&
        (startsWithWord(t, lit(u"With input from")) || startsWithWord(t, lit(u"Additional reporting")) ||
         startsWithWord(t, lit(u"Reporting by")) || startsWithWord(t, lit(u"Editing by")) ||
         startsWithWord(t, lit(u"Compiled by"))))
        return true;
    // The suffixes end in "d.", "t." and "y.".
    const char16_t beforeStop = t.size() >= 2 ? t[t.size() - 2].unicode() : 0;
    return t.back() == u'.' && (beforeStop == u'd' || beforeStop == u't' || beforeStop == u'y') &&
           (endsWithText(t, u"contributed.") || endsWithText(t, u"contributed to this report.") ||
            endsWithText(t, u"contributed to this story.")) &&
           countWordsUpTo(t, 40) <= 40;
}

bool isReaderAppeal(QStringView text) {
    // Appeals address the reader; news about donors or members does not say "you".
    return addressesReader(text) && containsAny(text, kAppealWords, Qt::CaseInsensitive);
}

namespace {

// isDateHeaderLine, with the words counted (up to at least 20) only when the cheaper tests pass.
template <typename CountWords> bool dateHeaderLine(QStringView text, CountWords countWords) {
    const QStringView t = trimmedText(text);
    if (!mayHaveAtMostWords(t, 20) || endsLikeSentence(t))
        return false;
    const int words = std::min(countWords(t), 21);
    if (words == 0 || words > 20)
        return false;
    const bool hasDigit = std::any_of(t.begin(), t.end(), [](QChar c) { return c.isDigit(); });
    if (startsWithAny(t, kHeaderPrefixes, kHeaderFirsts))
        return hasDigit;
    // A line made of a date and a time: "5 May 2024, 13:39 | Updated: 5 May 2024, 23:22".
    return hasYearLikeNumber(t) && (containsMonthName(t) || hasClockTime(t)) && words <= 14 &&
           stopWordRatio(t) < 0.2;
}

} // namespace

bool isDateHeaderLine(QStringView text) {
    return dateHeaderLine(text, [](QStringView trimmed) { return countWordsUpTo(trimmed, 20); });
}

bool isDateHeaderLine(QStringView text, int countedWords) {
    return dateHeaderLine(text, [countedWords](QStringView) { return countedWords; });
}

bool isNumericDateLine(QStringView text) {
    const QStringView t = trimmedText(text);
    if (t.size() > 30)
        return false;
    // A run of four digits that can be a year, and digits joined by a date separator: "14/02/2024",
    // "14.02.2024", "2024-02-14".
    bool year = false;
    bool joined = false;
    qsizetype run = 0;
    for (qsizetype i = 0; i <= t.size(); ++i) {
        if (i < t.size() && t[i].isDigit()) {
            ++run;
            continue;
        }
        year = year || (run == 4 && (t[i - 4] == u'1' || t[i - 4] == u'2'));
        run = 0;
        if (i > 0 && i + 1 < t.size() && (t[i] == u'/' || t[i] == u'.' || t[i] == u'-') &&
            t[i - 1].isDigit() && t[i + 1].isDigit())
            joined = true;
    }
    return year && joined;
}

bool isStandaloneDateline(QStringView text) {
    QStringView t = trimmedText(text);
    if (t.isEmpty() || !isDash(t.back()) || countWordsUpTo(t, 6) > 6)
        return false;
    t.chop(1);
    int letters = 0;
    int upper = 0;
    for (QChar c : t) {
        if (c.isLetter()) {
            ++letters;
            upper += c.isUpper() ? 1 : 0;
        }
    }
    return letters >= 3 && upper * 10 >= letters * 7;
}

bool looksLikeTeaserHeadline(QStringView text) {
    const QStringView t = trimmedText(text);
    if (!mayHaveAtMostWords(t, 30) || !isHeadlineLike(t) || countWordsUpTo(t, 6) < 6)
        return false;
    const bool quoted = t.contains(u" '") || t.contains(u'\u2018') || t.startsWith(u'\'');
    const qsizetype colon = t.indexOf(u": ");
    const bool namedPrefix = colon > 0 && colon < 40 && titleCaseRatio(t.first(colon)) >= 0.99;
    return quoted && (namedPrefix || t.startsWith(u'\'') || t.startsWith(u'\u2018'));
}

bool containsMonthName(QStringView text) {
    bool found = false;
    forEachWord(text, [&](QStringView w) {
        if (!found && w.front().isUpper() && isWordIn(w, kMonths))
            found = true;
    });
    return found;
}

} // namespace annals::zones
