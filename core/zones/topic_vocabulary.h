#pragma once

#include <QStringView>

#include <vector>

namespace annals::zones {

// The content words of a set of paragraphs (lower-cased, plural and possessive endings dropped,
// function words and numbers left out), kept as hashes so that measuring a paragraph's overlap with
// the article's topic allocates nothing per word.
class TopicVocabulary {
public:
    void add(QStringView text);
    bool isEmpty() const { return m_count == 0; }

    // Distinct content words of text that the vocabulary holds.
    int sharedWords(QStringView text) const;
    // sharedWords / distinct content words of text; 0 when text has none.
    double sharedRatio(QStringView text) const;

    static int contentWordCount(QStringView text);

private:
    bool contains(quint64 key) const;
    void insert(quint64 key);

    // An open-addressing set of word hashes, at most half full: QSet's nodes and spans cost several times
    // more per word, and the vocabulary is rebuilt for every document. 0 marks a free cell, so a word
    // hashing to 0 is remembered apart.
    std::vector<quint64> m_cells;
    qsizetype m_count = 0;
    bool m_hasZero = false;
};

} // namespace annals::zones
