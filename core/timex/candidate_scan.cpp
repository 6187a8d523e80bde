#include "timex/candidate_scan.h"

#include "model/ascii_words.h"

#include <QChar>

namespace annals::timex {

namespace {

constexpr qsizetype contextBefore = 32; // enough for "at least the past" and "the beginning of"
constexpr qsizetype contextAfter = 48;  // enough for "5 p.m. EST, Nov. 9, 1998"

inline bool isAsciiLetter(char16_t c) {
    return char16_t((c | 0x20) - u'a') < 26;
}

// ASCII digits, and the Arabic-Indic and Extended Arabic-Indic digits ("٧ فبراير ٢٠٢٤").
inline bool isDigit(char16_t c) {
    return char16_t(c - u'0') < 10 || char16_t(c - 0x660) < 10 || char16_t(c - 0x6F0) < 10;
}

inline bool isSpace(char16_t c) {
    return c == u' ' || c == u'\n' || c == u'\t' || c == u'\r' || c == 0xA0 ||
           (c > 0x7F && QChar::isSpace(c));
}

// Can a number ending at `end` (with `digits` digits) start or anchor a date or time on its own? Amounts
// before unit words ("24 hours") are found from the unit word instead.
bool numberMatters(const char16_t *s, qsizetype n, qsizetype start, qsizetype end, int digits) {
    if (digits == 4)
        return true;
    if (digits > 4)
        return false;
    if (start > 0 && (s[start - 1] == u'\'' || s[start - 1] == u'\u2019'))
        return true; // '90s, ’08
    if (start > 0 && (s[start - 1] == u'Q' || s[start - 1] == u'H' || s[start - 1] == u'Y') && digits <= 2)
        return true; // "Q3", "H1", "FY24"
    if (end >= n)
        return false;
    const char16_t next = s[end];
    if (next == u':' || next == u'/' || next == u'\'')
        return true;
    // "2月7日", "2월 7일": the month or day character right after the number.
    if (next == 0x6708 || next == 0x65E5 || next == 0xC6D4 || next == 0xC77C)
        return true;
    qsizetype k = end;
    if (next == u' ' || next == 0xA0)
        ++k;
    if (k >= n)
        return false;
    const char16_t c = s[k];
    if (c >= u'A' && c <= u'Z')
        return true; // "7 October", "241 BC", "5 PM"
    if (c >= 0x80 && QChar::isLetter(c))
        return true; // "12 января", "٣ شباط": a month name of another language
    const char16_t c2 = k + 1 < n ? (s[k + 1] | 0x20) : 0;
    if ((c == u'a' || c == u'p') && (c2 == u'm' || c2 == u'.'))
        return true; // "6 p.m.", "6pm"
    if (k == end && ((c == u't' && c2 == u'h') || (c == u's' && c2 == u't') || (c == u'n' && c2 == u'd') ||
                     (c == u'r' && c2 == u'd')))
        return true; // "7th", "21st"
    if (k == end && c == u's' && k + 2 < n && (s[k + 1] == u' ' || s[k + 1] == 0xA0) && s[k + 2] == u'B')
        return true; // "the 470s BC"
    if (c == u'o' && c2 == u'\'')
        return true; // "6 o'clock"
    if (c == u'o' && c2 == u'f')
        return true; // "7 of October"? cheap to check, rare
    if (c == u'd' && c2 == u'e' && k + 2 < n && s[k + 2] == u' ')
        return true; // "12 de enero"
    if (next == u'.' && k == end && end + 2 < n && s[end + 1] == u' ' && s[end + 2] >= u'A' &&
        s[end + 2] <= u'Z')
        return true; // "12. Januar"
    return false;
}

void addWindow(std::vector<Window> &windows, const char16_t *s, qsizetype n, qsizetype start, qsizetype end) {
    qsizetype from = std::max<qsizetype>(0, start - contextBefore);
    qsizetype to = std::min(n, end + contextAfter);
    // Never cut a word in two.
    for (int k = 0; k < 24 && from > 0 && !isSpace(s[from - 1]); ++k)
        --from;
    for (int k = 0; k < 24 && to < n && !isSpace(s[to]); ++k)
        ++to;
    if (!windows.empty() && from <= windows.back().end)
        windows.back().end = std::max(windows.back().end, to);
    else
        windows.push_back(Window{from, to});
}

// A run of ASCII letters [start, end): a window when it is a trigger word.
Q_ALWAYS_INLINE void checkWord(const char16_t *s, qsizetype n, qsizetype start, qsizetype end,
                               const Lexicon &lexicon, std::vector<Window> &windows) {
    const char16_t c = s[start];
    const qsizetype length = end - start;
    // Only the length and first letters decide whether the word is worth a lookup.
    if (!lexicon.mayBeTrigger(length, c, s[start + (length > 1 ? 1 : 0)], c <= u'Z'))
        return;
    if (end < n && s[end] >= 0x80 && QChar::isLetter(s[end]))
        return; // part of a longer non-ASCII word ("café")
    std::uint64_t k0, k1;
    Lexicon::packAscii(s + start, length, k0, k1, n - start);
    const Lexeme *l = lexicon.findPacked(k0, k1);
    if (l && l->isTrigger())
        addWindow(windows, s, n, start, end);
}

qsizetype skipDigits(const char16_t *s, qsizetype i, qsizetype n) {
    while (i < n && isDigit(s[i]))
        ++i;
    return i;
}

// The run of letters or digits at i, or the single other character there; returns the index after it.
qsizetype scanStep(const char16_t *s, qsizetype n, qsizetype i, const Lexicon &lexicon,
                   std::vector<Window> &windows) {
    const char16_t c = s[i];
    if (isAsciiLetter(c)) {
        const qsizetype end = skipAsciiLetters(s, i + 1, n);
        checkWord(s, n, i, end, lexicon, windows);
        return end;
    }
    if (isDigit(c)) {
        const qsizetype end = skipDigits(s, i + 1, n);
        if (numberMatters(s, n, i, end, int(end - i)))
            addWindow(windows, s, n, i, end);
        return end;
    }
    return i + 1;
}

} // namespace

void findWindowsByCharacter(QStringView text, const Lexicon &lexicon, std::vector<Window> &windows) {
    windows.clear();
    const char16_t *s = reinterpret_cast<const char16_t *>(text.utf16());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n;)
        i = scanStep(s, n, i, lexicon, windows);
}

