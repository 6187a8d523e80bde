#include "ui/timeline/zoom_control.h"
#include "ui/timeline/zoom_history.h"

#include <QAction>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTest>

using namespace annals::timeline;

class TestZoomHistory : public QObject {
    Q_OBJECT
private slots:
    void backAndForward();
    void newWindowDropsForwardBranch();
    void settlingMergesAGesture();
    void resetFitsAll();
};

namespace {
constexpr qint64 day = qint64(24) * 3600 * 1000;
}

void TestZoomHistory::backAndForward() {
    ZoomControl zoom;
    zoom.setWindow(0, 100 * day);
    ZoomHistory history(&zoom);
    history.setSettleInterval(0);
    QVERIFY(!history.backAction()->isEnabled());
    QVERIFY(!history.forwardAction()->isEnabled());
    zoom.setWindow(10 * day, 20 * day);
    zoom.setWindow(12 * day, 14 * day);
    QCOMPARE(history.size(), 3);
    QVERIFY(history.backAction()->isEnabled());

    QSignalSpy spy(&zoom, &ZoomControl::windowChanged);
    history.backAction()->trigger();
    QCOMPARE(zoom.windowStart(), 10 * day);
    QCOMPARE(zoom.windowEnd(), 20 * day);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(history.size(), 3); // going back does not record
    QVERIFY(history.forwardAction()->isEnabled());
    history.backAction()->trigger();
    QCOMPARE(zoom.windowStart(), 0);
    QVERIFY(!history.backAction()->isEnabled());
    history.forwardAction()->trigger();
    history.forwardAction()->trigger();
    QCOMPARE(zoom.windowStart(), 12 * day);
    QVERIFY(!history.forwardAction()->isEnabled());
}

void TestZoomHistory::newWindowDropsForwardBranch() {
    ZoomControl zoom;
    zoom.setWindow(0, 100 * day);
    ZoomHistory history(&zoom);
    history.setSettleInterval(0);
    zoom.setWindow(10 * day, 20 * day);
    zoom.setWindow(30 * day, 40 * day);
    history.back();
    zoom.setWindow(50 * day, 60 * day);
    QVERIFY(!history.canGoForward());
    history.back();
    QCOMPARE(zoom.windowStart(), 10 * day);
    history.back();
    QCOMPARE(zoom.windowStart(), 0);
}

void TestZoomHistory::settlingMergesAGesture() {
    ZoomControl zoom;
    zoom.setWindow(0, 100 * day);
    ZoomHistory history(&zoom);
    history.setSettleInterval(50);
    for (int i = 1; i <= 10; ++i) // one wheel gesture: many small steps
        zoom.zoomAt(50 * day, 0.9);
    QCOMPARE(history.size(), 1);
    QTRY_COMPARE(history.size(), 2);
    const qint64 settledStart = zoom.windowStart();
    zoom.pan(day);
    history.back(); // a window still settling is recorded before going back from it
    QCOMPARE(zoom.windowStart(), settledStart);
    history.back();
    QCOMPARE(zoom.windowStart(), 0);
}

void TestZoomHistory::resetFitsAll() {
    ZoomControl zoom;
    zoom.setContentRange(10 * day, 20 * day);
    zoom.setWindow(12 * day, 13 * day);
    ZoomHistory history(&zoom);
    history.setSettleInterval(0);
    history.resetAction()->trigger();
    QVERIFY(zoom.windowStart() < 10 * day && zoom.windowEnd() > 20 * day);
    history.back();
    QCOMPARE(zoom.windowStart(), 12 * day);
}

QTEST_MAIN(TestZoomHistory)
#include "tst_zoom_history.moc"
