// annals render: the timeline as a PNG, SVG or PDF image, without a display.
#include "commands.h"

#include "load/loader.h"
#include "pipeline/pipeline.h"
#include "ui/models/counted_text.h"
#include "ui/timeline/image_export.h"
#include "ui/timeline/timeline_items.h"
#include "ui/timeline/timeline_layout.h"

#include <QCommandLineParser>
#include <QGuiApplication>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace annals::timeline;

namespace {

const char renderHelp[] =
    "Usage: annals render [OPTIONS] FILE|DIR...\n"
    "\n"
    "Extracts dated events from the given articles (.txt, .html, .jsonl, TimeML; folders recursively)\n"
    "and draws them as a timeline image, without needing a display.\n"
    "\n"
    "Options:\n"
    "  --out FILE          Image to write; the format follows the suffix: .png, .svg or .pdf\n"
    "                      (default: timeline.png)\n"
    "  --from DATE         First day shown, YYYY-MM-DD (default: the earliest event)\n"
    "  --to DATE           Last day shown, YYYY-MM-DD, inclusive (default: the latest event)\n"
    "  --width PX          Picture width in pixels, 300 to 20000 (default: 1600)\n"
    "  --height PX         Picture height in pixels, 200 to 20000 (default: fitted to the lanes)\n"
    "  --scale N           PNG pixel density, 1 or 2 (default: 1; 2 doubles the pixels, for print)\n"
    "  --group-by KIND     Lanes: source (one per article, default), actor, or none\n"
    "  --dct YYYY-MM-DD    Publication date for every input; wins over a date the text states, as in\n"
    "                      annals extract (a warning names articles whose stated date differs)\n"
    "  --title TEXT        Title above the timeline (default: describes the input)\n"
    "  --dark              Light text on a dark background\n"
    "  -h, --help          Show this help\n"
    "\n"
    "Exit status: 0 when every input was read and the image written; 1 when some input could not be read\n"
    "(the others are still drawn) or the image could not be written; 2 on bad usage.\n";

void printError(const QString &message) {
    std::fprintf(stderr, "annals render: %s\n", qPrintable(message));
}

int usageError(const QString &message) {
    printError(message);
    std::fputs("Run 'annals render --help' for usage.\n", stderr);
    return 2;
}

std::optional<QDate> parseDay(const QString &text) {
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid() || text.size() != 10)
        return std::nullopt;
    return date;
}

} // namespace

