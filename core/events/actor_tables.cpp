#include "events/actor_tables.h"

#include "zones/ascii_word_key.h"

#include <QFile>
#include <QList>
#include <QtDebug>

#include <algorithm>

using namespace Qt::StringLiterals;

// The tables live in a static library, so their resource must be registered explicitly before the first
// lookup; Q_INIT_RESOURCE has to be used outside any namespace.
static void annalsInitActorResources() {
    Q_INIT_RESOURCE(annals_events_data);
}

namespace annals {

namespace {

// Rows of a tab-separated table, without comments and blank lines.
QList<QStringList> readTable(const QString &resource) {
    QList<QStringList> rows;
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("annals: cannot open actor table %s", qUtf8Printable(resource));
        return rows;
    }
    const QString content = QString::fromUtf8(file.readAll());
    for (QStringView line : QStringView(content).split(u'\n')) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        QStringList fields;
        for (QStringView field : line.split(u'\t', Qt::SkipEmptyParts))
            fields.append(field.trimmed().toString());
        rows.append(fields);
    }
    return rows;
}

void addNames(ActorTables &tables, const QString &resource) {
    for (const QStringList &row : readTable(resource)) {
        const QString &name = row.first();
        for (const QString &alias : row) {
            tables.canonical.insert(alias, name);
            const qsizetype space = alias.indexOf(u' ');
            if (space > 0)
                tables.multiWordStarts.insert(alias.left(space));
            tables.longestAlias = std::max<int>(tables.longestAlias, int(alias.count(u' ')) + 1);
        }
    }
}

ActorTables load() {
    annalsInitActorResources();
    ActorTables tables;
    addNames(tables, u":/annals/data/actors_countries.tsv"_s);
    addNames(tables, u":/annals/data/actors_organisations.tsv"_s);
    for (const QStringList &row : readTable(u":/annals/data/actors_titles.tsv"_s)) {
        if (row.size() < 2)
            continue;
        (row.at(1) == u"modifier" ? tables.titleModifiers : tables.coreTitles).insert(row.first());
    }
    for (const QStringList &row : readTable(u":/annals/data/actors_stopwords.tsv"_s))
        tables.stopWords.insert(row.first().toLower());
    for (const QString &word : std::as_const(tables.stopWords)) {
        if (const std::uint64_t key = textkey::wordKey(word, textkey::Case::Fold))
            tables.stopWordKeys.push_back(key);
    }
    std::sort(tables.stopWordKeys.begin(), tables.stopWordKeys.end());
    return tables;
}

} // namespace

bool ActorTables::isStopWord(QStringView word) const {
    // This runs for every capitalised word of every event sentence. A short ASCII word can only equal a
    // short ASCII stop word: its packed key decides without any string.
    if (const std::uint64_t key = textkey::wordKey(word, textkey::Case::Fold))
        return std::binary_search(stopWordKeys.begin(), stopWordKeys.end(), key);
    // Others are lower-cased into a reused buffer.
    thread_local QString lower;
    lower.resize(word.size());
    QChar *out = lower.data();
    for (QChar c : word) {
        const char16_t u = c.unicode();
        *out++ = u < 128 ? QChar(u >= u'A' && u <= u'Z' ? char16_t(u + 32) : u) : c.toLower();
    }
    return stopWords.contains(lower);
}

const ActorTables &ActorTables::instance() {
    static const ActorTables tables = load();
    return tables;
}

} // namespace annals
