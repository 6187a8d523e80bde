#include "timex/month_range.h"

#include <cstdlib>

namespace annals::timex {

namespace {

bool bareMonth(const ParsedTimex &p) {
    return p.kind == ParsedKind::Calendar && p.month > 0 && p.day == 0 && p.year < 0 && !p.weekday &&
           p.value.isEmpty() && p.mod.isEmpty() && p.pick == Pick::ByTense && p.partOfDay.isEmpty();
}

int monthIndex(const greg::date &day) {
    return int(day.year()) * 12 + int(day.month()) - 1;
}

} // namespace

bool joinsMonthRange(QStringView text, const std::vector<Token> &tokens, const ParsedTimex &start,
                     const ParsedTimex &end) {
    if (!bareMonth(start) || !bareMonth(end) || end.firstToken != start.lastToken + 2)
        return false;
    const Token &join = tokens[size_t(start.lastToken + 1)];
    if (join.kind == TokenKind::Punct)
        return join.punct == u'-' || join.punct == u'\u2013';
    return isWordToken(text, join, QLatin1StringView("to")) ||
           isWordToken(text, join, QLatin1StringView("through")) ||
           isWordToken(text, join, QLatin1StringView("until")) ||
           isWordToken(text, join, QLatin1StringView("till")) ||
           isWordToken(text, join, QLatin1StringView("thru"));
}

bool alignMonthRange(CalendarPoint &start, CalendarPoint &end, const greg::date &dct, Tense tense) {
    if (start.precision != Precision::Month || end.precision != Precision::Month)
        return false;
    const int s = monthIndex(start.day);
    const int e = monthIndex(end.day);
    const int length = (int(end.day.month()) - int(start.day.month()) + 12) % 12; // months from start to end
    if (e - s == length)
        return false;
    // Either the start stays and the end follows it, or the end stays and the start comes before it.
    const int keepStart = s;
    const int keepEnd = e - length;
    const int now = monthIndex(dct);
    // Told in the past, the range has ended ("Sales fell from March to June"); told ahead, it may have begun
    // ("results for January through March are due").
    const auto distance = [&](int first) {
        const bool ended = first + length <= now;
        return std::abs(2 * first + length - 2 * now) + (tense == Tense::Past && !ended ? 1000 : 0);
    };
    const int first = distance(keepStart) <= distance(keepEnd) ? keepStart : keepEnd;
    start.day = greg::date(greg::greg_year(first / 12), greg::greg_month(first % 12 + 1), 1);
    const int last = first + length;
    end.day = greg::date(greg::greg_year(last / 12), greg::greg_month(last % 12 + 1), 1);
    return true;
}

} // namespace annals::timex
