// `annals [--dct YYYY-MM-DD] [--dark] [FILE|DIR...]`: the main window, on the given articles or the bundled
// samples.

#include "commands.h"

#include "ui/timeline/palettes.h"
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

// Qt's own command-line options (`-style Fusion`, `-platform offscreen`, `-reverse`, ...), which
// QApplication takes from argv: known to the parser so that it does not reject them, hidden from --help.
QList<QCommandLineOption> qtOptions() {
    QList<QCommandLineOption> options;
    for (const QString &name : {u"style"_s, u"stylesheet"_s, u"platform"_s, u"platformpluginpath"_s,
                                u"platformtheme"_s, u"plugin"_s, u"qwindowgeometry"_s, u"qwindowicon"_s,
                                u"qwindowtitle"_s, u"session"_s, u"display"_s, u"geometry"_s}) {
        options.append(QCommandLineOption(name, QString(), u"value"_s));
    }
    for (const QString &name : {u"reverse"_s, u"widgetcount"_s, u"nograb"_s, u"dograb"_s, u"sync"_s})
        options.append(QCommandLineOption(name));
    for (QCommandLineOption &option : options)
        option.setFlags(QCommandLineOption::HiddenFromHelp);
    return options;
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
        u"dct"_s, u"Publication date for every article (YYYY-MM-DD); wins over a date the text states."_s,
        u"YYYY-MM-DD"_s);
    QCommandLineOption screenshotOption(u"screenshot"_s,
                                        u"Load, select the first event, save the window to FILE.png, exit."_s,
                                        u"FILE.png"_s);
    screenshotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    const QCommandLineOption darkOption(
        u"dark"_s, u"Light text on a dark background, whatever the desktop's colours (Fusion style unless "
                   "-style names another)."_s);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions); // "-style Fusion", as Qt
    parser.addOption(helpOption);
    parser.addOption(dctOption);
    parser.addOption(darkOption);
    parser.addOption(screenshotOption);
    const QList<QCommandLineOption> qt = qtOptions();
    parser.addOptions(qt);
    parser.addPositionalArgument(u"paths"_s, u"Article files (.txt, .html, .jsonl, TimeML) or folders."_s,
                                 u"[FILE|DIR...]"_s);
    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "annals: %s\nTry 'annals --help'.\n", qPrintable(parser.errorText()));
        return 2;
    }
    if (parser.isSet(helpOption)) {
        std::fputs("Usage: annals [--dct YYYY-MM-DD] [--dark] [FILE|DIR...]\n\n", stdout);
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
    if (parser.isSet(darkOption)) {
        if (!parser.isSet(u"style"_s))
            QApplication::setStyle(u"Fusion"_s); // a style that draws with the palette everywhere
        QApplication::setPalette(annals::timeline::darkPalette());
    }

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
