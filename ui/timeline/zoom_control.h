#pragma once

#include <QObject>

namespace annals::timeline {

// The visible time window of a timeline, in UTC milliseconds, and every way of changing it.
// The window's span always stays between minimumSpanMs() (one hour) and maximumSpanMs() (ten thousand
// years, so that histories reaching back before Christ fit in one view).
// windowChanged is emitted once per effective change, never when a request leaves the window as it was.
class ZoomControl : public QObject {
    Q_OBJECT
public:
    explicit ZoomControl(QObject *parent = nullptr);

    static constexpr qint64 minimumSpanMs() { return qint64(3600) * 1000; }
    static constexpr qint64 maximumSpanMs() { return qint64(3652425) * 24 * 3600 * 1000; } // 10000 years

    qint64 windowStart() const { return m_start; }
    qint64 windowEnd() const { return m_end; }
    qint64 windowSpan() const { return m_end - m_start; }

    // The extent of the data: what fitAll() shows (with a margin).
    qint64 contentStart() const { return m_contentStart; }
    qint64 contentEnd() const { return m_contentEnd; }
    void setContentRange(qint64 start, qint64 end);

    // Shows [start, end], widened or narrowed about its middle to respect the span limits.
    void setWindow(qint64 start, qint64 end);

    // Multiplies the span by factor (< 1 zooms in) keeping the instant `anchorMs` at the same fraction of the
    // window, i.e. under the same pixel: the time under the cursor stays under the cursor.
    void zoomAt(qint64 anchorMs, double factor);
    void zoomIn() { zoomAt(m_start + windowSpan() / 2, 1.0 / stepFactor); }
    void zoomOut() { zoomAt(m_start + windowSpan() / 2, stepFactor); }
    void pan(qint64 deltaMs);
    // Centres the window on ms without changing the span.
    void centerOn(qint64 ms);
    void fitAll();
    // Shows [start, end] with a margin on both sides (a point gets a one-day window around it).
    void zoomTo(qint64 start, qint64 end);

    static constexpr double stepFactor = 1.5; // one +/- key press or wheel notch of 120

signals:
    void windowChanged(qint64 start, qint64 end);
    void contentRangeChanged(qint64 start, qint64 end);

private:
    void apply(qint64 start, qint64 end);

    qint64 m_start = 0;
    qint64 m_end = 0;
    qint64 m_contentStart = 0;
    qint64 m_contentEnd = 0;
};

} // namespace annals::timeline
