#include "ui/timeline/time_axis.h"

#include <QFont>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QTest>

using namespace annals::timeline;
using namespace Qt::StringLiterals;

namespace {

// Deterministic text measure: 7 px per character, like a small monospaced font.
double fixedWidth(const QString &text) {
    return 7.0 * double(text.size());
}

qint64 at(int y, int m, int d, int hour = 0) {
    return dayStartMs(QDate(y, m, d)) + hour * msPerHour;
}

QStringList texts(const QList<AxisLabel> &labels) {
    QStringList out;
    for (const AxisLabel &l : labels)
        out << l.text;
    return out;
}

QList<qint64> times(const QList<AxisTick> &ticks) {
    QList<qint64> out;
    for (const AxisTick &t : ticks)
        out << t.ms;
    return out;
}

// Labels of a row lie inside the plot, left to right, each at least `gap` from the next.
QString overlapProblem(const QList<AxisLabel> &labels, const TimeGeometry &g, double gap) {
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const AxisLabel &l = labels[i];
        if (l.x < g.left() - 1e-6 || l.x + l.width > g.right() + 1e-6)
            return u"label '%1' leaves the plot"_s.arg(l.text);
        if (i > 0) {
            const AxisLabel &p = labels[i - 1];
            if (l.x < p.x + p.width + gap - 1e-6)
                return u"'%1' at %2 overlaps '%3' ending at %4"_s.arg(l.text).arg(l.x).arg(p.text).arg(
                    p.x + p.width);
        }
    }
    return {};
}

} // namespace

class TestTimeAxis : public QObject {
    Q_OBJECT
private slots:
    void scaleForSpace_data();
    void scaleForSpace();
    void leapDay();
    void monthLengths();
    void yearBoundaryDays();
    void yearBoundaryHours();
    void weeksStartOnMonday();
    void ticksAreOrderedAndInside();
    void labelsNeverOverlap_data();
    void labelsNeverOverlap();
};

void TestTimeAxis::scaleForSpace_data() {
    QTest::addColumn<qint64>("spanMs");
    QTest::addColumn<double>("width");
    QTest::addColumn<int>("unit");
    QTest::addColumn<int>("step");
    QTest::newRow("hours") << 6 * msPerHour << 1000.0 << int(AxisUnit::Hour) << 1;
    QTest::newRow("6-hour steps") << 3 * msPerDay << 1000.0 << int(AxisUnit::Hour) << 6;
    QTest::newRow("days") << 20 * msPerDay << 1000.0 << int(AxisUnit::Day) << 1;
    QTest::newRow("weeks") << 120 * msPerDay << 1000.0 << int(AxisUnit::Week) << 1;
    QTest::newRow("months") << 730 * msPerDay << 1000.0 << int(AxisUnit::Month) << 1;
    QTest::newRow("quarters") << 8 * 365 * msPerDay << 1000.0 << int(AxisUnit::Quarter) << 1;
    QTest::newRow("years") << 12 * 365 * msPerDay << 1000.0 << int(AxisUnit::Year) << 1;
    QTest::newRow("5-year steps") << 100 * 365 * msPerDay << 1000.0 << int(AxisUnit::Year) << 5;
    QTest::newRow("decades") << 100 * 365 * msPerDay << 500.0 << int(AxisUnit::Decade) << 1;
    QTest::newRow("20-year steps") << 100 * 365 * msPerDay << 300.0 << int(AxisUnit::Decade) << 2;
}

void TestTimeAxis::scaleForSpace() {
    QFETCH(qint64, spanMs);
    QFETCH(double, width);
    QFETCH(int, unit);
    QFETCH(int, step);
    const qint64 start = at(1990, 3, 14, 5);
    const AxisTicks ticks = computeAxisTicks(TimeGeometry(start, start + spanMs, 0, width), fixedWidth);
    QCOMPARE(axisUnitName(ticks.minorUnit), axisUnitName(AxisUnit(unit)));
    QCOMPARE(ticks.minorStep, step);
    QVERIFY(!ticks.minorLabels.isEmpty());
    QVERIFY(!ticks.minorTicks.isEmpty());
}

