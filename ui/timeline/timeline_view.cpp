#include "timeline_view.h"

#include "zoom_control.h"
#include "zoom_history.h"

#include <QAction>
#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace annals::timeline {

namespace {

constexpr double laneScrollStep = 40; // pixels per Up/Down key press or scroll-bar arrow click

QAction *makeAction(QWidget *owner, const QString &text, const QString &icon, QList<QKeySequence> shortcuts,
                    const QString &tip) {
    auto *action = new QAction(QIcon::fromTheme(icon), text, owner);
    action->setShortcuts(shortcuts);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(tip + u" ("_s + shortcuts.first().toString(QKeySequence::NativeText) + u')');
    owner->addAction(action);
    return action;
}

} // namespace

TimelineView::TimelineView(QWidget *parent)
    : QWidget(parent)
    , m_zoom(new ZoomControl(this))
    , m_history(new ZoomHistory(m_zoom, this))
    , m_laneScroll(new QScrollBar(Qt::Vertical, this)) {
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setAttribute(Qt::WA_AcceptTouchEvents, false);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Timeline"));

    m_zoomIn = makeAction(this, tr("Zoom In"), u"zoom-in"_s,
                          {QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)}, tr("Zoom in"));
    m_zoomOut = makeAction(this, tr("Zoom Out"), u"zoom-out"_s, {QKeySequence::ZoomOut}, tr("Zoom out"));
    m_fitAll = makeAction(this, tr("Fit All"), u"zoom-fit-best"_s, {QKeySequence(Qt::CTRL | Qt::Key_0)},
                          tr("Show the whole timeline"));
    m_zoomToSelection =
        makeAction(this, tr("Zoom to Selection"), u"zoom-select"_s, {QKeySequence(Qt::CTRL | Qt::Key_Period)},
                   tr("Zoom to the selected event"));
    connect(m_zoomIn, &QAction::triggered, m_zoom, &ZoomControl::zoomIn);
    connect(m_zoomOut, &QAction::triggered, m_zoom, &ZoomControl::zoomOut);
    connect(m_fitAll, &QAction::triggered, this, &TimelineView::fitAll);
    connect(m_zoomToSelection, &QAction::triggered, this, &TimelineView::zoomToSelection);
    m_zoomToSelection->setEnabled(false);

    m_laneScroll->hide();
    m_laneScroll->setCursor(Qt::ArrowCursor);
    m_laneScroll->setAccessibleName(tr("Lanes"));
    connect(m_laneScroll, &QScrollBar::valueChanged, this, [this](int value) { setVerticalOffset(value); });

    connect(m_zoom, &ZoomControl::windowChanged, this, [this] {
        invalidate();
        update();
    });
}

TimelineView::~TimelineView() = default;

void TimelineView::invalidate() {
    m_frameValid = false;
    m_cacheValid = false;
    scheduleScrollBarSync();
}

void TimelineView::scheduleScrollBarSync() {
    if (m_scrollBarSyncPending)
        return;
    m_scrollBarSyncPending = true;
    QMetaObject::invokeMethod(this, &TimelineView::syncScrollBar, Qt::QueuedConnection);
}

void TimelineView::syncScrollBar() {
    m_scrollBarSyncPending = false;
    const TimelineFrame &frame = currentFrame();
    const double overflow = frame.marks.contentHeight - frame.plotRect.height();
    if (overflow <= 0.5 || !isVisible()) {
        m_laneScroll->hide();
        return;
    }
    const QSignalBlocker blocker(m_laneScroll);
    m_laneScroll->setRange(0, int(std::ceil(overflow)));
    m_laneScroll->setPageStep(int(frame.plotRect.height()));
    m_laneScroll->setSingleStep(int(laneScrollStep));
    m_laneScroll->setValue(int(std::lround(m_verticalOffset)));
    const int width = m_laneScroll->sizeHint().width();
    const QRectF plot = frame.plotRect;
    m_laneScroll->setGeometry(int(plot.right()) - width, int(plot.top()), width, int(plot.height()));
    m_laneScroll->show();
}

void TimelineView::rebuildLayout(QList<TimelineItem> items) {
    m_layout = TimelineLayout(std::move(items), m_grouping);
    m_verticalOffset = 0;
    invalidate();
    update();
}

