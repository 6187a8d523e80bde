#include "ui/timeline/time_geometry.h"
#include "ui/timeline/zoom_control.h"

#include <QSignalSpy>
#include <QTest>

using namespace annals::timeline;

class TestZoomControl : public QObject {
    Q_OBJECT
private slots:
    void zoomKeepsTimeUnderCursor_data();
    void zoomKeepsTimeUnderCursor();
    void zoomInThenOutReturns();
    void spanIsClamped_data();
    void spanIsClamped();
    void panMovesWholeWindow();
    void fitAllShowsContentWithMargin_data();
    void fitAllShowsContentWithMargin();
    void zoomToPointAndSpan();
    void signalsOnlyOnChange();
    void rejectsNonsenseFactors();
};

namespace {
const qint64 day = msPerDay;
qint64 at(int y, int m, int d) {
    return dayStartMs(QDate(y, m, d));
}
} // namespace

void TestZoomControl::zoomKeepsTimeUnderCursor_data() {
    QTest::addColumn<qint64>("spanMs");
    QTest::addColumn<double>("width");
    QTest::addColumn<double>("cursorX");
    QTest::addColumn<double>("factor");
    QTest::newRow("year, zoom in at left third") << 365 * day << 1200.0 << 400.0 << 1 / 1.5;
    QTest::newRow("year, zoom out at right edge") << 365 * day << 1200.0 << 1199.0 << 1.5;
    QTest::newRow("week, zoom in at pixel 1") << 7 * day << 800.0 << 1.0 << 0.5;
    QTest::newRow("day, wide screen, fine step") << day << 3840.0 << 2731.0 << 0.9;
    QTest::newRow("decade, narrow, at centre") << 3652 * day << 300.0 << 150.0 << 1 / 1.5;
    QTest::newRow("two hours, towards the limit") << 2 * msPerHour << 1000.0 << 777.0 << 0.1;
    QTest::newRow("fifty years, towards the limit") << 18262 * day << 1000.0 << 333.0 << 10.0;
}

// The instant under the cursor before a zoom is under the same pixel after it: it maps back to the same
// pixel to a thousandth of a pixel, and the pixel maps to the same millisecond, at every zoom level.
void TestZoomControl::zoomKeepsTimeUnderCursor() {
    QFETCH(qint64, spanMs);
    QFETCH(double, width);
    QFETCH(double, cursorX);
    QFETCH(double, factor);
    ZoomControl zoom;
    const qint64 start = at(2023, 10, 7) + 4321;
    zoom.setWindow(start, start + spanMs);
    for (int step = 0; step < 6; ++step) {
        const TimeGeometry before(zoom.windowStart(), zoom.windowEnd(), 0, width);
        const qint64 anchor = before.pixelToTime(cursorX);
        zoom.zoomAt(anchor, factor);
        const TimeGeometry after(zoom.windowStart(), zoom.windowEnd(), 0, width);
        QVERIFY2(std::abs(after.timeToPixel(anchor) - before.timeToPixel(anchor)) < 1e-3,
                 qPrintable(QStringLiteral("step %1: %2 -> %3")
                                .arg(step)
                                .arg(before.timeToPixel(anchor))
                                .arg(after.timeToPixel(anchor))));
        QCOMPARE(std::llround(after.timeToPixel(anchor) * 1000),
                 std::llround(before.timeToPixel(anchor) * 1000));
        QVERIFY(std::abs(after.pixelToTime(cursorX) - anchor) <= 1);
    }
}

void TestZoomControl::zoomInThenOutReturns() {
    ZoomControl zoom;
    zoom.setWindow(at(2024, 1, 1), at(2024, 3, 1));
    const qint64 anchor = at(2024, 2, 7);
    zoom.zoomAt(anchor, 0.25);
    QCOMPARE(zoom.windowSpan(), (at(2024, 3, 1) - at(2024, 1, 1)) / 4);
    zoom.zoomAt(anchor, 4);
    QCOMPARE(zoom.windowStart(), at(2024, 1, 1));
    QCOMPARE(zoom.windowEnd(), at(2024, 3, 1));
}

void TestZoomControl::spanIsClamped_data() {
    QTest::addColumn<double>("factor");
    QTest::addColumn<qint64>("expectedSpan");
    QTest::newRow("zoom in past an hour") << 1e-6 << ZoomControl::minimumSpanMs();
    QTest::newRow("zoom out past ten thousand years") << 1e6 << ZoomControl::maximumSpanMs();
}

