#include "ui/timeline/timeline_layout.h"

#include <QRandomGenerator>
#include <QTest>

using namespace annals::timeline;
using namespace Qt::StringLiterals;

namespace {

qint64 at(int y, int m, int d, int h = 12) {
    return dayStartMs(QDate(y, m, d)) + h * msPerHour;
}

TimelineItem point(const QString &id, qint64 ms, const QString &source = u"A"_s, QStringList actors = {}) {
    TimelineItem item;
    item.eventId = id;
    item.label = u"event "_s + id;
    item.documentId = source;
    item.source = source;
    item.actors = actors;
    item.startMs = item.endMs = ms;
    return item;
}

TimelineItem span(const QString &id, qint64 start, qint64 end, const QString &source = u"A"_s) {
    TimelineItem item = point(id, start, source);
    item.endMs = end;
    item.granularity = annals::Granularity::Month;
    return item;
}

double fixedWidth(const QString &text) {
    return 7.0 * double(text.size());
}

const QRectF plot(100, 50, 1200, 400);

// Marks that share a row never overlap, and each label stays clear of the other marks of its lane.
QString overlapProblem(const FrameMarks &frame) {
    for (qsizetype i = 0; i < frame.marks.size(); ++i) {
        for (qsizetype j = i + 1; j < frame.marks.size(); ++j) {
            const PlacedMark &a = frame.marks[i];
            const PlacedMark &b = frame.marks[j];
            if (a.lane != b.lane)
                continue;
            if (a.row == b.row && a.markRect.intersects(b.markRect))
                return u"marks %1 and %2 overlap in row %3"_s.arg(a.item).arg(b.item).arg(a.row);
            if (!a.labelRect.isEmpty() && a.labelRect.intersects(b.markRect) && a.row == b.row)
                return u"label of %1 covers mark %2"_s.arg(a.item).arg(b.item);
            if (!b.labelRect.isEmpty() && b.labelRect.intersects(a.markRect) && a.row == b.row)
                return u"label of %1 covers mark %2"_s.arg(b.item).arg(a.item);
            if (!a.labelRect.isEmpty() && !b.labelRect.isEmpty() && a.labelRect.intersects(b.labelRect))
                return u"labels of %1 and %2 overlap"_s.arg(a.item).arg(b.item);
        }
    }
    return {};
}

} // namespace

class TestTimelineLayout : public QObject {
    Q_OBJECT
private slots:
    void lanesBySource();
    void lanesByActor();
    void singleLane();
    void lanesAreSortedForBinarySearch();
    void marksSitWhereTheGeometrySays();
    void overlappingEventsStack();
    void crowdedBucketBecomesCluster();
    void clusterOpensWhenZoomedIn();
    void everyVisibleItemIsShownOnce_data();
    void everyVisibleItemIsShownOnce();
    void longSpanFromBeforeTheWindowIsDrawn();
    void lanesOverflowAndScroll();
};

void TestTimelineLayout::lanesBySource() {
    const TimelineLayout layout({point(u"1"_s, at(2024, 3, 1), u"Later"_s),
                                 point(u"2"_s, at(2024, 1, 1), u"Earlier"_s),
                                 point(u"3"_s, at(2024, 2, 1), u"Later"_s)},
                                Grouping::Source);
    QCOMPARE(layout.lanes().size(), size_t(2));
    QCOMPARE(layout.lanes()[0].title, u"Earlier"_s); // sources in order of their first event
    QCOMPARE(layout.lanes()[1].title, u"Later"_s);
    QCOMPARE(layout.lanes()[1].items, (std::vector<int>{2, 0}));
    QCOMPARE(layout.contentStart(), at(2024, 1, 1));
    QCOMPARE(layout.contentEnd(), at(2024, 3, 1));
}

void TestTimelineLayout::lanesByActor() {
    const TimelineLayout layout({point(u"1"_s, at(2024, 1, 1), u"A"_s, {u"Hamas"_s, u"Israel"_s}),
                                 point(u"2"_s, at(2024, 1, 2), u"A"_s, {u"Israel"_s}),
                                 point(u"3"_s, at(2024, 1, 3), u"A"_s, {})},
                                Grouping::Actor);
    QCOMPARE(layout.lanes().size(), size_t(3));
    QCOMPARE(layout.lanes()[0].title, u"Israel"_s); // most events first
    QCOMPARE(layout.lanes()[0].items, (std::vector<int>{0, 1}));
    QCOMPARE(layout.lanes()[1].title, u"Hamas"_s);
    QCOMPARE(layout.lanes()[2].title, u"No actor named"_s);
    QCOMPARE(layout.lanes()[2].items, std::vector<int>{2});
}

void TestTimelineLayout::singleLane() {
    const TimelineLayout layout(
        {point(u"1"_s, at(2024, 1, 1), u"A"_s), point(u"2"_s, at(2024, 1, 2), u"B"_s)}, Grouping::None);
    QCOMPARE(layout.lanes().size(), size_t(1));
    QCOMPARE(layout.lanes()[0].items.size(), size_t(2));
    QCOMPARE(layout.indexOf(u"2"_s), 1);
    QCOMPARE(layout.indexOf(u"nope"_s), -1);
}