void TimelineView::setItems(QList<TimelineItem> items) {
    const bool wasEmpty = m_layout.isEmpty();
    rebuildLayout(std::move(items));
    if (!m_layout.isEmpty()) {
        const bool wasShowingAll =
            m_zoom->windowStart() <= m_zoom->contentStart() && m_zoom->windowEnd() >= m_zoom->contentEnd();
        m_zoom->setContentRange(m_layout.contentStart(), m_layout.contentEnd());
        if (wasEmpty || wasShowingAll)
            m_zoom->fitAll();
    }
    m_history->clear();
    if (!m_selected.isEmpty() && m_layout.indexOf(m_selected) < 0) {
        m_selected.clear();
        m_zoomToSelection->setEnabled(false);
        emit selectedEventChanged(m_selected);
    }
}

void TimelineView::setGrouping(Grouping grouping) {
    if (grouping == m_grouping)
        return;
    m_grouping = grouping;
    rebuildLayout(m_layout.items());
}

void TimelineView::setSelectedEvent(const QString &eventId) {
    const int index = eventId.isEmpty() ? -1 : m_layout.indexOf(eventId);
    const QString id = index >= 0 ? eventId : QString();
    if (id == m_selected)
        return;
    m_selected = id;
    m_zoomToSelection->setEnabled(index >= 0);
    if (index >= 0)
        ensureVisible(index);
    update();
    emit selectedEventChanged(m_selected);
}

void TimelineView::ensureVisible(int item) {
    const TimelineItem &it = m_layout.items().at(item);
    const qint64 span = m_zoom->windowSpan();
    if (it.startMs >= m_zoom->windowStart() + span / 20 && it.endMs <= m_zoom->windowEnd() - span / 20)
        return;
    if (it.endMs - it.startMs > span * 9 / 10)
        m_zoom->zoomTo(it.startMs, it.endMs);
    else
        m_zoom->centerOn(it.startMs + (it.endMs - it.startMs) / 2);
    // The lane holding it, scrolled into view when lanes overflow.
    const TimelineFrame &frame = currentFrame();
    const double laneHeight = frame.marks.lanes.isEmpty() ? 0 : frame.marks.lanes.first().rect.height();
    if (laneHeight <= 0 || frame.marks.contentHeight <= frame.plotRect.height())
        return;
    for (size_t l = 0; l < m_layout.lanes().size(); ++l) {
        const auto &laneItems = m_layout.lanes()[l].items;
        if (std::find(laneItems.begin(), laneItems.end(), item) != laneItems.end()) {
            const double top = double(l) * laneHeight;
            if (top < m_verticalOffset || top + laneHeight > m_verticalOffset + frame.plotRect.height())
                setVerticalOffset(top - (frame.plotRect.height() - laneHeight) / 2);
            break;
        }
    }
}

const TimelineFrame &TimelineView::currentFrame() const {
    if (!m_frameValid) {
        m_frame = composeFrame(m_layout, QRectF(rect()), m_zoom->windowStart(), m_zoom->windowEnd(), style(),
                               m_verticalOffset);
        m_frameValid = true;
    }
    return m_frame;
}

TimelineStyle TimelineView::style() const {
    TimelineStyle s;
    s.palette = palette();
    s.font = font();
    s.showLegend = true;
    s.selectedEventId = m_selected;
    return s;
}

void TimelineView::paintEvent(QPaintEvent *) {
    const TimelineFrame &frame = currentFrame();
    const double dpr = devicePixelRatioF();
    const QSize pixels = (QSizeF(size()) * dpr).toSize();
    if (!m_cacheValid || m_cache.size() != pixels || m_cache.devicePixelRatio() != dpr) {
        m_cache = QPixmap(pixels);
        m_cache.setDevicePixelRatio(dpr);
        QPainter cachePainter(&m_cache);
        cachePainter.setRenderHint(QPainter::TextAntialiasing, true);
        paintTimeline(cachePainter, frame, m_layout, style(), PaintLayer::Base);
        m_cacheValid = true;
    }
    QPainter painter(this);
    painter.drawPixmap(0, 0, m_cache);
    paintTimeline(painter, frame, m_layout, style(), PaintLayer::Selection);
    if (hasFocus()) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 1));
        painter.drawRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5));
    }
}

void TimelineView::resizeEvent(QResizeEvent *event) {
    invalidate();
    QWidget::resizeEvent(event);
}

