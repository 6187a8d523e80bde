#pragma once

#include "events/actor_tokens.h"

#include <QSet>
#include <QStringList>
#include <QStringView>

#include <vector>

namespace annals {

// Finds the actors a sentence names: people ("Prime Minister Benjamin Netanyahu" -> "Benjamin Netanyahu",
// "Mr Netanyahu" -> "Netanyahu"), organisations and countries (acronyms and demonyms map to a canonical
// name: "U.N." -> "United Nations", "Israeli" -> "Israel"). Capitalised words that are only capitalised
// because they open the sentence, title-case headlines, month and weekday names and photo credits are not
// actors. Names come in order of first mention, without duplicates or names contained in a longer one.
//
// One finder serves one document: a word that opens a sentence (or sits in a title-case headline) counts
// as a name when the document also capitalises it mid-sentence. The document must outlive the finder.
class ActorFinder {
public:
    explicit ActorFinder(QStringView document = {});
    ~ActorFinder();

    QStringList find(QStringView sentence) const;

    // Token lists reused from sentence to sentence instead of allocated for each (a finder serves one
    // document on one thread).
    struct Buffers {
        std::vector<actors::Token> tokens;
        std::vector<actors::Token> name; // the run of capitalised words being read
        std::vector<actors::Token> part; // a run's piece between stop words
    };

private:
    bool capitalisedMidSentence(QStringView word) const;
    void indexCapitals() const;
    bool followsLowerCase(qsizetype i, qsizetype end) const;

    QStringView m_document;
    mutable Buffers m_buffers;
    // Where an ASCII capital follows a space in the document, in text order; listed on the first question.
    mutable bool m_indexed = false;
    mutable std::vector<qsizetype> m_capitalStarts;
    // After many questions (a long list whose lines open with capitalised words), every word the document
    // capitalises mid-sentence, so that each further question is one lookup instead of a scan.
    void indexNamedWords() const;
    mutable int m_questions = 0;
    mutable bool m_wordsIndexed = false;
    mutable QSet<QStringView> m_namedWords;
};

// Convenience for one sentence; `document` is the text it comes from (may be empty).
QStringList findActors(QStringView sentence, QStringView document = {});

} // namespace annals
