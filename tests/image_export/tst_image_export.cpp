#include "timeline_test_items.h"
#include "ui/timeline/image_export.h"

#include <QFile>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace annals::timeline;
using namespace annals::timeline::testing;
using namespace Qt::StringLiterals;

namespace {

TimelineLayout sampleLayout() {
    return TimelineLayout(
        {item(u"e1"_s, at(2023, 10, 7), at(2023, 10, 7), u"BBC"_s),
         item(u"e2"_s, at(2023, 11, 24), at(2023, 11, 24), u"BBC"_s),
         item(u"e3"_s, at(2024, 1, 21, 0), at(2024, 2, 1, 0), u"AP"_s, annals::Granularity::Month),
         item(u"e4"_s, at(2024, 2, 7, 18), at(2024, 2, 7, 18), u"AP"_s, annals::Granularity::Time),
         item(u"e5"_s, at(2024, 5, 5), at(2024, 5, 5), u"LBC"_s)},
        Grouping::Source);
}

ExportOptions sampleOptions() {
    ExportOptions options;
    options.size = QSize(1200, 600);
    options.wholeTimeline = true;
    options.style.title = u"Negotiations"_s;
    options.style.font = QFont(u"DejaVu Sans"_s);
    options.style.font.setPixelSize(12);
    QPalette palette;
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Text, Qt::black);
    palette.setColor(QPalette::Highlight, QColor(0x1f, 0x6f, 0xd0));
    options.style.palette = palette;
    return options;
}

