#include "load/loader.h"
#include "pipeline/pipeline.h"
#include "ui/timeline/image_export.h"
#include "ui/timeline/timeline_items.h"

#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace annals::timeline;
using namespace Qt::StringLiterals;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run render(const QStringList &arguments) {
    QProcess process;
    process.start(QStringLiteral(ANNALS_EXECUTABLE), QStringList{u"render"_s} + arguments);
    Run run;
    if (!process.waitForFinished(120000)) {
        process.kill();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString seedsDir() {
    return QStringLiteral(ANNALS_SHARED_DIR "/seeds");
}

int colourDistance(const QColor &a, const QColor &b) {
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue());
}

} // namespace

class TestRender : public QObject {
    Q_OBJECT
private slots:
    void help();
    void badUsage_data();
    void badUsage();
    void seedsAsPng();
    void seedsAsSvgAndPdf();
    void defaultTitleCountsInWords();
    void unreadableInputIsNamed();
    void dateRangeAndGrouping();
};

void TestRender::help() {
    const Run run = render({u"--help"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(u"Usage: annals render"_s));
    QVERIFY(run.out.contains(u"--group-by"_s));
}

void TestRender::badUsage_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no input") << QStringList{u"--out"_s, u"x.png"_s} << u"no input"_s;
    QTest::newRow("unknown option") << QStringList{u"--colour"_s, u"red"_s, seedsDir()} << u"colour"_s;
    QTest::newRow("bad format") << QStringList{u"--out"_s, u"x.bmp"_s, seedsDir()} << u"x.bmp"_s;
    QTest::newRow("bad width") << QStringList{u"--width"_s, u"wide"_s, seedsDir()} << u"--width wide"_s;
    QTest::newRow("tiny width") << QStringList{u"--width"_s, u"20"_s, seedsDir()} << u"--width 20"_s;
    QTest::newRow("impossible date") << QStringList{u"--from"_s, u"2024-02-30"_s, seedsDir()}
                                     << u"--from 2024-02-30"_s;
    QTest::newRow("reversed range") << QStringList{u"--from"_s, u"2024-05-01"_s, u"--to"_s, u"2024-01-01"_s,
                                                   seedsDir()}
                                    << u"before"_s;
    QTest::newRow("bad grouping") << QStringList{u"--group-by"_s, u"colour"_s, seedsDir()}
                                  << u"--group-by colour"_s;
    QTest::newRow("bad dct") << QStringList{u"--dct"_s, u"2024-02-30"_s, seedsDir()} << u"--dct 2024-02-30"_s;
    QTest::newRow("bad scale") << QStringList{u"--scale"_s, u"3"_s, seedsDir()} << u"--scale 3"_s;
}

