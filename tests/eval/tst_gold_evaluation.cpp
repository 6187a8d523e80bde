// The evaluation driver: reads a folder of gold files, runs the tagger, pairs and counts; bad files are
// named.
#include "eval/gold_evaluation.h"
#include "eval/timex_scores.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace annals;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray goldFile(const QByteArray &text) {
    return "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>G</DOCID>\n"
           "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-01-08\" functionInDocument=\"CREATION_TIME\">"
           "1998-01-08</TIMEX3></DCT>\n<TEXT>\n" +
           text + "\n</TEXT>\n</TimeML>\n";
}

} // namespace

class TestGoldEvaluation : public QObject {
    Q_OBJECT

private slots:
    void folder() {
        QTemporaryDir dir;
        QVERIFY(writeFile(
            dir.filePath(u"b.tml"_s),
            goldFile("The accord was signed on <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1997-03-05\">"
                     "March 5, 1997</TIMEX3>, officials <EVENT eid=\"e1\">said</EVENT>.")));
        QVERIFY(writeFile(dir.filePath(u"sub/a.tml"_s),
                          goldFile("Nothing dated here.\n\nTalks ended in <TIMEX3 tid=\"t1\" type=\"DATE\" "
                                   "value=\"1996\">1996</TIMEX3>.")));
        QVERIFY(writeFile(dir.filePath(u"broken.tml"_s), "<TimeML>\n<TEXT>\nunclosed <b>\n</TEXT></TimeML>"));
        QVERIFY(writeFile(dir.filePath(u"notes.txt"_s), "not gold"));

        const DirectoryEvaluation evaluation = evaluateDirectory(dir.path());
        QCOMPARE(evaluation.documents.size(), 2);
        QCOMPARE(evaluation.documents[0].name, u"b.tml"_s);
        QCOMPARE(evaluation.documents[1].name, u"sub/a.tml"_s);
        QCOMPARE(evaluation.errors.size(), 1);
        QCOMPARE(evaluation.errors[0].path, dir.filePath(u"broken.tml"_s));
        QVERIFY2(evaluation.errors[0].message.contains(u"line 4"_s),
                 qPrintable(evaluation.errors[0].message));

        TimexCounts summed;
        for (const DocumentEvaluation &doc : evaluation.documents) {
            QCOMPARE(doc.gold.size(), 1);
            QCOMPARE(doc.alignment.counts.gold, doc.gold.size());
            QCOMPARE(doc.alignment.counts.system, doc.system.size());
            summed += doc.alignment.counts;
        }
        QCOMPARE(evaluation.counts, summed);

        // Fully explicit dates are found with their exact span and value.
        for (const DocumentEvaluation &doc : evaluation.documents) {
            QCOMPARE(doc.alignment.missed.size(), 0);
            QVERIFY(doc.alignment.matches.first().strict);
            QVERIFY(doc.alignment.matches.first().valueCorrect);
        }
    }

    void unusableFolders_data() {
        QTest::addColumn<QString>("which");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing") << u"missing"_s << u"no such directory"_s;
        QTest::newRow("a file") << u"file"_s << u"not a directory"_s;
        QTest::newRow("no gold files") << u"empty"_s << u"no .tml"_s;
    }
    void unusableFolders() {
        QFETCH(QString, which);
        QFETCH(QString, message);
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"file"_s), "x"));
        QVERIFY(QDir(dir.path()).mkdir(u"empty"_s));
        const DirectoryEvaluation evaluation = evaluateDirectory(dir.filePath(which));
        QVERIFY(evaluation.documents.isEmpty());
        QCOMPARE(evaluation.errors.size(), 1);
        QVERIFY2(evaluation.errors[0].message.contains(message), qPrintable(evaluation.errors[0].message));
    }
};

QTEST_GUILESS_MAIN(TestGoldEvaluation)
#include "tst_gold_evaluation.moc"
