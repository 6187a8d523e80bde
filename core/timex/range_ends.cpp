#include "timex/range_ends.h"

#include <cstdlib>

namespace annals::timex {

namespace {

bool bareEnd(const ParsedTimex &p) {
    return p.kind == ParsedKind::Calendar && (p.month > 0) != (p.weekday > 0) && p.day == 0 && p.year < 0 &&
           p.value.isEmpty() && p.mod.isEmpty() && p.pick == Pick::ByTense && p.partOfDay.isEmpty() &&
           p.hour < 0;
}

const greg::date kOrigin(2000, 1, 1);

// Months or days since a fixed origin, as the range's precision counts.
long ordinal(const greg::date &day, bool months) {
    return months ? long(day.year()) * 12 + long(day.month()) - 1 : long((day - kOrigin).days());
}

greg::date fromOrdinal(long n, bool months) {
    if (months)
        return greg::date(greg::greg_year(n / 12), greg::greg_month(n % 12 + 1), 1);
    return kOrigin + greg::days(n);
}

bool isWord(QStringView text, const Token &t, const char *lower) {
    return isWordToken(text, t, QLatin1StringView(lower));
}

} // namespace

bool joinsRange(QStringView text, const std::vector<Token> &tokens, const ParsedTimex &start,
                const ParsedTimex &end) {
    if (!bareEnd(start) || !bareEnd(end) || (start.month > 0) != (end.month > 0) ||
        end.firstToken != start.lastToken + 2)
        return false;
    const Token &join = tokens[size_t(start.lastToken + 1)];
    if (join.kind == TokenKind::Punct)
        return join.punct == u'-' || join.punct == u'\u2013';
    // "between Monday and Friday"; a bare "Monday and Friday" may be two days of a list.
    if (isWord(text, join, "and"))
        return start.firstToken > 0 && isWord(text, tokens[size_t(start.firstToken - 1)], "between");
    return isWord(text, join, "to") || isWord(text, join, "through") || isWord(text, join, "until") ||
           isWord(text, join, "till") || isWord(text, join, "thru");
}

bool alignRange(CalendarPoint &start, CalendarPoint &end, const greg::date &dct, Tense tense) {
    const bool months = start.precision == Precision::Month;
    if (start.precision != end.precision || (!months && start.precision != Precision::Day))
        return false;
    const long s = ordinal(start.day, months);
    const long e = ordinal(end.day, months);
    const long cycle = months ? 12 : 7;
    const long length = ((e - s) % cycle + cycle) % cycle; // from the start's month (weekday) to the end's
    if (e - s == length)
        return false;
    const long now = ordinal(dct, months);
    const auto cost = [&](long first) {
        const bool ended = first + length <= now;
        const bool ahead = first >= now;
        const bool wrongSide =
            (tense == Tense::Past && !ended) || (tense == Tense::Future && !months && !ahead);
        return std::abs(2 * first + length - 2 * now) + (wrongSide ? 100000 : 0);
    };
    // Either the start stays and the end follows it, or the end stays and the start comes before it.
    const long first = cost(s) <= cost(e - length) ? s : e - length;
    start.day = fromOrdinal(first, months);
    end.day = fromOrdinal(first + length, months);
    return true;
}

} // namespace annals::timex
