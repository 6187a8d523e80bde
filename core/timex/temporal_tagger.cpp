#include "timex/temporal_tagger.h"

#include "timex/calendar.h"
#include "timex/candidate_scan.h"
#include "timex/chronology.h"
#include "timex/foreign_months.h"
#include "timex/lexicon.h"
#include "timex/normalizer.h"
#include "timex/range_ends.h"
#include "timex/recognizer.h"
#include "timex/sentence_bounds.h"
#include "timex/tense.h"
#include "timex/tokenizer.h"

namespace annals {

using namespace timex;

namespace {

// Only calendar expressions without a year ("Sunday", "Oct. 7", "the third quarter", a bare "10 p.m.")
// need the tense.
bool dependsOnTense(const ParsedTimex &p) {
    if (p.value == u"overnight")
        return true;
    return p.kind == ParsedKind::Calendar && p.year < 0 && p.value.isEmpty() &&
           (p.month || p.day || p.weekday || p.weekend || p.quarter || p.half || p.season || p.holiday ||
            p.hour >= 0);
}

struct Found {
    ParsedTimex parsed;
    TextSpan span;
    Tense tense = Tense::Unknown;
    bool pastEvent = false; // a past-tense verb right before dates it ("began on 4 March")
    bool endsRange = false; // "(from April) to October": the end of a range from the found before
};

// Scratch buffers reused across calls on the same thread.
struct Scratch {
    std::vector<Window> windows;
    std::vector<Token> tokens;
    std::vector<Token> sentenceTokens;
    std::vector<Token> spareTokens;
    std::vector<Found> found;
};

struct ClauseTense {
    Tense tense = Tense::Unknown;
    bool pastEvent = false;
};

// "3/2/2024" reads as the text writes its other numeric dates: day first when one says so ("14/2/2024")
// and none says month first; otherwise month first, reported in `unstated` when nothing said so.
void settleNumericOrder(std::vector<Found> &found, QList<TextSpan> *unstated) {
    using Order = ParsedTimex::NumericOrder;
    bool dayFirst = false;
    bool monthFirst = false;
    bool open = false;
    for (const Found &f : found) {
        dayFirst = dayFirst || f.parsed.numericOrder == Order::DayFirst;
        monthFirst = monthFirst || f.parsed.numericOrder == Order::MonthFirst;
        open = open || f.parsed.numericOrder == Order::Unstated;
    }
    if (!open)
        return;
    for (Found &f : found) {
        if (f.parsed.numericOrder != Order::Unstated)
            continue;
        if (dayFirst && !monthFirst)
            std::swap(f.parsed.day, f.parsed.month);
        else if (!monthFirst && unstated)
            unstated->append(f.span);
    }
}

// The tense of the sentence around span. The window's tokens cover much of the sentence: they are
// reused, and only the rest is tokenized.
ClauseTense tenseOf(QStringView text, TextSpan span, const QList<TextSpan> &sentences, const Lexicon &lexicon,
                    const std::vector<Token> &windowTokens, Scratch &scratch, bool deadlines = true) {
    const TextSpan sentence = sentenceAround(text, span, sentences, lexicon);
    std::vector<Token> &tokens = scratch.sentenceTokens;
    tokenizeReusing(text, sentence.start, sentence.end, windowTokens, lexicon, tokens, scratch.spareTokens);
    qsizetype first = -1, last = -1;
    for (qsizetype i = 0; i < qsizetype(tokens.size()); ++i) {
        if (first < 0 && tokens[size_t(i)].start >= span.start)
            first = i;
        if (tokens[size_t(i)].end <= span.end)
            last = i;
    }
    if (first < 0)
        return {};
    ClauseTense t;
    t.tense =
        tenseAround(text, tokens, 0, qsizetype(tokens.size()) - 1, first, std::max(first, last), deadlines);
    t.pastEvent = t.tense == Tense::Past && pastVerbGoverns(text, tokens, 0, first);
    return t;
}

// "(flights resume) in two weeks", "in three days' time": a whole count of days to years right after
// "in", which in a sentence about the future names the day it lands on.
bool countedAhead(QStringView text, const std::vector<Token> &tokens, const ParsedTimex &p) {
    if (p.kind != ParsedKind::Duration || p.amount <= 0 || p.fraction > 0 || !p.mod.isEmpty() ||
        p.firstToken == 0 || !(p.durationUnit >= Unit::Day && p.durationUnit <= Unit::Year))
        return false;
    const Token &in = tokens[size_t(p.firstToken - 1)];
    const Token &count = tokens[size_t(p.firstToken)];
    // "in the year ending June 30" is no count.
    const bool the = count.kind == TokenKind::Word && count.lex && count.lex->role == Role::The;
    // "sworn in 30 days after the vote": a step from an event, which the "in" of a verb does not date.
    if (const qsizetype next = p.lastToken + 1;
        next < qsizetype(tokens.size()) && tokens[size_t(next)].lex &&
        (tokens[size_t(next)].lex->role == Role::After || tokens[size_t(next)].lex->role == Role::Before))
        return false;
    return !the && isWordToken(text, in, QLatin1StringView("in"));
}

// Turns such a count into the date it reaches from the publication date: "in two weeks" is 2024-W08.
void landAhead(ParsedTimex &p) {
    p.kind = ParsedKind::Shift;
    p.type = TimexType::Date;
    p.anchor = AnchorOn::Dct;
}

// Whether a blank line (a live blog's next update) came between the last date told and a later point. Read
// incrementally, each character once, however many clock times follow one date.
class ParagraphWatch {
public:
    void restart(qsizetype from) {
        m_pos = from;
        m_newline = false;
        m_broken = false;
    }
    bool brokenBefore(QStringView text, qsizetype to) {
        for (; m_pos < to && !m_broken; ++m_pos) {
            const QChar c = text[m_pos];
            if (c == u'\n') {
                m_broken = m_newline;
                m_newline = true;
            } else if (c != u' ' && c != u'\t' && c != u'\r') {
                m_newline = false;
            }
        }
        return m_broken;
    }

private:
    qsizetype m_pos = 0;
    bool m_newline = false;
    bool m_broken = false;
};

// "(1790)": an aside, such as the year of a law or a book.
bool bracketed(QStringView text, TextSpan span) {
    return span.start > 0 && span.end < text.size() && text[span.start - 1] == u'(' && text[span.end] == u')';
}

// "part of the empire since 513 BC", "in power since 2019": a date after "since" tells where a state of
// affairs began, background to the story rather than a step in it.
bool afterSince(QStringView text, TextSpan span) {
    qsizetype k = span.start;
    while (k > 0 && text[k - 1] == u' ')
        --k;
    return k >= 5 && text.sliced(k - 5, 5).compare(u"since", Qt::CaseInsensitive) == 0 &&
           (k == 5 || !text[k - 6].isLetter());
}

} // namespace

// Whether month-day lies in the weeks after `day` in its year, as a story told on would go ("29 April 1975
// ... 30 April"): one that would go back ("arrested on June 1, 2019. On March 3, a jury ...") is more likely
// the news of the publication year.
bool continuesStory(const CalendarPoint &day, int month, int dayOfMonth) {
    const auto next = makeDate(day.day.year(), month, dayOfMonth);
    return next && *next >= day.day && (*next - day.day).days() <= 92;
}

// How far after a day in another year a month-day without one still continues its story: a sentence or two.
constexpr qsizetype kRecalledStoryReach = 250;

struct TemporalTagger::Private {
    Lexicon lexicon;
    ForeignMonths foreignMonths;
};

TemporalTagger::TemporalTagger()
    : d(std::make_unique<Private>()) {}

TemporalTagger::~TemporalTagger() = default;

QList<Timex> TemporalTagger::tag(QStringView text, std::optional<QDate> dct, const QList<TextSpan> &sentences,
                                 QList<TextSpan> *impossibleDates, QList<TextSpan> *unstatedOrders) const {
    thread_local Scratch scratch;
    // Only the neighbourhoods of triggers are tokenized; most of a news text is never looked at twice.
    findWindows(text, d->lexicon, scratch.windows);
    scratch.found.clear();
    for (const Window &w : scratch.windows) {
        tokenize(text, w.start, w.end, d->lexicon, scratch.tokens);
        Recognizer recognizer(text, scratch.tokens, &d->foreignMonths);
        const size_t windowFirst = scratch.found.size();
        for (ParsedTimex &p : recognizer.run()) {
            Found f;
            f.endsRange = scratch.found.size() > windowFirst &&
                          joinsRange(text, scratch.tokens, scratch.found.back().parsed, p);
            f.span =
                TextSpan{scratch.tokens[size_t(p.firstToken)].start, scratch.tokens[size_t(p.lastToken)].end};
            if (dependsOnTense(p)) {
                const ClauseTense t = tenseOf(text, f.span, sentences, d->lexicon, scratch.tokens, scratch);
                f.tense = t.tense;
                f.pastEvent = t.pastEvent;
            } else if (countedAhead(text, scratch.tokens, p) &&
                       tenseOf(text, f.span, sentences, d->lexicon, scratch.tokens, scratch).tense ==
                           Tense::Future)
                landAhead(p);
            f.parsed = std::move(p);
            scratch.found.push_back(std::move(f));
        }
        if (impossibleDates)
            for (const TextSpan &span : recognizer.impossibleDates())
                if (impossibleDates->isEmpty() || impossibleDates->constLast().start < span.start)
                    impossibleDates->append(span);
    }

    QList<Timex> out;
    if (scratch.found.empty())
        return out;
    settleNumericOrder(scratch.found, unstatedOrders);
    out.reserve(qsizetype(scratch.found.size()));

    ResolutionContext context;
    if (dct && dct->isValid())
        context.dct = toBoost(*dct);
    // A story told about another time (a history, a trial years ago) resolves month-days against its own
    // dates rather than the publication date: decided once per text, from the years it states.
    bool narrative = false;
    if (!context.dct) {
        // Without a publication date, only a text made of stated years with nothing deictic ("last week",
        // "on Friday") is a history; an undated news text keeps "the summer" and "last week" open.
        int years = 0, deictic = 0;
        for (const Found &f : scratch.found) {
            const ParsedTimex &p = f.parsed;
            if (p.kind == ParsedKind::Calendar && p.year > 0)
                years += 1;
            else if ((p.kind == ParsedKind::Shift && p.anchor == AnchorOn::Dct) || p.weekday || p.hour >= 0)
                deictic += 1;
        }
        narrative = years >= 3 && years > 4 * deictic;
    } else {
        // News speaks of its own days ("yesterday", "on Friday", "last week") even when it recalls old years.
        // A chronicle that runs up to its publication date states a year every few sentences (the news of
        // the corpora: at most 12 in a text), so twenty of them with few deictic words make a history too.
        int far = 0, near = 0, deictic = 0;
        for (const Found &f : scratch.found) {
            const ParsedTimex &p = f.parsed;
            if (p.kind == ParsedKind::Calendar && p.year > 0)
                (std::abs(p.year - context.dct->year()) > 2 ? far : near) += 1;
            else if (p.kind == ParsedKind::Reference && p.value.startsWith(u"BC"))
                far += 1; // "490 BC"
            else if ((p.kind == ParsedKind::Shift && p.anchor == AnchorOn::Dct) || p.weekday || p.hour >= 0)
                deictic += 1;
        }
        narrative = (far >= 3 && far > 4 * near && far > 4 * deictic) ||
                    (far + near >= 20 && far + near > 8 * deictic);
    }
    int previousIndex = -1;
    int reportedIndex = -1;
    int periodIndex = -1;
    // Where the last date that stated a year far from the publication date ended: "Saigon fell on 29 April
    // 1975. On 30 April, ..." tells that story on, even in news.
    qsizetype farDateEnd = -1;
    Chronology chronology;
    ParagraphWatch sincePrevious;
    ParsedTimex dated;
    int lastFoundIndex = -1; // in `out`, of the expression found just before, if it was kept
    std::optional<CalendarPoint> lastFoundPoint;
    for (const Found &f : scratch.found) {
        const ParsedTimex *parsed = &f.parsed;
        if (const int year = chronology.yearFor(text, f.span, f.parsed); year > 0) {
            dated = f.parsed;
            dated.year = year;
            parsed = &dated;
        }
        const ParsedTimex &p = *parsed;
        const int rangeStartIndex = f.endsRange ? lastFoundIndex : -1;
        lastFoundIndex = -1;
        context.tense = f.tense;
        context.pastEvent = f.pastEvent;
        context.recalledStory = farDateEnd >= 0 && f.span.start - farDateEnd <= kRecalledStoryReach &&
                                p.kind == ParsedKind::Calendar && p.month > 0 && p.day > 0 && p.year < 0 &&
                                !p.weekday && f.tense != Tense::Future &&
                                continuesStory(*context.previous, p.month, p.day);
        context.previousInParagraph = p.hour < 0 || p.day > 0 || p.weekday > 0 || !context.previous ||
                                      !sincePrevious.brokenBefore(text, f.span.start);
        Resolved r = normalize(p, context);
        chronology.note(text, f.span, p, r.point);
        if (r.value.isEmpty())
            continue;
        if (rangeStartIndex >= 0 && lastFoundPoint && r.point && context.dct && !narrative) {
            CalendarPoint start = *lastFoundPoint;
            if (alignRange(start, *r.point, *context.dct, f.tense)) {
                out[rangeStartIndex].value = formatPoint(start);
                r.value = formatPoint(*r.point);
            }
        }
        Timex t;
        t.span = f.span;
        t.type = r.type;
        // Moved, not copied: r's strings are not read again.
        t.value = std::move(r.value);
        t.mod = std::move(r.mod);
        t.quant = std::move(r.quant);
        t.freq = std::move(r.freq);
        if (r.usedPrevious)
            t.anchorIndex = r.usedReportedPeriod   ? reportedIndex
                            : r.usedPreviousPeriod ? periodIndex
                                                   : previousIndex;
        out.append(std::move(t));
        lastFoundIndex = int(out.size() - 1);
        lastFoundPoint = r.point;
        // A bare year far from the story's ("revealed in 2005") is mentioned in passing, and so is one the
        // story looks ahead to ("a campaign planned for 1976") or one in brackets ("the Civil Constitution
        // (1790)"); a date with its month, or a year close by, moves the story on.
        if (r.explicitYear && r.point && narrative) {
            const int year = r.point->day.year();
            const auto inPassing = [&] {
                if (std::abs(year - *context.storyYear) > 10 || bracketed(text, f.span))
                    return true;
                // The windows' tokens are gone by now: the sentence is tokenized afresh.
                return year > *context.storyYear &&
                       tenseOf(text, f.span, sentences, d->lexicon, {}, scratch, false).tense ==
                           Tense::Future;
            };
            if (!context.storyYear || r.point->precision != Precision::Year || !inPassing())
                context.storyYear = year;
        }
        // Results news names its period first; older periods mentioned in passing do not count.
        if (r.point && !context.reportedPeriod && !p.samePeriod &&
            (r.point->precision == Precision::Quarter || r.point->precision == Precision::Half) &&
            (!context.dct || std::abs(r.point->day.year() - context.dct->year()) <= 1)) {
            context.reportedPeriod = r.point;
            reportedIndex = int(out.size() - 1);
        }
        // (A Reference has a point only when it is a date before Christ, "August 480 BC".)
        if (r.point && !p.samePeriod &&
            (p.kind == ParsedKind::Calendar || p.kind == ParsedKind::Shift ||
             p.kind == ParsedKind::Reference) &&
            !afterSince(text, f.span)) {
            context.previous = r.point;
            previousIndex = int(out.size() - 1);
            sincePrevious.restart(f.span.end);
            context.narrative = narrative;
            context.previousPeriod.reset();
            const bool far = (r.explicitYear || r.usedPrevious) && r.point->precision == Precision::Day &&
                             context.dct && std::abs(r.point->day.year() - context.dct->year()) >= 2;
            if (far)
                farDateEnd = f.span.end;
            else if (!context.recalledStory)
                farDateEnd = -1;
        }
        // "the 1990s", "the 5th century BC": counted from by "the following decade" only, as a year
        // made up inside it would be wrong for "twenty years earlier".
        if (r.point && (p.kind == ParsedKind::Decade || p.kind == ParsedKind::Century) &&
            !afterSince(text, f.span)) {
            context.previousPeriod = r.point;
            periodIndex = int(out.size() - 1);
        }
    }
    return out;
}

} // namespace annals
