#include "image_export.h"

#include "palettes.h"
#include "zoom_control.h"

#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QImageWriter>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

using namespace Qt::StringLiterals;

namespace annals::timeline {

std::optional<ExportFormat> exportFormatForFile(const QString &fileName) {
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == u"png")
        return ExportFormat::Png;
    if (suffix == u"svg")
        return ExportFormat::Svg;
    if (suffix == u"pdf")
        return ExportFormat::Pdf;
    return std::nullopt;
}

TimelineStyle exportStyle(bool dark) {
    TimelineStyle style;
    QFont font(u"DejaVu Sans"_s);
    if (!QFontDatabase::families().contains(font.family()))
        font = QGuiApplication::font();
    font.setPixelSize(13);
    style.font = font;
    QPalette palette;
    if (dark) {
        palette = darkPalette();
    } else {
        palette.setColor(QPalette::Base, Qt::white);
        palette.setColor(QPalette::Window, QColor(0xf3, 0xf3, 0xf3));
        palette.setColor(QPalette::Text, QColor(0x20, 0x20, 0x20));
        palette.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
        palette.setColor(QPalette::Highlight, QColor(0x1f, 0x6f, 0xd0));
    }
    style.palette = palette;
    return style;
}

QSize fittedExportSize(const TimelineLayout &layout, const TimelineStyle &style, int width) {
    const int lanes = std::max<int>(1, int(layout.lanes().size()));
    const double laneHeight = 4 * style.metrics.rowHeight + 2 * style.metrics.lanePadding;
    return {width, std::clamp(int(170 + lanes * laneHeight), 320, 8000)};
}

QPair<qint64, qint64> exportWindow(const TimelineLayout &layout, const ExportOptions &options) {
    ZoomControl zoom; // the same margins and limits as "fit all" on screen
    if (options.wholeTimeline || options.endMs <= options.startMs) {
        zoom.setContentRange(layout.contentStart(), layout.contentEnd());
        if (layout.isEmpty())
            return {zoom.windowStart(), zoom.windowEnd()};
        zoom.fitAll();
    } else {
        zoom.setWindow(options.startMs, options.endMs);
    }
    return {zoom.windowStart(), zoom.windowEnd()};
}

QImage renderTimelineImage(const TimelineLayout &layout, const ExportOptions &options) {
    const double scale = options.scale > 0 ? options.scale : 1.0;
    const QSize logical = options.size.expandedTo(QSize(200, 120));
    QImage image(QSize(qRound(logical.width() * scale), qRound(logical.height() * scale)),
                 QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(options.style.palette.color(QPalette::Base));
    const auto [start, end] = exportWindow(layout, options);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    paintTimeline(painter, QRectF(QPointF(0, 0), QSizeF(logical)), layout, start, end, options.style);
    return image;
}

bool exportTimeline(const TimelineLayout &layout, const ExportOptions &options, const QString &fileName,
                    QString *errorMessage) {
    auto fail = [&](const QString &why) {
        if (errorMessage)
            *errorMessage = fileName + u": "_s + why;
        return false;
    };
    const std::optional<ExportFormat> format = exportFormatForFile(fileName);
    if (!format)
        return fail(QObject::tr("unknown image format (use .png, .svg or .pdf)"));
    const QSize logical = options.size.expandedTo(QSize(200, 120));
    const auto [start, end] = exportWindow(layout, options);
    const QRectF bounds(QPointF(0, 0), QSizeF(logical));

    switch (*format) {
    case ExportFormat::Png: {
        const QImage image = renderTimelineImage(layout, options);
        QImageWriter writer(fileName, "png");
        if (!writer.write(image))
            return fail(writer.errorString());
        return true;
    }
    case ExportFormat::Svg: {
        QFile probe(fileName); // QSvgGenerator reports no errors: check the file can be written first
        if (!probe.open(QIODevice::WriteOnly))
            return fail(probe.errorString());
        probe.close();
        QSvgGenerator generator;
        generator.setFileName(fileName);
        generator.setSize(logical);
        generator.setViewBox(bounds);
        generator.setTitle(options.style.title.isEmpty() ? u"Annals timeline"_s : options.style.title);
        generator.setDescription(QObject::tr("Timeline of dated events, made by Annals"));
        QPainter painter;
        if (!painter.begin(&generator))
            return fail(QObject::tr("cannot write SVG"));
        paintTimeline(painter, bounds, layout, start, end, options.style);
        painter.end();
        return true;
    }
    case ExportFormat::Pdf: {
        QFile probe(fileName);
        if (!probe.open(QIODevice::WriteOnly))
            return fail(probe.errorString());
        probe.close();
        QPdfWriter writer(fileName);
        writer.setTitle(options.style.title.isEmpty() ? u"Annals timeline"_s : options.style.title);
        writer.setCreator(u"Annals"_s);
        writer.setResolution(96);
        // A page exactly the picture's size (in points at 96 dpi), no margins: the PDF looks like the PNG.
        writer.setPageSize(QPageSize(QSizeF(logical.width() * 72.0 / 96.0, logical.height() * 72.0 / 96.0),
                                     QPageSize::Point, QString(), QPageSize::ExactMatch));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter;
        if (!painter.begin(&writer))
            return fail(QObject::tr("cannot write PDF"));
        const QRect device = painter.viewport();
        painter.scale(device.width() / bounds.width(), device.height() / bounds.height());
        paintTimeline(painter, bounds, layout, start, end, options.style);
        painter.end();
        return true;
    }
    }
    return fail(QObject::tr("unknown image format"));
}

} // namespace annals::timeline
