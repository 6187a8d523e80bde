#include "undated_icon.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace annals::ui {

namespace {

QPixmap paintedWarning(int size, const QPalette &palette) {
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const double s = size;
    QPainterPath triangle;
    triangle.moveTo(s / 2, s * 0.08);
    triangle.lineTo(s * 0.95, s * 0.9);
    triangle.lineTo(s * 0.05, s * 0.9);
    triangle.closeSubpath();
    painter.fillPath(triangle, palette.color(QPalette::Highlight));
    QPen pen(palette.color(QPalette::HighlightedText), std::max(1.5, s / 9), Qt::SolidLine, Qt::RoundCap);
    painter.setPen(pen);
    painter.drawLine(QPointF(s / 2, s * 0.36), QPointF(s / 2, s * 0.6));
    painter.drawPoint(QPointF(s / 2, s * 0.76));
    return pixmap;
}

} // namespace

QIcon undatedIcon() {
    const QIcon themed = QIcon::fromTheme(u"dialog-warning"_s);
    if (!themed.isNull())
        return themed;
    const QPalette palette = QGuiApplication::palette();
    QIcon icon;
    for (int size : {16, 24, 32, 48})
        icon.addPixmap(paintedWarning(size, palette));
    return icon;
}

} // namespace annals::ui
