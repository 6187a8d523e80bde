// `annals evaluate` as a user runs it: the table, the error list, the exit statuses and messages.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "scratch_files.h"

using namespace Qt::StringLiterals;
using annals::testing::writeFile;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run evaluate(const QStringList &arguments) {
    QProcess process;
    process.start(QStringLiteral(ANNALS_EXECUTABLE), QStringList{u"evaluate"_s} + arguments);
    Run run;
    if (!process.waitForFinished(300000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QByteArray goldFile(const QByteArray &text) {
    return "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>G</DOCID>\n"
           "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-01-08\">1998-01-08</TIMEX3></DCT>\n<TEXT>\n" +
           text + "\n</TEXT>\n</TimeML>\n";
}

// The table row whose first cell is label, split into cells.
QStringList row(const QString &table, const QString &label) {
    for (const QString &line : table.split(u'\n')) {
        const QStringList cells = line.simplified().split(u' ');
        if (cells.first() == label)
            return cells;
    }
    return {};
}

} // namespace

class TestEvaluateCommand : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir(m_dir.path()).mkpath(u"news"_s));
        QVERIFY(QDir(m_dir.path()).mkpath(u"more"_s));
        // Gold that no tagger can agree with: "banana" as a date, and a wrong value on an explicit date.
        QVERIFY(writeFile(
            m_dir.filePath(u"news/a.tml"_s),
            goldFile("The accord was signed on <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1900-01-01\">"
                     "March 5, 1997</TIMEX3> over a <TIMEX3 tid=\"t2\" type=\"DATE\" value=\"1998\">"
                     "banana</TIMEX3>.")));
        QVERIFY(writeFile(
            m_dir.filePath(u"news/b.tml"_s),
            goldFile("Talks ended in <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1996\">1996</TIMEX3>.")));
        QVERIFY(
            writeFile(m_dir.filePath(u"more/c.tml"_s),
                      goldFile("It rained on <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1997-06-02\">June 2, "
                               "1997</TIMEX3>.")));
    }

    void usage_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stdoutHas");
        QTest::addColumn<QString>("stderrHas");
        QTest::newRow("help") << QStringList{u"--help"_s} << 0 << u"Usage: annals evaluate"_s << QString();
        QTest::newRow("help explains options")
            << QStringList{u"-h"_s} << 0 << u"--ignore-type"_s << QString();
        QTest::newRow("help explains measures")
            << QStringList{u"--help"_s} << 0 << u"value F1"_s << QString();
        QTest::newRow("no folder") << QStringList{} << 2 << QString() << u"no GOLD_DIR"_s;
        QTest::newRow("unknown option")
            << QStringList{u"--frobnicate"_s, u"x"_s} << 2 << QString() << u"frobnicate"_s;
        QTest::newRow("errors without file") << QStringList{u"--errors"_s} << 2 << QString() << u"errors"_s;
        QTest::newRow("missing folder")
            << QStringList{u"/no/such/gold"_s} << 1 << QString() << u"/no/such/gold: no such directory"_s;
    }
    void usage() {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, stdoutHas);
        QFETCH(QString, stderrHas);
        const Run run = evaluate(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.out.contains(stdoutHas), qPrintable(run.out));
        QVERIFY2(run.err.contains(stderrHas), qPrintable(run.err));
    }

    void tableAndErrors() {
        const QString errorsPath = m_dir.filePath(u"errors.tsv"_s);
        const Run run =
            evaluate({u"--errors"_s, errorsPath, m_dir.filePath(u"news"_s), m_dir.filePath(u"more"_s)});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        QVERIFY(run.out.startsWith(u"corpus"_s));
        const QStringList news = row(run.out, u"news"_s);
        const QStringList more = row(run.out, u"more"_s);
        const QStringList overall = row(run.out, u"overall"_s);
        QCOMPARE(news.size(), 13);
        QCOMPARE(news.mid(1, 2), (QStringList{u"2"_s, u"3"_s})); // documents, gold timexes
        QCOMPARE(more.mid(1, 2), (QStringList{u"1"_s, u"1"_s}));
        QCOMPARE(overall.mid(1, 2), (QStringList{u"3"_s, u"4"_s}));
        // "banana" is never found: recall is at most 3 of 4.
        QVERIFY(overall[5].toDouble() <= 75.0);

        QFile file(errorsPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.first().startsWith(u"kind\tdocument"_s));
        QVERIFY2(lines.filter(u"missed\ta.tml\t"_s).filter(u"\tbanana\tDATE\t1998\t"_s).size() == 1,
                 qPrintable(lines.join(u'\n')));
        QVERIFY2(lines.filter(u"value\ta.tml\t"_s).filter(u"\t1900-01-01\t"_s).size() == 1,
                 qPrintable(lines.join(u'\n')));
    }

    void ignoreType() {
        const Run run = evaluate({u"--ignore-type"_s, m_dir.filePath(u"more"_s)});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(row(run.out, u"more"_s).last(), u"-"_s);
        QVERIFY(row(run.out, u"overall"_s).isEmpty()); // one folder: no overall line
    }

    void unreadableGoldFile() {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"good.tml"_s),
                          goldFile("In <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1996\">"
                                   "1996</TIMEX3>.")));
        QVERIFY(writeFile(dir.filePath(u"broken.tml"_s), "<TimeML>\n<TEXT>\n<b>\n</TEXT>\n</TimeML>\n"));
        const Run run = evaluate({dir.path()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"broken.tml"_s) && run.err.contains(u"line 4"_s), qPrintable(run.err));
        QCOMPARE(row(run.out, QFileInfo(dir.path()).fileName()).value(1), u"1"_s); // the good one is scored
    }

    void sharedCorpus() {
        const QString timebank = QStringLiteral(ANNALS_SHARED_DIR) + u"/corpora/timebank"_s;
        if (!QDir(timebank).exists())
            QSKIP("shared corpora not available");
        const Run run = evaluate({timebank});
        QCOMPARE(run.exitCode, 0);
        const QStringList cells = row(run.out, u"timebank"_s);
        QCOMPARE(cells.mid(1, 2), (QStringList{u"183"_s, u"1243"_s}));
        for (qsizetype i = 4; i < cells.size(); ++i) {
            const double score = cells[i].toDouble();
            QVERIFY(score > 0.0 && score <= 100.0);
        }
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestEvaluateCommand)
#include "tst_evaluate_command.moc"
