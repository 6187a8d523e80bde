#pragma once

#include "timeline_item.h"
#include "timeline_layout.h"
#include "timeline_painter.h"

#include <QPixmap>
#include <QWidget>

class QAction;
class QScrollBar;

namespace annals::timeline {

class ZoomControl;
class ZoomHistory;

// The zoomable timeline widget.
//
// Mouse: Ctrl+wheel or pinch zooms about the cursor; wheel and Shift+wheel pan in time; Alt+wheel scrolls the
// lanes; dragging pans; a click selects the event under it (a click on a cluster zooms into it); a double
// click activates it. Keys: + and - zoom, 0 or F fits everything, Z zooms to the selection, Left/Right move
// the selection to the previous/next event in time, Home/End to the first/last, Return activates, Escape
// clears. The base picture is cached in a pixmap (at the screen's device pixel ratio) and repainted only when
// the data, the window, the size or the palette change; the selection is painted on top.
class TimelineView : public QWidget {
    Q_OBJECT
public:
    explicit TimelineView(QWidget *parent = nullptr);
    ~TimelineView() override;

    void setItems(QList<TimelineItem> items);
    const QList<TimelineItem> &items() const { return m_layout.items(); }
    void setGrouping(Grouping grouping);
    Grouping grouping() const { return m_grouping; }

    QString selectedEventId() const { return m_selected; }
    // Selects an event (an empty or unknown id clears the selection) and scrolls it into view.
    // selectedEventChanged is emitted only when the selection actually changes, so setting the id that is
    // already selected (e.g. echoing a table's selection back) emits nothing.
    void setSelectedEvent(const QString &eventId);

    // The event whose mark or label is at a point in widget coordinates, or an empty string.
    QString eventAt(QPointF position) const;

    ZoomControl *zoomControl() const { return m_zoom; }
    ZoomHistory *history() const { return m_history; }
    const TimelineLayout &layout() const { return m_layout; }
    // The geometry of what is on screen now (laid out if needed): what painting and hit-testing use.
    const TimelineFrame &currentFrame() const;
    TimelineStyle style() const; // the screen's style, for exporting what the user sees

    QAction *zoomInAction() const { return m_zoomIn; }                   // Ctrl++ (and + on the view)
    QAction *zoomOutAction() const { return m_zoomOut; }                 // Ctrl+- (and - on the view)
    QAction *fitAllAction() const { return m_fitAll; }                   // Ctrl+0 (and 0, F on the view)
    QAction *zoomToSelectionAction() const { return m_zoomToSelection; } // Ctrl+. (and Z on the view)

    // Shown at the plot's right edge when the lanes need more height than the plot has; mirrors the lane
    // scrolling that Alt+wheel, vertical drags and the Up/Down keys do.
    QScrollBar *laneScrollBar() const { return m_laneScroll; }

    QSize sizeHint() const override { return {900, 420}; }
    QSize minimumSizeHint() const override { return {320, 180}; }

public slots:
    void fitAll();
    void zoomToSelection();
    void selectNext();
    void selectPrevious();

signals:
    void selectedEventChanged(const QString &eventId);
    void eventActivated(const QString &eventId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
    void invalidate(); // layout and pixmap out of date
    void rebuildLayout(QList<TimelineItem> items);
    void ensureVisible(int item);
    void moveSelection(int step);
    void setVerticalOffset(double offset);
    void scheduleScrollBarSync(); // coalesces the many invalidations of one event-loop turn
    void syncScrollBar();
    const ClusterMark *clusterAt(QPointF position) const;
    int markAt(QPointF position) const; // index into the frame's marks, or -1

    TimelineLayout m_layout;
    Grouping m_grouping = Grouping::Source;
    ZoomControl *m_zoom;
    ZoomHistory *m_history;
    QString m_selected;
    double m_verticalOffset = 0;

    mutable TimelineFrame m_frame;
    mutable bool m_frameValid = false;
    QPixmap m_cache;
    bool m_cacheValid = false;

    QPointF m_pressPosition;
    qint64 m_pressWindowStart = 0;
    double m_pressVerticalOffset = 0;
    bool m_dragging = false;
    bool m_pressed = false;

    QScrollBar *m_laneScroll;
    bool m_scrollBarSyncPending = false;

    QAction *m_zoomIn;
    QAction *m_zoomOut;
    QAction *m_fitAll;
    QAction *m_zoomToSelection;
};

} // namespace annals::timeline