void TestRender::badUsage() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run run = render(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

// The seeds' timeline: the size asked for, not blank, and each point event's dot at the x (and row) that
// the shared geometry computes for it.
void TestRender::seedsAsPng() {
    QTemporaryDir dir;
    const QString file = dir.filePath(u"seeds.png"_s);
    const Run run =
        render({u"--out"_s, file, u"--width"_s, u"1500"_s, u"--dct"_s, u"2024-05-06"_s, seedsDir()});
    QCOMPARE(run.exitCode, 0);
    const QImage image(file);
    QVERIFY(!image.isNull());
    QCOMPARE(image.width(), 1500);

    annals::PipelineOptions options;
    QList<annals::ProcessedDocument> documents;
    {
        annals::LoadResult loaded = annals::loadPaths({seedsDir()});
        options.dct = QDate(2024, 5, 6);
        const annals::Pipeline pipeline(options);
        int n = 0;
        for (annals::Document &document : loaded.documents) {
            document.id = u"d"_s + QString::number(++n);
            documents.append(pipeline.process(std::move(document)));
        }
    }
    const QList<TimelineItem> items = timelineItemsFrom(documents);
    QVERIFY2(items.size() >= 10, qPrintable(QString::number(items.size())));
    QVERIFY(run.out.contains(QString::number(items.size()) + u" events"_s));
    const TimelineLayout layout(items, Grouping::Source);
    QVERIFY(layout.lanes().size() >= 3); // one lane per article with events
    ExportOptions export_;
    export_.style = exportStyle(false);
    export_.style.title = u"x"_s; // the title row's height does not depend on its text
    export_.size = fittedExportSize(layout, export_.style, 1500);
    QCOMPARE(image.height(), export_.size.height());
    export_.wholeTimeline = true;
    const auto [start, end] = exportWindow(layout, export_);
    const TimelineFrame frame =
        composeFrame(layout, QRectF(QPointF(0, 0), QSizeF(export_.size)), start, end, export_.style);

    int checked = 0;
    for (const PlacedMark &mark : frame.marks.marks) {
        const TimelineItem &item = layout.items()[mark.item];
        if (item.isSpan())
            continue;
        const QPoint at =
            QPointF(frame.geometry.timeToPixel(item.startMs), mark.markRect.center().y()).toPoint();
        const QColor pixel = image.pixelColor(at);
        QVERIFY2(colourDistance(pixel, laneColor(mark.lane, export_.style.palette)) < 40,
                 qPrintable(item.eventId + u" at "_s + QString::number(at.x()) + u","_s +
                            QString::number(at.y()) + u" is "_s + pixel.name()));
        ++checked;
    }
    QVERIFY(checked >= 3);
    // Between the lanes' marks the plot is background: the picture is not one smear of colour.
    QCOMPARE(
        image.pixelColor(QPointF(frame.plotRect.left() + 2, frame.plotRect.top() + 2).toPoint()).lightness() >
            200,
        true);
}

void TestRender::seedsAsSvgAndPdf() {
    QTemporaryDir dir;
    const QString svg = dir.filePath(u"seeds.svg"_s);
    QCOMPARE(render({u"--out"_s, svg, u"--title"_s, u"Ceasefire talks"_s, seedsDir()}).exitCode, 0);
    QFile svgFile(svg);
    QVERIFY(svgFile.open(QIODevice::ReadOnly));
    const QByteArray svgBytes = svgFile.readAll();
    QVERIFY(svgBytes.contains("<svg"));
    QVERIFY(svgBytes.contains("Ceasefire talks"));
    const QString pdf = dir.filePath(u"seeds.pdf"_s);
    QCOMPARE(render({u"--out"_s, pdf, u"--dark"_s, seedsDir()}).exitCode, 0);
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QVERIFY(pdfFile.read(5) == "%PDF-");
}

void TestRender::defaultTitleCountsInWords() {
    QTemporaryDir dir;
    QFile article(dir.filePath(u"one.txt"_s));
    QVERIFY(article.open(QIODevice::WriteOnly));
    article.write("Talks resumed on March 3, 2024 in the capital.\n");
    article.close();
    const QString svg = dir.filePath(u"one.svg"_s);
    QCOMPARE(render({u"--out"_s, svg, article.fileName()}).exitCode, 0);
    QFile svgFile(svg);
    QVERIFY(svgFile.open(QIODevice::ReadOnly));
    const QByteArray svgBytes = svgFile.readAll();
    QVERIFY2(svgBytes.contains("1 dated event from 1 article<"), svgBytes.left(2000).constData());
}

void TestRender::unreadableInputIsNamed() {
    QTemporaryDir dir;
    const QString file = dir.filePath(u"partial.png"_s);
    const QString missing = dir.filePath(u"no-such-article.txt"_s);
    const Run run = render({u"--out"_s, file, missing, seedsDir()});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(missing), qPrintable(run.err));
    QVERIFY(QFile::exists(file)); // the readable inputs are still drawn
    const Run unwritable = render({u"--out"_s, u"/nonexistent-dir/x.png"_s, seedsDir()});
    QCOMPARE(unwritable.exitCode, 1);
    QVERIFY(unwritable.err.contains(u"/nonexistent-dir/x.png"_s));
}

void TestRender::dateRangeAndGrouping() {
    QTemporaryDir dir;
    const QString file = dir.filePath(u"range.png"_s);
    const Run run = render({u"--out"_s, file, u"--from"_s, u"2024-01-01"_s, u"--to"_s, u"2024-03-31"_s,
                            u"--group-by"_s, u"actor"_s, u"--width"_s, u"900"_s, u"--height"_s, u"500"_s,
                            u"--scale"_s, u"2"_s, seedsDir()});
    QCOMPARE(run.exitCode, 0);
    const QImage image(file);
    QCOMPARE(image.size(), QSize(1800, 1000));
}

int main(int argc, char **argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    TestRender test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_render.moc"
