// annals evaluate: scores the temporal tagger against TimeML gold with the TempEval-3 measures.
#include "commands.h"

#include "eval/gold_evaluation.h"
#include "eval/mismatch_report.h"
#include "eval/score_table.h"
#include "sentences/sentence_splitter.h"
#include "timex/temporal_tagger.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

void print(FILE *stream, const QString &text) {
    std::fputs(text.toLocal8Bit().constData(), stream);
}

QString rowLabel(const QString &dir) {
    const QString name = QFileInfo(QDir::cleanPath(dir)).fileName();
    return name.isEmpty() ? dir : name;
}

bool writeReport(const QString &path, const QString &report, QString *error) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(report.toUtf8()) < 0 || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace

int runEvaluate(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"annals evaluate"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Scores Annals' temporal tagger against TimeML gold, with the TempEval-3 measures.\n"
        u"Every *.tml file under each GOLD_DIR (recursively) is read; the tagger runs on its TEXT with its "
        u"DCT\n"
        u"as the publication date, and its TIMEX3s are compared with the gold ones (the DCT is not scored).\n"
        u"\n"
        u"Printed per folder and overall, in percent:\n"
        u"  strict P/R/F1    spans identical to the gold ones\n"
        u"  relaxed P/R/F1   spans overlapping gold ones (paired one to one)\n"
        u"  value acc        identical TIMEX3 values among the relaxed pairs\n"
        u"  value F1         relaxed F1 x value accuracy\n"
        u"  type F1          relaxed F1 x type accuracy\n"
        u"Counts are summed over documents (micro-average).\n"
        u"\n"
        u"Exit status: 0 on success, 1 when some gold file or folder could not be read (the rest is "
        u"scored),\n"
        u"2 on bad usage."_s);
    parser.addHelpOption();
    const QCommandLineOption errorsOption(
        u"errors"_s,
        u"Write every disagreement to FILE, one tab-separated line each: missed (false negative), spurious "
        u"(false positive), span (overlapping but not identical), value and type, with the document, offsets "
        u"(code points), both texts, types and values, and the surrounding text."_s,
        u"FILE"_s);
    const QCommandLineOption ignoreTypeOption(
        u"ignore-type"_s, u"Do not score types (for gold that types everything DATE, e.g. WikiWars)."_s);
    parser.addOption(errorsOption);
    parser.addOption(ignoreTypeOption);
    parser.addPositionalArgument(u"GOLD_DIR"_s, u"Folders of TimeML gold files (*.tml)."_s, u"GOLD_DIR..."_s);

    QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() > 1)
        arguments.removeAt(1); // the subcommand name
    if (!parser.parse(arguments)) {
        print(stderr, u"annals evaluate: %1\nTry 'annals evaluate --help'.\n"_s.arg(parser.errorText()));
        return 2;
    }
    if (parser.isSet(u"help"_s)) {
        // The usage line names the program file; name the command instead.
        QString help = parser.helpText();
        const qsizetype usageEnd = help.indexOf(u" [options]"_s);
        if (help.startsWith(u"Usage: "_s) && usageEnd > 0)
            help.replace(7, usageEnd - 7, u"annals evaluate"_s);
        print(stdout, help);
        return 0;
    }
    const QStringList dirs = parser.positionalArguments();
    if (dirs.isEmpty()) {
        print(stderr, u"annals evaluate: no GOLD_DIR given\nTry 'annals evaluate --help'.\n"_s);
        return 2;
    }
    if (parser.isSet(errorsOption) && parser.value(errorsOption).isEmpty()) {
        print(stderr, u"annals evaluate: --errors needs a file name\n"_s);
        return 2;
    }
    const bool showType = !parser.isSet(ignoreTypeOption);

    const annals::TemporalTagger tagger;
    const annals::SentenceSplitter splitter;
    QList<annals::DirectoryEvaluation> evaluations;
    QList<annals::ScoreRow> rows;
    annals::ScoreRow overall{u"overall"_s, 0, {}};
    bool failures = false;
    for (const QString &dir : dirs) {
        annals::DirectoryEvaluation evaluation = annals::evaluateDirectory(dir, tagger, splitter);
        for (const annals::EvaluationError &error : evaluation.errors) {
            print(stderr,
                  u"annals evaluate: %1: %2\n"_s.arg(QDir::toNativeSeparators(error.path), error.message));
            failures = true;
        }
        rows.append({rowLabel(dir), evaluation.documents.size(), evaluation.counts});
        overall.documents += evaluation.documents.size();
        overall.counts += evaluation.counts;
        evaluations.append(std::move(evaluation));
    }
    if (dirs.size() > 1)
        rows.append(overall);
    print(stdout, annals::formatScoreTable(rows, showType));

    if (parser.isSet(errorsOption)) {
        const QString path = parser.value(errorsOption);
        QString error;
        if (!writeReport(path, annals::mismatchReport(evaluations, showType), &error)) {
            print(stderr, u"annals evaluate: cannot write %1: %2\n"_s.arg(path, error));
            return 1;
        }
    }
    return failures ? 1 : 0;
}
