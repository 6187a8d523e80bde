#include "events/event_builder.h"

#include "events/actor_tables.h"
#include "events/actor_tokens.h"
#include "events/actors.h"
#include "events/calendar_range.h"
#include "events/entry_label.h"
#include "events/summary.h"

#include <QHash>

#include <algorithm>
#include <vector>

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
// every event, straight into the id's one allocation.
QString eventId(const QString &documentId, qsizetype number) {
    char16_t digits[24];
    char16_t *const end = digits + 24;
    char16_t *p = end;
    do {
        *--p = char16_t(u'0' + number % 10);
        number /= 10;
    } while (number > 0);
    QString id(documentId.size() + 1 + (end - p), Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(id.data());
    out = std::copy_n(documentId.utf16(), documentId.size(), out);
    *out++ = u'.';
    std::copy(p, end, out);
    return id;
}

// The actors of each sentence found so far, by the sentence's start (with its text, which events of the
// same sentence share). Time expressions come in text order, so a sentence is nearly always the last one
// looked at or a new one at the end: a sorted vector serves both without a hash node per sentence.
class ActorCache {
public:
    struct Entry {
        qsizetype start;
        QString sentenceText;
        QStringList actors;
        qsizetype statementStart = 0; // after a chronology entry's date label or a wire dateline
    };

    explicit ActorCache(qsizetype expressions)
        : m_room(std::size_t(expressions)) {}

    // The entry for a sentence starting at `start`, made with `make()` the first time.
    template <typename Make> const Entry &get(qsizetype start, Make make) {
        if (!m_entries.empty() && m_entries.back().start == start)
            return m_entries.back();
        if (m_entries.empty())
            m_entries.reserve(m_room); // a sentence per expression at most: no regrowing
        auto it = std::lower_bound(m_entries.begin(), m_entries.end(), start,
                                   [](const Entry &e, qsizetype s) { return e.start < s; });
        if (it == m_entries.end() || it->start != start)
            it = m_entries.insert(it, make());
        return *it;
    }

private:
    std::vector<Entry> m_entries;
    std::size_t m_room;
};

// A cheap key of an event's sentence, value and mod: lengths and end characters, no string hashed in full.
size_t restatementKey(QStringView sentence, const Timex &timex) {
    const auto lastOf = [](QStringView s) { return s.isEmpty() ? size_t(0) : size_t(s.back().unicode()); };
    size_t key = size_t(sentence.size());
    key = key * 31 + (sentence.isEmpty() ? 0 : sentence.front().unicode());
    key = key * 31 + lastOf(sentence);
    key = key * 31 + size_t(timex.value.size());
    key = key * 31 + lastOf(timex.value);
    return key * 31 + size_t(timex.mod.size());
}

// Events already made, under their restatement keys, to drop restatements: open addressing in one array
// with room for twice the document's time expressions (events are at most one per expression, so the array
// never fills), instead of a hash node allocated per event.
class RestatementTable {
public:
    explicit RestatementTable(qsizetype expressions) {
        std::size_t size = 16;
        while (size < std::size_t(expressions) * 2)
            size *= 2;
        m_slots.assign(size, Slot{0, -1});
        m_mask = size - 1;
        while ((std::size_t(1) << m_shift) < size)
            ++m_shift;
    }

    // Whether `restates(i)` holds for an earlier event i under `key`; if none does, `index` is remembered
    // under the key.
    template <typename Restates> bool restatedOrAdd(size_t key, qsizetype index, Restates restates) {
        // Fibonacci hashing: the key's high product bits pick the first slot.
        for (std::size_t i = std::size_t((key * 0x9E3779B97F4A7C15ULL) >> (64 - m_shift));;
             i = (i + 1) & m_mask) {
            Slot &slot = m_slots[i];
            if (slot.index < 0) {
                slot = {key, index};
                return false;
            }
            if (slot.key == key && restates(slot.index))
                return true;
        }
    }

private:
    struct Slot {
        size_t key;
        qsizetype index; // -1: empty
    };
    std::vector<Slot> m_slots;
    std::size_t m_mask = 0;
    int m_shift = 0; // log2 of the slot count
};

} // namespace

QList<Event> buildEvents(const Document &document, const QList<TextSpan> &sentences,
                         const QList<Timex> &timexes, const EventOptions &options) {
    QList<Event> events;
    events.reserve(timexes.size()); // at most one event per time expression: no regrowth
    const ActorFinder actorFinder(document.text);
    ActorCache actorsBySentence(timexes.size());
    RestatementTable seen(timexes.size());
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

        // Equal keys are compared in full.
        const size_t key = restatementKey(sentenceText, timex);
        const auto restates = [&](qsizetype i) {
            const Event &earlier = events[i];
            return earlier.sentenceText == sentenceText && earlier.timex.value == timex.value &&
                   earlier.timex.mod == timex.mod;
        };
        if (seen.restatedOrAdd(key, events.size(), restates))
            continue;

        Event e;
        e.id = eventId(document.id, events.size() + 1);
        e.documentId = document.id;
        e.timex = timex;
        e.timexText = text.mid(timex.span.start, timex.span.length()).toString();
        e.sentence = sentence;
        const TextSpan inSentence{timex.span.start - sentence.start, timex.span.end - sentence.start};
        const ActorCache::Entry &cached = actorsBySentence.get(sentence.start, [&] {
            // The sentence's first expression comes first: if it labels a chronology entry, it does so here.
            qsizetype statement = entryStatementStart(sentenceText, inSentence);
            if (statement == 0)
                statement = actors::skipDateline(sentenceText); // "GENEVA — Shortly before 18:00, ..."
            return ActorCache::Entry{sentence.start, sentenceText.toString(),
                                     actorFinder.find(sentenceText.sliced(statement)), statement};
        });
        // Events of one sentence share its text (a time expression past the sentence's end stretches it).
        e.sentenceText = cached.sentenceText == sentenceText ? cached.sentenceText : sentenceText.toString();
        if (const qsizetype statement = cached.statementStart; statement > 0 && inSentence.start < statement)
            e.summary = summarize(sentenceText.sliced(statement), {0, 0}); // the entry's own date label
        else
            e.summary = summarize(sentenceText.sliced(statement),
                                  {inSentence.start - statement, inSentence.end - statement});
        e.actors = cached.actors;
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
