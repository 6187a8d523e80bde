#pragma once

#include "timeline_layout.h"
#include "timeline_painter.h"

#include <QImage>
#include <QSize>
#include <QString>

namespace annals::timeline {

enum class ExportFormat { Png, Svg, Pdf };

// The format a file name asks for, by its suffix (.png, .svg, .pdf, any case); nullopt for anything else.
std::optional<ExportFormat> exportFormatForFile(const QString &fileName);

struct ExportOptions {
    QSize size{1600, 900}; // logical size of the picture (pixels at scale 1)
    double scale = 1.0;    // PNG only: 2 renders every pixel twice as dense (for high-DPI screens, print)
    bool wholeTimeline = false; // true: everything with a margin; false: [startMs, endMs]
    qint64 startMs = 0;
    qint64 endMs = 0;
    TimelineStyle style;
};

// The look of exported pictures: DejaVu Sans (or the default font) at 13 px, a light or dark palette.
TimelineStyle exportStyle(bool dark = false);

// A picture size of the given width, tall enough for every lane to show a few rows of marks.
QSize fittedExportSize(const TimelineLayout &layout, const TimelineStyle &style, int width);

// The visible window the export will show.
QPair<qint64, qint64> exportWindow(const TimelineLayout &layout, const ExportOptions &options);

// Renders the timeline into an image of size * scale device pixels (devicePixelRatio = scale), painted by the
// same code as the screen.
QImage renderTimelineImage(const TimelineLayout &layout, const ExportOptions &options);

// Writes PNG, SVG (QSvgGenerator) or PDF (QPdfWriter, one landscape page sized to the picture) by the file's
// suffix. Returns false with a message naming the file when it cannot be written.
bool exportTimeline(const TimelineLayout &layout, const ExportOptions &options, const QString &fileName,
                    QString *errorMessage = nullptr);

} // namespace annals::timeline
