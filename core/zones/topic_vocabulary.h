#pragma once

#include <QSet>
#include <QStringView>

namespace annals::zones {

// The content words of a set of paragraphs (lower-cased, plural and possessive endings dropped,
// function words and numbers left out), kept as hashes so that measuring a paragraph's overlap with
// the article's topic allocates nothing per word.
class TopicVocabulary {
public:
    void add(QStringView text);
    bool isEmpty() const { return m_words.isEmpty(); }

    // Distinct content words of text that the vocabulary holds.
    int sharedWords(QStringView text) const;
    // sharedWords / distinct content words of text; 0 when text has none.
    double sharedRatio(QStringView text) const;

    static int contentWordCount(QStringView text);

private:
    QSet<quint64> m_words;
};

} // namespace annals::zones
