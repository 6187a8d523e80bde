#include "timeline_test_items.h"
#include "ui/timeline/timeline_view.h"
#include "ui/timeline/zoom_control.h"
#include "ui/timeline/zoom_history.h"

#include <QAction>
#include <QApplication>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

#include <cmath>

using namespace annals::timeline;
using namespace annals::timeline::testing;
using namespace Qt::StringLiterals;

namespace {

QList<TimelineItem> sampleItems() {
    return {item(u"e1"_s, at(2023, 10, 7), at(2023, 10, 7), u"BBC"_s),
            item(u"e2"_s, at(2023, 11, 24), at(2023, 11, 24), u"BBC"_s),
            item(u"e3"_s, at(2024, 1, 21, 0), at(2024, 2, 1, 0), u"AP"_s, annals::Granularity::Month),
            item(u"e4"_s, at(2024, 2, 7, 18), at(2024, 2, 7, 18), u"AP"_s, annals::Granularity::Time),
            item(u"e5"_s, at(2024, 5, 5), at(2024, 5, 5), u"LBC"_s),
            item(u"e6"_s, at(2024, 5, 6), at(2024, 5, 6), u"LBC"_s)};
}

QPointF centerOf(const TimelineView &view, const QString &id) {
    for (const PlacedMark &mark : view.currentFrame().marks.marks) {
        if (view.layout().items()[mark.item].eventId == id)
            return mark.markRect.center();
    }
    return {-1, -1};
}

void wheel(QWidget *widget, QPointF position, QPoint angle, Qt::KeyboardModifiers modifiers) {
    QWheelEvent event(position, widget->mapToGlobal(position), QPoint(), angle, Qt::NoButton, modifiers,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(widget, &event);
}

} // namespace

class TestTimelineView : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void hitTestingFindsEachMark();
    void hitTestingMissesEmptySpace();
    void clickSelects();
    void programmaticSelectionEmitsOnlyOnChange();
    void unknownIdClearsSelection();
    void doubleClickActivates();
    void arrowKeysWalkThroughTime();
    void ctrlWheelZoomKeepsTimeUnderCursor_data();
    void ctrlWheelZoomKeepsTimeUnderCursor();
    void wheelPans();
    void dragPans();
    void pinchZooms();
    void keysAndActionsZoom();
    void clickOnClusterZoomsIntoIt();
    void groupingChangesLanes();
    void paintsMarksWhereTheGeometrySays();
    void selectingScrollsIntoView();
    void laneScrollBarAppearsOnlyWhenLanesOverflow();
    void laneScrollBarAndKeysScrollTogether();

private:
    TimelineView *m_view = nullptr;
};

void TestTimelineView::init() {
    m_view = new TimelineView;
    m_view->resize(1000, 500);
    QFont font(u"DejaVu Sans"_s);
    font.setPixelSize(12);
    m_view->setFont(font);
    m_view->setItems(sampleItems());
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
}

void TestTimelineView::cleanup() {
    delete m_view;
    m_view = nullptr;
}

void TestTimelineView::hitTestingFindsEachMark() {
    QCOMPARE(m_view->currentFrame().marks.marks.size(), 6);
    for (const PlacedMark &mark : m_view->currentFrame().marks.marks) {
        const QString id = m_view->layout().items()[mark.item].eventId;
        QCOMPARE(m_view->eventAt(mark.markRect.center()), id);
        if (!mark.labelRect.isEmpty())
            QCOMPARE(m_view->eventAt(mark.labelRect.center()), id); // the label is part of the target
    }
    // A point event is hit at the pixel the geometry gives for its time.
    const TimelineFrame &frame = m_view->currentFrame();
    const QPointF e5 = centerOf(*m_view, u"e5"_s);
    QCOMPARE(m_view->eventAt(QPointF(frame.geometry.timeToPixel(at(2024, 5, 5)), e5.y())), u"e5"_s);
}

