// extract_bench [MEGABYTES [FILES...]]: generates article-like text in memory (default 40 MB), runs the whole
// extraction pipeline on one core (zones, publication date, sentences, time expressions, events) and the
// JSON writer, and prints throughput in MB/s (of UTF-8 input) and peak memory (VmHWM). A second pass times
// each stage on its own, to show where the time goes.
#include "events/event_builder.h"
#include "load/loader.h"
#include "output/event_writer.h"
#include "pipeline/pipeline.h"
#include "pubdate/publication_date.h"
#include "sentences/sentence_splitter.h"
#include "timex/temporal_tagger.h"
#include "zones/zone_classifier.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace annals;

namespace {

// Word lists and sentence templates of our own, in the register of wire copy about negotiations.
const char *const subjects[] = {"The foreign minister", "Negotiators",       "The prime minister",
                                "Mediators from Oslo",  "A senior official", "The defence ministry",
                                "President Alvarez",    "Ms Okafor",         "The relief agency",
                                "Union leaders",        "The council",       "Delegates from both sides",
                                "The central bank",     "Local police"};
const char *const verbs[] = {"rejected", "accepted", "proposed",  "announced", "postponed", "criticised",
                             "welcomed", "signed",   "discussed", "reviewed",  "suspended", "confirmed"};
const char *const objects[] = {"a ceasefire proposal",   "the draft agreement", "new talks",
                               "the aid plan",           "a prisoner exchange", "the budget",
                               "fresh sanctions",        "the border deal",     "an emergency session",
                               "the reconstruction fund"};
const char *const whens[] = {"on Sunday",
                             "on Monday",
                             "last week",
                             "in late January",
                             "on Oct. 7",
                             "on 12 March 2023",
                             "earlier this month",
                             "in the spring of 2022",
                             "last month",
                             "on Tuesday night",
                             "two years ago",
                             "in November",
                             "this week",
                             "yesterday",
                             "in the first quarter",
                             "by the end of 2025",
                             "for six weeks",
                             "every Friday"};
const char *const tails[] = {
    "officials said",         "according to a statement",       "saying the terms were unfair",
    "after hours of debate",  "despite strong objections",      "with little warning",
    "in a televised address", "as pressure mounted from abroad"};
const char *const fillers[] = {
    "Talks continued behind closed doors while aid convoys waited at the crossing.",
    "More than 1,200 people attended the rally, organisers said.",
    "The statement gave no further details about the timetable.",
    "Analysts expect the discussions to take several months.",
    "Prices rose 3.5 percent over the period, the agency reported.",
    "Residents described long queues for bread and fuel."};

template <size_t N> const char *pick(const char *const (&list)[N], QRandomGenerator &rng) {
    return list[rng.bounded(int(N))];
}

QString makeArticle(QRandomGenerator &rng, int number) {
    QString text;
    text.reserve(5000);
    text += u"Talks on the border agreement enter a new phase ("_s + QString::number(number) + u")\n\n"_s;
    text += u"Updated February 07, 2024 at 18:13 PM ET\n\n"_s;
    const int paragraphs = 6 + rng.bounded(6);
    for (int p = 0; p < paragraphs; ++p) {
        const int sentences = 2 + rng.bounded(3);
        for (int s = 0; s < sentences; ++s) {
            if (s > 0)
                text += u' ';
            if (rng.bounded(4) != 0) { // about one sentence in four carries a date, as in wire copy
                text += QLatin1StringView(pick(fillers, rng));
                continue;
            }
            text += QLatin1StringView(pick(subjects, rng)) + u' ' + QLatin1StringView(pick(verbs, rng)) +
                    u' ' + QLatin1StringView(pick(objects, rng)) + u' ' +
                    QLatin1StringView(pick(whens, rng)) + u", "_s + QLatin1StringView(pick(tails, rng)) +
                    u'.';
        }
        text += u"\n\n"_s;
    }
    text += u"Read More: Markets rally as talks resume on Monday\n\nCopyright 2024 Example News"_s;
    return text;
}

// Blocks as the plain-text loader makes them: paragraphs separated by blank lines.
Document makeDocument(QString text, int number) {
    Document d;
    d.id = u'd' + QString::number(number);
    d.path = u"generated/"_s + QString::number(number) + u".txt"_s;
    d.text = std::move(text);
    d.metadata.format = u"text"_s;
    qsizetype start = 0;
    while (start < d.text.size()) {
        qsizetype end = d.text.indexOf(u"\n\n"_s, start);
        if (end < 0)
            end = d.text.size();
        Block b;
        b.span = {start, end};
        d.blocks.append(b);
        start = end + 2;
    }
    return d;
}

long peakRssKiB() {
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const double targetMb = argc > 1 ? QByteArray(argv[1]).toDouble() : 40.0;
    QRandomGenerator rng(20240207);
    QList<Document> documents;
    qint64 utf8Bytes = 0;
    for (int n = 1; utf8Bytes < targetMb * 1e6; ++n) {
        QString text = makeArticle(rng, n);
        utf8Bytes += text.size(); // the generated text is ASCII
        documents.append(makeDocument(std::move(text), n));
    }
    // Further arguments are real articles (files or folders), loaded before timing starts and run after
    // the generated text: loading is not part of the figures.
    QStringList paths;
    for (int i = 2; i < argc; ++i)
        paths.append(QString::fromLocal8Bit(argv[i]));
    if (!paths.isEmpty()) {
        const LoadResult loaded = loadPaths(paths);
        for (const LoadError &error : loaded.errors)
            std::fprintf(stderr, "%s: %s\n", qPrintable(error.path), qPrintable(error.message));
        for (Document d : loaded.documents) {
            d.id = u'd' + QString::number(documents.size() + 1);
            utf8Bytes += d.text.toUtf8().size();
            documents.append(std::move(d));
        }
    }
    const double mb = utf8Bytes / 1e6;
    std::printf("generated %d documents, %.1f MB\n", int(documents.size()), mb);

    // EXTRACT_BENCH_DUMP=FILE keeps the JSON (and FILE.zones: every block's zone and every sentence span)
    // so that a change meant only for speed can be checked to give byte-identical results.
    const QString dumpPath = qEnvironmentVariable("EXTRACT_BENCH_DUMP");
    QFile sink(dumpPath.isEmpty() ? u"/dev/null"_s : dumpPath);
    sink.open(QIODevice::WriteOnly);
    QFile zonesDump(dumpPath.isEmpty() ? u"/dev/null"_s : dumpPath + u".zones"_s);
    zonesDump.open(QIODevice::WriteOnly);
    qint64 events = 0;
    {
        const Pipeline pipeline;
        auto writer = makeEventWriter(OutputFormat::Json, &sink);
        QElapsedTimer timer;
        timer.start();
        for (const Document &d : std::as_const(documents)) {
            const ProcessedDocument p = pipeline.process(d);
            events += p.events.size();
            writer->add(p);
            if (!dumpPath.isEmpty()) {
                QByteArray line = p.document.title.toUtf8() + ':';
                for (const Block &b : p.document.blocks)
                    line += ' ' + QByteArray::number(int(b.zone));
                line += " |";
                for (const TextSpan &s : p.sentences)
                    line += ' ' + QByteArray::number(s.start) + '-' + QByteArray::number(s.end);
                zonesDump.write(line + '\n');
            }
        }
        writer->finish();
        const double seconds = timer.nsecsElapsed() / 1e9;
        std::printf("whole pipeline + JSON: %.2f s, %.1f MB/s, %lld events\n", seconds, mb / seconds,
                    static_cast<long long>(events));
    }

    // Stage by stage, on copies of the documents.
    QElapsedTimer timer;
    double zones = 0, pubdate = 0, sentences = 0, tagging = 0, building = 0;
    const SentenceSplitter splitter;
    const TemporalTagger tagger;
    for (Document d : std::as_const(documents)) {
        timer.start();
        classifyZones(d);
        zones += timer.nsecsElapsed() / 1e9;
        timer.start();
        findPublicationDate(d);
        pubdate += timer.nsecsElapsed() / 1e9;
        timer.start();
        const QList<TextSpan> spans = splitter.split(d);
        sentences += timer.nsecsElapsed() / 1e9;
        timer.start();
        const QList<Timex> timexes = tagger.tag(d.text, d.publicationDate, spans);
        tagging += timer.nsecsElapsed() / 1e9;
        timer.start();
        const QList<Event> built = buildEvents(d, spans, timexes);
        building += timer.nsecsElapsed() / 1e9;
    }
    std::printf("stages (MB/s): zones %.0f, publication date %.0f, sentences %.0f, time expressions %.0f, "
                "events %.0f\n",
                mb / zones, mb / pubdate, mb / sentences, mb / tagging, mb / building);
    std::printf("peak memory (VmHWM): %.1f MiB\n", peakRssKiB() / 1024.0);
    return 0;
}
