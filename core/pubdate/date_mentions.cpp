#include "pubdate/date_mentions.h"

#include <algorithm>
#include <string_view>
#include <vector>

using namespace Qt::StringLiterals;

namespace annals::pubdate {

namespace {

// Publication dates are read in these years; a four-digit number outside them is not taken for a year.
constexpr int kFirstYear = 1800;
constexpr int kLastYear = 2200;

struct MonthName {
    std::u16string_view name;
    int month;
};

constexpr MonthName kMonths[] = {
    {u"january", 1},  {u"jan", 1},    {u"february", 2},  {u"feb", 2},       {u"march", 3},     {u"mar", 3},
    {u"april", 4},    {u"apr", 4},    {u"may", 5},       {u"june", 6},      {u"jun", 6},       {u"july", 7},
    {u"jul", 7},      {u"august", 8}, {u"aug", 8},       {u"september", 9}, {u"sept", 9},      {u"sep", 9},
    {u"october", 10}, {u"oct", 10},   {u"november", 11}, {u"nov", 11},      {u"december", 12}, {u"dec", 12}};

constexpr MonthName kWeekdays[] = {{u"monday", 1},   {u"mon", 1},       {u"tuesday", 2}, {u"tue", 2},
                                   {u"tues", 2},     {u"wednesday", 3}, {u"wed", 3},     {u"thursday", 4},
                                   {u"thu", 4},      {u"thurs", 4},     {u"friday", 5},  {u"fri", 5},
                                   {u"saturday", 6}, {u"sat", 6},       {u"sunday", 7},  {u"sun", 7}};

template <std::size_t N> int lookup(const MonthName (&table)[N], QStringView word) {
    if (word.isEmpty())
        return 0;
    // An ASCII first letter folds to itself lower-cased, and every name is lower-case ASCII: a name
    // starting with another letter cannot match. (A non-ASCII letter may fold to an ASCII one.)
    const char16_t first = word.front().unicode();
    const char16_t lowerFirst = first < 128 && first >= u'A' && first <= u'Z' ? char16_t(first + 32) : first;
    for (const MonthName &entry : table) {
        // Simple case folding keeps lengths: only same-length names need Qt's comparison.
        if (qsizetype(entry.name.size()) != word.size() || (first < 128 && entry.name.front() != lowerFirst))
            continue;
        const QStringView name(entry.name.data(), qsizetype(entry.name.size()));
        if (word.compare(name, Qt::CaseInsensitive) == 0)
            return entry.month;
    }
    return 0;
}

// A run of letters or of digits, with its position.
struct Token {
    qsizetype start;
    qsizetype end;
    bool number;
};

std::vector<Token> tokenize(QStringView text) {
    std::vector<Token> tokens;
    tokens.reserve(std::size_t(text.size() / 4 + 1)); // room for a token per four units: rarely regrows
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        const QChar c = text[i];
        if (c.isDigit() || c.isLetter()) {
            const bool number = c.isDigit();
            const qsizetype start = i;
            while (i < n && (number ? text[i].isDigit() : text[i].isLetter()))
                ++i;
            tokens.push_back({start, i, number});
        } else {
            ++i;
        }
    }
    return tokens;
}

int toInt(QStringView digits) {
    int value = 0;
    for (QChar c : digits)
        value = value * 10 + c.digitValue();
    return value;
}

// Day and month of a numeric date's first two numbers: dotted dates put the day first ("07.02.2024"); with
// slashes only a number over 12 tells which is the day ("13/02/2024", "02/13/2024"), and "02/07/2024"
// cannot be told apart (nullopt).
struct DayMonth {
    int day = 0;
    int month = 0;
};
std::optional<DayMonth> dayAndMonth(int a, int b, bool slashes) {
    if (!slashes || (a > 12 && b <= 12) || a == b)
        return DayMonth{a, b};
    if (b > 12 && a <= 12)
        return DayMonth{b, a};
    return std::nullopt;
}

class Scanner {
public:
    explicit Scanner(QStringView text)
        : m_text(text)
        , m_tokens(tokenize(text)) {}

    QList<DateMention> scan() {
        QList<DateMention> found;
        for (std::size_t i = 0; i < m_tokens.size(); ++i) {
            std::optional<DateMention> mention = monthFirst(i);
            if (!mention)
                mention = dayFirst(i);
            if (!mention)
                mention = isoDate(i);
            if (!mention)
                mention = numericDate(i);
            if (!mention)
                continue;
            found.append(*mention);
            while (i + 1 < m_tokens.size() && m_tokens[i + 1].start < mention->end)
                ++i;
        }
        return found;
    }

private:
    QStringView word(std::size_t i) const {
        return m_text.mid(m_tokens[i].start, m_tokens[i].end - m_tokens[i].start);
    }
    bool valid(std::size_t i) const { return i < m_tokens.size(); }