void TestTimelineView::hitTestingMissesEmptySpace() {
    const QRectF plot = m_view->currentFrame().plotRect;
    QCOMPARE(m_view->eventAt(QPointF(plot.left() + 3, plot.bottom() - 3)), QString());
    QCOMPARE(m_view->eventAt(QPointF(-10, -10)), QString());
    QCOMPARE(m_view->eventAt(m_view->currentFrame().axisRect.center()), QString());
}

void TestTimelineView::clickSelects() {
    QSignalSpy spy(m_view, &TimelineView::selectedEventChanged);
    QTest::mouseClick(m_view, Qt::LeftButton, {}, centerOf(*m_view, u"e4"_s).toPoint());
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), u"e4"_s);
    QCOMPARE(m_view->selectedEventId(), u"e4"_s);
    QTest::mouseClick(m_view, Qt::LeftButton, {}, centerOf(*m_view, u"e4"_s).toPoint());
    QCOMPARE(spy.size(), 1); // clicking the selected event again changes nothing
    const QRectF plot = m_view->currentFrame().plotRect;
    QTest::mouseClick(m_view, Qt::LeftButton, {}, QPointF(plot.left() + 3, plot.bottom() - 3).toPoint());
    QCOMPARE(spy.size(), 2);
    QCOMPARE(spy.at(1).at(0).toString(), QString());
}

void TestTimelineView::programmaticSelectionEmitsOnlyOnChange() {
    QSignalSpy spy(m_view, &TimelineView::selectedEventChanged);
    m_view->setSelectedEvent(u"e2"_s);
    QCOMPARE(spy.size(), 1);
    m_view->setSelectedEvent(u"e2"_s); // an echo from the table: no signal, no loop
    m_view->setSelectedEvent(u"e2"_s);
    QCOMPARE(spy.size(), 1);
    QVERIFY(m_view->zoomToSelectionAction()->isEnabled());
    m_view->setSelectedEvent(u"e5"_s);
    QCOMPARE(spy.size(), 2);
    QCOMPARE(spy.at(1).at(0).toString(), u"e5"_s);
    m_view->setSelectedEvent({});
    QCOMPARE(spy.size(), 3);
    QVERIFY(!m_view->zoomToSelectionAction()->isEnabled());
    m_view->setSelectedEvent({});
    QCOMPARE(spy.size(), 3);
}

void TestTimelineView::unknownIdClearsSelection() {
    m_view->setSelectedEvent(u"e1"_s);
    QSignalSpy spy(m_view, &TimelineView::selectedEventChanged);
    m_view->setSelectedEvent(u"no-such-event"_s);
    QCOMPARE(m_view->selectedEventId(), QString());
    QCOMPARE(spy.size(), 1);
    // New data without the selected event clears the selection too.
    m_view->setSelectedEvent(u"e6"_s);
    m_view->setItems(sampleItems().mid(0, 3));
    QCOMPARE(m_view->selectedEventId(), QString());
    QCOMPARE(spy.size(), 3);
}

void TestTimelineView::doubleClickActivates() {
    QSignalSpy activated(m_view, &TimelineView::eventActivated);
    QTest::mouseDClick(m_view, Qt::LeftButton, {}, centerOf(*m_view, u"e1"_s).toPoint());
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.at(0).at(0).toString(), u"e1"_s);
    QTest::keyClick(m_view, Qt::Key_Return);
    QCOMPARE(activated.size(), 2);
}

void TestTimelineView::arrowKeysWalkThroughTime() {
    m_view->setFocus();
    QTest::keyClick(m_view, Qt::Key_Right);
    QCOMPARE(m_view->selectedEventId(), u"e1"_s);
    const QStringList order{u"e2"_s, u"e3"_s, u"e4"_s, u"e5"_s, u"e6"_s, u"e6"_s};
    for (const QString &expected : order) {
        QTest::keyClick(m_view, Qt::Key_Right);
        QCOMPARE(m_view->selectedEventId(), expected);
    }
    QTest::keyClick(m_view, Qt::Key_Left);
    QCOMPARE(m_view->selectedEventId(), u"e5"_s);
    QTest::keyClick(m_view, Qt::Key_Home);
    QCOMPARE(m_view->selectedEventId(), u"e1"_s);
    QTest::keyClick(m_view, Qt::Key_Escape);
    QCOMPARE(m_view->selectedEventId(), QString());
}

