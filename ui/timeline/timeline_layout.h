#pragma once

#include "time_axis.h"
#include "time_geometry.h"
#include "timeline_item.h"

#include <QHash>
#include <QList>
#include <QRectF>
#include <QString>

#include <vector>

namespace annals::timeline {

enum class Grouping { None, Source, Actor };
QString groupingName(Grouping grouping); // "none", "source", "actor"

// One horizontal band of the timeline. Its entries are sorted by start time, so the visible ones are found
// by binary search; prefixMaxEnd[i] is the latest end among entries 0..i, which is monotonic and so also
// binary-searchable: it finds the first entry that can still reach into a window (a long span).
struct Lane {
    QString title;
    std::vector<qint64> starts;
    std::vector<qint64> ends;
    std::vector<qint64> prefixMaxEnd;
    std::vector<int> items; // indices into TimelineLayout::items()
};

// The zoom-independent part of the layout: items grouped into lanes and sorted. Built once per data or
// grouping change (a million items in well under a second).
class TimelineLayout {
public:
    TimelineLayout() = default;
    TimelineLayout(QList<TimelineItem> items, Grouping grouping);

    const QList<TimelineItem> &items() const { return m_items; }
    Grouping grouping() const { return m_grouping; }
    const std::vector<Lane> &lanes() const { return m_lanes; }
    bool isEmpty() const { return m_items.isEmpty(); }

    qint64 contentStart() const { return m_contentStart; }
    qint64 contentEnd() const { return m_contentEnd; }

    // Items in time order (start, then end, then input order), for moving the selection with the keyboard.
    const std::vector<int> &timeOrder() const { return m_order; }
    int orderPosition(int item) const {
        return item >= 0 && item < int(m_position.size()) ? m_position[item] : -1;
    }

    int indexOf(const QString &eventId) const; // -1 when unknown; the first call builds the id index

private:
    QList<TimelineItem> m_items;
    Grouping m_grouping = Grouping::None;
    std::vector<Lane> m_lanes;
    std::vector<int> m_order;
    std::vector<int> m_position;
    mutable QHash<QString, int> m_indexById; // built on first indexOf()
    qint64 m_contentStart = 0;
    qint64 m_contentEnd = 0;
};

// Sizes of the marks; the same for screen and export.
struct FrameMetrics {
    double rowHeight = 22;
    double markRadius = 5;   // dots and diamonds
    double spanHeight = 12;  // span bars
    double bucketWidth = 30; // clustering resolution in pixels
    double markGap = 3;      // minimum space between marks in a row
    double lanePadding = 6;  // above and below the rows of a lane
    int minimumRows = 2;
    int maximumRows = 6;
    double maximumLabelWidth = 240;
    double minimumLabelWidth = 36; // a label narrower than this is left out
};

struct LaneBox {
    int lane = 0;
    QRectF rect; // the whole band, in picture coordinates
    int rows = 1;
};

struct PlacedMark {
    int item = 0;
    int lane = 0;
    int row = 0;
    QRectF markRect;       // the dot, diamond or bar (a bar may extend outside the plot; clip when painting)
    QRectF labelRect;      // empty when there is no room for a label
    double labelWidth = 0; // the whole label's width, measured once (wider than labelRect when elided)
};

// Several items that do not fit in their part of a lane: drawn as one mark with a count.
struct ClusterMark {
    int lane = 0;
    QRectF rect; // the badge drawn and clicked; the whole bucket column is kept free for it
    int count = 0;
    qint64 startMs = 0; // the time range it covers; zooming there opens it
    qint64 endMs = 0;
};

struct FrameMarks {
    QList<LaneBox> lanes; // the lanes at least partly inside the plot
    QList<PlacedMark> marks;
    QList<ClusterMark> clusters;
    double contentHeight = 0; // height all lanes need; more than the plot means the view can scroll
};

// Lays out what is visible in a window: stacks overlapping marks in rows, leaves room for labels, and
// clusters a bucket of `bucketWidth` pixels when its items do not fit its rows. The cost depends on the
// plot's size and the number of marks shown, not on the number of items (binary search per bucket).
FrameMarks layoutFrame(const TimelineLayout &layout, const TimeGeometry &geometry, const QRectF &plot,
                       const TextWidthFunction &textWidth, const FrameMetrics &metrics = {},
                       double verticalOffset = 0);

// The marks' vertical centre in a row of a lane box.
double rowCenterY(const LaneBox &box, int row, const FrameMetrics &metrics);

} // namespace annals::timeline
