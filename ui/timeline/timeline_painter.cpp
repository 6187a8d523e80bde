#include "timeline_painter.h"

#include "model/calendar_words.h"

#include "date_words.h"

#include <QFontMetricsF>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QStaticText>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace annals::timeline {

namespace {

constexpr double outerMargin = 12;
constexpr double spanAlpha = 0.5;          // a span's solid middle
constexpr double densestBadgeAlpha = 0.66; // the fill of the frame's densest cluster badge

QColor mix(const QColor &a, const QColor &b, double t) // t = 0 gives a, 1 gives b
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

bool isDark(const QPalette &palette) {
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor ink(const QPalette &p) {
    return p.color(QPalette::Text);
}
QColor paper(const QPalette &p) {
    return p.color(QPalette::Base);
}
QColor muted(const QPalette &p) {
    return mix(ink(p), paper(p), 0.42);
}
QColor faintGrid(const QPalette &p) {
    return mix(ink(p), paper(p), 0.91);
}
QColor strongGrid(const QPalette &p) {
    return mix(ink(p), paper(p), 0.75);
}

// Relative luminance and contrast ratio as WCAG 2 defines them.
double luminance(const QColor &c) {
    const auto linear = [](float v) {
        return v <= 0.04045f ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
}
double contrast(const QColor &a, const QColor &b) {
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// `color` at `alpha`, or fainter where that would leave ink on it (span labels, cluster counts) below a
// 4.5:1 contrast, as WCAG asks of text: light lane colours on a dark background would wash the ink out.
QColor fillUnderInk(const QColor &color, double alpha, const QColor &background, const QColor &ink) {
    constexpr double readable = 4.5;
    while (alpha > 0.1 && contrast(ink, mix(background, color, alpha)) < readable)
        alpha -= 0.05;
    QColor fill = color;
    fill.setAlphaF(float(alpha));
    return fill;
}

// Odd lanes are banded, a shade off the background.
QColor laneBackground(int lane, const QPalette &pal) {
    return lane % 2 == 1 ? mix(paper(pal), ink(pal), isDark(pal) ? 0.06 : 0.035) : paper(pal);
}

QFont titleFont(const QFont &base) {
    QFont f = base;
    f.setBold(true);
    if (base.pixelSize() > 0)
        f.setPixelSize(base.pixelSize() * 3 / 2);
    else
        f.setPointSizeF(base.pointSizeF() * 1.5);
    return f;
}

QFont boldFont(const QFont &base) {
    QFont f = base;
    f.setBold(true);
    return f;
}

TextWidthFunction widthOf(const QFont &font) {
    return [metrics = QFontMetricsF(font)](const QString &text) { return metrics.horizontalAdvance(text); };
}

QString rangeText(qint64 startMs, qint64 endMs) {
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    const QDate a = dateOfMs(startMs);
    const QDate b = dateOfMs(endMs);
    // The years by hand: QLocale writes 480 BC as "-480".
    return english.toString(a, u"d MMM "_s) + yearText(a.year()) + u" – "_s +
           english.toString(b, u"d MMM "_s) + yearText(b.year());
}

void drawDiamond(QPainter &p, const QRectF &r) {
    const QPointF c = r.center();
    const double h = r.width() / 2 + 1;
    const QPointF points[] = {{c.x(), c.y() - h}, {c.x() + h, c.y()}, {c.x(), c.y() + h}, {c.x() - h, c.y()}};
    p.drawPolygon(points, 4);
}

// A span's honest uncertainty: solid in the middle (`solid`, translucent), fading out at both ends.
void drawSoftSpan(QPainter &p, const QRectF &r, const QColor &solid) {
    const double fade = std::min(r.width() * 0.3, 28.0);
    QLinearGradient gradient(r.left(), 0, r.right(), 0);
    QColor clear = solid;
    clear.setAlphaF(0.0f);
    const double f = r.width() > 0 ? fade / r.width() : 0.5;
    gradient.setColorAt(0, clear);
    gradient.setColorAt(f, solid);
    gradient.setColorAt(1 - f, solid);
    gradient.setColorAt(1, clear);
    p.setPen(Qt::NoPen);
    p.setBrush(gradient);
    p.drawRoundedRect(r, r.height() / 2, r.height() / 2);
}

void drawPoint(QPainter &p, const QRectF &r, const QColor &color, annals::Granularity granularity,
               const QColor &outline) {
    p.setPen(QPen(outline, 1.5));
    p.setBrush(color);
    if (granularity == annals::Granularity::Time)
        drawDiamond(p, r);
    else
        p.drawEllipse(r);
}

// Raster targets draw dots and diamonds from small cached sprites (a path per mark costs far more); vector
// targets (SVG, PDF) get real shapes.
bool isRasterTarget(const QPainter &p) {
    const int type = p.device() ? p.device()->devType() : 0;
    return type == QInternal::Image || type == QInternal::Pixmap || type == QInternal::Widget;
}

const QPixmap &pointSprite(const QColor &color, const QColor &outline, annals::Granularity granularity,
                           double radius, double dpr) {
    static QHash<QString, QPixmap> sprites;
    const bool diamond = granularity == annals::Granularity::Time;
    const QString key = color.name(QColor::HexArgb) + outline.name(QColor::HexArgb) +
                        (diamond ? u'd' : u'o') + QString::number(radius) + u'@' + QString::number(dpr);
    auto it = sprites.find(key);
    if (it == sprites.end()) {
        if (sprites.size() > 512)
            sprites.clear();
        const double side = 2 * radius + 4; // room for the outline and the diamond's points
        QPixmap sprite(QSize(int(std::ceil(side * dpr)), int(std::ceil(side * dpr))));
        sprite.setDevicePixelRatio(dpr);
        sprite.fill(Qt::transparent);
        QPainter sp(&sprite);
        sp.setRenderHint(QPainter::Antialiasing, true);
        drawPoint(sp, QRectF(2, 2, 2 * radius, 2 * radius), color, granularity, outline);
        sp.end();
        it = sprites.insert(key, sprite);
    }
    return it.value();
}

void paintTitle(QPainter &p, const TimelineFrame &frame, const TimelineStyle &style) {
    if (frame.titleRect.isEmpty())
        return;
    const QFont big = titleFont(style.font);
    const QString range = rangeText(frame.geometry.startMs(), frame.geometry.endMs());
    const double rangeWidth = QFontMetricsF(style.font).horizontalAdvance(range);
    p.setFont(big);
    p.setPen(ink(style.palette));
    const QRectF titleArea = frame.titleRect.adjusted(0, 0, -(rangeWidth + 24), 0);
    p.drawText(titleArea, Qt::AlignLeft | Qt::AlignVCenter,
               QFontMetricsF(big).elidedText(style.title, Qt::ElideRight, titleArea.width()));
    p.setFont(style.font);
    p.setPen(muted(style.palette));
    p.drawText(frame.titleRect, Qt::AlignRight | Qt::AlignVCenter, range);
}

void paintLanes(QPainter &p, const TimelineFrame &frame, const TimelineLayout &layout,
                const TimelineStyle &style) {
    const QPalette &pal = style.palette;
    const QRectF band =
        frame.laneLabelRect.isEmpty() ? frame.plotRect : frame.plotRect.united(frame.laneLabelRect);
    p.save();
    p.setClipRect(band);
    for (const LaneBox &box : frame.marks.lanes) {
        const QRectF row(band.left(), box.rect.top(), band.width(), box.rect.height());
        if (box.lane % 2 == 1)
            p.fillRect(row, laneBackground(box.lane, pal));
        p.setPen(QPen(faintGrid(pal), 1));
        p.drawLine(QPointF(band.left(), row.bottom()), QPointF(band.right(), row.bottom()));
    }
    if (!frame.laneLabelRect.isEmpty()) {
        const QFont bold = boldFont(style.font);
        const QFontMetricsF metrics(bold);
        p.setFont(bold);
        for (const LaneBox &box : frame.marks.lanes) {
            const QRectF cell(frame.laneLabelRect.left() + 8, box.rect.top(),
                              frame.laneLabelRect.width() - 16, box.rect.height());
            // A swatch in the lane's colour ties the name to its marks.
            p.fillRect(QRectF(frame.laneLabelRect.left(), box.rect.top() + 4, 3, box.rect.height() - 8),
                       laneColor(box.lane, pal));
            p.setPen(ink(pal));
            const QString title = layout.lanes()[size_t(box.lane)].title;
            p.drawText(cell, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
                       metrics.elidedText(title, Qt::ElideRight, cell.width() * 2 - 8));
        }
        p.setPen(QPen(strongGrid(pal), 1));
        p.drawLine(frame.laneLabelRect.topRight(), QPointF(frame.laneLabelRect.right(), band.bottom()));
    }
    p.restore();
}

void paintAxis(QPainter &p, const TimelineFrame &frame, const TimelineStyle &style) {
    const QPalette &pal = style.palette;
    const QRectF &axis = frame.axisRect;
    const QRectF &plot = frame.plotRect;
    const double middle = axis.top() + axis.height() / 2;
    p.save();
    p.setClipRect(QRectF(plot.left(), axis.top(), plot.width(), plot.bottom() - axis.top()));
    // Grid: faint lines at minor ticks, stronger ones at major ticks, through the plot. Opaque one-pixel
    // rectangles take the raster engine's fastest path.
    const QColor faint = faintGrid(pal);
    for (const AxisTick &tick : frame.axis.minorTicks)
        p.fillRect(QRectF(std::floor(tick.x), middle, 1, plot.bottom() - middle), faint);
    const QColor strong = strongGrid(pal);
    for (const AxisTick &tick : frame.axis.majorTicks)
        p.fillRect(QRectF(std::floor(tick.x), axis.top(), 1, plot.bottom() - axis.top()), strong);
    p.restore();

    p.save();
    p.setClipRect(QRectF(plot.left(), axis.top(), plot.width(), axis.height()));
    p.setFont(boldFont(style.font));
    p.setPen(ink(pal));
    const QRectF majorRow(plot.left(), axis.top(), plot.width(), axis.height() / 2);
    for (const AxisLabel &label : frame.axis.majorLabels)
        p.drawText(QRectF(label.x, majorRow.top(), label.width + 2, majorRow.height()),
                   Qt::AlignLeft | Qt::AlignVCenter, label.text);
    p.setFont(style.font);
    p.setPen(muted(pal));
    const QRectF minorRow(plot.left(), middle, plot.width(), axis.height() / 2);
    for (const AxisLabel &label : frame.axis.minorLabels)
        p.drawText(QRectF(label.x, minorRow.top(), label.width + 2, minorRow.height()),
                   Qt::AlignLeft | Qt::AlignVCenter, label.text);
    p.restore();
    p.setPen(QPen(strongGrid(pal), 1));
    p.drawLine(
        QPointF(frame.laneLabelRect.isEmpty() ? plot.left() : frame.laneLabelRect.left(), axis.bottom()),
        QPointF(plot.right(), axis.bottom()));
}

void paintMarks(QPainter &p, const TimelineFrame &frame, const TimelineLayout &layout,
                const TimelineStyle &style) {
    const QPalette &pal = style.palette;
    p.save();
    p.setClipRect(frame.plotRect);
    p.setRenderHint(QPainter::Antialiasing, true);
    const auto &items = layout.items();
    struct LaneFills {
        QColor span;
        double densestBadge = densestBadgeAlpha;
    };
    QHash<int, LaneFills> laneFills; // the contrast checks run once per lane and frame, not once per mark
    const auto fillsOf = [&](int lane) -> const LaneFills & {
        auto it = laneFills.constFind(lane);
        if (it == laneFills.cend()) {
            const QColor color = laneColor(lane, pal);
            const QColor background = laneBackground(lane, pal);
            it = laneFills.insert(lane,
                                  {fillUnderInk(color, spanAlpha, background, ink(pal)),
                                   fillUnderInk(color, densestBadgeAlpha, background, ink(pal)).alphaF()});
        }
        return *it;
    };
    // Spans first, so that points are never hidden under them.
    for (const PlacedMark &mark : frame.marks.marks) {
        const TimelineItem &item = items.at(mark.item);
        if (item.isSpan()) {
            QRectF r = mark.markRect;
            // Keep gradients numerically sane for spans far wider than the picture.
            r.setLeft(std::max(r.left(), frame.plotRect.left() - 40));
            r.setRight(std::min(r.right(), frame.plotRect.right() + 40));
            drawSoftSpan(p, r, fillsOf(mark.lane).span);
        }
    }
    const bool raster = isRasterTarget(p);
    const double dpr = p.device() ? p.device()->devicePixelRatioF() : 1.0;
    for (const PlacedMark &mark : frame.marks.marks) {
        const TimelineItem &item = items.at(mark.item);
        if (item.isSpan())
            continue;
        if (raster)
            p.drawPixmap(mark.markRect.topLeft() - QPointF(2, 2),
                         pointSprite(laneColor(mark.lane, pal), paper(pal), item.granularity,
                                     mark.markRect.width() / 2, dpr));
        else
            drawPoint(p, mark.markRect, laneColor(mark.lane, pal), item.granularity, paper(pal));
    }
    // Clusters: shade by density, with the count.
    int densest = 1;
    for (const ClusterMark &cluster : frame.marks.clusters)
        densest = std::max(densest, cluster.count);
    const QFont small = boldFont(style.font);
    p.setFont(small);
    const QFontMetricsF smallMetrics(small);
    QHash<int, QStaticText> counts; // the same counts recur across clusters: lay each out once
    for (const ClusterMark &cluster : frame.marks.clusters) {
        const QColor color = laneColor(cluster.lane, pal);
        const double weight = std::log1p(double(cluster.count)) / std::log1p(double(densest));
        QColor fill = color;
        fill.setAlphaF(float(std::min(fillsOf(cluster.lane).densestBadge, 0.16 + 0.5 * weight)));
        // Square, pixel-aligned badges: crisp, and far cheaper than anti-aliased curves at a thousand a
        // frame.
        const QRectF badge(std::round(cluster.rect.left()), std::round(cluster.rect.top()),
                           std::round(cluster.rect.width()), std::round(cluster.rect.height()));
        p.setRenderHint(QPainter::Antialiasing, false);
        p.fillRect(badge, fill);
        p.setPen(QPen(color, 1));
        p.setBrush(Qt::NoBrush);
        p.drawRect(badge.adjusted(0, 0, -1, -1));
        auto text = counts.find(cluster.count);
        if (text == counts.end()) {
            text = counts.insert(cluster.count, QStaticText(compactCount(cluster.count)));
            text->setTextFormat(Qt::PlainText);
            text->prepare(QTransform(), small);
        }
        const QSizeF size = text->size();
        if (size.width() + 4 <= cluster.rect.width()) {
            p.setPen(ink(pal));
            p.drawStaticText(cluster.rect.center() - QPointF(size.width() / 2, size.height() / 2), *text);
        }
    }
    p.setFont(style.font);
    p.setPen(ink(pal));
    const QFontMetricsF metrics(style.font);
    for (const PlacedMark &mark : frame.marks.marks) {
        if (mark.labelRect.isEmpty())
            continue;
        const QString &label = items.at(mark.item).label;
        const bool fits = mark.labelWidth <= mark.labelRect.width() + 0.5;
        p.drawText(mark.labelRect, Qt::AlignLeft | Qt::AlignVCenter,
                   fits ? label : metrics.elidedText(label, Qt::ElideRight, mark.labelRect.width() + 0.5));
    }
    if (layout.isEmpty()) {
        p.setPen(muted(pal));
        p.drawText(frame.plotRect, Qt::AlignCenter, QObject::tr("No dated events to show"));
    }
    p.restore();
}

void paintLegend(QPainter &p, const TimelineFrame &frame, const TimelineStyle &style) {
    if (frame.legendRect.isEmpty())
        return;
    const QPalette &pal = style.palette;
    const QFontMetricsF metrics(style.font);
    const QColor sample = laneColor(0, pal);
    const double cy = frame.legendRect.center().y();
    const double r = style.metrics.markRadius;
    double x = frame.legendRect.left();
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setFont(style.font);
    auto caption = [&](const QString &text) {
        p.setPen(muted(pal));
        const double w = metrics.horizontalAdvance(text);
        p.drawText(QRectF(x, frame.legendRect.top(), w + 2, frame.legendRect.height()),
                   Qt::AlignLeft | Qt::AlignVCenter, text);
        x += w + 22;
    };
    drawPoint(p, QRectF(x, cy - r, 2 * r, 2 * r), sample, annals::Granularity::Day, paper(pal));
    x += 2 * r + 6;
    caption(QObject::tr("day"));
    drawPoint(p, QRectF(x, cy - r, 2 * r, 2 * r), sample, annals::Granularity::Time, paper(pal));
    x += 2 * r + 6;
    caption(QObject::tr("time of day"));
    drawSoftSpan(p, QRectF(x, cy - style.metrics.spanHeight / 2, 56, style.metrics.spanHeight),
                 fillUnderInk(sample, spanAlpha, paper(pal), ink(pal)));
    x += 62;
    caption(QObject::tr("week, month, quarter or year (uncertain span)"));
    const QColor fill = fillUnderInk(sample, 0.4, paper(pal), ink(pal));
    p.setPen(QPen(sample, 1));
    p.setBrush(fill);
    const QRectF clusterSample(std::round(x), std::round(cy - 9), 26, 18);
    p.setRenderHint(QPainter::Antialiasing, false);
    p.fillRect(clusterSample, fill);
    p.drawRect(clusterSample.adjusted(0, 0, -1, -1));
    p.setPen(ink(pal));
    p.setFont(boldFont(style.font));
    p.drawText(clusterSample, Qt::AlignCenter, u"12"_s);
    p.setFont(style.font);
    x += 32;
    caption(QObject::tr("events too close to tell apart: zoom in"));
    p.restore();
}

void paintSelection(QPainter &p, const TimelineFrame &frame, const TimelineLayout &layout,
                    const TimelineStyle &style) {
    if (style.selectedEventId.isEmpty())
        return;
    const int index = layout.indexOf(style.selectedEventId);
    if (index < 0)
        return;
    const TimelineItem &item = layout.items().at(index);
    const QPalette &pal = style.palette;
    const QColor highlight = pal.color(QPalette::Highlight);
    const QRectF &plot = frame.plotRect;
    const double x0 = frame.geometry.timeToPixel(item.startMs);
    const double x1 = frame.geometry.timeToPixel(item.endMs);
    if (x1 < plot.left() - 1 || x0 > plot.right() + 1)
        return;

    p.save();
    p.setClipRect(plot.united(frame.axisRect));
    p.setRenderHint(QPainter::Antialiasing, true);
    // Guides at the start and end of the event, through the axis, so its date can be read off.
    QPen guide(highlight, 1, Qt::DashLine);
    p.setPen(guide);
    p.drawLine(QPointF(x0, frame.axisRect.top()), QPointF(x0, plot.bottom()));
    if (item.isSpan())
        p.drawLine(QPointF(x1, frame.axisRect.top()), QPointF(x1, plot.bottom()));

    QRectF anchor(x0 - 6, plot.top() + 4, 12, 12);
    for (const PlacedMark &mark : frame.marks.marks) {
        if (mark.item == index) {
            anchor = mark.markRect.adjusted(-4, -4, 4, 4);
            p.setPen(QPen(highlight, 2.5));
            p.setBrush(Qt::NoBrush);
            p.drawRoundedRect(anchor, anchor.height() / 2, anchor.height() / 2);
            break;
        }
    }
    p.restore();

    // The caption: what, when (in words, with the precision), and where it was read.
    const QFont bold = boldFont(style.font);
    const QFontMetricsF boldMetrics(bold);
    const QFontMetricsF metrics(style.font);
    const QString when = item.dateText + u" · "_s + describePrecision(item.granularity);
    const double maxWidth = std::min(440.0, plot.width() - 8);
    const double width = std::min(
        maxWidth, std::max({boldMetrics.horizontalAdvance(item.label), metrics.horizontalAdvance(when),
                            metrics.horizontalAdvance(item.source)}) +
                      20);
    const double height = boldMetrics.height() + 2 * metrics.height() + 16;
    double left = std::clamp(anchor.center().x() - width / 2, plot.left() + 4,
                             std::max(plot.left() + 4, plot.right() - width - 4));
    double top = anchor.bottom() + 8;
    if (top + height > plot.bottom() - 2)
        top = std::max(plot.top() + 2, anchor.top() - 8 - height);
    const QRectF box(left, top, width, height);
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    QColor shadow = Qt::black;
    shadow.setAlphaF(isDark(pal) ? 0.5f : 0.12f);
    p.setPen(Qt::NoPen);
    p.setBrush(shadow);
    p.drawRoundedRect(box.translated(0, 2), 6, 6);
    p.setBrush(pal.color(QPalette::ToolTipBase).isValid() && !isDark(pal) ? paper(pal)
                                                                          : mix(paper(pal), ink(pal), 0.08));
    p.setPen(QPen(highlight, 1.5));
    p.drawRoundedRect(box, 6, 6);
    const QRectF text = box.adjusted(10, 8, -10, -8);
    p.setFont(bold);
    p.setPen(ink(pal));
    p.drawText(QRectF(text.left(), text.top(), text.width(), boldMetrics.height()),
               Qt::AlignLeft | Qt::AlignVCenter,
               boldMetrics.elidedText(item.label, Qt::ElideRight, text.width()));
    p.setFont(style.font);
    p.drawText(QRectF(text.left(), text.top() + boldMetrics.height(), text.width(), metrics.height()),
               Qt::AlignLeft | Qt::AlignVCenter, metrics.elidedText(when, Qt::ElideRight, text.width()));
    p.setPen(muted(pal));
    p.drawText(QRectF(text.left(), text.top() + boldMetrics.height() + metrics.height(), text.width(),
                      metrics.height()),
               Qt::AlignLeft | Qt::AlignVCenter,
               metrics.elidedText(item.source, Qt::ElideRight, text.width()));
    p.restore();
}

} // namespace

QColor laneColor(int lane, const QPalette &palette) {
    // Hues far apart on the wheel, in an order that keeps neighbouring lanes distinct.
    static const int hues[] = {212, 28, 145, 280, 354, 48, 185, 320, 95, 250};
    const int hue = hues[std::abs(lane) % int(std::size(hues))];
    return isDark(palette) ? QColor::fromHsl(hue, 170, 165) : QColor::fromHsl(hue, 165, 100);
}

QString compactCount(int count) {
    if (count < 1000)
        return QString::number(count);
    if (count < 10000)
        return QString::number(count / 1000.0, 'f', 1) + u'k';
    if (count < 1000000)
        return QString::number(count / 1000) + u'k';
    return QString::number(count / 1000000.0, 'f', 1) + u'M';
}

TimelineFrame composeFrame(const TimelineLayout &layout, const QRectF &bounds, qint64 startMs, qint64 endMs,
                           const TimelineStyle &style, double verticalOffset) {
    TimelineFrame frame;
    frame.bounds = bounds;
    frame.verticalOffset = verticalOffset;
    const QFontMetricsF metrics(style.font);
    const double line = metrics.height();
    QRectF rest = bounds.adjusted(outerMargin, outerMargin / 2, -outerMargin, -outerMargin / 2);
    if (!style.title.isEmpty()) {
        const double h = QFontMetricsF(titleFont(style.font)).height() + 12;
        frame.titleRect = QRectF(rest.left(), rest.top(), rest.width(), h);
        rest.setTop(rest.top() + h);
    }
    if (style.showLegend) {
        const double h = line + 14;
        frame.legendRect = QRectF(rest.left(), rest.bottom() - h, rest.width(), h);
        rest.setBottom(rest.bottom() - h);
    }
    const double axisHeight = 2 * line + 12;
    const bool nameLanes = layout.grouping() != Grouping::None && !layout.lanes().empty();
    double labelColumn = 0;
    if (nameLanes) {
        const QFontMetricsF bold(boldFont(style.font));
        double widest = 0;
        for (const Lane &lane : layout.lanes())
            widest = std::max(widest, bold.horizontalAdvance(lane.title));
        labelColumn = std::clamp(widest + 24, 90.0, std::max(90.0, rest.width() * 0.2));
    }
    const double plotLeft = rest.left() + labelColumn;
    frame.axisRect = QRectF(plotLeft, rest.top(), rest.width() - labelColumn, axisHeight);
    frame.plotRect = QRectF(plotLeft, rest.top() + axisHeight, rest.width() - labelColumn,
                            std::max(10.0, rest.height() - axisHeight));
    if (nameLanes)
        frame.laneLabelRect = QRectF(rest.left(), frame.plotRect.top(), labelColumn, frame.plotRect.height());
    frame.geometry = TimeGeometry(startMs, endMs, frame.plotRect.left(), frame.plotRect.width());
    const TextWidthFunction width = widthOf(style.font);
    frame.axis = computeAxisTicks(frame.geometry, width, 8, widthOf(boldFont(style.font)));
    frame.marks = layoutFrame(layout, frame.geometry, frame.plotRect, width, style.metrics, verticalOffset);
    return frame;
}

void paintTimeline(QPainter &painter, const TimelineFrame &frame, const TimelineLayout &layout,
                   const TimelineStyle &style, PaintLayer layers) {
    painter.save();
    if (int(layers) & int(PaintLayer::Base)) {
        painter.fillRect(frame.bounds, paper(style.palette));
        paintTitle(painter, frame, style);
        paintLanes(painter, frame, layout, style);
        paintAxis(painter, frame, style);
        paintMarks(painter, frame, layout, style);
        paintLegend(painter, frame, style);
    }
    if (int(layers) & int(PaintLayer::Selection))
        paintSelection(painter, frame, layout, style);
    painter.restore();
}

void paintTimeline(QPainter &painter, const QRectF &bounds, const TimelineLayout &layout, qint64 startMs,
                   qint64 endMs, const TimelineStyle &style) {
    paintTimeline(painter, composeFrame(layout, bounds, startMs, endMs, style), layout, style);
}

} // namespace annals::timeline