int runRender(int argc, char **argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);

    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        if (i != 1) // argv[1] is "render"
            arguments << QString::fromLocal8Bit(argv[i]);
    }
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(QStringList{u"h"_s, u"help"_s});
    const QCommandLineOption out(u"out"_s, {}, u"FILE"_s, u"timeline.png"_s);
    const QCommandLineOption from(u"from"_s, {}, u"DATE"_s);
    const QCommandLineOption to(u"to"_s, {}, u"DATE"_s);
    const QCommandLineOption width(u"width"_s, {}, u"PX"_s, u"1600"_s);
    const QCommandLineOption height(u"height"_s, {}, u"PX"_s);
    const QCommandLineOption scale(u"scale"_s, {}, u"N"_s, u"1"_s);
    const QCommandLineOption groupBy(u"group-by"_s, {}, u"KIND"_s, u"source"_s);
    const QCommandLineOption dct(u"dct"_s, {}, u"DATE"_s);
    const QCommandLineOption title(u"title"_s, {}, u"TEXT"_s);
    const QCommandLineOption dark(u"dark"_s);
    parser.addOptions({help, out, from, to, width, height, scale, groupBy, dct, title, dark});
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        std::fputs(renderHelp, stdout);
        return 0;
    }

    const QString outFile = parser.value(out);
    if (!exportFormatForFile(outFile))
        return usageError(u"--out %1: unknown image format (use .png, .svg or .pdf)"_s.arg(outFile));
    bool ok = false;
    const int pictureWidth = parser.value(width).toInt(&ok);
    if (!ok || pictureWidth < 300 || pictureWidth > 20000)
        return usageError(
            u"--width %1: expected a number of pixels from 300 to 20000"_s.arg(parser.value(width)));
    int pictureHeight = 0;
    if (parser.isSet(height)) {
        pictureHeight = parser.value(height).toInt(&ok);
        if (!ok || pictureHeight < 200 || pictureHeight > 20000)
            return usageError(
                u"--height %1: expected a number of pixels from 200 to 20000"_s.arg(parser.value(height)));
    }
    const QString scaleText = parser.value(scale);
    if (scaleText != u"1" && scaleText != u"2")
        return usageError(u"--scale %1: expected 1 or 2"_s.arg(scaleText));
    Grouping grouping = Grouping::Source;
    const QString groupText = parser.value(groupBy);
    if (groupText == u"actor")
        grouping = Grouping::Actor;
    else if (groupText == u"none")
        grouping = Grouping::None;
    else if (groupText != u"source")
        return usageError(u"--group-by %1: expected source, actor or none"_s.arg(groupText));
    std::optional<QDate> fromDay, toDay;
    if (parser.isSet(from) && !(fromDay = parseDay(parser.value(from))))
        return usageError(u"--from %1: not a valid date (expected YYYY-MM-DD)"_s.arg(parser.value(from)));
    if (parser.isSet(to) && !(toDay = parseDay(parser.value(to))))
        return usageError(u"--to %1: not a valid date (expected YYYY-MM-DD)"_s.arg(parser.value(to)));
    if (fromDay && toDay && *toDay < *fromDay)
        return usageError(u"--to %1 is before --from %2"_s.arg(parser.value(to), parser.value(from)));
    annals::PipelineOptions pipelineOptions;
    if (parser.isSet(dct)) {
        pipelineOptions.dct = parseDay(parser.value(dct));
        if (!pipelineOptions.dct)
            return usageError(u"--dct %1: not a valid date (expected YYYY-MM-DD)"_s.arg(parser.value(dct)));
    }
    const QStringList inputs = parser.positionalArguments();
    if (inputs.isEmpty())
        return usageError(u"no input files or folders given"_s);

    int status = 0;
    annals::LoadResult loaded = annals::loadPaths(inputs);
    for (const annals::LoadError &error : std::as_const(loaded.errors)) {
        printError(error.path + u": "_s + error.message);
        status = 1;
    }
    const annals::Pipeline pipeline(pipelineOptions);
    QList<annals::ProcessedDocument> processed;
    processed.reserve(loaded.documents.size());
    int number = 0;
    for (annals::Document &document : loaded.documents) {
        document.id = u"d"_s + QString::number(++number);
        processed.append(pipeline.process(std::move(document)));
        for (const QString &warning : std::as_const(processed.last().document.warnings))
            printError(processed.last().document.path + u": warning: "_s + warning);
    }

    const QList<TimelineItem> items = timelineItemsFrom(processed);
    const TimelineLayout layout(items, grouping);

    ExportOptions options;
    options.style = exportStyle(parser.isSet(dark));
    options.style.title =
        parser.isSet(title)
            ? parser.value(title)
            : annals::ui::counted(items.size(), QObject::tr("1 dated event"),
                                  QObject::tr("%1 dated events")) +
                  QObject::tr(" from ") +
                  annals::ui::counted(processed.size(), QObject::tr("1 article"), QObject::tr("%1 articles"));
    options.scale = scaleText.toDouble();
    options.size = fittedExportSize(layout, options.style, pictureWidth);
    if (pictureHeight > 0)
        options.size.setHeight(pictureHeight);
    if (fromDay || toDay) {
        options.wholeTimeline = false;
        options.startMs = fromDay ? dayStartMs(*fromDay) : layout.contentStart();
        options.endMs = toDay ? dayStartMs(toDay->addDays(1)) : layout.contentEnd();
        if (options.endMs <= options.startMs) // e.g. --from after every event: show that day
            options.endMs = options.startMs + msPerDay;
    } else {
        options.wholeTimeline = true;
    }

    QString error;
    if (!exportTimeline(layout, options, outFile, &error)) {
        printError(error);
        return 1;
    }
    std::printf("Wrote %s: %d x %d, %d events from %d documents\n", qPrintable(outFile), options.size.width(),
                options.size.height(), int(items.size()), int(processed.size()));
    return status;
}