void TimelineView::changeEvent(QEvent *event) {
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange ||
        event->type() == QEvent::StyleChange) {
        invalidate();
        update();
    }
    QWidget::changeEvent(event);
}

void TimelineView::setVerticalOffset(double offset) {
    const TimelineFrame &frame = currentFrame();
    const double maximum = std::max(0.0, frame.marks.contentHeight - frame.plotRect.height());
    offset = std::clamp(offset, 0.0, maximum);
    if (offset == m_verticalOffset)
        return;
    m_verticalOffset = offset;
    invalidate();
    update();
}

void TimelineView::wheelEvent(QWheelEvent *event) {
    const QPoint delta = event->angleDelta();
    const TimelineFrame &frame = currentFrame();
    if (event->modifiers() & Qt::ControlModifier) {
        if (delta.y() != 0) {
            const qint64 anchor = frame.geometry.pixelToTime(event->position().x());
            m_zoom->zoomAt(anchor, std::pow(ZoomControl::stepFactor, -delta.y() / 120.0));
        }
    } else if (event->modifiers() & Qt::AltModifier) {
        const int d = delta.y() != 0 ? delta.y() : delta.x();
        setVerticalOffset(m_verticalOffset - d / 120.0 * frame.marks.contentHeight / 10);
    } else {
        // Vertical and horizontal wheels (and Shift+wheel, which some platforms turn horizontal) pan in time.
        const int d = delta.x() != 0 ? delta.x() : delta.y();
        m_zoom->pan(-qint64(std::llround(d / 120.0 * double(m_zoom->windowSpan()) / 10.0)));
    }
    event->accept();
}

int TimelineView::markAt(QPointF position) const {
    const TimelineFrame &frame = currentFrame();
    if (!frame.plotRect.contains(position))
        return -1;
    int best = -1;
    double bestDistance = 1e300;
    const auto &marks = frame.marks.marks;
    for (int i = 0; i < int(marks.size()); ++i) {
        const QRectF hit = marks[i].markRect.adjusted(-3, -3, 3, 3);
        if (hit.contains(position)) {
            const double distance =
                std::abs(hit.center().x() - position.x()) + std::abs(hit.center().y() - position.y());
            // Points are small targets: they win over a span they sit on.
            const double bias = m_layout.items().at(marks[i].item).isSpan() ? 1000 : 0;
            if (distance + bias < bestDistance) {
                bestDistance = distance + bias;
                best = i;
            }
        }
    }
    if (best >= 0)
        return best;
    for (int i = 0; i < int(marks.size()); ++i) {
        if (!marks[i].labelRect.isEmpty() && marks[i].labelRect.contains(position))
            return i;
    }
    return -1;
}

QString TimelineView::eventAt(QPointF position) const {
    const int mark = markAt(position);
    return mark < 0 ? QString() : m_layout.items().at(currentFrame().marks.marks[mark].item).eventId;
}

const ClusterMark *TimelineView::clusterAt(QPointF position) const {
    for (const ClusterMark &cluster : currentFrame().marks.clusters) {
        if (cluster.rect.contains(position))
            return &cluster;
    }
    return nullptr;
}

void TimelineView::mousePressEvent(QMouseEvent *event) {
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_pressed = true;
    m_dragging = false;
    m_pressPosition = event->position();
    m_pressWindowStart = m_zoom->windowStart();
    m_pressVerticalOffset = m_verticalOffset;
    event->accept();
}

void TimelineView::mouseMoveEvent(QMouseEvent *event) {
    if (!m_pressed)
        return;
    const QPointF moved = event->position() - m_pressPosition;
    if (!m_dragging && moved.manhattanLength() >= QApplication::startDragDistance()) {
        m_dragging = true;
        setCursor(Qt::ClosedHandCursor);
    }
    if (m_dragging) {
        // Pan so that the time grabbed stays under the pointer.
        const qint64 shift = std::llround(moved.x() * currentFrame().geometry.msPerPixel());
        const qint64 span = m_zoom->windowSpan();
        m_zoom->setWindow(m_pressWindowStart - shift, m_pressWindowStart - shift + span);
        setVerticalOffset(m_pressVerticalOffset - moved.y());
    }
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event) {
    if (event->button() != Qt::LeftButton || !m_pressed)
        return;
    m_pressed = false;
    if (m_dragging) {
        m_dragging = false;
        unsetCursor();
        return;
    }
    const QString id = eventAt(event->position());
    if (!id.isEmpty()) {
        setSelectedEvent(id);
    } else if (const ClusterMark *cluster = clusterAt(event->position())) {
        const qint64 start = cluster->startMs;
        const qint64 end = cluster->endMs;
        m_zoom->zoomTo(start, end); // a cluster opens as it is zoomed into
        m_history->recordNow();
    } else {
        setSelectedEvent({});
    }
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent *event) {
    const QString id = eventAt(event->position());
    if (!id.isEmpty()) {
        setSelectedEvent(id);
        emit eventActivated(id);
    }
}

