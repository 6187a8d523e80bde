#include "pipeline/pipeline.h"

#include "events/event_builder.h"
#include "pubdate/publication_date.h"
#include "sentences/sentence_splitter.h"
#include "timex/temporal_tagger.h"
#include "zones/zone_classifier.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace annals {

namespace {

constexpr qsizetype kImpossibleDatesListed = 20;

qsizetype lineOf(const QString &text, TextSpan span) {
    return QStringView(text).first(span.start).count(u'\n') + 1;
}

// "line 3: "February 30" is not a calendar date; it is left out of the timeline".
QString impossibleDateWarning(const QString &text, TextSpan span) {
    return u"line "_s + QString::number(lineOf(text, span)) + u": \""_s +
           text.mid(span.start, span.length()) +
           u"\" is not a calendar date; it is left out of the timeline"_s;
}

// "line 3: "3/2/2024" could have its day and month the other way round; it is read month first, as
// 2024-03-02, ...": one warning for the first such date, with the count of the others.
QString unstatedOrderWarning(const QString &text, const QList<TextSpan> &spans, const QList<Timex> &timexes) {
    const TextSpan span = spans.first();
    const auto read = std::lower_bound(timexes.begin(), timexes.end(), span.start,
                                       [](const Timex &t, qsizetype start) { return t.span.start < start; });
    QString warning = u"line "_s + QString::number(lineOf(text, span)) + u": \""_s +
                      text.mid(span.start, span.length()) +
                      u"\" could have its day and month the other way round; it is read month first"_s;
    if (read != timexes.end() && read->span.start == span.start)
        warning += u", as "_s + read->value;
    warning += u", since the article writes no date day first"_s;
    if (spans.size() > 1)
        warning += u" (and so are "_s + QString::number(spans.size() - 1) + u" more dates like it)"_s;
    return warning;
}

} // namespace

struct Pipeline::Private {
    PipelineOptions options;
    TemporalTagger tagger;
    SentenceSplitter splitter;

    void tagAndBuild(ProcessedDocument &p) const {
        QList<TextSpan> impossible;
        QList<TextSpan> unstated;
        p.timexes =
            tagger.tag(p.document.text, p.document.publicationDate, p.sentences, &impossible, &unstated);
        // Each impossible date by its line, up to a screenful; a file full of them gets a count for the rest.
        for (qsizetype k = 0; k < std::min(impossible.size(), kImpossibleDatesListed); ++k)
            p.document.warnings.append(impossibleDateWarning(p.document.text, impossible[k]));
        if (impossible.size() > kImpossibleDatesListed)
            p.document.warnings.append(
                QString::number(impossible.size() - kImpossibleDatesListed) +
                u" more dates that are not calendar dates are left out of the timeline"_s);
        if (!unstated.isEmpty())
            p.document.warnings.append(unstatedOrderWarning(p.document.text, unstated, p.timexes));
        p.events = buildEvents(p.document, p.sentences, p.timexes, EventOptions{options.includeBoilerplate});
    }
};

namespace {

// Warnings that only advise the user to supply a date (they mention --dct) are moot once they have.
void dropDateAdvice(QStringList &warnings) {
    warnings.removeIf([](const QString &w) { return w.contains(u"--dct"); });
}

// The user's date wins over whatever the text states; a disagreement is worth a warning.
void applyUserDate(Document &doc, QDate userDate) {
    dropDateAdvice(doc.warnings);
    if (doc.publicationDate && *doc.publicationDate != userDate) {
        doc.warnings.append(u"the text states the publication date "_s +
                            doc.publicationDate->toString(Qt::ISODate) + u" ("_s +
                            dateSourceName(doc.publicationDateSource.value_or(DateSource::Header)) +
                            u"); using --dct "_s + userDate.toString(Qt::ISODate) + u" instead"_s);
    }
    doc.publicationDate = userDate;
    doc.publicationDateSource = DateSource::User;
    doc.publicationDateSpan.reset();
}

} // namespace

Pipeline::Pipeline(PipelineOptions options)
    : d(std::make_unique<Private>()) {
    d->options = options;
}

Pipeline::~Pipeline() = default;

ProcessedDocument Pipeline::process(Document document) const {
    ProcessedDocument p;
    p.document = std::move(document);
    Document &doc = p.document;
    classifyZones(doc);
    const bool userGaveDate = doc.publicationDateSource == DateSource::User && doc.publicationDate;
    findPublicationDate(doc);
    if (d->options.dct && !userGaveDate)
        applyUserDate(doc, *d->options.dct);
    p.sentences = d->splitter.split(doc);
    d->tagAndBuild(p);
    return p;
}

void Pipeline::setPublicationDate(ProcessedDocument &processed, QDate date) const {
    Document &doc = processed.document;
    dropDateAdvice(doc.warnings);
    doc.publicationDate = date;
    doc.publicationDateSource = DateSource::User;
    doc.publicationDateSpan.reset();
    d->tagAndBuild(processed);
}

} // namespace annals
