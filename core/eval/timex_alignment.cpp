#include "eval/timex_alignment.h"

#include <QHash>

#include <algorithm>
#include <functional>

namespace annals {

TimexCounts &TimexCounts::operator+=(const TimexCounts &other) {
    gold += other.gold;
    system += other.system;
    strict += other.strict;
    relaxed += other.relaxed;
    valueCorrect += other.valueCorrect;
    typeCorrect += other.typeCorrect;
    return *this;
}

namespace {

qsizetype overlapLength(const TextSpan &a, const TextSpan &b) {
    return std::min(a.end, b.end) - std::max(a.start, b.start);
}

// Kuhn's augmenting paths: tries to give gold g a partner, moving earlier pairs along when that helps.
// visited[s] == round marks the system timexes already tried in this round.
bool augment(qsizetype g, const QList<QList<qsizetype>> &candidates, QList<qsizetype> &goldOfSystem,
             QList<qsizetype> &visited, qsizetype round) {
    for (qsizetype s : candidates[g]) {
        if (visited[s] == round)
            continue;
        visited[s] = round;
        if (goldOfSystem[s] < 0 || augment(goldOfSystem[s], candidates, goldOfSystem, visited, round)) {
            goldOfSystem[s] = g;
            return true;
        }
    }
    return false;
}

} // namespace

TimexAlignment alignTimexes(const QList<Timex> &gold, const QList<Timex> &system) {
    QList<qsizetype> systemOfGold(gold.size(), -1);
    QList<qsizetype> goldOfSystem(system.size(), -1);

    // Strict: identical spans, first come first served.
    QMultiHash<std::pair<qsizetype, qsizetype>, qsizetype> systemBySpan;
    for (qsizetype s = system.size() - 1; s >= 0; --s) {
        if (!system[s].span.isEmpty())
            systemBySpan.insert({system[s].span.start, system[s].span.end}, s);
    }
    for (qsizetype g = 0; g < gold.size(); ++g) {
        const TextSpan span = gold[g].span;
        for (auto it = systemBySpan.find({span.start, span.end});
             it != systemBySpan.end() && it.key() == std::pair(span.start, span.end); ++it) {
            if (goldOfSystem[*it] < 0) {
                goldOfSystem[*it] = g;
                systemOfGold[g] = *it;
                break;
            }
        }
    }

    // Relaxed: overlapping spans among what is left, as many pairs as possible.
    QList<qsizetype> freeSystem;
    for (qsizetype s = 0; s < system.size(); ++s) {
        if (goldOfSystem[s] < 0 && !system[s].span.isEmpty())
            freeSystem.append(s);
    }
    std::sort(freeSystem.begin(), freeSystem.end(),
              [&](qsizetype a, qsizetype b) { return system[a].span.start < system[b].span.start; });
    QList<QList<qsizetype>> candidates(gold.size());
    bool anyCandidate = false;
    for (qsizetype g = 0; g < gold.size(); ++g) {
        const TextSpan span = gold[g].span;
        if (systemOfGold[g] >= 0 || span.isEmpty())
            continue;
        // Systems starting at or after the gold end cannot overlap; the sort lets us stop there.
        for (qsizetype s : freeSystem) {
            if (system[s].span.start >= span.end)
                break;
            if (system[s].span.overlaps(span))
                candidates[g].append(s);
        }
        std::stable_sort(candidates[g].begin(), candidates[g].end(), [&](qsizetype a, qsizetype b) {
            return overlapLength(system[a].span, span) > overlapLength(system[b].span, span);
        });
        anyCandidate = anyCandidate || !candidates[g].isEmpty();
    }
    if (anyCandidate) {
        QList<qsizetype> relaxedGoldOfSystem(system.size(), -1);
        QList<qsizetype> visited(system.size(), -1);
        for (qsizetype g = 0; g < gold.size(); ++g) {
            if (!candidates[g].isEmpty())
                augment(g, candidates, relaxedGoldOfSystem, visited, g);
        }
        for (qsizetype s = 0; s < system.size(); ++s) {
            if (relaxedGoldOfSystem[s] >= 0) {
                goldOfSystem[s] = relaxedGoldOfSystem[s];
                systemOfGold[relaxedGoldOfSystem[s]] = s;
            }
        }
    }

    TimexAlignment alignment;
    alignment.counts.gold = gold.size();
    alignment.counts.system = system.size();
    for (qsizetype g = 0; g < gold.size(); ++g) {
        const qsizetype s = systemOfGold[g];
        if (s < 0) {
            alignment.missed.append(g);
            continue;
        }
        TimexMatch match;
        match.gold = g;
        match.system = s;
        match.strict = gold[g].span == system[s].span;
        match.valueCorrect = gold[g].value == system[s].value;
        match.typeCorrect = gold[g].type == system[s].type;
        alignment.matches.append(match);
        alignment.counts.relaxed += 1;
        alignment.counts.strict += match.strict ? 1 : 0;
        alignment.counts.valueCorrect += match.valueCorrect ? 1 : 0;
        alignment.counts.typeCorrect += match.typeCorrect ? 1 : 0;
    }
    for (qsizetype s = 0; s < system.size(); ++s) {
        if (goldOfSystem[s] < 0)
            alignment.spurious.append(s);
    }
    return alignment;
}

} // namespace annals
