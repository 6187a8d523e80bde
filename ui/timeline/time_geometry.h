#pragma once

#include <QDate>
#include <QtGlobal>

namespace annals::timeline {

constexpr qint64 msPerHour = qint64(3600) * 1000;
constexpr qint64 msPerDay = 24 * msPerHour;

// UTC milliseconds since the epoch at 00:00 of a calendar day, and back (the day containing ms).
qint64 dayStartMs(QDate date);
QDate dateOfMs(qint64 ms);

// Maps a visible time window [startMs, endMs] onto pixels [left, left + width].
// This one mapping serves painting, hit-testing and export, so they can never disagree.
class TimeGeometry {
public:
    TimeGeometry() = default;
    TimeGeometry(qint64 startMs, qint64 endMs, double left, double width);

    double timeToPixel(qint64 ms) const { return m_left + double(ms - m_startMs) * m_pixelsPerMs; }
    double timeToPixel(double ms) const { return m_left + (ms - double(m_startMs)) * m_pixelsPerMs; }
    qint64 pixelToTime(double x) const; // nearest millisecond

    qint64 startMs() const { return m_startMs; }
    qint64 endMs() const { return m_endMs; }
    qint64 spanMs() const { return m_endMs - m_startMs; }
    double left() const { return m_left; }
    double width() const { return m_width; }
    double right() const { return m_left + m_width; }
    double pixelsPerMs() const { return m_pixelsPerMs; }
    double msPerPixel() const { return 1.0 / m_pixelsPerMs; }

private:
    qint64 m_startMs = 0;
    qint64 m_endMs = 1;
    double m_left = 0;
    double m_width = 1;
    double m_pixelsPerMs = 1;
};

} // namespace annals::timeline
