// The TimeML reader: what text, blocks, date and gold timexes a user gets out of a TimeML file.
#include "timeml/timeml_reader.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace annals;

namespace {

QByteArray timeml(const QByteArray &text, const QByteArray &dct = "1998-01-08",
                  const QByteArray &extraHeader = {}) {
    return "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>NYT1998.0001</DOCID>\n"
           "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"" +
           dct + "\" functionInDocument=\"CREATION_TIME\">stamp</TIMEX3></DCT>\n" + extraHeader + "<TEXT>" +
           text + "</TEXT>\n</TimeML>\n";
}

QStringList blockTexts(const Document &doc) {
    QStringList out;
    for (const Block &block : doc.blocks)
        out.append(doc.blockText(block).toString());
    return out;
}

} // namespace

class TestTimeMLReader : public QObject {
    Q_OBJECT

private slots:
    void looksLikeTimeML_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("expected");
        QTest::newRow("TimeML root") << QByteArray("<?xml version=\"1.0\"?><TimeML><TEXT/></TimeML>") << true;
        QTest::newRow("TempEval-3 input") << QByteArray("<doc><DCT>x</DCT>\n<TEXT>y</TEXT></doc>") << true;
        QTest::newRow("DCT only") << QByteArray("<DCT>1998</DCT>") << false;
        QTest::newRow("plain text") << QByteArray("The talks resumed on Sunday.") << false;
        QTest::newRow("html") << QByteArray("<html><body><p>TEXT</p></body></html>") << false;
        QTest::newRow("UTF-16 TimeML") << QByteArray("\xFF\xFE<\0T\0i\0m\0e\0M\0L\0>\0", 18) << true;
        QTest::newRow("empty") << QByteArray() << false;
    }
    void looksLikeTimeML() {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, expected);
        QCOMPARE(annals::looksLikeTimeML(bytes), expected);
    }

    void plainText_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("entities") << QByteArray("AT&amp;T &lt;b&gt; &quot;q&quot; &apos;a&apos;")
                                  << u"AT&T <b> \"q\" 'a'"_s;
        QTest::newRow("character references")
            << QByteArray("caf&#233; &#x1F600;!") << u"caf\u00e9 \U0001F600!"_s;
        QTest::newRow("stripped tags")
            << QByteArray(
                   "He <EVENT eid=\"e1\" class=\"OCCURRENCE\">left</EVENT> <SIGNAL sid=\"s1\">on</SIGNAL> "
                   "<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-01-04\">Sunday</TIMEX3>.")
            << u"He left on Sunday."_s;
        QTest::newRow("unknown and empty tags") << QByteArray("a<s>b</s><br/>c") << u"abc"_s;
        QTest::newRow("comment and CDATA")
            << QByteArray("a<!-- note -->b<![CDATA[<x> & y]]>c") << u"ab<x> & yc"_s;
        QTest::newRow("CR LF folded") << QByteArray("one\r\ntwo\rthree") << u"one\ntwo\nthree"_s;
        QTest::newRow("whitespace kept") << QByteArray("\n  indented\n\n") << u"\n  indented\n\n"_s;
        QTest::newRow("UTF-8") << QByteArray("Gda\xc5\x84sk") << u"Gda\u0144sk"_s;
    }
    void plainText() {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        QString error;
        const std::optional<Document> doc = readTimeML(u"x.tml"_s, timeml(text), &error);
        QVERIFY2(doc, qPrintable(error));
        QCOMPARE(doc->text, expected);
        QCOMPARE(doc->metadata.format, u"timeml"_s);
        QCOMPARE(doc->path, u"x.tml"_s);
    }

    void creationTime_data() {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("date") << QByteArray("1998-01-08") << QDate(1998, 1, 8);
        QTest::newRow("date and time") << QByteArray("1998-08-07T06:18:00") << QDate(1998, 8, 7);
        QTest::newRow("week is no date") << QByteArray("1998-W02") << QDate();
        QTest::newRow("impossible date") << QByteArray("1998-02-30") << QDate();
        QTest::newRow("empty") << QByteArray() << QDate();
    }
    void creationTime() {
        QFETCH(QByteArray, value);
        QFETCH(QDate, expected);
        QString error;
        const std::optional<Document> doc = readTimeML(u"x.tml"_s, timeml("text", value), &error);
        QVERIFY2(doc, qPrintable(error));
        QCOMPARE(doc->metadata.publishedRaw, QString::fromLatin1(value));
        if (expected.isValid()) {
            QCOMPARE(doc->publicationDate, std::optional<QDate>(expected));
            QCOMPARE(doc->publicationDateSource, std::optional<DateSource>(DateSource::Metadata));
            QVERIFY(doc->warnings.isEmpty());
        } else {
            QVERIFY(!doc->publicationDate);
            QVERIFY(!doc->publicationDateSource);
            QCOMPARE(doc->warnings.size(), 1);
            QVERIFY(doc->warnings.first().contains(u"DCT"_s));
        }
    }

    void noDct() {
        const QByteArray bytes = "<TimeML><DOCID>d</DOCID><TEXT>x</TEXT></TimeML>";
        QString error;
        const std::optional<TimeMLGold> gold = readTimeMLGold(u"x.tml"_s, bytes, &error);
        QVERIFY2(gold, qPrintable(error));
        QVERIFY(!gold->document.publicationDate);
        QVERIFY(gold->dctValue.isEmpty());
        QCOMPARE(gold->docId, u"d"_s);
    }

    void title() {
        QString error;
        std::optional<Document> doc = readTimeML(u"x.tml"_s, timeml("x"), &error);
        QVERIFY2(doc, qPrintable(error));
        QCOMPARE(doc->title, u"NYT1998.0001"_s);

        doc = readTimeML(u"x.tml"_s, timeml("x", "1998-01-08", "<TITLE> Talks &amp;\n resume </TITLE>\n"),
                         &error);
        QVERIFY2(doc, qPrintable(error));
        QCOMPARE(doc->title, u"Talks & resume"_s);
    }

    void blocks_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("paragraphs") << QByteArray("\nFirst line\nstill first.\n\n  \nSecond.\n\nThird.\n")
                                    << QStringList{u"First line\nstill first."_s, u"Second."_s, u"Third."_s};
        QTest::newRow("no blank line: one per line")
            << QByteArray("\nOne.\nTwo.\n") << QStringList{u"One."_s, u"Two."_s};
        QTest::newRow("single line") << QByteArray("Only  ") << QStringList{u"Only"_s};
        QTest::newRow("empty") << QByteArray("\n\n") << QStringList{};
        QTest::newRow("tags do not split")
            << QByteArray("A <EVENT eid=\"e1\">b</EVENT>\n\nC") << QStringList{u"A b"_s, u"C"_s};
    }
    void blocks() {
        QFETCH(QByteArray, text);
        QFETCH(QStringList, expected);
        QString error;
        const std::optional<Document> doc = readTimeML(u"x.tml"_s, timeml(text), &error);
        QVERIFY2(doc, qPrintable(error));
        QCOMPARE(blockTexts(*doc), expected);
    }

    void goldTimexes() {
        const QByteArray text =
            "\nOn <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-01-04\">Sunday</TIMEX3> AT&amp;T said "
            "<TIMEX3 tid=\"t2\" type=\"DURATION\" value=\"P2D\" anchorTimeID=\"t1\">the past "
            "<EVENT eid=\"e1\">two</EVENT> days</TIMEX3> were calm; "
            "<TIMEX3 tid=\"t3\" type=\"DATE\" value=\"1997\" mod=\"END\" anchorTimeID=\"t0\">late "
            "1997</TIMEX3> was "
            "not, &#x1F600; <TIMEX3 tid=\"t4\" type=\"SET\" value=\"P1W\" quant=\"EVERY\" freq=\"1W\">every "
            "week</TIMEX3>.\n";
        QString error;
        const std::optional<TimeMLGold> gold = readTimeMLGold(u"g.tml"_s, timeml(text), &error);
        QVERIFY2(gold, qPrintable(error));
        QCOMPARE(gold->docId, u"NYT1998.0001"_s);
        QCOMPARE(gold->dctValue, u"1998-01-08"_s);
        const QString &plain = gold->document.text;
        QCOMPARE(gold->timexes.size(), 4);
        const QStringList spans = [&] {
            QStringList out;
            for (const Timex &t : gold->timexes)
                out.append(plain.mid(t.span.start, t.span.length()));
            return out;
        }();
        QCOMPARE(spans, (QStringList{u"Sunday"_s, u"the past two days"_s, u"late 1997"_s, u"every week"_s}));
        QCOMPARE(gold->timexes[0].span.start, 4);
        QCOMPARE(gold->timexes[0].type, TimexType::Date);
        QCOMPARE(gold->timexes[0].value, u"1998-01-04"_s);
        QCOMPARE(gold->timexes[0].anchorIndex, -1);
        QCOMPARE(gold->timexes[1].type, TimexType::Duration);
        QCOMPARE(gold->timexes[1].anchorIndex, 0);
        QCOMPARE(gold->timexes[2].mod, u"END"_s);
        QCOMPARE(gold->timexes[2].anchorIndex, -1); // t0 is the DCT, not a text timex
        QCOMPARE(gold->timexes[3].type, TimexType::Set);
        QCOMPARE(gold->timexes[3].quant, u"EVERY"_s);
        QCOMPARE(gold->timexes[3].freq, u"1W"_s);
        // The emoji before "every week" takes two UTF-16 units.
        QCOMPARE(plain.indexOf(u"every week"_s), gold->timexes[3].span.start);
    }

    void malformed_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unclosed element") << QByteArray("<TimeML>\n<TEXT>\nabc\n</TimeML>") << u"line 4"_s;
        QTest::newRow("mismatched tag")
            << QByteArray("<TimeML>\n<TEXT>a <EVENT>b</TIMEX3></TEXT></TimeML>") << u"line 2"_s;
        QTest::newRow("undeclared entity")
            << QByteArray("<TimeML>\n\n<TEXT>a &nbsp; b</TEXT></TimeML>") << u"line 3"_s;
        QTest::newRow("no TEXT") << QByteArray("<TimeML><DOCID>x</DOCID></TimeML>") << u"<TEXT>"_s;
        QTest::newRow("empty file") << QByteArray() << u"line"_s;
        QTest::newRow("binary") << QByteArray("\x7f"
                                              "ELF\x02\x01\x01\0\0\0\0",
                                              12)
                                << u"line"_s;
        QTest::newRow("invalid UTF-8")
            << QByteArray("<TimeML><TEXT>\xff\xfe\xfd</TEXT></TimeML>") << u"UTF-8"_s;
        QTest::newRow("unsupported encoding")
            << QByteArray("<?xml version=\"1.0\" encoding=\"Shift_JIS\"?><TimeML/>") << u"Shift_JIS"_s;
        QTest::newRow("truncated") << timeml("some text").left(60) << u"line"_s;
        QTest::newRow("TIMEX3 without type")
            << QByteArray("<TimeML>\n<TEXT><TIMEX3 tid=\"t1\">x</TIMEX3></TEXT></TimeML>") << u"line 2"_s;
    }
    void malformed() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, mentions);
        QString error;
        const std::optional<TimeMLGold> gold = readTimeMLGold(u"bad.tml"_s, bytes, &error);
        QVERIFY(!gold);
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }

    // TempEval-3 input files put DOCID, DCT and TEXT side by side without a root element.
    void tempEvalInputWithoutRoot() {
        const QByteArray bytes =
            "<?xml version=\"1.0\"?>\n<DOCID>TE3.1</DOCID>\n"
            "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2013-03-22\">x</TIMEX3></DCT>\n"
            "<TEXT>\nTalks resumed on Friday &amp; ended.\n</TEXT>\n";
        QString error;
        const std::optional<TimeMLGold> gold = readTimeMLGold(u"te3.xml"_s, bytes, &error);
        QVERIFY2(gold, qPrintable(error));
        QCOMPARE(gold->document.text, u"\nTalks resumed on Friday & ended.\n"_s);
        QCOMPARE(gold->docId, u"TE3.1"_s);
        QCOMPARE(gold->document.publicationDate, std::optional<QDate>(QDate(2013, 3, 22)));
        QVERIFY(gold->timexes.isEmpty());

        // A real error in such a file is still reported, with its own line.
        const QByteArray broken = "<DOCID>TE3.1</DOCID>\n<DCT>x</DCT>\n<TEXT>\n<b>never closed\n</TEXT>\n";
        QVERIFY(!readTimeMLGold(u"te3.xml"_s, broken, &error));
        QVERIFY2(error.contains(u"line"_s), qPrintable(error));
    }

    void selfClosingText() {
        QString error;
        const std::optional<Document> doc =
            readTimeML(u"e.tml"_s, "<TimeML><DOCID>x</DOCID><TEXT/></TimeML>", &error);
        QVERIFY2(doc, qPrintable(error));
        QVERIFY(doc->text.isEmpty());
        QVERIFY(doc->blocks.isEmpty());
    }

    void latin1AndUtf16() {
        const QByteArray latin1 =
            "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><TimeML><TEXT>caf\xe9</TEXT></TimeML>";
        QString error;
        std::optional<Document> doc = readTimeML(u"l.tml"_s, latin1, &error);
        QVERIFY2(doc, qPrintable(error));
        QCOMPARE(doc->text, u"caf\u00e9"_s);

        const QString utf16Text = u"<TimeML><TEXT>\u0645\u0631\u062d\u0628\u0627</TEXT></TimeML>"_s;
        QByteArray utf16("\xFF\xFE", 2);
        utf16.append(reinterpret_cast<const char *>(utf16Text.utf16()), utf16Text.size() * 2);
        doc = readTimeML(u"u.tml"_s, utf16, &error);
        QVERIFY2(doc, qPrintable(error));
        QCOMPARE(doc->text, u"\u0645\u0631\u062d\u0628\u0627"_s);
    }

    // Every shipped gold file reads, and the TIMEX3 counts are those the corpora document.
    void corpora_data() {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<int>("documents");
        QTest::addColumn<int>("timexes");
        QTest::newRow("timebank") << u"timebank"_s << 183 << 1243;
        QTest::newRow("aquaint") << u"aquaint"_s << 73 << 579;
        QTest::newRow("wikiwars-train") << u"wikiwars-train"_s << 16 << 2139;
    }
    void corpora() {
        QFETCH(QString, folder);
        QFETCH(int, documents);
        QFETCH(int, timexes);
        const QString dir = QStringLiteral(ANNALS_SHARED_DIR) + u"/corpora/"_s + folder;
        if (!QDir(dir).exists())
            QSKIP("shared corpora not available");
        int docCount = 0;
        int timexCount = 0;
        QDirIterator it(dir, {u"*.tml"_s}, QDir::Files);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QVERIFY2(annals::looksLikeTimeML(bytes), qPrintable(path));
            QString error;
            const std::optional<TimeMLGold> gold = readTimeMLGold(path, bytes, &error);
            QVERIFY2(gold, qPrintable(path + u": "_s + error));
            QVERIFY2(gold->document.publicationDate, qPrintable(path));
            QVERIFY(!gold->docId.isEmpty());
            for (const Timex &t : gold->timexes) {
                QVERIFY(t.span.start >= 0 && t.span.end <= gold->document.text.size());
                QVERIFY2(!t.span.isEmpty(), qPrintable(path));
                QVERIFY(!t.value.isEmpty());
            }
            ++docCount;
            timexCount += int(gold->timexes.size());
        }
        QCOMPARE(docCount, documents);
        QCOMPARE(timexCount, timexes);
    }
};

QTEST_GUILESS_MAIN(TestTimeMLReader)
#include "tst_timeml_reader.moc"
