#include "sentences/sentence_splitter.h"

#include "sentences/abbreviations.h"
#include "sentences/sentence_rules.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include <memory>

namespace annals {

struct SentenceSplitter::Private {
    std::unique_ptr<icu::BreakIterator> iterator;
    UText text = UTEXT_INITIALIZER;
    std::vector<qsizetype> breaks;

    ~Private() { utext_close(&text); }

    // The boundaries ICU's iterator finds inside block (for the rare text findSentenceBreaks leaves to it).
    bool icuBreaks(QStringView block, std::vector<qsizetype> &out) {
        // Wrap the QString's own UTF-16 buffer: no copy per block.
        UErrorCode status = U_ZERO_ERROR;
        utext_openUChars(&text, reinterpret_cast<const UChar *>(block.utf16()), block.size(), &status);
        iterator->setText(&text, status);
        if (U_FAILURE(status))
            return false;
        for (int32_t boundary = iterator->next();
             boundary != icu::BreakIterator::DONE && boundary < block.size(); boundary = iterator->next())
            out.push_back(boundary);
        return true;
    }
};

SentenceSplitter::SentenceSplitter()
    : d(std::make_unique<Private>()) {
    UErrorCode status = U_ZERO_ERROR;
    d->iterator.reset(icu::BreakIterator::createSentenceInstance(icu::Locale::getEnglish(), status));
    if (U_FAILURE(status))
        d->iterator.reset(); // ICU data missing: split() then keeps each block whole
}

SentenceSplitter::~SentenceSplitter() = default;

namespace {

// No sentence of prose is this long; a table, a log or a list pasted without full stops can be. Such a run
// is cut into pieces of at most this many characters, at a space (after a comma or semicolon when there is
// one near the end), so that each date in it is read with its neighbourhood, not with the whole run.
constexpr qsizetype kLongestSentence = 2000;
constexpr qsizetype kCommaSearch = 400;

// Appends [start, end) of the block (offsets relative to base) with surrounding whitespace removed.
void appendTrimmed(QList<TextSpan> &out, QStringView block, qsizetype base, qsizetype start, qsizetype end) {
    while (start < end && block[start].isSpace())
        ++start;
    while (end > start && block[end - 1].isSpace())
        --end;
    while (end - start > kLongestSentence) {
        qsizetype cut = start + kLongestSentence;
        qsizetype comma = cut;
        while (comma > cut - kCommaSearch &&
               !(block[comma].isSpace() && (block[comma - 1] == u',' || block[comma - 1] == u';')))
            --comma;
        if (comma > cut - kCommaSearch) {
            cut = comma;
        } else {
            while (cut > start + 1 && !block[cut].isSpace())
                --cut;
            if (cut <= start + 1)
                cut = start + kLongestSentence; // one unbroken word: cut inside it
        }
        qsizetype pieceEnd = cut;
        while (pieceEnd > start && block[pieceEnd - 1].isSpace())
            --pieceEnd;
        out.append({base + start, base + pieceEnd});
        start = cut;
        while (start < end && block[start].isSpace())
            ++start;
    }
    if (end > start)
        out.append({base + start, base + end});
}

} // namespace

QList<TextSpan> SentenceSplitter::split(QStringView text, TextSpan within) const {
    QList<TextSpan> sentences;
    appendSentences(sentences, text, within);
    return sentences;
}

void SentenceSplitter::appendSentences(QList<TextSpan> &sentences, QStringView text, TextSpan within) const {
    within.start = std::clamp<qsizetype>(within.start, 0, text.size());
    within.end = std::clamp<qsizetype>(within.end, within.start, text.size());
    const QStringView block = text.mid(within.start, within.length());
    if (block.isEmpty())
        return;
    // ICU's rules without ICU's rule machine for nearly every block; ICU itself for the rest.
    std::vector<qsizetype> &breaks = d->breaks;
    breaks.clear();
    if (!sentences::findSentenceBreaks(block, breaks) && (!d->iterator || !d->icuBreaks(block, breaks))) {
        appendTrimmed(sentences, block, within.start, 0, block.size());
        return;
    }
    qsizetype start = 0;
    for (const qsizetype boundary : breaks) {
        if (sentences::isFalseBoundary(block, boundary))
            continue;
        appendTrimmed(sentences, block, within.start, start, boundary);
        start = boundary;
    }
    appendTrimmed(sentences, block, within.start, start, block.size());
}

QList<TextSpan> SentenceSplitter::split(const Document &document) const {
    QList<TextSpan> sentences;
    // Room for a sentence per 64 characters (news averages more), so that the list rarely regrows.
    sentences.reserve(document.text.size() / 64 + document.blocks.size());
    for (const Block &block : document.blocks)
        appendSentences(sentences, document.text, block.span);
    return sentences;
}

} // namespace annals
