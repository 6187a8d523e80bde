// TimeML documents are recognised by their content, whatever their file name, and read by the TimeML
// reader; the loader only dispatches to it and reports its errors.
#include "load/loader.h"
#include "scratch_files.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace annals;
using annals::testing::writeFile;

namespace {

const QByteArray annotated =
    "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>SAMPLE.1</DOCID>\n"
    "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2024-02-08\" functionInDocument=\"CREATION_TIME\">"
    "February 8, 2024</TIMEX3></DCT>\n"
    "<TEXT>\nThe harbour talks <EVENT eid=\"e1\" class=\"OCCURRENCE\">resumed</EVENT> on "
    "<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2024-02-07\">Wednesday</TIMEX3>.\n</TEXT>\n</TimeML>\n";

// TempEval-3 input: only a DCT and plain text, no TimeML root element.
const QByteArray tempEvalInput =
    "<DOCID>SAMPLE.2</DOCID>\n"
    "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2024-02-08\">2024-02-08</TIMEX3></DCT>\n"
    "<TEXT>\nThe harbour talks resumed on Wednesday.\n</TEXT>\n";

} // namespace

class TestLoadTimeML : public QObject {
    Q_OBJECT

private slots:
    void recognisedByContent_data();
    void recognisedByContent();
    void brokenTimeMLIsAnError_data();
    void brokenTimeMLIsAnError();
    void proseAboutTimeMLIsText();
    void goldCorpusFolder_data();
    void goldCorpusFolder();

private:
    QTemporaryDir m_dir;
};

void TestLoadTimeML::recognisedByContent_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("annotated .tml") << u"a.tml"_s << annotated;
    QTest::newRow("annotated named .txt") << u"b.txt"_s << annotated;
    QTest::newRow("tempeval input .xml") << u"c.xml"_s << tempEvalInput;
    QTest::newRow("tempeval input, no extension") << u"d"_s << tempEvalInput;
}

void TestLoadTimeML::recognisedByContent() {
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    const QString path = m_dir.filePath(name);
    QVERIFY(writeFile(path, bytes));

    const LoadResult result = loadPaths({path});
    QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.value(0).message));
    QCOMPARE(result.documents.size(), 1);
    const Document &document = result.documents.first();
    QCOMPARE(document.path, path);
    QCOMPARE(document.metadata.format, u"timeml"_s);
    // The text is TEXT's content with the annotations taken out.
    QVERIFY2(document.text.contains(u"The harbour talks resumed on Wednesday."_s), qPrintable(document.text));
    QVERIFY(!document.text.contains(u"<EVENT"_s));
    QVERIFY(!document.text.contains(u"DOCID"_s));
}

void TestLoadTimeML::brokenTimeMLIsAnError_data() {
    QTest::addColumn<QString>("name");
    QTest::newRow("named .tml") << u"broken.tml"_s;
    QTest::newRow("named .txt, starts with markup") << u"broken.txt"_s;
    QTest::newRow("no extension") << u"broken"_s;
}

void TestLoadTimeML::brokenTimeMLIsAnError() {
    QFETCH(QString, name);
    const QString path = m_dir.filePath(name);
    QVERIFY(writeFile(path, "<TimeML><DCT><TIMEX3 value=\"2024-02-08\"></DCT><TEXT>never closed"));
    const QString good = m_dir.filePath(u"good.txt"_s);
    QVERIFY(writeFile(good, "A plain article."));

    const LoadResult result = loadPaths({path, good});
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.first().path, path);
    QVERIFY(!result.errors.first().message.isEmpty());
    QCOMPARE(result.documents.size(), 1);
    QCOMPARE(result.documents.first().path, good);
}

void TestLoadTimeML::proseAboutTimeMLIsText() {
    // Notes that talk about the format are not in it: they load as text, with a warning saying why.
    const QString path = m_dir.filePath(u"notes.md"_s);
    QVERIFY(writeFile(path, "# Notes\n\nEach gold file has a <DCT> element and a <TEXT> element.\n"));
    const LoadResult result = loadPaths({path});
    QVERIFY(result.errors.isEmpty());
    QCOMPARE(result.documents.size(), 1);
    const Document &document = result.documents.first();
    QCOMPARE(document.metadata.format, u"text"_s);
    QCOMPARE(document.blocks.size(), 2);
    QCOMPARE(document.warnings,
             QStringList{u"mentions TimeML tags but is not a TimeML document; read as plain text"_s});
}

void TestLoadTimeML::goldCorpusFolder_data() {
    QTest::addColumn<QString>("folder");
    QTest::addColumn<int>("documents");
    QTest::newRow("timebank") << u"timebank"_s << 183;
    QTest::newRow("aquaint") << u"aquaint"_s << 73;
    QTest::newRow("wikiwars-train") << u"wikiwars-train"_s << 16;
}

void TestLoadTimeML::goldCorpusFolder() {
    QFETCH(QString, folder);
    QFETCH(int, documents);
    const QString path = QStringLiteral(ANNALS_SHARED_DIR "/corpora/") + folder;
    if (!QFileInfo(path).isDir())
        QSKIP("the shared corpora are not beside this checkout");
    const LoadResult result = loadPaths({path});
    QVERIFY2(result.errors.isEmpty(),
             qPrintable(result.errors.value(0).path + u": "_s + result.errors.value(0).message));
    QCOMPARE(result.documents.size(), documents);
    for (const Document &document : result.documents) {
        QCOMPARE(document.metadata.format, u"timeml"_s);
        QVERIFY(!document.text.trimmed().isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestLoadTimeML)
#include "tst_load_timeml.moc"
