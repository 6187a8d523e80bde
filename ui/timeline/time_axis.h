#pragma once

#include "time_geometry.h"

#include <QList>
#include <QString>

#include <functional>

namespace annals::timeline {

enum class AxisUnit { Hour, Day, Week, Month, Quarter, Year, Decade, Century, Millennium };
QString axisUnitName(AxisUnit unit); // "hour", "day", ...

// A tick on the axis: a calendar boundary (00:00 UTC of a day, the 1st of a month, 1 January...).
struct AxisTick {
    qint64 ms = 0;
    double x = 0;
};

// A label placed on the axis; x is the left edge of its text. Labels of one row never overlap.
struct AxisLabel {
    QString text;
    double x = 0;
    double width = 0;
    qint64 cellStartMs = 0; // the calendar period the label names
    qint64 cellEndMs = 0;
};

struct AxisTicks {
    AxisUnit minorUnit = AxisUnit::Day;
    int minorStep = 1; // in minor units (hours, days, weeks, months, years)
    AxisUnit majorUnit = AxisUnit::Month;
    QList<AxisTick> minorTicks;
    QList<AxisTick> majorTicks;
    QList<AxisLabel> minorLabels;
    QList<AxisLabel> majorLabels;
};

// Measures a label; the painter passes QFontMetricsF::horizontalAdvance, tests a fixed-width function.
using TextWidthFunction = std::function<double(const QString &)>;

// Chooses the finest calendar scale whose labels fit in the geometry's width (hours, days, weeks, months,
// quarters, years, decades, centuries, millennia), and lists its minor and major ticks and labels.
// Years before Christ ("480 BC") mirror the ones after: there is no year 0, the last cell before AD 1 ends
// with 1 BC, and a cell of several years ends with a year whose number is a multiple of the step (the
// decade "480s BC" is 489..480 BC; the tick named "500 BC" is the end of 500 BC). Every label keeps
// at least `gap` pixels to its neighbours and stays inside [left, right] of the geometry.
// majorTextWidth measures the major row when it is drawn in another font (bold); empty: textWidth.
AxisTicks computeAxisTicks(const TimeGeometry &geometry, const TextWidthFunction &textWidth, double gap = 8,
                           const TextWidthFunction &majorTextWidth = {});

} // namespace annals::timeline