void TestTimelineLayout::lanesAreSortedForBinarySearch() {
    QList<TimelineItem> items;
    QRandomGenerator random(7);
    for (int i = 0; i < 2000; ++i) {
        const qint64 start = at(2020, 1, 1) + qint64(random.bounded(1000)) * msPerDay;
        items << (i % 3 == 0
                      ? span(QString::number(i), start, start + qint64(random.bounded(90) + 1) * msPerDay)
                      : point(QString::number(i), start));
    }
    const TimelineLayout layout(items, Grouping::None);
    const Lane &lane = layout.lanes()[0];
    QVERIFY(std::is_sorted(lane.starts.begin(), lane.starts.end()));
    QVERIFY(std::is_sorted(lane.prefixMaxEnd.begin(), lane.prefixMaxEnd.end()));
    for (size_t i = 0; i < lane.items.size(); ++i)
        QVERIFY(lane.prefixMaxEnd[i] >= lane.ends[i]);
    const auto &order = layout.timeOrder();
    for (size_t i = 1; i < order.size(); ++i)
        QVERIFY(items[order[i - 1]].startMs <= items[order[i]].startMs);
    QCOMPARE(layout.orderPosition(order[17]), 17);
}

void TestTimelineLayout::marksSitWhereTheGeometrySays() {
    const TimelineLayout layout(
        {point(u"p"_s, at(2024, 1, 10)), span(u"s"_s, at(2024, 1, 21, 0), at(2024, 2, 1, 0))},
        Grouping::None);
    const TimeGeometry g(at(2024, 1, 1, 0), at(2024, 3, 1, 0), plot.left(), plot.width());
    const FrameMarks frame = layoutFrame(layout, g, plot, fixedWidth);
    QCOMPARE(frame.marks.size(), 2);
    QVERIFY(frame.clusters.isEmpty());
    for (const PlacedMark &mark : frame.marks) {
        const TimelineItem &item = layout.items()[mark.item];
        if (item.isSpan()) {
            QCOMPARE(mark.markRect.left(), g.timeToPixel(item.startMs));
            QCOMPARE(mark.markRect.right(), g.timeToPixel(item.endMs));
        } else {
            QCOMPARE(mark.markRect.center().x(), g.timeToPixel(item.startMs));
        }
        QVERIFY(plot.contains(mark.markRect.center()));
        QVERIFY(!mark.labelRect.isEmpty());
    }
}

void TestTimelineLayout::overlappingEventsStack() {
    const TimelineLayout layout(
        {point(u"a"_s, at(2024, 5, 5)), point(u"b"_s, at(2024, 5, 5)), point(u"c"_s, at(2024, 5, 5))},
        Grouping::None);
    const TimeGeometry g(at(2024, 4, 1), at(2024, 6, 1), plot.left(), plot.width());
    const FrameMarks frame = layoutFrame(layout, g, plot, fixedWidth);
    QCOMPARE(frame.marks.size(), 3);
    QCOMPARE(frame.marks[0].row, 0);
    QCOMPARE(frame.marks[1].row, 1);
    QCOMPARE(frame.marks[2].row, 2);
    QCOMPARE(frame.marks[0].markRect.center().x(), frame.marks[2].markRect.center().x());
    QVERIFY(frame.marks[1].markRect.top() >= frame.marks[0].markRect.bottom());
    QVERIFY2(overlapProblem(frame).isEmpty(), qPrintable(overlapProblem(frame)));
}

void TestTimelineLayout::crowdedBucketBecomesCluster() {
    QList<TimelineItem> items;
    for (int i = 0; i < 1000; ++i)
        items << point(QString::number(i), at(2024, 5, 5, 0) + i * 60000);
    items << point(u"alone"_s, at(2024, 9, 1));
    const TimelineLayout layout(items, Grouping::None);
    const TimeGeometry g(at(2024, 1, 1), at(2025, 1, 1), plot.left(), plot.width());
    const FrameMarks frame = layoutFrame(layout, g, plot, fixedWidth);
    QCOMPARE(frame.clusters.size(), 1);
    QCOMPARE(frame.clusters[0].count, 1000);
    QVERIFY(frame.clusters[0].rect.contains(
        QPointF(g.timeToPixel(at(2024, 5, 5, 8)), frame.clusters[0].rect.center().y())));
    QCOMPARE(frame.marks.size(), 1);
    QCOMPARE(layout.items()[frame.marks[0].item].eventId, u"alone"_s);
}