void TestTimelineView::ctrlWheelZoomKeepsTimeUnderCursor_data() {
    QTest::addColumn<double>("x");
    QTest::addColumn<int>("delta");
    QTest::newRow("zoom in near the left") << 260.0 << 120;
    QTest::newRow("zoom in at the right") << 977.0 << 360;
    QTest::newRow("zoom out in the middle") << 600.5 << -240;
    QTest::newRow("fine touchpad step") << 431.0 << 15;
}

void TestTimelineView::ctrlWheelZoomKeepsTimeUnderCursor() {
    QFETCH(double, x);
    QFETCH(int, delta);
    for (int repeat = 0; repeat < 4; ++repeat) {
        const qint64 spanBefore = m_view->zoomControl()->windowSpan();
        const qint64 anchor = m_view->currentFrame().geometry.pixelToTime(x);
        wheel(m_view, QPointF(x, 200), QPoint(0, delta), Qt::ControlModifier);
        const TimeGeometry &after = m_view->currentFrame().geometry;
        QVERIFY(delta > 0 ? after.spanMs() < spanBefore : after.spanMs() > spanBefore);
        QVERIFY2(std::abs(after.timeToPixel(anchor) - x) < 1e-3,
                 qPrintable(u"anchor moved to %1"_s.arg(after.timeToPixel(anchor), 0, 'f', 6)));
        QVERIFY(std::abs(after.pixelToTime(x) - anchor) <= 1);
    }
}

void TestTimelineView::wheelPans() {
    const qint64 span = m_view->zoomControl()->windowSpan();
    const qint64 start = m_view->zoomControl()->windowStart();
    wheel(m_view, QPointF(500, 200), QPoint(0, -120), Qt::NoModifier); // scroll down: later in time
    QCOMPARE(m_view->zoomControl()->windowSpan(), span);
    QCOMPARE(m_view->zoomControl()->windowStart(), start + span / 10);
    wheel(m_view, QPointF(500, 200), QPoint(120, 0), Qt::ShiftModifier); // horizontal: earlier
    QCOMPARE(m_view->zoomControl()->windowStart(), start);
}

void TestTimelineView::dragPans() {
    const TimeGeometry before = m_view->currentFrame().geometry;
    const QPoint from(500, 300);
    const qint64 grabbed = before.pixelToTime(from.x());
    QTest::mousePress(m_view, Qt::LeftButton, {}, from);
    QMouseEvent move(QEvent::MouseMove, QPointF(from + QPoint(150, 0)),
                     m_view->mapToGlobal(QPointF(from + QPoint(150, 0))), Qt::NoButton, Qt::LeftButton,
                     Qt::NoModifier);
    QApplication::sendEvent(m_view, &move);
    QTest::mouseRelease(m_view, Qt::LeftButton, {}, from + QPoint(150, 0));
    const TimeGeometry &after = m_view->currentFrame().geometry;
    QCOMPARE(after.spanMs(), before.spanMs());
    // The grabbed instant followed the pointer.
    QVERIFY(std::abs(after.timeToPixel(grabbed) - (from.x() + 150)) < 1e-3);
    QCOMPARE(m_view->selectedEventId(), QString()); // a drag is not a click
}