    // The characters between tokens a and b are all in allowed (and there are few of them).
    bool gapIs(std::size_t a, std::size_t b, QStringView allowed, qsizetype maxLength = 3) const {
        const qsizetype from = m_tokens[a].end;
        const qsizetype to = m_tokens[b].start;
        if (to - from > maxLength)
            return false;
        for (qsizetype k = from; k < to; ++k) {
            if (!allowed.contains(m_text[k]))
                return false;
        }
        return true;
    }

    int monthAt(std::size_t i) const {
        if (!valid(i) || m_tokens[i].number || !m_text[m_tokens[i].start].isUpper())
            return 0;
        return monthFromName(word(i));
    }

    // A day number 1-31 at i, with an optional ordinal suffix; returns the index after it.
    std::optional<std::size_t> dayAt(std::size_t i, int *day) const {
        if (!valid(i) || !m_tokens[i].number || word(i).size() > 2)
            return std::nullopt;
        *day = toInt(word(i));
        if (*day < 1 || *day > 31)
            return std::nullopt;
        std::size_t next = i + 1;
        if (valid(next) && !m_tokens[next].number && m_tokens[next].start == m_tokens[i].end) {
            const QStringView suffix = word(next);
            if (suffix != u"st" && suffix != u"nd" && suffix != u"rd" && suffix != u"th")
                return std::nullopt; // "7am", "5x"
            ++next;
        }
        return next;
    }

    int yearAt(std::size_t i) const {
        if (!valid(i) || !m_tokens[i].number || word(i).size() != 4)
            return 0;
        const int year = toInt(word(i));
        return year >= kFirstYear && year <= kLastYear ? year : 0;
    }

    // "Wednesday, " right before token i.
    int weekdayBefore(std::size_t i) const {
        if (i == 0 || m_tokens[i - 1].number || !gapIs(i - 1, i, u" ,.", 3))
            return 0;
        return weekdayFromName(word(i - 1));
    }

    DateMention make(std::size_t first, std::size_t last, int year, int month, int day) const {
        DateMention m;
        m.weekday = weekdayBefore(first);
        m.start = m.weekday ? m_tokens[first - 1].start : m_tokens[first].start;
        m.end = m_tokens[last].end;
        m.year = year;
        m.month = month;
        m.day = day;
        return m;
    }

    // "February 07, 2024", "Feb. 7, 2024", "Oct. 28".
    std::optional<DateMention> monthFirst(std::size_t i) const {
        const int month = monthAt(i);
        if (!month || !valid(i + 1) || !gapIs(i, i + 1, u" .", 2))
            return std::nullopt;
        int day = 0;
        const auto next = dayAt(i + 1, &day);
        if (!next)
            return std::nullopt;
        const std::size_t last = *next - 1;
        if (valid(*next) && gapIs(last, *next, u" ,", 2)) {
            if (const int year = yearAt(*next))
                return make(i, *next, year, month, day);
        }
        return make(i, last, 0, month, day);
    }

    // "5 May 2024", "4th May 2025", "07 Feb 2024", "7 of February".
    std::optional<DateMention> dayFirst(std::size_t i) const {
        int day = 0;
        const auto next = dayAt(i, &day);
        if (!next || !valid(*next))
            return std::nullopt;
        std::size_t monthIndex = *next;
        if (!gapIs(monthIndex - 1, monthIndex, u" ", 1))
            return std::nullopt;
        if (word(monthIndex) == u"of" && valid(monthIndex + 1))
            ++monthIndex;
        const int month = monthAt(monthIndex);
        if (!month)
            return std::nullopt;
        const std::size_t yearIndex = monthIndex + 1;
        if (valid(yearIndex) && gapIs(monthIndex, yearIndex, u" ,.", 3)) {
            if (const int year = yearAt(yearIndex))
                return make(i, yearIndex, year, month, day);
        }
        return make(i, monthIndex, 0, month, day);
    }