void TimelineView::keyPressEvent(QKeyEvent *event) {
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        m_zoom->zoomIn();
        break;
    case Qt::Key_Minus:
        m_zoom->zoomOut();
        break;
    case Qt::Key_0:
    case Qt::Key_F:
        fitAll();
        break;
    case Qt::Key_Z:
        zoomToSelection();
        break;
    case Qt::Key_Left:
        selectPrevious();
        break;
    case Qt::Key_Right:
        selectNext();
        break;
    case Qt::Key_Home:
        moveSelection(std::numeric_limits<int>::min());
        break;
    case Qt::Key_End:
        moveSelection(std::numeric_limits<int>::max());
        break;
    case Qt::Key_Up:
        setVerticalOffset(m_verticalOffset - laneScrollStep);
        break;
    case Qt::Key_Down:
        setVerticalOffset(m_verticalOffset + laneScrollStep);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!m_selected.isEmpty())
            emit eventActivated(m_selected);
        break;
    case Qt::Key_Escape:
        setSelectedEvent({});
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

bool TimelineView::event(QEvent *event) {
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int mark = markAt(help->pos());
        if (mark >= 0) {
            const TimelineItem &item = m_layout.items().at(currentFrame().marks.marks[mark].item);
            QString tip = u"<b>"_s + item.label.toHtmlEscaped() + u"</b><br>"_s +
                          item.dateText.toHtmlEscaped() + u" <i>("_s + granularityName(item.granularity) +
                          u")</i><br>"_s + item.source.toHtmlEscaped();
            if (!item.actors.isEmpty())
                tip += u"<br>"_s + item.actors.join(u", "_s).toHtmlEscaped();
            QToolTip::showText(help->globalPos(), tip, this);
        } else if (const ClusterMark *cluster = clusterAt(help->pos())) {
            QToolTip::showText(help->globalPos(),
                               tr("%n events here: click or zoom in to see them", nullptr, cluster->count),
                               this);
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    if (event->type() == QEvent::NativeGesture) {
        auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            const qint64 anchor = currentFrame().geometry.pixelToTime(gesture->position().x());
            m_zoom->zoomAt(anchor, 1.0 / (1.0 + gesture->value())); // value > 0 spreads the fingers: zoom in
            return true;
        }
    }
    return QWidget::event(event);
}

void TimelineView::fitAll() {
    m_zoom->fitAll();
    m_history->recordNow();
}

void TimelineView::zoomToSelection() {
    const int index = m_layout.indexOf(m_selected);
    if (index < 0)
        return;
    const TimelineItem &item = m_layout.items().at(index);
    m_zoom->zoomTo(item.startMs, item.endMs);
    m_history->recordNow();
}

void TimelineView::moveSelection(int step) {
    const auto &order = m_layout.timeOrder();
    if (order.empty())
        return;
    const int current = m_layout.orderPosition(m_layout.indexOf(m_selected));
    qint64 next;
    if (current < 0) {
        // Nothing selected yet: start from the first event in view in the direction of travel.
        const auto firstVisible = std::find_if(order.begin(), order.end(), [this](int i) {
            return m_layout.items().at(i).endMs >= m_zoom->windowStart();
        });
        next = step < 0 ? qint64(order.size()) - 1 : firstVisible - order.begin();
        if (step == std::numeric_limits<int>::min())
            next = 0;
        next = std::clamp<qint64>(next, 0, qint64(order.size()) - 1);
    } else {
        next = std::clamp<qint64>(qint64(current) + step, 0, qint64(order.size()) - 1);
    }
    setSelectedEvent(m_layout.items().at(order[size_t(next)]).eventId);
}

void TimelineView::selectNext() {
    moveSelection(1);
}

void TimelineView::selectPrevious() {
    moveSelection(-1);
}

} // namespace annals::timeline
