#pragma once

// Hand-made processed documents for the UI model and widget tests, so they do not depend on how well the
// extraction stages do: every span is computed from the text here, and every date is stated by the test.

#include "pipeline/pipeline.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace annals::testing {

struct EventSpec {
    QString sentence; // must occur in the document text
    QString timex;    // must occur in the sentence
    QString value;
    annals::Granularity granularity = annals::Granularity::Day;
    QDate earliest;
    QDate latest;
    QStringList actors;
    QString summary;
    annals::Zone zone = annals::Zone::Body;
};

inline annals::ProcessedDocument makeDocument(const QString &path, const QString &title, const QString &text,
                                              std::optional<QDate> publicationDate,
                                              const QList<EventSpec> &specs) {
    annals::ProcessedDocument processed;
    processed.document.path = path;
    processed.document.title = title;
    processed.document.text = text;
    processed.document.publicationDate = publicationDate;
    if (publicationDate)
        processed.document.publicationDateSource = annals::DateSource::Header;
    else
        processed.document.warnings.append(QStringLiteral("no publication date found; use --dct"));
    for (const EventSpec &spec : specs) {
        const qsizetype sentenceStart = text.indexOf(spec.sentence);
        Q_ASSERT(sentenceStart >= 0);
        const qsizetype timexStart = text.indexOf(spec.timex, sentenceStart);
        Q_ASSERT(timexStart >= 0);
        annals::Event event;
        event.sentence = {sentenceStart, sentenceStart + spec.sentence.size()};
        event.sentenceText = spec.sentence;
        event.timex.span = {timexStart, timexStart + spec.timex.size()};
        event.timex.value = spec.value;
        event.timexText = spec.timex;
        event.date = spec.value;
        event.granularity = spec.granularity;
        event.earliest = spec.earliest;
        event.latest = spec.latest.isValid() ? spec.latest : spec.earliest;
        event.actors = spec.actors;
        event.summary = spec.summary.isEmpty() ? spec.sentence : spec.summary;
        event.zone = spec.zone;
        processed.sentences.append(event.sentence);
        processed.timexes.append(event.timex);
        processed.events.append(event);
    }
    return processed;
}

// A dated wire story with three events at different granularities, plus a DURATION that is no event.
inline annals::ProcessedDocument talksDocument() {
    const QString text = QStringLiteral("Talks resume in Cairo\n\n"
                                        "Negotiators from Egypt and Qatar met on Sunday in Cairo. "
                                        "The delegations had first met in late January. "
                                        "A ceasefire could follow next week, officials said. "
                                        "The talks lasted three hours.");
    annals::ProcessedDocument processed =
        makeDocument(QStringLiteral("/articles/talks.txt"), QStringLiteral("Talks resume in Cairo"), text,
                     QDate(2024, 2, 7),
                     {{QStringLiteral("Negotiators from Egypt and Qatar met on Sunday in Cairo."),
                       QStringLiteral("Sunday"),
                       QStringLiteral("2024-02-04"),
                       annals::Granularity::Day,
                       QDate(2024, 2, 4),
                       {},
                       {QStringLiteral("Egypt"), QStringLiteral("Qatar")},
                       QStringLiteral("Negotiators met in Cairo")},
                      {QStringLiteral("The delegations had first met in late January."),
                       QStringLiteral("late January"),
                       QStringLiteral("2024-01"),
                       annals::Granularity::Month,
                       QDate(2024, 1, 21),
                       QDate(2024, 1, 31),
                       {},
                       QStringLiteral("The delegations had first met")},
                      {QStringLiteral("A ceasefire could follow next week, officials said."),
                       QStringLiteral("next week"),
                       QStringLiteral("2024-W07"),
                       annals::Granularity::Week,
                       QDate(2024, 2, 12),
                       QDate(2024, 2, 18),
                       {},
                       QStringLiteral("A ceasefire could follow")}});
    processed.events[1].timex.mod = QStringLiteral("END");
    const qsizetype duration = text.indexOf(QStringLiteral("three hours"));
    annals::Timex hours;
    hours.span = {duration, duration + 11};
    hours.type = annals::TimexType::Duration;
    hours.value = QStringLiteral("PT3H");
    processed.timexes.append(hours);
    return processed;
}

// An article with no publication date: its relative "yesterday" cannot be placed until the user sets one.
inline annals::ProcessedDocument undatedDocument() {
    const QString text = QStringLiteral("Hostage deal rejected\n\n"
                                        "Hamas rejected the proposal yesterday. "
                                        "Israel said in 2023 that it would not stop.");
    return makeDocument(QStringLiteral("/articles/undated.txt"), QString(), text, std::nullopt,
                        {{QStringLiteral("Hamas rejected the proposal yesterday."),
                          QStringLiteral("yesterday"),
                          QStringLiteral("XXXX-XX-XX"),
                          annals::Granularity::Day,
                          QDate(),
                          {},
                          {QStringLiteral("Hamas")}},
                         {QStringLiteral("Israel said in 2023 that it would not stop."),
                          QStringLiteral("2023"),
                          QStringLiteral("2023"),
                          annals::Granularity::Year,
                          QDate(2023, 1, 1),
                          QDate(2023, 12, 31),
                          {QStringLiteral("Israel")},
                          QStringLiteral("Israel said it would not stop"),
                          annals::Zone::Caption}});
}

// Stands in for Pipeline::setPublicationDate: resolves "yesterday" against the date the user gave.
inline void resolveYesterday(annals::ProcessedDocument &processed, QDate date) {
    processed.document.publicationDate = date;
    processed.document.publicationDateSource = annals::DateSource::User;
    processed.document.warnings.clear();
    for (annals::Event &event : processed.events) {
        if (event.timexText == QStringLiteral("yesterday")) {
            event.earliest = event.latest = date.addDays(-1);
            event.date = event.timex.value = event.earliest.toString(Qt::ISODate);
        }
    }
}

} // namespace annals::testing