void TestTimelineLayout::clusterOpensWhenZoomedIn() {
    QList<TimelineItem> items;
    for (int h = 0; h < 24; ++h)
        items << point(QString::number(h), at(2024, 5, 5, h));
    const TimelineLayout layout(items, Grouping::None);
    const FrameMarks far = layoutFrame(
        layout, TimeGeometry(at(2024, 1, 1), at(2025, 1, 1), plot.left(), plot.width()), plot, fixedWidth);
    QCOMPARE(far.clusters.size(), 1);
    QCOMPARE(far.clusters[0].count, 24);
    const FrameMarks near =
        layoutFrame(layout, TimeGeometry(at(2024, 5, 5, 0), at(2024, 5, 6, 0), plot.left(), plot.width()),
                    plot, fixedWidth);
    QVERIFY(near.clusters.isEmpty());
    QCOMPARE(near.marks.size(), 24);
    QVERIFY2(overlapProblem(near).isEmpty(), qPrintable(overlapProblem(near)));
}

void TestTimelineLayout::everyVisibleItemIsShownOnce_data() {
    QTest::addColumn<int>("days");
    QTest::newRow("three years") << 1100;
    QTest::newRow("a quarter") << 92;
    QTest::newRow("a week") << 7;
    QTest::newRow("a day") << 1;
}

// Whatever the zoom, each point inside the window is either drawn as a mark or counted in one cluster.
void TestTimelineLayout::everyVisibleItemIsShownOnce() {
    QFETCH(int, days);
    QList<TimelineItem> items;
    QRandomGenerator random(42);
    const QStringList sources{u"BBC"_s, u"AP"_s, u"Reuters"_s};
    for (int i = 0; i < 5000; ++i) {
        const qint64 ms =
            at(2022, 1, 1, 0) + qint64(random.bounded(1100 * 24)) * msPerHour + random.bounded(3600000);
        items << point(QString::number(i), ms, sources[i % 3]);
    }
    const TimelineLayout layout(items, Grouping::Source);
    const qint64 start = at(2023, 6, 1, 0);
    const TimeGeometry g(start, start + days * msPerDay, plot.left(), plot.width());
    const FrameMarks frame = layoutFrame(layout, g, plot, fixedWidth);
    int visible = 0;
    for (const TimelineItem &item : items)
        visible += (g.timeToPixel(item.startMs) >= plot.left() - 6 &&
                    g.timeToPixel(item.startMs) <= plot.right() + 6);
    int shown = int(frame.marks.size());
    for (const ClusterMark &cluster : frame.clusters)
        shown += cluster.count;
    QCOMPARE(shown, visible);
    QSet<int> distinct;
    for (const PlacedMark &mark : frame.marks)
        distinct.insert(mark.item);
    QCOMPARE(distinct.size(), frame.marks.size());
    QVERIFY2(overlapProblem(frame).isEmpty(), qPrintable(overlapProblem(frame)));
}

void TestTimelineLayout::longSpanFromBeforeTheWindowIsDrawn() {
    QList<TimelineItem> items{span(u"year"_s, at(2023, 1, 1, 0), at(2024, 1, 1, 0))};
    for (int i = 0; i < 50; ++i) // many short events between its start and the window
        items << point(QString::number(i), at(2023, 1, 2) + i * msPerDay);
    const TimelineLayout layout(items, Grouping::None);
    const TimeGeometry g(at(2023, 11, 1, 0), at(2023, 11, 8, 0), plot.left(), plot.width());
    const FrameMarks frame = layoutFrame(layout, g, plot, fixedWidth);
    QCOMPARE(frame.marks.size(), 1);
    QCOMPARE(layout.items()[frame.marks[0].item].eventId, u"year"_s);
    QVERIFY(frame.marks[0].markRect.left() < plot.left() && frame.marks[0].markRect.right() > plot.right());
    QVERIFY(!frame.marks[0].labelRect.isEmpty()); // labelled inside the visible part of the bar
    QVERIFY(plot.contains(frame.marks[0].labelRect));
}

void TestTimelineLayout::lanesOverflowAndScroll() {
    QList<TimelineItem> items;
    for (int i = 0; i < 60; ++i)
        items << point(QString::number(i), at(2024, 1, 1 + i % 28),
                       u"Source %1"_s.arg(i, 2, 10, QLatin1Char('0')));
    const TimelineLayout layout(items, Grouping::Source);
    const TimeGeometry g(at(2023, 12, 1), at(2024, 2, 1), plot.left(), plot.width());
    const FrameMarks top = layoutFrame(layout, g, plot, fixedWidth);
    QVERIFY(top.contentHeight > plot.height());
    QVERIFY(top.lanes.size() < 60);
    QCOMPARE(top.lanes.first().lane, 0);
    const FrameMarks scrolled =
        layoutFrame(layout, g, plot, fixedWidth, {}, top.contentHeight - plot.height());
    QCOMPARE(scrolled.lanes.last().lane, 59);
    QCOMPARE(scrolled.lanes.last().rect.bottom(), plot.bottom());
}

QTEST_APPLESS_MAIN(TestTimelineLayout)
#include "tst_timeline_layout.moc"
