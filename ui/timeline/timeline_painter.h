#pragma once

#include "time_axis.h"
#include "time_geometry.h"
#include "timeline_layout.h"

#include <QFont>
#include <QPalette>
#include <QRectF>
#include <QString>

class QPainter;

namespace annals::timeline {

// What a picture shows besides the data: the same settings serve the screen and every export format.
struct TimelineStyle {
    QPalette palette; // light or dark; base is the background, text the ink, highlight the selection
    QFont font;       // the labels' font; the title is a larger bold version of it
    QString title;    // empty: no title row
    bool showLegend = true;
    QString selectedEventId; // drawn highlighted, with its date and precision in words
    FrameMetrics metrics;
};

// Where everything of one picture goes. Computed once per size/zoom/data change and shared by painting and
// hit-testing, so a click always finds what was drawn under it.
struct TimelineFrame {
    QRectF bounds;
    QRectF titleRect;     // empty when there is no title
    QRectF axisRect;      // major labels above minor labels
    QRectF laneLabelRect; // the column of lane names at the left (empty without lanes to name)
    QRectF plotRect;      // where marks go
    QRectF legendRect;    // empty without a legend
    TimeGeometry geometry;
    AxisTicks axis;
    FrameMarks marks;
    double verticalOffset = 0;
};

TimelineFrame composeFrame(const TimelineLayout &layout, const QRectF &bounds, qint64 startMs, qint64 endMs,
                           const TimelineStyle &style, double verticalOffset = 0);

enum class PaintLayer {
    Base = 1,      // background, title, axis, lanes, marks, legend: what the view caches in a pixmap
    Selection = 2, // the selected event's highlight and caption: cheap, painted on top every time
    All = 3,
};

void paintTimeline(QPainter &painter, const TimelineFrame &frame, const TimelineLayout &layout,
                   const TimelineStyle &style, PaintLayer layers = PaintLayer::All);

// Composes and paints in one call: the path image export uses.
void paintTimeline(QPainter &painter, const QRectF &bounds, const TimelineLayout &layout, qint64 startMs,
                   qint64 endMs, const TimelineStyle &style);

// The colour of a lane's marks, readable on the palette's background (lighter on dark backgrounds).
QColor laneColor(int lane, const QPalette &palette);

// "17", "1.2k", "35k", "1.2M": counts on cluster marks.
QString compactCount(int count);

} // namespace annals::timeline