void findWindows(QStringView text, const Lexicon &lexicon, std::vector<Window> &windows) {
    windows.clear();
    const char16_t *s = reinterpret_cast<const char16_t *>(text.utf16());
    const qsizetype n = text.size();
    qsizetype i = 0;
    // Sixteen units at a time: the starts of letter and digit runs come out of two bit masks, so spaces
    // and punctuation cost nothing and a word costs only its checks. `i` never lies inside a run.
    while (i + 16 <= n) {
        const AsciiChunk chunk = classifyAsciiChunk(s + i);
        const qsizetype chunkEnd = i + 16;
        if (!chunk.ascii) { // non-ASCII letters and digits: one unit at a time, as findWindowsByCharacter
            while (i < chunkEnd)
                i = scanStep(s, n, i, lexicon, windows);
            continue;
        }
        const unsigned letterStarts = chunk.letters & ~(chunk.letters << 1);
        const unsigned digitStarts = chunk.digits & ~(chunk.digits << 1);
        qsizetype next = chunkEnd;
        for (unsigned starts = letterStarts | digitStarts; starts != 0; starts &= starts - 1) {
            const int bit = __builtin_ctz(starts);
            const bool letters = (letterStarts >> bit) & 1u;
            const qsizetype start = i + bit;
            // The mask has no bits above 15, so the run ends at the chunk's end at the latest...
            qsizetype end = start + __builtin_ctz(~((letters ? chunk.letters : chunk.digits) >> bit));
            if (end == chunkEnd) { // ... and may go on after it (the last run of the chunk).
                end = letters ? skipAsciiLetters(s, end, n) : skipDigits(s, end, n);
                next = end;
            }
            if (letters)
                checkWord(s, n, start, end, lexicon, windows);
            else if (numberMatters(s, n, start, end, int(end - start)))
                addWindow(windows, s, n, start, end);
        }
        i = next;
    }
    while (i < n)
        i = scanStep(s, n, i, lexicon, windows);
}

} // namespace annals::timex
