#include "timex/recognizer.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace annals::timex {

// "7 février 2024", "7. Februar 2024", "7 de febrero de 2024", "٧ فبراير ٢٠٢٤": day, month name of another
// language, optional year. Relative expressions in those languages are not read.
std::optional<ParsedTimex> Recognizer::matchForeignDate(qsizetype i) {
    const Token &t = m_tokens[size_t(i)];
    if (!m_foreignMonths || t.digits > 2 || t.number < 1 || t.number > 31)
        return std::nullopt;
    qsizetype j = i + 1;
    bool separator = false;
    if (isPunct(j, u'.') && glued(j)) {
        ++j; // German ordinal day
        separator = true;
    }
    if (isWord(j, "de"_L1)) {
        ++j; // Spanish
        separator = true;
    }
    const Token *m = at(j);
    if (!m || m->kind != TokenKind::Word)
        return std::nullopt;
    // German and English share "April", "August", "September", "November".
    ForeignMonths::Month found;
    if (m->lex && m->lex->month)
        found.number = separator && !m->lex->abbreviation ? m->lex->month : 0;
    else
        found = m_foreignMonths->find(m_text.sliced(m->start, m->length()));
    const int month = found.number;
    if (!month)
        return std::nullopt;
    ParsedTimex p;
    p.firstToken = i;
    p.lastToken = j;
    p.month = month;
    p.day = int(t.number);
    qsizetype k = j + 1;
    if (isPunct(k, u'.') && glued(k) && yearAt(k + 1) > 0)
        ++k; // "janv. 2024"
    if (isWord(k, "de"_L1) || isWord(k, "del"_L1))
        ++k;
    if (isPunct(k, u','))
        ++k;
    if (yearAt(k) > 0) {
        p.year = yearAt(k);
        p.lastToken = k;
    } else if (found.abbreviation) {
        return std::nullopt; // "7 out of 10": Portuguese "out." (October) only before a year
    }
    m_skipTo = std::max(m_skipTo, p.lastToken);
    if (p.year > 0 ? !makeDate(p.year, p.month, p.day) : !isValidMonthDay(p.month, p.day))
        return std::nullopt;
    return p;
}

// "2024年2月7日" (Chinese, Japanese), "2024년 2월 7일" (Korean), "2月7日": numbers, each followed by the
// character for year, month or day.
std::optional<ParsedTimex> Recognizer::matchCjkDate(qsizetype i) {
    const auto marked = [&](qsizetype k, char16_t han, char16_t hangul) {
        const Token *n = at(k);
        const Token *m = at(k + 1);
        return n && n->kind == TokenKind::Number && n->digits <= 4 && m && m->kind == TokenKind::Word &&
               m->length() == 1 && glued(k + 1) && (m_text[m->start] == han || m_text[m->start] == hangul);
    };
    ParsedTimex p;
    p.firstToken = i;
    qsizetype k = i;
    if (m_tokens[size_t(i)].digits == 4 && marked(i, u'\u5E74', u'\uB144')) { // 年, 년
        p.year = int(m_tokens[size_t(i)].number);
        p.lastToken = i + 1;
        k = i + 2;
    }
    if (marked(k, u'\u6708', u'\uC6D4') && at(k)->number >= 1 && at(k)->number <= 12) { // 月, 월
        p.month = int(at(k)->number);
        p.lastToken = k + 1;
        if (marked(k + 2, u'\u65E5', u'\uC77C')) { // 日, 일
            p.day = int(at(k + 2)->number);
            p.lastToken = k + 3;
        }
    }
    if (p.year < 0 && p.month == 0)
        return std::nullopt;
    m_skipTo = std::max(m_skipTo, p.lastToken);
    const bool valid =
        p.day == 0 || (p.year > 0 ? bool(makeDate(p.year, p.month, p.day)) : isValidMonthDay(p.month, p.day));
    if (!valid) {
        rejectImpossible(i, p.lastToken);
        return std::nullopt;
    }
    return p;
}

// ---- month names ----

} // namespace annals::timex