void TestTimelineView::pinchZooms() {
    const double x = 700;
    const qint64 anchor = m_view->currentFrame().geometry.pixelToTime(x);
    const qint64 span = m_view->zoomControl()->windowSpan();
    QNativeGestureEvent pinch(Qt::ZoomNativeGesture, QPointingDevice::primaryPointingDevice(), 2,
                              QPointF(x, 200), QPointF(x, 200), m_view->mapToGlobal(QPointF(x, 200)), 0.25,
                              QPointF(), 1);
    QApplication::sendEvent(m_view, &pinch);
    QCOMPARE(m_view->zoomControl()->windowSpan(), std::llround(span / 1.25));
    QVERIFY(std::abs(m_view->currentFrame().geometry.timeToPixel(anchor) - x) < 1e-3);
}

void TestTimelineView::keysAndActionsZoom() {
    m_view->setFocus();
    ZoomControl *zoom = m_view->zoomControl();
    const qint64 fitted = zoom->windowSpan();
    QTest::keyClick(m_view, Qt::Key_Plus);
    QCOMPARE(zoom->windowSpan(), std::llround(fitted / ZoomControl::stepFactor));
    QTest::keyClick(m_view, Qt::Key_Minus);
    QCOMPARE(zoom->windowSpan(), fitted);
    m_view->zoomInAction()->trigger();
    m_view->zoomInAction()->trigger();
    QVERIFY(zoom->windowSpan() < fitted);
    QTest::keyClick(m_view, Qt::Key_F);
    QCOMPARE(zoom->windowSpan(), fitted);
    m_view->setSelectedEvent(u"e3"_s);
    m_view->zoomToSelectionAction()->trigger();
    QVERIFY(zoom->windowStart() < at(2024, 1, 21, 0) && zoom->windowEnd() > at(2024, 2, 1, 0));
    QVERIFY(zoom->windowSpan() < 15 * msPerDay);
    m_view->history()->backAction()->trigger();
    QCOMPARE(zoom->windowSpan(), fitted);
    QTest::keyClick(m_view, Qt::Key_0);
    QCOMPARE(zoom->windowSpan(), fitted);
}

void TestTimelineView::clickOnClusterZoomsIntoIt() {
    QList<TimelineItem> crowd;
    for (int i = 0; i < 200; ++i)
        crowd << item(u"c%1"_s.arg(i), at(2024, 3, 3, 0) + i * 60000 * 5, at(2024, 3, 3, 0) + i * 60000 * 5,
                      u"X"_s);
    crowd << item(u"far"_s, at(2025, 3, 3), at(2025, 3, 3), u"X"_s);
    m_view->setItems(crowd);
    m_view->fitAll();
    const auto clusters = m_view->currentFrame().marks.clusters;
    QCOMPARE(clusters.size(), 1);
    QCOMPARE(clusters.first().count, 200);
    QTest::mouseClick(m_view, Qt::LeftButton, {}, clusters.first().rect.center().toPoint());
    QVERIFY(m_view->zoomControl()->windowSpan() < 2 * msPerDay);
    QVERIFY(m_view->currentFrame().marks.marks.size() > 10); // opened: individual events now
}

void TestTimelineView::groupingChangesLanes() {
    QCOMPARE(m_view->layout().lanes().size(), size_t(3));
    m_view->setGrouping(Grouping::None);
    QCOMPARE(m_view->layout().lanes().size(), size_t(1));
    QCOMPARE(m_view->currentFrame().marks.marks.size(), 6);
    QCOMPARE(m_view->eventAt(centerOf(*m_view, u"e3"_s)), u"e3"_s);
}

// What is on screen is what the geometry says: the pixel at an event's computed position has its colour.
void TestTimelineView::paintsMarksWhereTheGeometrySays() {
    const QImage image = m_view->grab().toImage();
    const TimelineFrame &frame = m_view->currentFrame();
    const double dpr = image.devicePixelRatio();
    for (const PlacedMark &mark : frame.marks.marks) {
        const TimelineItem &it = m_view->layout().items()[mark.item];
        if (it.isSpan())
            continue;
        const QPointF c(frame.geometry.timeToPixel(it.startMs), mark.markRect.center().y());
        const QColor pixel = image.pixelColor((c * dpr).toPoint());
        const QColor expected = laneColor(mark.lane, m_view->palette());
        QVERIFY2(std::abs(pixel.red() - expected.red()) + std::abs(pixel.green() - expected.green()) +
                         std::abs(pixel.blue() - expected.blue()) <
                     40,
                 qPrintable(it.eventId + u" pixel "_s + pixel.name() + u" expected "_s + expected.name()));
    }
}

