#include "time_geometry.h"

#include <algorithm>
#include <cmath>

namespace annals::timeline {

namespace {
constexpr qint64 unixEpochJulianDay = 2440588;

qint64 floorDiv(qint64 a, qint64 b) {
    const qint64 q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}
} // namespace

qint64 dayStartMs(QDate date) {
    return (date.toJulianDay() - unixEpochJulianDay) * msPerDay;
}

QDate dateOfMs(qint64 ms) {
    return QDate::fromJulianDay(floorDiv(ms, msPerDay) + unixEpochJulianDay);
}

TimeGeometry::TimeGeometry(qint64 startMs, qint64 endMs, double left, double width)
    : m_startMs(startMs)
    , m_endMs(std::max(endMs, startMs + 1)) // an empty window would divide by zero
    , m_left(left)
    , m_width(std::max(width, 1.0))
    , m_pixelsPerMs(m_width / double(m_endMs - m_startMs)) {}

qint64 TimeGeometry::pixelToTime(double x) const {
    return m_startMs + std::llround((x - m_left) / m_pixelsPerMs);
}

} // namespace annals::timeline
