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
    if (start > 0 && s[start - 1] == u'\'')
        return true; // '90s
    if (end >= n)
        return false;
    const char16_t next = s[end];
    if (next == u':' || next == u'/' || next == u'\'')
        return true;
    qsizetype k = end;
    if (next == u' ' || next == 0xA0)
        ++k;
    if (k >= n)
        return false;
    const char16_t c = s[k];
    if (c >= u'A' && c <= u'Z')
        return true; // "7 October", "241 BC", "5 PM"
    const char16_t c2 = k + 1 < n ? (s[k + 1] | 0x20) : 0;
    if ((c == u'a' || c == u'p') && (c2 == u'm' || c2 == u'.'))
        return true; // "6 p.m.", "6pm"
    if (k == end && ((c == u't' && c2 == u'h') || (c == u's' && c2 == u't') || (c == u'n' && c2 == u'd') ||
                     (c == u'r' && c2 == u'd')))
        return true; // "7th", "21st"
    if (c == u'o' && c2 == u'\'')
        return true; // "6 o'clock"
    if (c == u'o' && c2 == u'f')
        return true; // "7 of October"? cheap to check, rare
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

} // namespace

void findWindows(QStringView text, const Lexicon &lexicon, std::vector<Window> &windows) {
    windows.clear();
    const char16_t *s = reinterpret_cast<const char16_t *>(text.utf16());
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const char16_t c = s[i];
        if (isAsciiLetter(c)) {
            // Only the length and first letter decide whether the word is worth a lookup.
            const qsizetype start = i;
            i = skipAsciiLetters(s, i + 1, n);
            const qsizetype length = i - start;
            if (!lexicon.mayBeTrigger(length, c, s[start + (length > 1 ? 1 : 0)], c <= u'Z'))
                continue;
            if (i < n && s[i] >= 0x80 && QChar::isLetter(s[i]))
                continue; // part of a longer non-ASCII word ("café")
            std::uint64_t k0, k1;
            Lexicon::packAscii(s + start, length, k0, k1, n - start);
            const Lexeme *l = lexicon.findPacked(k0, k1);
            if (l && l->isTrigger())
                addWindow(windows, s, n, start, i);
        } else if (c == u' ') {
            ++i; // the commonest character between words
        } else if (isDigit(c)) {
            const qsizetype start = i;
            ++i;
            while (i < n && isDigit(s[i]))
                ++i;
            if (numberMatters(s, n, start, i, int(i - start)))
                addWindow(windows, s, n, start, i);
        } else {
            ++i;
        }
    }
}

} // namespace annals::timex