void TestZoomControl::spanIsClamped() {
    QFETCH(double, factor);
    QFETCH(qint64, expectedSpan);
    ZoomControl zoom;
    zoom.setWindow(at(2024, 1, 1), at(2024, 2, 1));
    zoom.zoomAt(at(2024, 1, 10), factor);
    QCOMPARE(zoom.windowSpan(), expectedSpan);
    QVERIFY(zoom.windowStart() <= at(2024, 1, 10) && zoom.windowEnd() >= at(2024, 1, 10));
    zoom.setWindow(at(2024, 1, 1), at(2024, 1, 1) + 5); // too small a window widens about its middle
    QCOMPARE(zoom.windowSpan(), ZoomControl::minimumSpanMs());
    QCOMPARE(zoom.windowStart() + zoom.windowSpan() / 2, at(2024, 1, 1) + 2);
}

void TestZoomControl::panMovesWholeWindow() {
    ZoomControl zoom;
    zoom.setWindow(at(2024, 1, 1), at(2024, 1, 31));
    zoom.pan(3 * day);
    QCOMPARE(zoom.windowStart(), at(2024, 1, 4));
    QCOMPARE(zoom.windowEnd(), at(2024, 2, 3));
    zoom.pan(-10 * day);
    QCOMPARE(zoom.windowStart(), at(2023, 12, 25));
    zoom.centerOn(at(2024, 6, 1));
    QCOMPARE(zoom.windowStart() + zoom.windowSpan() / 2, at(2024, 6, 1));
    QCOMPARE(zoom.windowSpan(), 30 * day);
}

void TestZoomControl::fitAllShowsContentWithMargin_data() {
    QTest::addColumn<qint64>("first");
    QTest::addColumn<qint64>("last");
    QTest::newRow("months") << at(2023, 10, 7) << at(2024, 5, 6);
    QTest::newRow("500 BC to 2024") << at(-500, 1, 1) << at(2024, 12, 31); // QDate: -500 is 500 BC
}

void TestZoomControl::fitAllShowsContentWithMargin() {
    QFETCH(qint64, first);
    QFETCH(qint64, last);
    ZoomControl zoom;
    QSignalSpy content(&zoom, &ZoomControl::contentRangeChanged);
    zoom.setContentRange(first, last);
    QCOMPARE(content.size(), 1);
    zoom.fitAll();
    QVERIFY(zoom.windowStart() < first);
    QVERIFY(zoom.windowEnd() > last);
    const qint64 margin = first - zoom.windowStart();
    QCOMPARE(zoom.windowEnd() - last, margin); // symmetric
    QVERIFY(margin < zoom.windowSpan() / 10);
}

void TestZoomControl::zoomToPointAndSpan() {
    ZoomControl zoom;
    const qint64 noon = at(2024, 5, 5) + 12 * msPerHour;
    zoom.zoomTo(noon, noon);
    QCOMPARE(zoom.windowStart(), at(2024, 5, 5));
    QCOMPARE(zoom.windowEnd(), at(2024, 5, 6));
    zoom.zoomTo(at(2024, 1, 21), at(2024, 2, 1));
    QVERIFY(zoom.windowStart() < at(2024, 1, 21) && zoom.windowEnd() > at(2024, 2, 1));
    QVERIFY(zoom.windowSpan() < 13 * day);
}

void TestZoomControl::signalsOnlyOnChange() {
    ZoomControl zoom;
    zoom.setWindow(at(2024, 1, 1), at(2024, 2, 1));
    QSignalSpy spy(&zoom, &ZoomControl::windowChanged);
    zoom.setWindow(at(2024, 1, 1), at(2024, 2, 1));
    zoom.pan(0);
    QCOMPARE(spy.size(), 0);
    zoom.pan(day);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toLongLong(), at(2024, 1, 2));
    QCOMPARE(spy.at(0).at(1).toLongLong(), at(2024, 2, 2));
    zoom.zoomAt(at(2024, 1, 10), ZoomControl::maximumSpanMs()); // to the limit
    zoom.zoomAt(at(2024, 1, 10), 2);                            // already at the limit: nothing changes
    QCOMPARE(spy.size(), 2);
}

void TestZoomControl::rejectsNonsenseFactors() {
    ZoomControl zoom;
    zoom.setWindow(at(2024, 1, 1), at(2024, 2, 1));
    QSignalSpy spy(&zoom, &ZoomControl::windowChanged);
    zoom.zoomAt(at(2024, 1, 5), 0);
    zoom.zoomAt(at(2024, 1, 5), -2);
    zoom.zoomAt(at(2024, 1, 5), std::numeric_limits<double>::quiet_NaN());
    zoom.zoomAt(at(2024, 1, 5), std::numeric_limits<double>::infinity());
    QCOMPARE(spy.size(), 0);
}

QTEST_APPLESS_MAIN(TestZoomControl)
#include "tst_zoom_control.moc"
