#include "timeline_layout.h"

#include <algorithm>
#include <limits>
#include <numeric>

using namespace Qt::StringLiterals;

namespace annals::timeline {

QString groupingName(Grouping grouping) {
    switch (grouping) {
    case Grouping::None:
        return u"none"_s;
    case Grouping::Source:
        return u"source"_s;
    case Grouping::Actor:
        return u"actor"_s;
    }
    return {};
}

namespace {

struct LaneBuilder {
    QString title;
    std::vector<int> items;
};

// Sorting compact (start, end, index) records instead of indices into the items keeps a million-item sort
// in cache; the index breaks ties, which keeps equal times in input order.
struct SortKey {
    qint64 start;
    qint64 end;
    int index;
    bool operator<(const SortKey &o) const {
        return start != o.start ? start < o.start : end != o.end ? end < o.end : index < o.index;
    }
};

std::vector<SortKey> sortedKeys(const QList<TimelineItem> &items, const std::vector<int> &indices) {
    std::vector<SortKey> keys;
    keys.reserve(indices.size());
    for (int i : indices)
        keys.push_back({items.at(i).startMs, items.at(i).endMs, i});
    std::sort(keys.begin(), keys.end());
    return keys;
}

void finishLane(const QList<TimelineItem> &items, LaneBuilder &builder, Lane &lane) {
    lane.title = builder.title;
    const std::vector<SortKey> keys = sortedKeys(items, builder.items);
    builder.items = {};
    const size_t n = keys.size();
    lane.items.resize(n);
    lane.starts.resize(n);
    lane.ends.resize(n);
    lane.prefixMaxEnd.resize(n);
    qint64 maxEnd = std::numeric_limits<qint64>::min();
    for (size_t i = 0; i < n; ++i) {
        lane.items[i] = keys[i].index;
        lane.starts[i] = keys[i].start;
        lane.ends[i] = keys[i].end;
        maxEnd = std::max(maxEnd, keys[i].end);
        lane.prefixMaxEnd[i] = maxEnd;
    }
}

} // namespace

TimelineLayout::TimelineLayout(QList<TimelineItem> items, Grouping grouping)
    : m_items(std::move(items))
    , m_grouping(grouping) {
    const int count = int(m_items.size());
    std::vector<LaneBuilder> builders;
    QHash<QString, int> laneByKey;
    QString lastKey;
    int lastLane = -1;
    // Consecutive items usually share their document (or actor): remember the last lookup.
    auto laneFor = [&](const QString &key, const QString &title) {
        if (lastLane >= 0 && key == lastKey)
            return lastLane;
        auto it = laneByKey.constFind(key);
        if (it == laneByKey.constEnd()) {
            builders.push_back({title, {}});
            it = laneByKey.insert(key, int(builders.size()) - 1);
        }
        lastKey = key;
        lastLane = it.value();
        return lastLane;
    };
    const QString noActor = QObject::tr("No actor named");
    const QString noActorKey = u"\n"_s; // cannot be an actor's name
    for (int i = 0; i < count; ++i) {
        const TimelineItem &item = m_items.at(i);
        switch (grouping) {
        case Grouping::None:
            builders[laneFor({}, QObject::tr("All events"))].items.push_back(i);
            break;
        case Grouping::Source:
            builders[laneFor(item.documentId, item.source)].items.push_back(i);
            break;
        case Grouping::Actor:
            if (item.actors.isEmpty())
                builders[laneFor(noActorKey, noActor)].items.push_back(i);
            for (const QString &actor : item.actors)
                builders[laneFor(actor, actor)].items.push_back(i);
            break;
        }
    }

    // Sources in order of their first event; actors by how often they appear (most first), "no actor" last.
    std::vector<qint64> firstStart(builders.size(), std::numeric_limits<qint64>::max());
    for (size_t b = 0; b < builders.size(); ++b) {
        for (int i : builders[b].items)
            firstStart[b] = std::min(firstStart[b], m_items.at(i).startMs);
    }
    std::vector<size_t> laneOrder(builders.size());
    std::iota(laneOrder.begin(), laneOrder.end(), size_t(0));
    if (grouping == Grouping::Actor) {
        std::stable_sort(laneOrder.begin(), laneOrder.end(), [&](size_t a, size_t b) {
            const bool aNone = builders[a].title == noActor, bNone = builders[b].title == noActor;
            if (aNone != bNone)
                return bNone;
            if (builders[a].items.size() != builders[b].items.size())
                return builders[a].items.size() > builders[b].items.size();
            return builders[a].title < builders[b].title;
        });
    } else {
        std::stable_sort(laneOrder.begin(), laneOrder.end(),
                         [&](size_t a, size_t b) { return firstStart[a] < firstStart[b]; });
    }
    m_lanes.resize(builders.size());
    for (size_t l = 0; l < laneOrder.size(); ++l)
        finishLane(m_items, builders[laneOrder[l]], m_lanes[l]);

    std::vector<int> all(static_cast<size_t>(count));
    std::iota(all.begin(), all.end(), 0);
    const std::vector<SortKey> keys = sortedKeys(m_items, all);
    m_order.resize(size_t(count));
    m_position.resize(size_t(count));
    qint64 contentEnd = std::numeric_limits<qint64>::min();
    for (int p = 0; p < count; ++p) {
        m_order[size_t(p)] = keys[size_t(p)].index;
        m_position[size_t(keys[size_t(p)].index)] = p;
        contentEnd = std::max(contentEnd, keys[size_t(p)].end);
    }
    if (count > 0) {
        m_contentStart = keys.front().start;
        m_contentEnd = contentEnd;
    }
}

int TimelineLayout::indexOf(const QString &eventId) const {
    // Built on first use: grouping changes and benchmarks of the layout need not pay for it.
    if (m_indexById.isEmpty() && !m_items.isEmpty()) {
        m_indexById.reserve(m_items.size());
        for (int i = 0; i < int(m_items.size()); ++i)
            m_indexById.insert(m_items.at(i).eventId, i);
    }
    return m_indexById.value(eventId, -1);
}

double rowCenterY(const LaneBox &box, int row, const FrameMetrics &metrics) {
    // The rows sit in the middle of the band when the band is taller than they need.
    const double rowsTop = box.rect.center().y() - box.rows * metrics.rowHeight / 2;
    return rowsTop + (row + 0.5) * metrics.rowHeight;
}

namespace {

// One row's occupied pixel intervals, left to right; owner is a mark index, or -1 for a cluster.
struct Occupied {
    double left;
    double right;
    int owner;
};

class LaneFrameBuilder {
public:
    LaneFrameBuilder(const TimelineLayout &layout, const TimeGeometry &g, const FrameMetrics &m,
                     const TextWidthFunction &textWidth, FrameMarks &out)
        : m_layout(layout)
        , m_g(g)
        , m_m(m)
        , m_textWidth(textWidth)
        , m_out(out) {}