// WCAG 2 contrast ratio of two opaque colours.
double contrastRatio(const QColor &a, const QColor &b) {
    const auto luminance = [](const QColor &c) {
        const auto linear = [](double v) {
            return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

int colourDistance(const QColor &a, const QColor &b) {
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue());
}

} // namespace

class TestImageExport : public QObject {
    Q_OBJECT
private slots:
    void formatBySuffix();
    void pngSizes_data();
    void pngSizes();
    void marksWhereTheGeometrySays_data();
    void marksWhereTheGeometrySays();
    void visibleRangeOnly();
    void svgIsVectorWithText();
    void pdfIsWritten();
    void darkPalette();
    void inkReadableOnSpansAndBadges_data();
    void inkReadableOnSpansAndBadges();
    void errorsNameTheFile();
    void emptyTimelineStillRenders();
};

void TestImageExport::formatBySuffix() {
    QCOMPARE(exportFormatForFile(u"a/b/timeline.PNG"_s), ExportFormat::Png);
    QCOMPARE(exportFormatForFile(u"x.svg"_s), ExportFormat::Svg);
    QCOMPARE(exportFormatForFile(u"x.pdf"_s), ExportFormat::Pdf);
    QVERIFY(!exportFormatForFile(u"x.bmp"_s));
    QVERIFY(!exportFormatForFile(u"png"_s));
}

void TestImageExport::pngSizes_data() {
    QTest::addColumn<QSize>("size");
    QTest::addColumn<double>("scale");
    QTest::newRow("1x") << QSize(1200, 600) << 1.0;
    QTest::newRow("2x") << QSize(1200, 600) << 2.0;
    QTest::newRow("chosen width") << QSize(2480, 700) << 1.0;
    QTest::newRow("narrow") << QSize(320, 300) << 1.0;
}

void TestImageExport::pngSizes() {
    QFETCH(QSize, size);
    QFETCH(double, scale);
    const TimelineLayout layout = sampleLayout();
    ExportOptions options = sampleOptions();
    options.size = size;
    options.scale = scale;
    QTemporaryDir dir;
    const QString file = dir.filePath(u"t.png"_s);
    QString error;
    QVERIFY2(exportTimeline(layout, options, file, &error), qPrintable(error));
    QImage image(file);
    QCOMPARE(image.size(), size * scale);
    // Not blank: plenty of distinct colours (text, grid, marks) over the background.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
}

void TestImageExport::marksWhereTheGeometrySays_data() {
    QTest::addColumn<double>("scale");
    QTest::newRow("1x") << 1.0;
    QTest::newRow("2x") << 2.0;
}

// Each point event's pixel, at the x the shared geometry computes for its time, has its lane's colour;
// each span's middle is tinted with it; an empty stretch of the plot is background.
void TestImageExport::marksWhereTheGeometrySays() {
    QFETCH(double, scale);
    const TimelineLayout layout = sampleLayout();
    ExportOptions options = sampleOptions();
    options.scale = scale;
    const QImage image = renderTimelineImage(layout, options);
    const auto [start, end] = exportWindow(layout, options);
    const TimelineFrame frame =
        composeFrame(layout, QRectF(QPointF(0, 0), QSizeF(options.size)), start, end, options.style);
    QCOMPARE(frame.marks.marks.size(), 5);
    for (const PlacedMark &mark : frame.marks.marks) {
        const TimelineItem &it = layout.items()[mark.item];
        const QColor lane = laneColor(mark.lane, options.style.palette);
        const double x = it.isSpan() ? frame.geometry.timeToPixel((it.startMs + it.endMs) / 2)
                                     : frame.geometry.timeToPixel(it.startMs);
        const QPoint p = (QPointF(x, mark.markRect.center().y()) * scale).toPoint();
        const QColor pixel = image.pixelColor(p);
        if (it.isSpan()) {
            QVERIFY2(colourDistance(pixel, Qt::white) > 60, qPrintable(it.eventId + u" "_s + pixel.name()));
            QVERIFY(colourDistance(pixel, lane) < colourDistance(pixel, Qt::black));
        } else {
            QVERIFY2(colourDistance(pixel, lane) < 30,
                     qPrintable(it.eventId + u" "_s + pixel.name() + u" vs "_s + lane.name()));
        }
        // Above and below the mark's row: no mark colour (the mark really is at that row).
        const QColor above = image.pixelColor((QPointF(x, mark.markRect.top() - 4) * scale).toPoint());
        QVERIFY(colourDistance(above, lane) > 60);
    }
}

void TestImageExport::visibleRangeOnly() {
    const TimelineLayout layout = sampleLayout();
    ExportOptions options = sampleOptions();
    options.wholeTimeline = false;
    options.startMs = at(2024, 1, 1, 0);
    options.endMs = at(2024, 3, 1, 0);
    const auto [start, end] = exportWindow(layout, options);
    QCOMPARE(start, options.startMs);
    QCOMPARE(end, options.endMs);
    const TimelineFrame frame = composeFrame(layout, QRectF(0, 0, 1200, 600), start, end, options.style);
    QStringList shown;
    for (const PlacedMark &mark : frame.marks.marks)
        shown << layout.items()[mark.item].eventId;
    shown.sort();
    QCOMPARE(shown, (QStringList{u"e3"_s, u"e4"_s}));
    options.wholeTimeline = true;
    const auto [allStart, allEnd] = exportWindow(layout, options);
    QVERIFY(allStart < at(2023, 10, 7) && allEnd > at(2024, 5, 5));
}

void TestImageExport::svgIsVectorWithText() {
    QTemporaryDir dir;
    const QString file = dir.filePath(u"t.svg"_s);
    QString error;
    QVERIFY2(exportTimeline(sampleLayout(), sampleOptions(), file, &error), qPrintable(error));
    QFile in(file);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&in);
    QString root;
    QStringList texts;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (root.isEmpty())
            root = xml.name().toString();
        if (xml.name() == u"text")
            texts << xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString())); // well-formed
    QCOMPARE(root, u"svg"_s);
    QVERIFY(texts.contains(u"Negotiations"_s));
    QVERIFY(texts.contains(u"Label of e1"_s));
    QVERIFY(texts.contains(u"BBC"_s));
    QVERIFY(texts.contains(u"October"_s));
    QVERIFY(texts.size() > 10);
}

void TestImageExport::pdfIsWritten() {
    QTemporaryDir dir;
    const QString file = dir.filePath(u"t.pdf"_s);
    QString error;
    QVERIFY2(exportTimeline(sampleLayout(), sampleOptions(), file, &error), qPrintable(error));
    QFile in(file);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QByteArray bytes = in.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY(bytes.size() > 2000);
    // One page the picture's size: 1200 x 600 px at 96 dpi is 900 x 450 points.
    const QRegularExpression mediaBox(uR"(/MediaBox \[0 0 900(\.0+)? 450(\.0+)?\])"_s);
    QVERIFY(mediaBox.match(QString::fromLatin1(bytes)).hasMatch());
}

