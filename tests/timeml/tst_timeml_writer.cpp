// The TimeML writer: TEXT kept byte for byte, TIMEX3s inserted, well-formed output that reads back.
#include "timeml/timeml_reader.h"
#include "timeml/timeml_writer.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace annals;

namespace {

// The raw bytes between <TEXT> and </TEXT>, found without any XML parsing.
QByteArray rawText(const QByteArray &file) {
    const qsizetype open = file.indexOf("<TEXT>");
    const qsizetype close = file.lastIndexOf("</TEXT>");
    if (open < 0 || close < open)
        return {};
    return file.sliced(open + 6, close - open - 6);
}

QByteArray stripTags(const QByteArray &text) {
    static const QRegularExpression tag(u"<[^>]*>"_s);
    return QString::fromUtf8(text).remove(tag).toUtf8();
}

// Well-formedness, with the ids and anchors of every TIMEX3 collected on the way.
struct XmlCheck {
    QString error;
    QSet<QString> tids;
    QStringList anchors;
    QString dctTid;
    QString dctFunction;
    QString dctValue;
    QString docId;
};

XmlCheck checkXml(const QByteArray &bytes) {
    XmlCheck check;
    QXmlStreamReader xml(bytes);
    bool inDct = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"DCT")
                inDct = true;
            if (xml.name() == u"DOCID")
                check.docId = xml.readElementText();
            if (xml.name() == u"TIMEX3") {
                const QXmlStreamAttributes attributes = xml.attributes();
                const QString tid = attributes.value(u"tid"_s).toString();
                if (check.tids.contains(tid))
                    check.error = u"duplicate tid "_s + tid;
                check.tids.insert(tid);
                if (attributes.hasAttribute(u"anchorTimeID"_s))
                    check.anchors.append(attributes.value(u"anchorTimeID"_s).toString());
                if (inDct) {
                    check.dctTid = tid;
                    check.dctFunction = attributes.value(u"functionInDocument"_s).toString();
                    check.dctValue = attributes.value(u"value"_s).toString();
                }
            }
        } else if (xml.isEndElement() && xml.name() == u"DCT") {
            inDct = false;
        }
    }
    if (xml.hasError())
        check.error = u"line %1: %2"_s.arg(xml.lineNumber()).arg(xml.errorString());
    return check;
}

QByteArray readFile(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

Timex timexAt(const QString &text, const QString &words, TimexType type, const QString &value,
              int anchor = -1) {
    Timex t;
    t.span.start = text.indexOf(words);
    t.span.end = t.span.start + words.size();
    t.type = type;
    t.value = value;
    t.anchorIndex = anchor;
    return t;
}

QStringList spanTexts(const TimeMLGold &gold) {
    QStringList out;
    for (const Timex &t : gold.timexes)
        out.append(gold.document.text.mid(t.span.start, t.span.length()));
    return out;
}

} // namespace

class TestTimeMLWriter : public QObject {
    Q_OBJECT

private slots:
    // Writing each gold file's own annotations back out reproduces its TEXT exactly and its timexes.
    void corpusRoundTrip_data() {
        QTest::addColumn<QString>("path");
        const QString root = QStringLiteral(ANNALS_SHARED_DIR) + u"/corpora"_s;
        for (const QString &folder : {u"timebank"_s, u"aquaint"_s, u"wikiwars-train"_s}) {
            QDirIterator it(root + u'/' + folder, {u"*.tml"_s}, QDir::Files);
            QStringList paths;
            while (it.hasNext())
                paths.append(it.next());
            paths.sort();
            for (const QString &path : paths)
                QTest::newRow(qPrintable(folder + u'/' + QFileInfo(path).fileName())) << path;
        }
        if (!QDir(root).exists())
            QSKIP("shared corpora not available");
    }
    void corpusRoundTrip() {
        QFETCH(QString, path);
        const QByteArray input = readFile(path);
        QString error;
        const std::optional<TimeMLGold> gold = readTimeMLGold(path, input, &error);
        QVERIFY2(gold, qPrintable(error));

        const QByteArray output = writeTimeML(gold->document, gold->timexes, &error);
        QVERIFY2(!output.isEmpty(), qPrintable(error));

        const XmlCheck check = checkXml(output);
        QVERIFY2(check.error.isEmpty(), qPrintable(check.error));
        QCOMPARE(check.docId, gold->docId);
        QCOMPARE(check.dctTid, u"t0"_s);
        QCOMPARE(check.dctFunction, u"CREATION_TIME"_s);
        QCOMPARE(check.dctValue, gold->dctValue);
        for (const QString &anchor : check.anchors)
            QVERIFY2(check.tids.contains(anchor), qPrintable(u"dangling anchorTimeID "_s + anchor));

        // TEXT byte for byte: identical once every tag is taken out of both.
        const QByteArray inputText = rawText(input);
        QVERIFY(!inputText.isEmpty());
        QCOMPARE(stripTags(rawText(output)), stripTags(inputText));
        // Only TIMEX3 remain as tags: EVENT and SIGNAL were dropped.
        QVERIFY(!rawText(output).contains("<EVENT"));
        QVERIFY(!rawText(output).contains("<SIGNAL"));

        // Reading the output gives the same text and the same timexes.
        const std::optional<TimeMLGold> again = readTimeMLGold(path, output, &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->document.text, gold->document.text);
        QCOMPARE(again->timexes.size(), gold->timexes.size());
        for (qsizetype i = 0; i < gold->timexes.size(); ++i) {
            const Timex &a = gold->timexes[i];
            const Timex &b = again->timexes[i];
            QCOMPARE(b.span, a.span);
            QCOMPARE(b.type, a.type);
            QCOMPARE(b.value, a.value);
            QCOMPARE(b.mod, a.mod);
            QCOMPARE(b.anchorIndex, a.anchorIndex);
        }
    }

