#include "events/event_builder.h"

#include "events/actor_tables.h"
#include "events/actors.h"
#include "events/calendar_range.h"
#include "events/summary.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace annals {

namespace {

// The span in `spans` (sorted, not overlapping) that contains `pos`, or nullptr.
template <typename T, typename SpanOf>
const T *containing(const QList<T> &items, qsizetype pos, SpanOf spanOf) {
    auto it = std::upper_bound(items.cbegin(), items.cend(), pos,
                               [&](qsizetype p, const T &item) { return p < spanOf(item).start; });
    if (it == items.cbegin())
        return nullptr;
    --it;
    return spanOf(*it).contains(pos) ? &*it : nullptr;
}

bool zoneMakesEvents(Zone zone, const EventOptions &options) {
    if (zone == Zone::Boilerplate || zone == Zone::Dateline)
        return options.includeBoilerplate;
    return true;
}

// "Netanyahu" -> "Benjamin Netanyahu" when the document names exactly one person ending in that word.
// Countries and organisations from the tables ("Kataib Hezbollah", "Hezbollah") are left alone.
void expandSurnames(QList<Event> &events) {
    const ActorTables &tables = ActorTables::instance();
    QHash<QString, QString> fullNames; // last word -> full name, empty when ambiguous
    for (const Event &e : std::as_const(events)) {
        for (const QString &actor : e.actors) {
            const qsizetype space = actor.lastIndexOf(u' ');
            if (space < 0 || tables.canonical.contains(actor))
                continue;
            const QString last = actor.mid(space + 1);
            const auto it = fullNames.constFind(last);
            if (it == fullNames.cend())
                fullNames.insert(last, actor);
            else if (it.value() != actor)
                fullNames[last].clear();
        }
    }
    if (fullNames.isEmpty())
        return;
    for (Event &e : events) {
        QStringList expanded;
        for (const QString &actor : std::as_const(e.actors)) {
            const bool known = actor.contains(u' ') || tables.canonical.contains(actor);
            const QString full = known ? actor : fullNames.value(actor);
            const QString &name = full.isEmpty() ? actor : full;
            if (!expanded.contains(name))
                expanded.append(name);
        }
        e.actors = expanded;
    }
}

// "<document id>.<n>": the digits written by hand, as QString::number goes through the locale code for
// every event, and the id allocated once.
QString eventId(const QString &documentId, qsizetype number) {
    char16_t digits[24];
    char16_t *const end = digits + 24;
    char16_t *p = end;
    do {
        *--p = char16_t(u'0' + number % 10);
        number /= 10;
    } while (number > 0);
    QString id;
    id.reserve(documentId.size() + 1 + (end - p));
    id.append(documentId);
    id.append(u'.');
    id.append(QStringView(p, end - p));
    return id;
}

} // namespace

QList<Event> buildEvents(const Document &document, const QList<TextSpan> &sentences,
                         const QList<Timex> &timexes, const EventOptions &options) {
    QList<Event> events;
    events.reserve(timexes.size()); // at most one event per time expression: no regrowth
    const ActorFinder actorFinder(document.text);
    QHash<qsizetype, QStringList> actorsBySentence; // sentence start -> actors
    // Events by the hash of their sentence text, value and mod, to drop restatements.
    QMultiHash<size_t, qsizetype> seen;
    const QStringView text(document.text);

    for (const Timex &timex : timexes) {
        if (timex.type != TimexType::Date && timex.type != TimexType::Time)
            continue;
        const std::optional<CalendarRange> range = calendarRange(timex.value, timex.mod);
        if (!range)
            continue;
        const Block *block =
            containing(document.blocks, timex.span.start, [](const Block &b) { return b.span; });
        const Zone zone = block ? block->zone : Zone::Body;
        if (!zoneMakesEvents(zone, options))
            continue;
        const TextSpan *found = containing(sentences, timex.span.start, [](const TextSpan &s) { return s; });
        TextSpan sentence = found ? *found : (block ? block->span : timex.span);
        sentence.end = std::max(sentence.end, std::min(timex.span.end, text.size()));
        const QStringView sentenceText = text.mid(sentence.start, sentence.length());

        // A cheap key (the sentence's length and ends, not all its text): equal keys are compared in full.
        const size_t key =
            qHashMulti(0, sentenceText.size(), sentenceText.isEmpty() ? QChar() : sentenceText.front(),
                       sentenceText.isEmpty() ? QChar() : sentenceText.back(), timex.value, timex.mod);
        const auto restates = [&](qsizetype i) {
            const Event &earlier = events[i];
            return earlier.sentenceText == sentenceText && earlier.timex.value == timex.value &&
                   earlier.timex.mod == timex.mod;
        };
        const auto same = seen.equal_range(key);
        if (std::any_of(same.first, same.second, restates))
            continue;
        seen.insert(key, events.size());

        Event e;
        e.id = eventId(document.id, events.size() + 1);
        e.documentId = document.id;
        e.timex = timex;
        e.timexText = text.mid(timex.span.start, timex.span.length()).toString();
        e.sentence = sentence;
        e.sentenceText = sentenceText.toString();
        e.summary =
            summarize(sentenceText, {timex.span.start - sentence.start, timex.span.end - sentence.start});
        auto cached = actorsBySentence.constFind(sentence.start);
        if (cached == actorsBySentence.cend())
            cached = actorsBySentence.insert(sentence.start, actorFinder.find(sentenceText));
        e.actors = cached.value();
        e.zone = zone;
        e.date = timex.value;
        e.granularity = range->granularity;
        e.earliest = range->earliest;
        e.latest = range->latest;
        events.append(std::move(e));
    }
    expandSurnames(events);
    return events;
}

} // namespace annals
