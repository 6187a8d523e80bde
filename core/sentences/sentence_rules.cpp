#include "sentences/sentence_rules.h"

#include "model/ascii_words.h"

#include <unicode/uchar.h>

#include <array>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace annals::sentences {

namespace {

// Sentence_Break classes as ICU numbers them.
enum Class : std::uint8_t {
    Other = U_SB_OTHER,
    ATerm = U_SB_ATERM,
    Close = U_SB_CLOSE,
    Format = U_SB_FORMAT,
    Lower = U_SB_LOWER,
    Numeric = U_SB_NUMERIC,
    OLetter = U_SB_OLETTER,
    Sep = U_SB_SEP,
    Sp = U_SB_SP,
    STerm = U_SB_STERM,
    Upper = U_SB_UPPER,
    CR = U_SB_CR,
    Extend = U_SB_EXTEND,
    LF = U_SB_LF,
    SContinue = U_SB_SCONTINUE,
};

Class classOf(char16_t u) {
    return Class(u_getIntPropertyValue(UChar32(u), UCHAR_SENTENCE_BREAK));
}

// ASCII classes looked up once from ICU's data.
const std::array<Class, 128> kAscii = [] {
    std::array<Class, 128> t{};
    for (char16_t u = 0; u < 128; ++u)
        t[u] = classOf(u);
    return t;
}();

bool isParaSep(Class c) {
    return c == Sep || c == CR || c == LF;
}

bool isSATerm(Class c) {
    return c == ATerm || c == STerm;
}

// Which ASCII characters can end a sentence or a paragraph: the only places a break can follow.
const std::array<bool, 128> kAsciiEnds = [] {
    std::array<bool, 128> t{};
    for (std::size_t u = 0; u < 128; ++u)
        t[u] = isSATerm(kAscii[u]) || isParaSep(kAscii[u]);
    return t;
}();

// The ASCII characters that can end a sentence or paragraph, as the eight-at-a-time skip below assumes;
// checked against ICU's data once, and the skip left out if they ever differ.
constexpr char16_t kEndCharacters[] = {u'.', u'!', u'?', u'\n', u'\r'};
const bool kSkipMatchesData = [] {
    int ends = 0;
    for (bool e : kAsciiEnds)
        ends += e ? 1 : 0;
    for (char16_t c : kEndCharacters) {
        if (!kAsciiEnds[c])
            return false;
    }
    return ends == int(std::size(kEndCharacters));
}();

// The first offset at or after i where a character is not plain ASCII or may end a sentence.
qsizetype skipOrdinary(const char16_t *s, qsizetype i, qsizetype n) {
#if defined(__SSE2__)
    if (kSkipMatchesData) {
        const __m128i flip = _mm_set1_epi16(short(0x8000));
        const __m128i asciiLimit = _mm_set1_epi16(short(0x8080));
        const __m128i stop = _mm_set1_epi16(short(kEndCharacters[0]));
        const __m128i exclamation = _mm_set1_epi16(short(kEndCharacters[1]));
        const __m128i question = _mm_set1_epi16(short(kEndCharacters[2]));
        const __m128i newline = _mm_set1_epi16(short(kEndCharacters[3]));
        const __m128i carriageReturn = _mm_set1_epi16(short(kEndCharacters[4]));
        const __m128i stopBytes = _mm_set1_epi8(char(kEndCharacters[0]));
        const __m128i exclamationBytes = _mm_set1_epi8(char(kEndCharacters[1]));
        const __m128i questionBytes = _mm_set1_epi8(char(kEndCharacters[2]));
        const __m128i newlineBytes = _mm_set1_epi8(char(kEndCharacters[3]));
        const __m128i carriageReturnBytes = _mm_set1_epi8(char(kEndCharacters[4]));
        // Sixteen plain-ASCII units at a time as bytes; a group holding anything else goes to the
        // eight-unit loop below, which stops at it.
        for (; i + 16 <= n; i += 16) {
            const __m128i lo = _mm_loadu_si128(reinterpret_cast<const __m128i *>(s + i));
            const __m128i hi = _mm_loadu_si128(reinterpret_cast<const __m128i *>(s + i + 8));
            if (!ascii_detail::allAscii(_mm_or_si128(lo, hi)))
                break;
            const __m128i bytes = _mm_packus_epi16(lo, hi);
            const __m128i ends =
                _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(bytes, stopBytes),
                                          _mm_or_si128(_mm_cmpeq_epi8(bytes, exclamationBytes),
                                                       _mm_cmpeq_epi8(bytes, questionBytes))),
                             _mm_or_si128(_mm_cmpeq_epi8(bytes, newlineBytes),
                                          _mm_cmpeq_epi8(bytes, carriageReturnBytes)));
            if (const unsigned mask = unsigned(_mm_movemask_epi8(ends)))
                return i + __builtin_ctz(mask);
        }
        for (; i + 8 <= n; i += 8) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(s + i));
            const __m128i nonAscii =
                _mm_cmpeq_epi16(_mm_cmplt_epi16(_mm_xor_si128(v, flip), asciiLimit), _mm_setzero_si128());
            const __m128i terminator =
                _mm_or_si128(_mm_cmpeq_epi16(v, stop),
                             _mm_or_si128(_mm_cmpeq_epi16(v, exclamation), _mm_cmpeq_epi16(v, question)));
            const __m128i lineEnd =
                _mm_or_si128(_mm_cmpeq_epi16(v, newline), _mm_cmpeq_epi16(v, carriageReturn));
            const __m128i special = _mm_or_si128(nonAscii, _mm_or_si128(terminator, lineEnd));
            const unsigned mask = unsigned(_mm_movemask_epi8(special));
            if (mask != 0)
                return i + __builtin_ctz(mask) / 2;
        }
    }
