#include "timex/temporal_tagger.h"

#include "timex/calendar.h"
#include "timex/candidate_scan.h"
#include "timex/foreign_months.h"
#include "timex/lexicon.h"
#include "timex/normalizer.h"
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
    return p.kind == ParsedKind::Calendar && p.year < 0 && p.value.isEmpty() &&
           (p.month || p.weekday || p.weekend || p.quarter || p.half || p.season || p.holiday || p.hour >= 0);
}

struct Found {
    ParsedTimex parsed;
    TextSpan span;
    Tense tense = Tense::Unknown;
};

// Scratch buffers reused across calls on the same thread.
struct Scratch {
    std::vector<Window> windows;
    std::vector<Token> tokens;
    std::vector<Token> sentenceTokens;
    std::vector<Token> spareTokens;
    std::vector<Found> found;
};

// The tense of the sentence around span. The window's tokens cover much of the sentence: they are
// reused, and only the rest is tokenized.
Tense tenseOf(QStringView text, TextSpan span, const QList<TextSpan> &sentences, const Lexicon &lexicon,
              const std::vector<Token> &windowTokens, Scratch &scratch) {
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
        return Tense::Unknown;
    return tenseAround(text, tokens, 0, qsizetype(tokens.size()) - 1, first, std::max(first, last));
}

} // namespace

struct TemporalTagger::Private {
    Lexicon lexicon;
    ForeignMonths foreignMonths;
};

TemporalTagger::TemporalTagger()
    : d(std::make_unique<Private>()) {}

TemporalTagger::~TemporalTagger() = default;

QList<Timex> TemporalTagger::tag(QStringView text, std::optional<QDate> dct,
                                 const QList<TextSpan> &sentences) const {
    thread_local Scratch scratch;
    // Only the neighbourhoods of triggers are tokenized; most of a news text is never looked at twice.
    findWindows(text, d->lexicon, scratch.windows);
    scratch.found.clear();
    for (const Window &w : scratch.windows) {
        tokenize(text, w.start, w.end, d->lexicon, scratch.tokens);
        for (ParsedTimex &p : Recognizer(text, scratch.tokens, &d->foreignMonths).run()) {
            Found f;
            f.span =
                TextSpan{scratch.tokens[size_t(p.firstToken)].start, scratch.tokens[size_t(p.lastToken)].end};
            if (dependsOnTense(p))
                f.tense = tenseOf(text, f.span, sentences, d->lexicon, scratch.tokens, scratch);
            f.parsed = std::move(p);
            scratch.found.push_back(std::move(f));
        }
    }

    QList<Timex> out;
    if (scratch.found.empty())
        return out;
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
        int far = 0, near = 0, deictic = 0;
        for (const Found &f : scratch.found) {
            const ParsedTimex &p = f.parsed;
            if (p.kind == ParsedKind::Calendar && p.year > 0)
                (std::abs(p.year - context.dct->year()) > 2 ? far : near) += 1;
            else if ((p.kind == ParsedKind::Shift && p.anchor == AnchorOn::Dct) || p.weekday || p.hour >= 0)
                deictic += 1;
        }
        narrative = far >= 3 && far > 4 * near && far > 4 * deictic;
    }
    int previousIndex = -1;
    int reportedIndex = -1;
    for (const Found &f : scratch.found) {
        const ParsedTimex &p = f.parsed;
        context.tense = f.tense;
        Resolved r = normalize(p, context);
        if (r.value.isEmpty())
            continue;
        Timex t;
        t.span = f.span;
        t.type = r.type;
        // Moved, not copied: r's strings are not read again.
        t.value = std::move(r.value);
        t.mod = std::move(r.mod);
        t.quant = std::move(r.quant);
        t.freq = std::move(r.freq);
        if (r.usedPrevious)
            t.anchorIndex = r.usedReportedPeriod ? reportedIndex : previousIndex;
        out.append(std::move(t));
        // A bare year far from the story's ("revealed in 2005") is mentioned in passing; a date with its
        // month, or a year close by, moves the story on.
        if (r.explicitYear && r.point && narrative &&
            (!context.storyYear || r.point->precision != Precision::Year ||
             std::abs(r.point->day.year() - *context.storyYear) <= 10))
            context.storyYear = r.point->day.year();
        // Results news names its period first; older periods mentioned in passing do not count.
        if (r.point && !context.reportedPeriod && !p.samePeriod &&
            (r.point->precision == Precision::Quarter || r.point->precision == Precision::Half) &&
            (!context.dct || std::abs(r.point->day.year() - context.dct->year()) <= 1)) {
            context.reportedPeriod = r.point;
            reportedIndex = int(out.size() - 1);
        }
        if (r.point && !p.samePeriod && (p.kind == ParsedKind::Calendar || p.kind == ParsedKind::Shift)) {
            context.previous = r.point;
            previousIndex = int(out.size() - 1);
            context.narrative = narrative;
        }
    }
    return out;
}

} // namespace annals