    void build(int laneIndex, const LaneBox &box);

private:
    QRectF markRect(const TimelineItem &item, double centerY) const;
    bool place(int laneIndex, const LaneBox &box, int item);
    void addCluster(int laneIndex, const LaneBox &box, double left, double right, int count, qint64 start,
                    qint64 end);
    void placeLabels(const LaneBox &box);

    const TimelineLayout &m_layout;
    const TimeGeometry &m_g;
    const FrameMetrics &m_m;
    const TextWidthFunction &m_textWidth;
    FrameMarks &m_out;
    std::vector<double> m_rowEnd;      // right edge of the last mark in each row
    std::vector<double> m_rowLabelEnd; // ... and of the label it would like
    std::vector<std::vector<Occupied>> m_rows;
};

QRectF LaneFrameBuilder::markRect(const TimelineItem &item, double centerY) const {
    const double r = m_m.markRadius;
    if (!item.isSpan()) {
        const double x = m_g.timeToPixel(item.startMs);
        return {x - r, centerY - r, 2 * r, 2 * r};
    }
    const double x0 = m_g.timeToPixel(item.startMs);
    const double x1 = std::max(m_g.timeToPixel(item.endMs), x0 + 2 * r); // never thinner than a dot
    return {x0, centerY - m_m.spanHeight / 2, x1 - x0, m_m.spanHeight};
}

bool LaneFrameBuilder::place(int laneIndex, const LaneBox &box, int item) {
    const TimelineItem &it = m_layout.items().at(item);
    const QRectF probe = markRect(it, 0);
    // Prefer a row where the previous mark's label keeps its room; otherwise any row with room for the mark.
    int chosen = -1;
    for (int row = 0; row < box.rows && chosen < 0; ++row) {
        if (m_rowLabelEnd[size_t(row)] + m_m.markGap <= probe.left())
            chosen = row;
    }
    for (int row = 0; row < box.rows && chosen < 0; ++row) {
        if (m_rowEnd[size_t(row)] + m_m.markGap <= probe.left())
            chosen = row;
    }
    if (chosen < 0)
        return false;
    QRectF rect = probe;
    rect.moveTop(rowCenterY(box, chosen, m_m) - probe.height() / 2);
    m_rowEnd[size_t(chosen)] = rect.right();
    const double labelWidth =
        it.label.isEmpty() ? 0 : m_textWidth(it.label); // full width: the painter elides
    m_rowLabelEnd[size_t(chosen)] = rect.right() + std::min(labelWidth, m_m.maximumLabelWidth) + 10;
    m_rows[size_t(chosen)].push_back({rect.left(), rect.right(), int(m_out.marks.size())});
    m_out.marks.append({item, laneIndex, chosen, rect, {}, labelWidth});
    return true;
}

void LaneFrameBuilder::addCluster(int laneIndex, const LaneBox &box, double left, double right, int count,
                                  qint64 start, qint64 end) {
    // A badge at most three rows tall in the middle of the lane's rows (small shapes also paint fast).
    const double height = std::min(box.rows, 3) * m_m.rowHeight - 4;
    const double top = box.rect.center().y() - height / 2;
    m_out.clusters.append({laneIndex, QRectF(left + 1, top, right - left - 2, height), count, start, end});
    for (size_t row = 0; row < m_rowEnd.size(); ++row) {
        m_rowEnd[row] = std::max(m_rowEnd[row], right);
        m_rowLabelEnd[row] = std::max(m_rowLabelEnd[row], right);
        m_rows[row].push_back({left, right, -1});
    }
}

void LaneFrameBuilder::build(int laneIndex, const LaneBox &box) {
    const Lane &lane = m_layout.lanes()[size_t(laneIndex)];
    m_rowEnd.assign(size_t(box.rows), -1e300);
    m_rowLabelEnd.assign(size_t(box.rows), -1e300);
    m_rows.assign(size_t(box.rows), {});

    // Marks reach markRadius pixels beyond their instant: widen the window by that much.
    const qint64 pad = qint64(std::ceil((m_m.markRadius + 1) * m_g.msPerPixel()));
    const qint64 windowStart = m_g.startMs() - pad;
    const qint64 windowEnd = m_g.endMs() + pad;
    const auto begin = lane.starts.begin();
    // First entry whose (running maximum) end reaches the window, last entry starting before its end.
    size_t lo = size_t(std::lower_bound(lane.prefixMaxEnd.begin(), lane.prefixMaxEnd.end(), windowStart) -
                       lane.prefixMaxEnd.begin());
    const size_t hi = size_t(std::upper_bound(begin, lane.starts.end(), windowEnd) - begin);
    const size_t firstInside = size_t(
        std::lower_bound(begin + qsizetype(std::min(lo, hi)), begin + qsizetype(hi), windowStart) - begin);

    // Spans that began before the window and still cross into it.
    int skipped = 0;
    for (size_t i = lo; i < firstInside; ++i) {
        if (lane.ends[i] >= windowStart && !place(laneIndex, box, lane.items[i]))
            ++skipped;
    }
    if (skipped > 0)
        addCluster(laneIndex, box, m_g.left() - m_m.bucketWidth, m_g.left(), skipped, windowStart,
                   m_g.startMs());

    // Buckets of bucketWidth pixels: place each bucket's items, or cluster them when they do not fit.
    const int clusterThreshold = box.rows * 3;
    size_t i = firstInside;
    double bucketLeft = m_g.left() - m_m.bucketWidth;
    while (i < hi) {
        // Jump straight to the bucket holding the next item: empty stretches cost nothing.
        const double x = m_g.timeToPixel(lane.starts[i]);
        if (x >= bucketLeft + m_m.bucketWidth)
            bucketLeft += std::floor((x - bucketLeft) / m_m.bucketWidth) * m_m.bucketWidth;
        const double bucketRight = bucketLeft + m_m.bucketWidth;
        const qint64 bucketEndMs = m_g.pixelToTime(bucketRight);
        size_t end =
            size_t(std::lower_bound(begin + qsizetype(i), begin + qsizetype(hi), bucketEndMs) - begin);
        while (end < hi && m_g.timeToPixel(lane.starts[end]) < bucketRight) // rounding at the boundary
            ++end;
        if (end == i)
            end = i + 1;
        const int count = int(end - i);
        bool placedAll = false;
        if (count <= clusterThreshold) {
            const std::vector<double> savedEnds = m_rowEnd;
            const std::vector<double> savedLabelEnds = m_rowLabelEnd;
            const qsizetype savedMarks = m_out.marks.size();
            std::vector<size_t> savedRowSizes(m_rows.size());
            for (size_t r = 0; r < m_rows.size(); ++r)
                savedRowSizes[r] = m_rows[r].size();
            placedAll = true;
            for (size_t k = i; k < end && placedAll; ++k)
                placedAll = place(laneIndex, box, lane.items[k]);
            if (!placedAll) { // undo: the whole bucket becomes one cluster
                m_rowEnd = savedEnds;
                m_rowLabelEnd = savedLabelEnds;
                m_out.marks.resize(savedMarks);
                for (size_t r = 0; r < m_rows.size(); ++r)
                    m_rows[r].resize(savedRowSizes[r]);
            }
        }
        if (!placedAll)
            addCluster(laneIndex, box, bucketLeft, bucketRight, count, lane.starts[i], lane.starts[end - 1]);
        i = end;
        bucketLeft = bucketRight;
    }
    placeLabels(box);
}

// A label goes inside a span wide enough to hold it whole, else right of its mark up to the next obstacle in
// the row, else left of the mark when there is more room there (the last events before the right edge).
void LaneFrameBuilder::placeLabels(const LaneBox &box) {
    const double plotLeft = m_g.left();
    const double plotRight = m_g.right();
    for (const std::vector<Occupied> &row : m_rows) {
        double previousRight = plotLeft; // right edge of the previous mark or label in this row
        for (size_t k = 0; k < row.size(); ++k) {
            if (row[k].owner < 0) {
                previousRight = std::max(previousRight, row[k].right);
                continue;
            }
            PlacedMark &mark = m_out.marks[row[k].owner];
            const QRectF &bar = mark.markRect;
            const QString &label = m_layout.items().at(mark.item).label;
            if (label.isEmpty()) {
                previousRight = std::max(previousRight, bar.right());
                continue;
            }
            const double next = std::min(k + 1 < row.size() ? row[k + 1].left : plotRight, plotRight);
            const double textWidth = std::min(mark.labelWidth, m_m.maximumLabelWidth);
            const double top = rowCenterY(box, mark.row, m_m) - m_m.rowHeight / 2;
            const double barLeft = std::max(bar.left(), plotLeft);
            const double barRight = std::min(bar.right(), plotRight);
            const double inside = barRight - barLeft - 12;
            const double right = next - 6 - (bar.right() + 4);
            const double left = bar.left() - 4 - (previousRight + 6);
            const bool isSpan = bar.width() > 2 * m_m.markRadius + 1;
            QRectF chosen;
            if (isSpan && inside >= textWidth)
                chosen = QRectF(barLeft + 6, top, textWidth, m_m.rowHeight);
            else if (right >= textWidth ||
                     (right >= m_m.minimumLabelWidth && right >= left && right >= inside))
                chosen = QRectF(bar.right() + 4, top, std::min(textWidth, right), m_m.rowHeight);
            else if (!isSpan && left >= m_m.minimumLabelWidth && left > right) {
                const double width = std::min(textWidth, left);
                chosen = QRectF(bar.left() - 4 - width, top, width, m_m.rowHeight);
            } else if (isSpan && inside >= m_m.minimumLabelWidth)
                chosen = QRectF(barLeft + 6, top, inside, m_m.rowHeight);
            mark.labelRect = chosen;
            previousRight = std::max({previousRight, bar.right(), chosen.isEmpty() ? 0.0 : chosen.right()});
        }
    }
}

} // namespace

FrameMarks layoutFrame(const TimelineLayout &layout, const TimeGeometry &geometry, const QRectF &plot,
                       const TextWidthFunction &textWidth, const FrameMetrics &metrics,
                       double verticalOffset) {
    FrameMarks out;
    const auto &lanes = layout.lanes();
    if (lanes.empty())
        return out;
    const double perLane = plot.height() / double(lanes.size());
    const int rows = std::clamp(int((perLane - 2 * metrics.lanePadding) / metrics.rowHeight),
                                metrics.minimumRows, metrics.maximumRows);
    const double laneHeight = rows * metrics.rowHeight + 2 * metrics.lanePadding;
    out.contentHeight = laneHeight * double(lanes.size());
    // Lanes share out spare height so that a few lanes fill the plot instead of huddling at the top.
    const double height =
        out.contentHeight < plot.height() ? plot.height() / double(lanes.size()) : laneHeight;

    LaneFrameBuilder builder(layout, geometry, metrics, textWidth, out);
    for (int l = 0; l < int(lanes.size()); ++l) {
        const double top = plot.top() + l * height - verticalOffset;
        if (top + height <= plot.top() || top >= plot.bottom())
            continue;
        LaneBox box{l, QRectF(plot.left(), top, plot.width(), height), rows};
        out.lanes.append(box);
        builder.build(l, box);
    }
    return out;
}

} // namespace annals::timeline