#endif
    while (i < n && s[i] < 128 && !kAsciiEnds[s[i]])
        ++i;
    return i;
}

// The text with the class of each character looked up as needed: a table for ASCII, ICU otherwise.
struct Classified {
    const char16_t *s;
    qsizetype n;

    Class at(qsizetype i) const { return s[i] < 128 ? kAscii[s[i]] : classOf(s[i]); }

    // The offset just after the paragraph separator at i (CR LF counts as one).
    qsizetype afterParaSep(qsizetype i) const {
        return at(i) == CR && i + 1 < n && at(i + 1) == LF ? i + 2 : i + 1;
    }

    // Rules 6-8a: no break at k, the first character after a terminator at i and its closing
    // punctuation and spaces (k is inside the text and holds neither a space nor a paragraph separator).
    bool continuesSentence(qsizetype i, qsizetype k) const {
        const Class next = at(k);
        if (next == SContinue || isSATerm(next))
            return true; // 8a: "etc.," "?!"
        if (at(i) != ATerm)
            return false;
        if (k == i + 1 && next == Numeric)
            return true; // 6: "3.5"
        if (k == i + 1 && next == Upper && i > 0 && (at(i - 1) == Upper || at(i - 1) == Lower))
            return true; // 7: "U.S"
        // 8: a lower-case letter comes before any other letter, terminator or separator ("Mr. smith").
        for (qsizetype m = k; m < n; ++m) {
            const Class c = at(m);
            if (c == Lower)
                return true;
            if (c == OLetter || c == Upper || isParaSep(c) || isSATerm(c))
                return false;
        }
        return false;
    }
};

} // namespace

bool findSentenceBreaks(QStringView text, std::vector<qsizetype> &breaks) {
    const Classified t{text.utf16(), text.size()};
    const qsizetype n = t.n;
    const std::size_t firstNew = breaks.size();
    auto leaveToIcu = [&] {
        breaks.resize(firstNew);
        return false;
    };
    qsizetype i = 0;
    while (i < n) {
        i = skipOrdinary(t.s, i, n); // nearly every character
        if (i >= n)
            break;
        const char16_t u = t.s[i];
        if (u >= 0xD800 && u <= 0xDFFF)
            return leaveToIcu();
        const Class c = t.at(i);
        if (c == Extend || c == Format)
            return leaveToIcu();
        if (isParaSep(c)) { // 3, 4: a break after every paragraph separator
            i = t.afterParaSep(i);
            if (i < n)
                breaks.push_back(i);
            continue;
        }
        if (!isSATerm(c)) {
            ++i;
            continue;
        }
        // 9, 10: a terminator keeps its closing punctuation and the spaces after it.
        qsizetype k = i + 1;
        while (k < n && t.at(k) == Close)
            ++k;
        while (k < n && t.at(k) == Sp)
            ++k;
        if (k >= n)
            break;
        if (isParaSep(t.at(k))) { // 11: and a paragraph separator after those
            i = t.afterParaSep(k);
            if (i < n)
                breaks.push_back(i);
            continue;
        }
        if (!t.continuesSentence(i, k))
            breaks.push_back(k); // 11
        i = k;
    }
    return true;
}

} // namespace annals::sentences
