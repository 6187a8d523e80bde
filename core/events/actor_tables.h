#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringView>

#include <cstdint>
#include <vector>

namespace annals {

// The word lists behind actor detection, read once from the Qt resources compiled into annals_events
// (resources/data/actors_*.tsv).
struct ActorTables {
    QHash<QString, QString>
        canonical;        // country/organisation name, alias or demonym (exact case) -> canonical name
    int longestAlias = 1; // in words
    QSet<QString> multiWordStarts;           // first words of the names above that have several words
    QSet<QString> coreTitles;                // "Minister", "Mr", "President" (without a trailing '.')
    QSet<QString> titleModifiers;            // "Prime", "Defense": titles only before a core title
    QSet<QString> stopWords;                 // lower case
    std::vector<std::uint64_t> stopWordKeys; // sorted packed keys (textkey::wordKey) of those that have one

    bool isStopWord(QStringView word) const; // case-insensitive

    static const ActorTables &instance(); // thread-safe, loaded on first use
};

} // namespace annals
