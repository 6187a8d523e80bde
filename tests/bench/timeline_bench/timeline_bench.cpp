// timeline_bench [EVENTS]: layout time, one frame's paint time at several zoom levels, and peak memory, on a
// synthetic timeline. Without an argument it runs 10k, 100k and 1M events, each in its own process so that
// the peak memory figure belongs to that size alone.
#include "ui/timeline/date_words.h"
#include "ui/timeline/timeline_layout.h"
#include "ui/timeline/timeline_painter.h"
#include "ui/timeline/zoom_control.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>

using namespace annals::timeline;
using namespace Qt::StringLiterals;

namespace {

qint64 peakMemoryKb() {
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// Ten years of news: mostly day-level events, some times of day, a fifth week-to-year spans; 60 sources and
// 300 actors with a skewed distribution, so some lanes are crowded and others sparse.
QList<TimelineItem> syntheticItems(int count) {
    QRandomGenerator random(20240505);
    QStringList sources, actors;
    for (int i = 0; i < 60; ++i)
        sources << u"Outlet %1: coverage of the talks"_s.arg(i);
    for (int i = 0; i < 300; ++i)
        actors << u"Actor %1"_s.arg(i);
    const QDate first(2015, 1, 1);
    QHash<qint64, QString> dayWords; // the same words for the same day are shared, as a real model would
    QList<TimelineItem> items;
    items.reserve(count);
    for (int i = 0; i < count; ++i) {
        TimelineItem item;
        item.eventId = u"e"_s + QString::number(i + 1);
        item.label = u"Negotiators discuss proposal "_s + QString::number(i);
        const int source = int(std::min(random.bounded(60.0), random.bounded(60.0))); // skewed
        item.documentId = u"d"_s + QString::number(source);
        item.source = sources[source];
        const int actorCount = random.bounded(3);
        for (int a = 0; a < actorCount; ++a)
            item.actors << actors[int(std::min(random.bounded(300.0), random.bounded(300.0)))];
        const QDate day = first.addDays(random.bounded(3652));
        const int kind = random.bounded(100);
        if (kind < 70) {
            item.granularity = annals::Granularity::Day;
            item.startMs = item.endMs = dayStartMs(day) + 12 * msPerHour;
        } else if (kind < 80) {
            item.granularity = annals::Granularity::Time;
            item.startMs = item.endMs = dayStartMs(day) + random.bounded(24 * 60) * qint64(60000);
        } else if (kind < 90) {
            item.granularity = annals::Granularity::Week;
            const QDate monday = day.addDays(1 - day.dayOfWeek());
            item.startMs = dayStartMs(monday);
            item.endMs = dayStartMs(monday.addDays(7));
        } else if (kind < 98) {
            item.granularity = annals::Granularity::Month;
            item.startMs = dayStartMs(QDate(day.year(), day.month(), 1));
            item.endMs = dayStartMs(QDate(day.year(), day.month(), 1).addMonths(1));
        } else {
            item.granularity = annals::Granularity::Year;
            item.startMs = dayStartMs(QDate(day.year(), 1, 1));
            item.endMs = dayStartMs(QDate(day.year() + 1, 1, 1));
        }
        QString &words = dayWords[item.startMs / msPerDay * 16 + int(item.granularity)];
        if (words.isEmpty())
            words = describeDate(item.granularity, dateOfMs(item.startMs), dateOfMs(item.endMs - 1));
        item.dateText = words;
        items.append(std::move(item));
    }
    return items;
}

struct FrameCost {
    double composeMs = 0; // geometry, axis and frame layout
    double paintMs = 0;   // painting into the image
    int marks = 0;
    int clusters = 0;
};

// Median of several runs of one frame (compose + paint) at a window, into a 1920 x 1080 image.
FrameCost frameCost(const TimelineLayout &layout, QImage &image, qint64 start, qint64 end,
                    const TimelineStyle &style) {
    const int runs = 7;
    std::vector<double> compose, paint;
    FrameCost cost;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer timer;
        timer.start();
        const TimelineFrame frame = composeFrame(layout, QRectF(image.rect()), start, end, style);
        compose.push_back(double(timer.nsecsElapsed()) / 1e6);
        timer.restart();
        QPainter painter(&image);
        paintTimeline(painter, frame, layout, style);
        painter.end();
        paint.push_back(double(timer.nsecsElapsed()) / 1e6);
        cost.marks = int(frame.marks.marks.size());
        cost.clusters = int(frame.marks.clusters.size());
    }
    std::sort(compose.begin(), compose.end());
    std::sort(paint.begin(), paint.end());
    cost.composeMs = compose[runs / 2];
    cost.paintMs = paint[runs / 2];
    return cost;
}

int runOne(int count) {
    QElapsedTimer timer;
    timer.start();
    const QList<TimelineItem> items = syntheticItems(count);
    const double generateMs = double(timer.nsecsElapsed()) / 1e6;
    std::printf("\n== %d events (generated in %.0f ms)\n", count, generateMs);

    QFont font(u"DejaVu Sans"_s);
    font.setPixelSize(12);
    TimelineStyle style;
    style.font = font;
    style.title = u"Synthetic timeline"_s;
    QImage image(1920, 1080, QImage::Format_ARGB32_Premultiplied);

    for (Grouping grouping : {Grouping::Source, Grouping::Actor, Grouping::None}) {
        timer.restart();
        const TimelineLayout layout(items, grouping);
        const double layoutMs = double(timer.nsecsElapsed()) / 1e6;
        std::printf("layout, grouped by %-6s: %8.1f ms  (%zu lanes)\n", qPrintable(groupingName(grouping)),
                    layoutMs, layout.lanes().size());
        if (grouping == Grouping::Source) {
            timer.restart();
            const int found = layout.indexOf(u"e"_s + QString::number(count));
            std::printf("  id index, built by the first selection: %.1f ms (found at %d)\n",
                        double(timer.nsecsElapsed()) / 1e6, found);
        }
        ZoomControl zoom;
        zoom.setContentRange(layout.contentStart(), layout.contentEnd());
        zoom.fitAll();
        const qint64 middle = (layout.contentStart() + layout.contentEnd()) / 2;
        struct Level {
            const char *name;
            qint64 span;
        };
        const Level levels[] = {{"fit all (10 years)", zoom.windowSpan()},
                                {"one year", 365 * msPerDay},
                                {"one month", 30 * msPerDay},
                                {"one day", msPerDay},
                                {"one hour", msPerHour}};
        for (const Level &level : levels) {
            const FrameCost cost =
                frameCost(layout, image, middle - level.span / 2, middle + level.span / 2, style);
            std::printf(
                "  frame at %-20s compose %6.2f ms + paint %6.2f ms = %6.2f ms  (%d marks, %d clusters)\n",
                level.name, cost.composeMs, cost.paintMs, cost.composeMs + cost.paintMs, cost.marks,
                cost.clusters);
        }
    }
    std::printf("peak memory (VmHWM): %.1f MB\n", double(peakMemoryKb()) / 1024.0);
    return 0;
}

} // namespace

int main(int argc, char **argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    if (argc > 1)
        return runOne(QString::fromLocal8Bit(argv[1]).toInt());
    for (int count : {10000, 100000, 1000000}) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.start(QCoreApplication::applicationFilePath(), {QString::number(count)});
        child.waitForFinished(-1);
        if (child.exitCode() != 0)
            return child.exitCode();
    }
    return 0;
}
