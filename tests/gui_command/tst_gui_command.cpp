#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestGuiCommand : public QObject {
    Q_OBJECT
private slots:
    void screenshotWithOptions_data();
    void screenshotWithOptions();
    void helpNamesDark();
};

namespace {

struct Run {
    int exitCode = -1;
    QString err;
};

Run annals(const QStringList &arguments) {
    QProcess process;
    process.start(QStringLiteral(ANNALS_EXECUTABLE), arguments);
    process.waitForFinished(120000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromLocal8Bit(process.readAllStandardError())};
}

} // namespace

void TestGuiCommand::screenshotWithOptions_data() {
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<bool>("dark");
    QTest::newRow("default") << QStringList{} << false;
    QTest::newRow("--dark") << QStringList{u"--dark"_s} << true;
    // Qt's own options reach QApplication instead of being refused as unknown.
    QTest::newRow("Qt's -style") << QStringList{u"-style"_s, u"Fusion"_s} << false;
    QTest::newRow("--dark with Qt's -style=") << QStringList{u"--dark"_s, u"-style=Fusion"_s} << true;
}

// The window saved by --screenshot has the palette asked for: its status bar (window colour) is dark with
// --dark and light without.
void TestGuiCommand::screenshotWithOptions() {
    QFETCH(QStringList, options);
    QFETCH(bool, dark);
    QTemporaryDir dir;
    const QString png = dir.filePath(u"window.png"_s);
    const Run run = annals(
        options + QStringList{u"--screenshot"_s, png, QStringLiteral(ANNALS_RESOURCES_DIR) + u"/samples"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QImage image(png);
    QVERIFY(!image.isNull());
    const QColor statusBar = image.pixelColor(image.width() / 2, image.height() - 2);
    QVERIFY2(dark ? statusBar.lightness() < 80 : statusBar.lightness() > 160, qPrintable(statusBar.name()));
}

void TestGuiCommand::helpNamesDark() {
    QProcess process;
    process.start(QStringLiteral(ANNALS_EXECUTABLE), {u"--help"_s});
    QVERIFY(process.waitForFinished(30000));
    const QString help = QString::fromLocal8Bit(process.readAllStandardOutput());
    QVERIFY2(help.contains(u"--dark"_s), qPrintable(help));
    QVERIFY(!help.contains(u"-platformtheme"_s)); // Qt's own options stay out of the help
}

QTEST_GUILESS_MAIN(TestGuiCommand)
#include "tst_gui_command.moc"
