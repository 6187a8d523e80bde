#include "zoom_control.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>

namespace annals::timeline {

namespace {
constexpr qint64 dayMs = qint64(24) * 3600 * 1000;
}

ZoomControl::ZoomControl(QObject *parent)
    : QObject(parent) {
    // Until data arrives, show the current month so that an empty timeline still has a sensible axis.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_contentStart = now - 15 * dayMs;
    m_contentEnd = now + 15 * dayMs;
    m_start = m_contentStart;
    m_end = m_contentEnd;
}

void ZoomControl::setContentRange(qint64 start, qint64 end) {
    if (end < start)
        std::swap(start, end);
    if (start == m_contentStart && end == m_contentEnd)
        return;
    m_contentStart = start;
    m_contentEnd = end;
    emit contentRangeChanged(start, end);
}

void ZoomControl::apply(qint64 start, qint64 end) {
    if (start == m_start && end == m_end)
        return;
    m_start = start;
    m_end = end;
    emit windowChanged(start, end);
}

void ZoomControl::setWindow(qint64 start, qint64 end) {
    if (end < start)
        std::swap(start, end);
    const qint64 span = end - start;
    const qint64 clamped = std::clamp(span, minimumSpanMs(), maximumSpanMs());
    if (clamped != span) {
        const qint64 middle = start + span / 2;
        start = middle - clamped / 2;
        end = start + clamped;
    }
    apply(start, end);
}

void ZoomControl::zoomAt(qint64 anchorMs, double factor) {
    if (!(factor > 0) || !std::isfinite(factor))
        return;
    const qint64 span = windowSpan();
    // Clamped as a double first: a huge factor must not overflow the integer conversion.
    const double wanted = std::clamp(double(span) * factor, double(minimumSpanMs()), double(maximumSpanMs()));
    const qint64 newSpan = std::llround(wanted);
    if (newSpan == span)
        return;
    // The anchor keeps its fraction of the window; computed from the old offsets so that it stays exact.
    const double fraction = double(anchorMs - m_start) / double(span);
    const qint64 start = anchorMs - std::llround(fraction * double(newSpan));
    apply(start, start + newSpan);
}

void ZoomControl::pan(qint64 deltaMs) {
    apply(m_start + deltaMs, m_end + deltaMs);
}

void ZoomControl::centerOn(qint64 ms) {
    const qint64 span = windowSpan();
    apply(ms - span / 2, ms - span / 2 + span);
}

void ZoomControl::fitAll() {
    zoomTo(m_contentStart, m_contentEnd);
}

void ZoomControl::zoomTo(qint64 start, qint64 end) {
    if (end < start)
        std::swap(start, end);
    qint64 span = end - start;
    if (span == 0) { // a single point: a day around it
        setWindow(start - dayMs / 2, start + dayMs / 2);
        return;
    }
    const qint64 margin = std::max<qint64>(span / 20, minimumSpanMs() / 10);
    setWindow(start - margin, end + margin);
}

} // namespace annals::timeline