void TestTimeAxis::leapDay() {
    const AxisTicks ticks =
        computeAxisTicks(TimeGeometry(at(2024, 2, 27), at(2024, 3, 3), 0, 400), fixedWidth);
    QCOMPARE(ticks.minorUnit, AxisUnit::Day);
    const QList<qint64> minor = times(ticks.minorTicks);
    QVERIFY(minor.contains(at(2024, 2, 29)));
    QCOMPARE(minor.at(minor.indexOf(at(2024, 2, 29)) + 1) - at(2024, 2, 29), msPerDay);
    QCOMPARE(texts(ticks.minorLabels),
             (QStringList{u"Tue 27"_s, u"Wed 28"_s, u"Thu 29"_s, u"Fri 1"_s, u"Sat 2"_s}));
    QCOMPARE(times(ticks.majorTicks), QList<qint64>{at(2024, 3, 1)});
    QCOMPARE(texts(ticks.majorLabels), (QStringList{u"February 2024"_s, u"March 2024"_s}));
}

void TestTimeAxis::monthLengths() {
    const AxisTicks leap =
        computeAxisTicks(TimeGeometry(at(2024, 1, 1), at(2025, 1, 1), 0, 1200), fixedWidth);
    QCOMPARE(leap.minorUnit, AxisUnit::Month);
    const QList<qint64> m = times(leap.minorTicks);
    QCOMPARE(m.size(), 12);
    const int expectedDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30};
    for (int i = 0; i < 11; ++i)
        QCOMPARE((m[i + 1] - m[i]) / msPerDay, qint64(expectedDays[i]));
    QCOMPARE(texts(leap.minorLabels).first(), u"January"_s);

    const AxisTicks common =
        computeAxisTicks(TimeGeometry(at(2023, 1, 1), at(2024, 1, 1), 0, 1200), fixedWidth);
    const QList<qint64> c = times(common.minorTicks);
    QCOMPARE((c[2] - c[1]) / msPerDay, qint64(28)); // February 2023
    // 1900 is not a leap year, 2000 is.
    const AxisTicks y1900 =
        computeAxisTicks(TimeGeometry(at(1900, 2, 1), at(1900, 3, 31), 0, 1200), fixedWidth);
    QVERIFY(times(y1900.majorTicks).contains(at(1900, 3, 1)));
    QCOMPARE(at(1900, 3, 1) - at(1900, 2, 1), 28 * msPerDay);
    const AxisTicks y2000 =
        computeAxisTicks(TimeGeometry(at(2000, 2, 20), at(2000, 3, 5), 0, 1200), fixedWidth);
    QVERIFY(texts(y2000.minorLabels).contains(u"Tue 29"_s));
}

void TestTimeAxis::yearBoundaryDays() {
    const AxisTicks ticks =
        computeAxisTicks(TimeGeometry(at(2023, 12, 30), at(2024, 1, 3), 0, 400), fixedWidth);
    QCOMPARE(ticks.minorUnit, AxisUnit::Day);
    QCOMPARE(times(ticks.majorTicks), QList<qint64>{at(2024, 1, 1)});
    QCOMPARE(texts(ticks.majorLabels), (QStringList{u"December 2023"_s, u"January 2024"_s}));
    QCOMPARE(texts(ticks.minorLabels), (QStringList{u"Sat 30"_s, u"Sun 31"_s, u"Mon 1"_s, u"Tue 2"_s}));
}

void TestTimeAxis::yearBoundaryHours() {
    const AxisTicks ticks =
        computeAxisTicks(TimeGeometry(at(2023, 12, 31, 20), at(2024, 1, 1, 4), 0, 1000), fixedWidth);
    QCOMPARE(ticks.minorUnit, AxisUnit::Hour);
    QCOMPARE(ticks.minorStep, 1);
    QCOMPARE(texts(ticks.minorLabels).mid(3, 2), (QStringList{u"23:00"_s, u"00:00"_s}));
    QCOMPARE(times(ticks.majorTicks), QList<qint64>{at(2024, 1, 1)});
    QCOMPARE(ticks.majorLabels.last().text, u"Monday 1 January 2024"_s);
    QCOMPARE(ticks.majorLabels.last().x, 500.0 + 4.0); // the label follows its tick at midnight
}

