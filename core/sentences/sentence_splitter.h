#pragma once

#include "model/document.h"

#include <QList>

#include <memory>

namespace annals {

// Splits each block into sentences by ICU's sentence-break rules (see sentence_rules.h), corrected for news
// abbreviations
// ("Oct.", "U.S.", "Lt. Col."). Sentences never cross block boundaries. Not thread-safe: one per thread.
class SentenceSplitter {
public:
    SentenceSplitter();
    ~SentenceSplitter();
    SentenceSplitter(const SentenceSplitter &) = delete;
    SentenceSplitter &operator=(const SentenceSplitter &) = delete;

    QList<TextSpan> split(const Document &document) const;
    QList<TextSpan> split(QStringView text, TextSpan within) const;

private:
    void appendSentences(QList<TextSpan> &sentences, QStringView text, TextSpan within) const;

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace annals
