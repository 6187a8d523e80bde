// `annals [--dct YYYY-MM-DD] [FILE|DIR...]`: the main window, on the given articles or the bundled samples.

#include "commands.h"

#include "ui/widgets/main_window.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// Waits for loading to finish, selects the first event, lets the views settle, then saves the window.
void scheduleScreenshot(annals::ui::MainWindow *window, const QString &fileName) {
    const auto shoot = [window, fileName] {
        window->selectFirstEvent();
        QTimer::singleShot(400, window, [window, fileName] {
            const bool saved = window->grab().save(fileName);
            if (!saved)
                std::fprintf(stderr, "annals: cannot write the screenshot to %s\n", qPrintable(fileName));
            QCoreApplication::exit(saved ? 0 : 1);
        });
    };
    QObject::connect(window, &annals::ui::MainWindow::loadFinished, window, shoot, Qt::SingleShotConnection);
}

} // namespace

int runGui(int argc, char **argv) {
    // Arguments are checked before the QApplication exists, so a usage error is reported even where no
    // display can be opened.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Annals turns news articles into a timeline of dated events.\n"
        "Opens the main window on the given files and folders, or on the bundled "
        "sample articles when none are given."_s);
    const QCommandLineOption helpOption({u"h"_s, u"help"_s}, u"Show this help."_s);
    const QCommandLineOption dctOption(
        u"dct"_s, u"Publication date for every article (YYYY-MM-DD); wins over a date the text states."_s, u"YYYY-MM-DD"_s);
    QCommandLineOption screenshotOption(u"screenshot"_s,
                                        u"Load, select the first event, save the window to FILE.png, exit."_s,
                                        u"FILE.png"_s);
    screenshotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(helpOption);
    parser.addOption(dctOption);
    parser.addOption(screenshotOption);
    parser.addPositionalArgument(u"paths"_s, u"Article files (.txt, .html, .jsonl, TimeML) or folders."_s,
                                 u"[FILE|DIR...]"_s);
    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "annals: %s\nTry 'annals --help'.\n", qPrintable(parser.errorText()));
        return 2;
    }
    if (parser.isSet(helpOption)) {
        std::fputs("Usage: annals [--dct YYYY-MM-DD] [FILE|DIR...]\n\n", stdout);
        std::fputs(qPrintable(parser.helpText().section(u'\n', 1)), stdout);
        return 0;
    }

    std::optional<QDate> dct;
    if (parser.isSet(dctOption)) {
        const QDate date = QDate::fromString(parser.value(dctOption), Qt::ISODate);
        if (!date.isValid()) {
            std::fprintf(stderr, "annals: --dct %s is not a valid date (expected YYYY-MM-DD)\n",
                         qPrintable(parser.value(dctOption)));
            return 2;
        }
        dct = date;
    }
    QStringList paths = parser.positionalArguments();
    if (paths.isEmpty())
        paths = {QDir::cleanPath(QStringLiteral(ANNALS_SAMPLES_DIR))};

    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Annals"_s);
    QApplication::setApplicationName(u"annals"_s);
    QApplication::setApplicationDisplayName(u"Annals"_s);
    QApplication::setApplicationVersion(QStringLiteral(ANNALS_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(ANNALS_SAMPLES_DIR) + u"/../icons/annals.svg"_s));

    // A screenshot shows the default layout, not whatever this user's settings hold, and leaves them alone.
    QTemporaryDir screenshotSettings;
    if (parser.isSet(screenshotOption)) {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, screenshotSettings.path());
    }
    annals::ui::MainWindow window(dct);
    if (parser.isSet(screenshotOption)) {
        window.resize(1440, 900);
        scheduleScreenshot(&window, parser.value(screenshotOption));
    }
    window.show();
    window.openPaths(paths);
    return QApplication::exec();
}
