#include "sentences/sentence_splitter.h"

#include "sentences/abbreviations.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include <memory>

namespace annals {

struct SentenceSplitter::Private {
    std::unique_ptr<icu::BreakIterator> iterator;
    UText text = UTEXT_INITIALIZER;

    ~Private() { utext_close(&text); }
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

// Appends [start, end) of the block (offsets relative to base) with surrounding whitespace removed.
void appendTrimmed(QList<TextSpan> &out, QStringView block, qsizetype base, qsizetype start, qsizetype end) {
    while (start < end && block[start].isSpace())
        ++start;
    while (end > start && block[end - 1].isSpace())
        --end;
    if (end > start)
        out.append({base + start, base + end});
}

// Can ICU find any boundary before the end of this text? Only characters that can end a sentence or
// a paragraph matter; ordinary Latin text, quotes and dashes cannot, so ICU is skipped for it.
bool mayContainBoundary(QStringView text) {
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'.' || u == u'!' || u == u'?' || u < 0x20)
            return true;
        if (u >= 0x0589 && u != 0x2013 && u != 0x2014 && u != 0x2018 && u != 0x2019 && u != 0x201C &&
            u != 0x201D && u != 0x2022 && u != 0x2026)
            return true;
    }
    return false;
}

} // namespace

QList<TextSpan> SentenceSplitter::split(QStringView text, TextSpan within) const {
    QList<TextSpan> sentences;
    within.start = std::clamp<qsizetype>(within.start, 0, text.size());
    within.end = std::clamp<qsizetype>(within.end, within.start, text.size());
    const QStringView block = text.mid(within.start, within.length());
    if (block.isEmpty())
        return sentences;
    if (!d->iterator || !mayContainBoundary(block.first(block.size() - 1))) {
        appendTrimmed(sentences, block, within.start, 0, block.size());
        return sentences;
    }
    // Wrap the QString's own UTF-16 buffer: no copy per block.
    UErrorCode status = U_ZERO_ERROR;
    utext_openUChars(&d->text, reinterpret_cast<const UChar *>(block.utf16()), block.size(), &status);
    d->iterator->setText(&d->text, status);
    if (U_FAILURE(status)) {
        appendTrimmed(sentences, block, within.start, 0, block.size());
        return sentences;
    }
    qsizetype start = 0;
    for (int32_t boundary = d->iterator->next(); boundary != icu::BreakIterator::DONE;
         boundary = d->iterator->next()) {
        if (boundary >= block.size())
            break;
        if (sentences::isFalseBoundary(block, boundary))
            continue;
        appendTrimmed(sentences, block, within.start, start, boundary);
        start = boundary;
    }
    appendTrimmed(sentences, block, within.start, start, block.size());
    return sentences;
}

QList<TextSpan> SentenceSplitter::split(const Document &document) const {
    QList<TextSpan> sentences;
    for (const Block &block : document.blocks)
        sentences.append(split(document.text, block.span));
    return sentences;
}

} // namespace annals