void TestTimelineView::selectingScrollsIntoView() {
    m_view->zoomControl()->setWindow(at(2023, 10, 1), at(2023, 10, 20));
    m_view->setSelectedEvent(u"e5"_s);
    ZoomControl *zoom = m_view->zoomControl();
    QVERIFY(zoom->windowStart() < at(2024, 5, 5) && zoom->windowEnd() > at(2024, 5, 5));
    QCOMPARE(zoom->windowSpan(), at(2023, 10, 20) - at(2023, 10, 1)); // panned, not zoomed
}

namespace {

// One event in each of `count` sources: as many lanes as sources when grouped by source.
QList<TimelineItem> manySources(int count) {
    QList<TimelineItem> items;
    for (int i = 0; i < count; ++i)
        items.append(
            item(u"s%1"_s.arg(i), at(2024, 1, 1 + i % 28), at(2024, 1, 1 + i % 28), u"Source %1"_s.arg(i)));
    return items;
}

// The top of a lane's band on screen, or NaN when the lane is scrolled out of the plot.
double laneTop(const TimelineView &view, int lane) {
    for (const LaneBox &box : view.currentFrame().marks.lanes) {
        if (box.lane == lane)
            return box.rect.top();
    }
    return std::nan("");
}

} // namespace

void TestTimelineView::laneScrollBarAppearsOnlyWhenLanesOverflow() {
    QScrollBar *bar = m_view->laneScrollBar();
    QCoreApplication::processEvents();
    QVERIFY(!bar->isVisible()); // three lanes fit in 500 px

    m_view->setItems(manySources(40));
    QCoreApplication::processEvents();
    const TimelineFrame &frame = m_view->currentFrame();
    QVERIFY(frame.marks.contentHeight > frame.plotRect.height());
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->minimum(), 0);
    QCOMPARE(bar->maximum(), int(std::ceil(frame.marks.contentHeight - frame.plotRect.height())));
    QCOMPARE(bar->pageStep(), int(frame.plotRect.height()));
    QCOMPARE(bar->geometry().right(), int(frame.plotRect.right()) - 1); // inside the plot, at its right edge
    QCOMPARE(bar->geometry().top(), int(frame.plotRect.top()));

    m_view->setItems(sampleItems());
    QCoreApplication::processEvents();
    QVERIFY(!bar->isVisible());
}

void TestTimelineView::laneScrollBarAndKeysScrollTogether() {
    m_view->setItems(manySources(40));
    QCoreApplication::processEvents();
    QScrollBar *bar = m_view->laneScrollBar();
    const double fifthLaneTop = laneTop(*m_view, 5);
    QVERIFY(!std::isnan(fifthLaneTop));

    bar->setValue(100); // the user drags the bar: the lanes move up by as much
    QCOMPARE(laneTop(*m_view, 5), fifthLaneTop - 100);

    QTest::keyClick(m_view, Qt::Key_Down); // the keys move the lanes, and the bar follows
    QCoreApplication::processEvents();
    QCOMPARE(laneTop(*m_view, 5), fifthLaneTop - 140);
    QCOMPARE(bar->value(), 140);

    bar->setValue(bar->maximum()); // the last lane ends at the bottom of the plot
    const TimelineFrame &frame = m_view->currentFrame();
    QCOMPARE(frame.marks.lanes.last().lane, 39);
    QCOMPARE(frame.marks.lanes.last().rect.bottom(), frame.plotRect.bottom());
}

QTEST_MAIN(TestTimelineView)
#include "tst_timeline_view.moc"