void TestTimeAxis::weeksStartOnMonday() {
    const AxisTicks ticks =
        computeAxisTicks(TimeGeometry(at(2024, 1, 10), at(2024, 5, 10), 0, 1000), fixedWidth);
    QCOMPARE(ticks.minorUnit, AxisUnit::Week);
    QVERIFY(ticks.minorTicks.size() >= 16);
    for (const AxisTick &tick : ticks.minorTicks)
        QCOMPARE(dateOfMs(tick.ms).dayOfWeek(), 1);
    QCOMPARE(ticks.majorUnit, AxisUnit::Month);
    QVERIFY(times(ticks.majorTicks).contains(at(2024, 3, 1)));
}

void TestTimeAxis::ticksAreOrderedAndInside() {
    const TimeGeometry g(at(2001, 7, 3, 7), at(2003, 2, 2, 13), 50, 1500);
    const AxisTicks ticks = computeAxisTicks(g, fixedWidth);
    for (const auto *list : {&ticks.minorTicks, &ticks.majorTicks}) {
        for (qsizetype i = 0; i < list->size(); ++i) {
            QVERIFY(list->at(i).ms >= g.startMs() && list->at(i).ms <= g.endMs());
            QCOMPARE(list->at(i).x, g.timeToPixel(list->at(i).ms));
            if (i > 0)
                QVERIFY(list->at(i).ms > list->at(i - 1).ms);
        }
    }
}

void TestTimeAxis::labelsNeverOverlap_data() {
    QTest::addColumn<bool>("realFont");
    QTest::newRow("fixed-width measure") << false;
    QTest::newRow("real font metrics") << true;
}

void TestTimeAxis::labelsNeverOverlap() {
    QFETCH(bool, realFont);
    QFont font(u"DejaVu Sans"_s);
    font.setPixelSize(13);
    const QFontMetricsF metrics(font);
    const TextWidthFunction width =
        realFont ? TextWidthFunction([&](const QString &t) { return metrics.horizontalAdvance(t); })
                 : TextWidthFunction(fixedWidth);
    const qint64 spans[] = {msPerHour,       5 * msPerHour,   msPerDay,        4 * msPerDay,
                            15 * msPerDay,   61 * msPerDay,   190 * msPerDay,  800 * msPerDay,
                            2600 * msPerDay, 9200 * msPerDay, 36525 * msPerDay};
    const double gap = 8;
    int checked = 0;
    for (int w = 300; w <= 4000; w += 17) {
        for (qint64 span : spans) {
            // An odd start so that cells are cut at both edges.
            const qint64 start = at(1987, 11, 29, 17) + 1234567 + w;
            const TimeGeometry g(start, start + span, 20, w);
            const AxisTicks ticks = computeAxisTicks(g, width, gap);
            const QString context = u" (width %1, span %2 h, unit %3)"_s.arg(w)
                                        .arg(span / msPerHour)
                                        .arg(axisUnitName(ticks.minorUnit));
            QString problem = overlapProblem(ticks.minorLabels, g, gap);
            QVERIFY2(problem.isEmpty(), qPrintable(u"minor: "_s + problem + context));
            problem = overlapProblem(ticks.majorLabels, g, gap);
            QVERIFY2(problem.isEmpty(), qPrintable(u"major: "_s + problem + context));
            QVERIFY2(ticks.minorLabels.size() >= 2, qPrintable(u"too few labels"_s + context));
            ++checked;
        }
    }
    QVERIFY(checked > 2000);
}

int main(int argc, char **argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    TestTimeAxis test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_time_axis.moc"
