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

// The fixed-width measure, or a real font as the painter measures it.
TextWidthFunction labelWidth(bool realFont) {
    if (!realFont)
        return fixedWidth;
    QFont font(u"DejaVu Sans"_s);
    font.setPixelSize(13);
    return [metrics = QFontMetricsF(font)](const QString &t) { return metrics.horizontalAdvance(t); };
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
    void beforeChrist_data();
    void beforeChrist();
    void acrossTheEras_data();
    void acrossTheEras();
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
    const TextWidthFunction width = labelWidth(realFont);
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

// Exact scales, ticks and labels on windows before Christ and across AD 1 (QDate: -480 is 480 BC).
void TestTimeAxis::beforeChrist_data() {
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last"); // the window ends at the start of this day
    QTest::addColumn<double>("width");
    QTest::addColumn<int>("unit");
    QTest::addColumn<int>("step");
    QTest::addColumn<QList<QDate>>("minorTicks");
    QTest::addColumn<QStringList>("minorLabels");
    QTest::addColumn<QList<QDate>>("majorTicks");
    QTest::addColumn<QStringList>("majorLabels");
    QTest::newRow("years from 5 BC to AD 3: no year 0")
        << QDate(-5, 1, 1) << QDate(4, 1, 1) << 600.0 << int(AxisUnit::Year) << 1
        << QList<QDate>{{-5, 1, 1}, {-4, 1, 1}, {-3, 1, 1}, {-2, 1, 1},
                        {-1, 1, 1}, {1, 1, 1},  {2, 1, 1},  {3, 1, 1}}
        << QStringList{u"5 BC"_s, u"4 BC"_s, u"3 BC"_s, u"2 BC"_s, u"1 BC"_s, u"AD 1"_s, u"2"_s, u"3"_s}
        << QList<QDate>{{1, 1, 1}} << QStringList{u"0s BC"_s, u"0s"_s};
    // The decade named "480s BC" is 489..480 BC: it starts on 1 January 489 BC.
    QTest::newRow("decades of the 5th century BC")
        << QDate(-520, 1, 1) << QDate(-440, 1, 1) << 800.0 << int(AxisUnit::Decade) << 1
        << QList<QDate>{{-519, 1, 1}, {-509, 1, 1}, {-499, 1, 1}, {-489, 1, 1},
                        {-479, 1, 1}, {-469, 1, 1}, {-459, 1, 1}, {-449, 1, 1}}
        << QStringList{u"510s BC"_s, u"500s BC"_s, u"490s BC"_s, u"480s BC"_s,
                       u"470s BC"_s, u"460s BC"_s, u"450s BC"_s, u"440s BC"_s}
        << QList<QDate>{{-499, 1, 1}} << QStringList{u"6th century BC"_s, u"5th century BC"_s};
    // A tick before Christ names the year that ends at it, as one after Christ names the year it starts.
    QTest::newRow("centuries from 300 BC to AD 300")
        << QDate(-300, 1, 1) << QDate(300, 1, 1) << 600.0 << int(AxisUnit::Century) << 1
        << QList<QDate>{{-299, 1, 1}, {-199, 1, 1}, {-99, 1, 1}, {1, 1, 1}, {100, 1, 1}, {200, 1, 1}}
        << QStringList{u"300 BC"_s, u"200 BC"_s, u"100 BC"_s, u"AD 1"_s, u"100"_s, u"200"_s}
        << QList<QDate>{{1, 1, 1}} << QStringList{u"1000 BC"_s, u"AD 1"_s};
    QTest::newRow("months of 480 BC")
        << QDate(-480, 1, 1) << QDate(-479, 1, 1) << 1200.0 << int(AxisUnit::Month) << 1
        << QList<QDate>{{-480, 1, 1}, {-480, 2, 1}, {-480, 3, 1}, {-480, 4, 1},  {-480, 5, 1},  {-480, 6, 1},
                        {-480, 7, 1}, {-480, 8, 1}, {-480, 9, 1}, {-480, 10, 1}, {-480, 11, 1}, {-480, 12, 1}}
        << QStringList{u"January"_s,   u"February"_s, u"March"_s,    u"April"_s,
                       u"May"_s,       u"June"_s,     u"July"_s,     u"August"_s,
                       u"September"_s, u"October"_s,  u"November"_s, u"December"_s}
        << QList<QDate>{{-480, 1, 1}} << QStringList{u"480 BC"_s};
    QTest::newRow("days of August 480 BC")
        << QDate(-480, 8, 30) << QDate(-480, 9, 2) << 300.0 << int(AxisUnit::Day) << 1
        << QList<QDate>{{-480, 8, 30}, {-480, 8, 31}, {-480, 9, 1}} << QStringList{}
        << QList<QDate>{{-480, 9, 1}} << QStringList{u"August 480 BC"_s, u"Sept 480 BC"_s};
}

void TestTimeAxis::beforeChrist() {
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QFETCH(double, width);
    QFETCH(QList<QDate>, minorTicks);
    QFETCH(QStringList, minorLabels);
    QFETCH(QList<QDate>, majorTicks);
    QFETCH(QStringList, majorLabels);
    const auto days = [](const QList<AxisTick> &ticks) {
        QList<QDate> out;
        for (const AxisTick &t : ticks)
            out << dateOfMs(t.ms);
        return out;
    };
    const AxisTicks ticks =
        computeAxisTicks(TimeGeometry(dayStartMs(first), dayStartMs(last), 0, width), fixedWidth);
    QTEST(int(ticks.minorUnit), "unit");
    QTEST(ticks.minorStep, "step");
    QCOMPARE(days(ticks.minorTicks), minorTicks);
    if (!minorLabels.isEmpty())
        QCOMPARE(texts(ticks.minorLabels), minorLabels);
    QCOMPARE(days(ticks.majorTicks), majorTicks);
    QCOMPARE(texts(ticks.majorLabels), majorLabels);
}

// Windows from before Christ to now, at many widths: every label fits without overlap, none names a
// year 0 or a negative year, and every tick of years, decades or centuries is a calendar boundary of its
// step (before Christ the end of a year whose number is a multiple of the step, after it 1 January of a
// multiple of the step, or of AD 1).
void TestTimeAxis::acrossTheEras_data() {
    labelsNeverOverlap_data();
}

void TestTimeAxis::acrossTheEras() {
    QFETCH(bool, realFont);
    const TextWidthFunction width = labelWidth(realFont);
    const double gap = 8;
    const qint64 adOne = dayStartMs(QDate(1, 1, 1));
    const QList<QPair<QDate, QDate>> windows = {
        {{-500, 1, 1}, {2024, 12, 31}}, {{-30, 3, 1}, {25, 7, 1}},    {{-3, 6, 1}, {2, 6, 1}},
        {{-2600, 1, 1}, {-2400, 1, 1}}, {{-1200, 5, 5}, {300, 1, 1}}, {{-480, 7, 1}, {-480, 10, 1}}};
    for (const auto &[firstDay, lastDay] : windows) {
        for (int w = 300; w <= 4000; w += 37) {
            const TimeGeometry g(dayStartMs(firstDay), dayStartMs(lastDay), 20, w);
            const AxisTicks ticks = computeAxisTicks(g, width, gap);
            const QString context =
                u" (%1 to %2, width %3, unit %4 x %5)"_s.arg(firstDay.toString(), lastDay.toString())
                    .arg(w)
                    .arg(axisUnitName(ticks.minorUnit))
                    .arg(ticks.minorStep);
            QString problem = overlapProblem(ticks.minorLabels, g, gap);
            QVERIFY2(problem.isEmpty(), qPrintable(u"minor: "_s + problem + context));
            problem = overlapProblem(ticks.majorLabels, g, gap);
            QVERIFY2(problem.isEmpty(), qPrintable(u"major: "_s + problem + context));
            QVERIFY2(!ticks.minorLabels.isEmpty(), qPrintable(u"no labels"_s + context));
            const bool yearScale = ticks.minorUnit >= AxisUnit::Year; // labels name years, not months
            for (const auto *labels : {&ticks.minorLabels, &ticks.majorLabels}) {
                for (const AxisLabel &l : *labels) {
                    const bool noYearZero = l.text != u"0"_s && !l.text.startsWith(u"0 "_s) &&
                                            !l.text.contains(u" 0 "_s) && !l.text.endsWith(u" 0"_s);
                    QVERIFY2(noYearZero && !l.text.contains(u'-'), qPrintable(l.text + context));
                    const bool beforeChrist = l.cellEndMs <= adOne;
                    QVERIFY2(!yearScale || beforeChrist == l.text.contains(u"BC"_s),
                             qPrintable(u"era of '"_s + l.text + u"'"_s + context));
                }
            }
            int years = 0;
            switch (ticks.minorUnit) {
            case AxisUnit::Year:
                years = ticks.minorStep;
                break;
            case AxisUnit::Decade:
                years = 10 * ticks.minorStep;
                break;
            case AxisUnit::Century:
                years = 100 * ticks.minorStep;
                break;
            case AxisUnit::Millennium:
                years = 1000 * ticks.minorStep;
                break;
            default:
                break;
            }
            for (qsizetype i = 0; years > 0 && i < ticks.minorTicks.size(); ++i) {
                const qint64 ms = ticks.minorTicks[i].ms;
                const QDate day = dateOfMs(ms);
                QVERIFY2(day.month() == 1 && day.day() == 1, qPrintable(day.toString() + context));
                const int named =
                    ms <= adOne ? -dateOfMs(ms - 1).year() : day.year(); // year ending / starting
                QVERIFY2(named % years == 0 || ms == adOne, qPrintable(day.toString() + context));
                if (i > 0)
                    QVERIFY(ms > ticks.minorTicks[i - 1].ms);
            }
        }
    }
}

int main(int argc, char **argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    TestTimeAxis test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_time_axis.moc"