    // "2024-02-07" and "2024/02/07".
    std::optional<DateMention> isoDate(std::size_t i) const {
        const int year = yearAt(i);
        if (!year || !valid(i + 2))
            return std::nullopt;
        const QChar sep = m_tokens[i].end < m_text.size() ? m_text[m_tokens[i].end] : QChar();
        if (sep != u'-' && sep != u'/')
            return std::nullopt;
        const QString separator(sep);
        if (!gapIs(i, i + 1, separator, 1) || !gapIs(i + 1, i + 2, separator, 1))
            return std::nullopt;
        if (!m_tokens[i + 1].number || !m_tokens[i + 2].number || word(i + 1).size() > 2 ||
            word(i + 2).size() > 2)
            return std::nullopt;
        const int month = toInt(word(i + 1));
        const int day = toInt(word(i + 2));
        if (month < 1 || month > 12 || day < 1 || day > 31)
            return std::nullopt;
        return make(i, i + 2, year, month, day);
    }

    // "14.02.2024", "14/02/2024", "02/14/2024" (never the ambiguous "02/07/2024").
    std::optional<DateMention> numericDate(std::size_t i) const {
        if (!valid(i + 2) || !m_tokens[i].number || !m_tokens[i + 1].number || !m_tokens[i + 2].number ||
            word(i).size() > 2 || word(i + 1).size() > 2)
            return std::nullopt;
        const QChar sep = m_text[m_tokens[i].end];
        if ((sep != u'.' && sep != u'/') || !gapIs(i, i + 1, QString(sep), 1) ||
            !gapIs(i + 1, i + 2, QString(sep), 1))
            return std::nullopt;
        const int year = yearAt(i + 2);
        const auto order = dayAndMonth(toInt(word(i)), toInt(word(i + 1)), sep == u'/');
        if (!year || !order || order->month < 1 || order->month > 12 || order->day < 1 || order->day > 31)
            return std::nullopt;
        return make(i, i + 2, year, order->month, order->day);
    }

    QStringView m_text;
    std::vector<Token> m_tokens;
};

// "07.02.2024" (day first), "13/02/2024", "02/13/2024"; nothing for ambiguous "02/07/2024".
std::optional<QDate> parseNumericDate(QStringView raw, QString *problem) {
    const QList<QStringView> parts = raw.split(QChar(raw.contains(u'.') ? u'.' : u'/'));
    if (parts.size() != 3)
        return std::nullopt;
    for (QStringView p : parts) {
        if (p.isEmpty() || p.size() > 4 ||
            !std::all_of(p.begin(), p.end(), [](QChar c) { return c.isDigit(); }))
            return std::nullopt;
    }
    const int a = toInt(parts[0]);
    const int b = toInt(parts[1]);
    const int year = toInt(parts[2]);
    if (parts[2].size() != 4)
        return std::nullopt;
    const auto order = dayAndMonth(a, b, raw.contains(u'/'));
    if (!order) {
        *problem = u"day and month cannot be told apart"_s;
        return std::nullopt;
    }
    const QDate date(year, order->month, order->day);
    if (!date.isValid()) {
        *problem = u"no such day"_s;
        return std::nullopt;
    }
    return date;
}

} // namespace

int monthFromName(QStringView word) {
    return lookup(kMonths, word);
}

int weekdayFromName(QStringView word) {
    return lookup(kWeekdays, word);
}

QList<DateMention> findDateMentions(QStringView text) {
    return Scanner(text).scan();
}

std::optional<QDate> parseMetadataDate(QStringView raw, QString *problem) {
    raw = raw.trimmed();
    if (raw.isEmpty()) {
        *problem = u"empty"_s;
        return std::nullopt;
    }
    const QList<DateMention> mentions = findDateMentions(raw);
    for (const DateMention &m : mentions) {
        if (!m.hasYear())
            continue;
        if (!m.date().isValid()) {
            *problem = u"no such day"_s;
            return std::nullopt;
        }
        return m.date();
    }
    // Numeric forms need the whole value ("07.02.2024", optionally followed by a time).
    const qsizetype space = raw.indexOf(u' ');
    if (auto numeric = parseNumericDate(space > 0 ? raw.first(space) : raw, problem))
        return numeric;
    if (problem->isEmpty()) {
        // "9999-12-31", "1400-01-01": an ISO form whose year no news article has.
        const bool isoShaped = raw.size() >= 10 && (raw[4] == u'-' || raw[4] == u'/') &&
                               std::all_of(raw.begin(), raw.begin() + 4, [](QChar c) { return c.isDigit(); });
        if (isoShaped && !(raw.first(4).toInt() >= kFirstYear && raw.first(4).toInt() <= kLastYear))
            *problem = u"the year "_s + raw.first(4) + u" is outside "_s + QString::number(kFirstYear) +
                       u'-' + QString::number(kLastYear) + u", the years Annals reads publication dates in"_s;
        else
            *problem = u"not a recognised date format"_s;
    }
    return std::nullopt;
}

} // namespace annals::pubdate
