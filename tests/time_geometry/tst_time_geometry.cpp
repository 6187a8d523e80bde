#include "ui/timeline/time_geometry.h"

#include <QDateTime>
#include <QTest>

using namespace annals::timeline;

class TestTimeGeometry : public QObject {
    Q_OBJECT
private slots:
    void dayConversions_data();
    void dayConversions();
    void endsMapToEdges();
    void timeRoundTrip_data();
    void timeRoundTrip();
    void pixelRoundTrip_data();
    void pixelRoundTrip();
    void emptyWindowIsSafe();
};

void TestTimeGeometry::dayConversions_data() {
    QTest::addColumn<QDate>("date");
    QTest::newRow("epoch") << QDate(1970, 1, 1);
    QTest::newRow("before epoch") << QDate(1969, 12, 31);
    QTest::newRow("leap day") << QDate(2024, 2, 29);
    QTest::newRow("year 1900") << QDate(1900, 3, 1);
    QTest::newRow("far future") << QDate(2199, 12, 31);
}

void TestTimeGeometry::dayConversions() {
    QFETCH(QDate, date);
    const qint64 ms = dayStartMs(date);
    QCOMPARE(ms, date.startOfDay(Qt::UTC).toMSecsSinceEpoch());
    QCOMPARE(dateOfMs(ms), date);
    QCOMPARE(dateOfMs(ms + msPerDay - 1), date); // the last millisecond of the day is still that day
    QCOMPARE(dateOfMs(ms - 1), date.addDays(-1));
}

void TestTimeGeometry::endsMapToEdges() {
    const qint64 start = dayStartMs(QDate(2024, 1, 1));
    const qint64 end = dayStartMs(QDate(2024, 2, 1));
    const TimeGeometry g(start, end, 100, 3100);
    QCOMPARE(g.timeToPixel(start), 100.0);
    QCOMPARE(g.timeToPixel(end), 3200.0);
    QCOMPARE(g.timeToPixel(start + (end - start) / 2), 1650.0);
    QCOMPARE(g.pixelToTime(100), start);
    QCOMPARE(g.pixelToTime(3200), end);
    QCOMPARE(g.msPerPixel(), double(end - start) / 3100);
}

void TestTimeGeometry::timeRoundTrip_data() {
    QTest::addColumn<qint64>("spanMs");
    QTest::addColumn<double>("width");
    QTest::newRow("one hour, 300 px") << msPerHour << 300.0;
    QTest::newRow("one hour, 4000 px") << msPerHour << 4000.0;
    QTest::newRow("a day, 1234 px") << msPerDay << 1234.0;
    QTest::newRow("a month, 777 px") << 31 * msPerDay << 777.0;
    QTest::newRow("a century, 4000 px") << 36525 * msPerDay << 4000.0;
    QTest::newRow("a century, 300 px") << 36525 * msPerDay << 300.0;
}

// Any millisecond maps to a pixel and back to itself: the mapping loses nothing at any zoom.
void TestTimeGeometry::timeRoundTrip() {
    QFETCH(qint64, spanMs);
    QFETCH(double, width);
    const qint64 start = dayStartMs(QDate(1999, 12, 31)) + 12345;
    const TimeGeometry g(start, start + spanMs, 37.5, width);
    for (int k = -5; k <= 105; ++k) {
        const qint64 t = start + spanMs / 100 * k + k * 7; // inside and a little outside the window
        QCOMPARE(g.pixelToTime(g.timeToPixel(t)), t);
    }
}

void TestTimeGeometry::pixelRoundTrip_data() {
    timeRoundTrip_data();
}

// A pixel maps to a time and back to within the rounding of one millisecond.
void TestTimeGeometry::pixelRoundTrip() {
    QFETCH(qint64, spanMs);
    QFETCH(double, width);
    const TimeGeometry g(dayStartMs(QDate(2024, 2, 28)), dayStartMs(QDate(2024, 2, 28)) + spanMs, 10, width);
    const double halfMs = 0.5 * g.pixelsPerMs() + 1e-9;
    for (double x = 0; x <= width + 20; x += 0.5)
        QVERIFY2(std::abs(g.timeToPixel(g.pixelToTime(x)) - x) <= halfMs, qPrintable(QString::number(x)));
}

void TestTimeGeometry::emptyWindowIsSafe() {
    const TimeGeometry g(1000, 1000, 0, 0);
    QVERIFY(std::isfinite(g.timeToPixel(qint64(5000))));
    QVERIFY(g.spanMs() > 0);
}

QTEST_APPLESS_MAIN(TestTimeGeometry)
#include "tst_time_geometry.moc"