void TestImageExport::darkPalette() {
    ExportOptions options = sampleOptions();
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    options.style.palette = dark;
    const QImage image = renderTimelineImage(sampleLayout(), options);
    QCOMPARE(image.pixelColor(2, 2), QColor(0x1e, 0x1f, 0x22));
    QVERIFY(laneColor(0, dark).lightness() > laneColor(0, options.style.palette).lightness() - 1);
    QVERIFY(laneColor(0, dark).lightness() > 128); // marks stay readable on the dark background
}

void TestImageExport::inkReadableOnSpansAndBadges_data() {
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

// Span labels and cluster counts are drawn in the palette's text colour on top of the lane's colour: in
// every lane of both export palettes the fill under them keeps a 4.5:1 contrast with that text.
void TestImageExport::inkReadableOnSpansAndBadges() {
    QFETCH(bool, dark);
    QList<TimelineItem> items;
    for (int lane = 0; lane < 10; ++lane) {
        const QString source = u"source "_s + QString::number(lane);
        TimelineItem span = item(source + u" span"_s, at(2024, 1, 1, 0), at(2024, 2, 1, 0), source,
                                 annals::Granularity::Month);
        span.label.clear(); // nothing drawn over the span's middle, where it is sampled
        items.append(span);
        for (int i = 0; i < 40; ++i) // one equally dense cluster per lane: each gets the densest fill
            items.append(
                item(source + u" day "_s + QString::number(i), at(2024, 6, 15), at(2024, 6, 15), source));
    }
    const TimelineLayout layout(items, Grouping::Source);
    ExportOptions options = sampleOptions();
    options.style = exportStyle(dark);
    const QImage image = renderTimelineImage(layout, options);
    const auto [start, end] = exportWindow(layout, options);
    const TimelineFrame frame =
        composeFrame(layout, QRectF(QPointF(0, 0), QSizeF(options.size)), start, end, options.style);
    const QColor text = options.style.palette.color(QPalette::Text);
    int spans = 0;
    for (const PlacedMark &mark : frame.marks.marks) {
        if (!layout.items()[mark.item].isSpan())
            continue;
        ++spans;
        const QColor under = image.pixelColor(mark.markRect.center().toPoint());
        QVERIFY2(contrastRatio(text, under) >= 4.5,
                 qPrintable(u"lane "_s + QString::number(mark.lane) + u": "_s + under.name()));
    }
    QCOMPARE(spans, 10);
    QCOMPARE(frame.marks.clusters.size(), 10);
    for (const ClusterMark &cluster : frame.marks.clusters) {
        const QColor under = image.pixelColor((cluster.rect.topLeft() + QPointF(3, 3)).toPoint());
        QVERIFY2(contrastRatio(text, under) >= 4.5,
                 qPrintable(u"badge of lane "_s + QString::number(cluster.lane) + u": "_s + under.name()));
    }
}

void TestImageExport::errorsNameTheFile() {
    QString error;
    QVERIFY(!exportTimeline(sampleLayout(), sampleOptions(), u"/nonexistent-dir/t.png"_s, &error));
    QVERIFY(error.startsWith(u"/nonexistent-dir/t.png: "_s));
    QVERIFY(!exportTimeline(sampleLayout(), sampleOptions(), u"/nonexistent-dir/t.svg"_s, &error));
    QVERIFY(error.contains(u"t.svg"_s));
    QVERIFY(!exportTimeline(sampleLayout(), sampleOptions(), u"/nonexistent-dir/t.pdf"_s, &error));
    QVERIFY(!exportTimeline(sampleLayout(), sampleOptions(), u"t.bmp"_s, &error));
    QVERIFY(error.contains(u"unknown image format"_s));
}

void TestImageExport::emptyTimelineStillRenders() {
    const QImage image = renderTimelineImage(TimelineLayout({}, Grouping::Source), sampleOptions());
    QCOMPARE(image.size(), QSize(1200, 600));
}

int main(int argc, char **argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    TestImageExport test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_image_export.moc"
