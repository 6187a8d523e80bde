#pragma once

#include <QStringView>

#include <array>
#include <functional>
#include <utility>
#include <vector>

namespace annals::zones {

// How many of each headline candidate's content words (lower-cased, plural and possessive endings
// dropped, function words and numbers left out) the article's topic paragraphs use. The candidates'
// few words are collected first and then looked for in the paragraphs: the paragraphs' many words are
// never stored, and most are ruled out by their shape (first and last letter, length) before any hashing.
class TopicOverlap {
public:
    // Remembers a candidate's distinct content words; returns its number (0, 1, ... in order of adding).
    int addCandidate(QStringView text);

    // Marks the candidates' words that a topic paragraph holds. Returns false once every word of every
    // candidate has been found: further paragraphs can change nothing. With `enough`, the paragraph is
    // read only until `enough(*this)` holds after a newly found word (the caller then needs no more).
    bool addTopicParagraph(QStringView text, const std::function<bool(const TopicOverlap &)> &enough = {});

    // Distinct content words of the candidate that some topic paragraph holds.
    int sharedWords(int candidate) const;
    // sharedWords / distinct content words of the candidate; 0 when it has none.
    double sharedRatio(int candidate) const;

    static bool hasContentWord(QStringView text);

private:
    struct Word {
        quint64 key;
        bool found = false;
    };
    std::pair<int, int> wordsOf(int candidate) const; // [begin, end) in m_candidateWords

    std::vector<Word> m_words;          // distinct over all candidates
    std::vector<int> m_candidateWords;  // indexes into m_words, candidate after candidate
    std::vector<int> m_candidateStarts; // where each candidate's run starts in m_candidateWords
    int m_found = 0;
    std::array<quint64, 16> m_shapes{}; // a 1024-bit filter of the words' shapes
};

} // namespace annals::zones