    // Entities, comments and tags other than TIMEX3/EVENT/SIGNAL are kept as written; new TIMEX3s nest.
    void keepsSourceMarkup() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"s.tml"_s);
        const QByteArray source =
            "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>S1</DOCID>\n"
            "<DCT><TIMEX3 tid=\"t0\" type=\"TIME\" value=\"1998-08-07T06:18:00\">08/07/1998</TIMEX3></DCT>\n"
            "<TITLE>T &amp; U</TITLE>\n"
            "<TEXT>\r\nAT&amp;T <EVENT eid=\"e1\">met</EVENT> <!-- c --> <s>on Friday &#x26; Saturday</s>"
            " or <TIMEX3 tid=\"t9\" type=\"DATE\" value=\"1998\">last  year</TIMEX3>.\n</TEXT>\n</TimeML>\n";
        QVERIFY(writeFile(path, source));
        QString error;
        std::optional<Document> doc = readTimeML(path, source, &error);
        QVERIFY2(doc, qPrintable(error));
        const QString &text = doc->text;
        QCOMPARE(text, u"\nAT&T met  on Friday & Saturday or last  year.\n"_s);

        const QList<Timex> timexes{
            timexAt(text, u"Friday & Saturday"_s, TimexType::Date, u"1998-W32-WE"_s),
            timexAt(text, u"last  year"_s, TimexType::Date, u"1997"_s, 0),
            timexAt(text, u"Saturday or last"_s, TimexType::Date, u"bad"_s), // overlaps both: left out
        };
        const QByteArray output = writeTimeML(*doc, timexes, &error);
        QVERIFY2(!output.isEmpty(), qPrintable(error));
        QVERIFY2(checkXml(output).error.isEmpty(), output.constData());
        QCOMPARE(rawText(output),
                 QByteArray("\r\nAT&amp;T met <!-- c --> <s>on <TIMEX3 tid=\"t1\" type=\"DATE\" "
                            "value=\"1998-W32-WE\">Friday &#x26; Saturday</TIMEX3></s> or <TIMEX3 tid=\"t2\" "
                            "type=\"DATE\" value=\"1997\" anchorTimeID=\"t1\">last  year</TIMEX3>.\n"));
        QVERIFY(output.contains("<DOCID>S1</DOCID>"));
        QVERIFY(output.contains("<TITLE>T &amp; U</TITLE>"));
        QVERIFY(output.contains("<DCT><TIMEX3 tid=\"t0\" type=\"TIME\" value=\"1998-08-07T06:18:00\""));
        QVERIFY(output.contains(">08/07/1998</TIMEX3></DCT>"));
    }

    // A timex that would cross the boundary of a kept element cannot be written as XML: it is left out.
    void crossingKeptTagIsSkipped() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"c.tml"_s);
        const QByteArray source = "<TimeML><DOCID>C</DOCID><TEXT>early <b>in March</b> 1998 "
                                  "<EVENT eid=\"e1\">then</EVENT> May</TEXT></TimeML>";
        QVERIFY(writeFile(path, source));
        QString error;
        const std::optional<Document> doc = readTimeML(path, source, &error);
        QVERIFY2(doc, qPrintable(error));
        const QList<Timex> timexes{
            timexAt(doc->text, u"March 1998"_s, TimexType::Date, u"1998-03"_s), // crosses </b>
            timexAt(doc->text, u"then May"_s, TimexType::Date, u"1998-05"_s), // crosses stripped EVENT: fine
        };
        const QByteArray output = writeTimeML(*doc, timexes, &error);
        QVERIFY2(!output.isEmpty(), qPrintable(error));
        QVERIFY2(checkXml(output).error.isEmpty(), output.constData());
        QCOMPARE(rawText(output), QByteArray("early <b>in March</b> 1998 <TIMEX3 tid=\"t1\" type=\"DATE\" "
                                             "value=\"1998-05\">then May</TIMEX3>"));
    }

    void plainTextDocument_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("docId");
        QTest::addColumn<QDate>("date");
        QTest::newRow("text file") << u"news/talks.txt"_s << u"talks"_s << QDate(2024, 2, 7);
        QTest::newRow("json lines record") << u"feed.jsonl:12"_s << u"feed_12"_s << QDate(2024, 5, 5);
        QTest::newRow("no date") << u"a.html"_s << u"a"_s << QDate();
    }
    void plainTextDocument() {
        QFETCH(QString, path);
        QFETCH(QString, docId);
        QFETCH(QDate, date);
        Document doc;
        doc.path = path;
        doc.title = u"Talks <resume>"_s;
        doc.metadata.format = u"text"_s;
        doc.text = u"Gaza & Cairo: \"talks\" <resumed> on Wednesday.\r\nA bell\x07 rang\n\nIn 2025, again."_s;
        if (date.isValid())
            doc.publicationDate = date;
        QList<Timex> timexes{timexAt(doc.text, u"Wednesday"_s, TimexType::Date, u"2024-02-07"_s),
                             timexAt(doc.text, u"2025"_s, TimexType::Date, u"2025"_s, 0)};
        Timex set = timexAt(doc.text, u"again"_s, TimexType::Set, u"P1Y"_s);
        set.quant = u"EVERY"_s;
        set.freq = u"1X"_s;
        set.mod = u"APPROX"_s;
        timexes.append(set);
        Timex outOfRange;
        outOfRange.span = {5, 500};
        timexes.append(outOfRange);

        QString error;
        const QByteArray output = writeTimeML(doc, timexes, &error);
        QVERIFY2(!output.isEmpty(), qPrintable(error));
        const XmlCheck check = checkXml(output);
        QVERIFY2(check.error.isEmpty(), qPrintable(check.error + u"\n"_s + QString::fromUtf8(output)));
        QCOMPARE(check.docId, docId);
        QCOMPARE(check.tids, (QSet<QString>{u"t0"_s, u"t1"_s, u"t2"_s, u"t3"_s}) -
                                 (date.isValid() ? QSet<QString>{} : QSet<QString>{u"t0"_s}));
        QCOMPARE(check.anchors, QStringList{u"t1"_s});
        QVERIFY(output.contains("quant=\"EVERY\" freq=\"1X\""));
        QVERIFY(output.contains("mod=\"APPROX\""));
        QVERIFY(output.contains("<TITLE>Talks &lt;resume&gt;</TITLE>"));

        // Read back: the same plain text (the bell is not an XML character and became a space) and spans.
        const std::optional<TimeMLGold> again = readTimeMLGold(u"out.tml"_s, output, &error);
        QVERIFY2(again, qPrintable(error));
        QString expectedText = doc.text;
        expectedText.replace(QChar(7), u' ');
        QCOMPARE(again->document.text, expectedText);
        QCOMPARE(spanTexts(*again), (QStringList{u"Wednesday"_s, u"2025"_s, u"again"_s}));
        QCOMPARE(again->document.publicationDate.value_or(QDate()), date);
        QCOMPARE(again->timexes[2].type, TimexType::Set);
    }

    void errors_data() {
        QTest::addColumn<bool>("exists");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("source gone") << false << u"cannot read"_s;
        QTest::newRow("source changed") << true << u"changed"_s;
    }
    void errors() {
        QFETCH(bool, exists);
        QFETCH(QString, mentions);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"gone.tml"_s);
        const QByteArray source = "<TimeML><TEXT>Monday</TEXT></TimeML>";
        QString error;
        const std::optional<Document> doc = readTimeML(path, source, &error);
        QVERIFY2(doc, qPrintable(error));
        if (exists)
            QVERIFY(writeFile(path, "<TimeML><TEXT>Tuesday</TEXT></TimeML>"));
        const QByteArray output = writeTimeML(*doc, {}, &error);
        QVERIFY(output.isEmpty());
        QVERIFY2(error.contains(mentions), qPrintable(error));
        QVERIFY(error.contains(path));
    }
};

QTEST_GUILESS_MAIN(TestTimeMLWriter)
#include "tst_timeml_writer.moc"
