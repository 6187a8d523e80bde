// Runs the real `annals extract` executable: on the shared seed articles (events and dates read from the
// articles by hand) and on bad input (documented exit status, a message naming the file, no crash).
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "scratch_files.h"

using namespace Qt::StringLiterals;
using annals::testing::writeFile;

namespace {

struct Run {
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QString err;
};

Run extract(const QStringList &arguments, int timeoutMs = 60000) {
    QProcess p;
    p.start(QStringLiteral(ANNALS_EXECUTABLE), QStringList{u"extract"_s} + arguments);
    Run r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.crashed = true;
        return r;
    }
    r.crashed = p.exitStatus() != QProcess::NormalExit;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QJsonObject parse(const QByteArray &bytes) {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s", qPrintable(error.errorString()));
    return doc.object();
}

QString seeds() {
    return QStringLiteral(ANNALS_SHARED_DIR "/seeds");
}

} // namespace

class TestExtract : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void seedDocuments();
    void seedEvents_data();
    void seedEvents();
    void seedSummariesOpenAsStatements();
    void teasersAndReadMoreMakeNoEvents();
    void undatedSeedWithDct();
    void userDateWinsOverText();
    void badFiles_data();
    void badFiles();
    void missingPathDoesNotStopOthers();
    void invalidUtf8IsDecodedWithWarning();
    void impossibleDateInTextIsReported();
    void numericDateOrder();
    void manyImpossibleDatesAreCounted();
    void usageErrors_data();
    void usageErrors();
    void help();
    void otherFormats();
    void datesBeforeChrist_data();
    void datesBeforeChrist();
    void timemlOutDir();
    void folderWithThousandsOfFiles();
    void twoHundredMegabyteFile();

private:
    QJsonObject m_seeds;
    QString m_seedErrors;
    int m_seedExit = -1;
};

void TestExtract::initTestCase() {
    QVERIFY2(QFileInfo::exists(QStringLiteral(ANNALS_EXECUTABLE)), ANNALS_EXECUTABLE);
    QVERIFY2(QDir(seeds()).exists(), qPrintable(seeds()));
    const Run r = extract({seeds()});
    QVERIFY(!r.crashed);
    m_seedExit = r.exitCode;
    m_seedErrors = r.err;
    m_seeds = parse(r.out);
}

void TestExtract::seedDocuments() {
    QCOMPARE(m_seedExit, 0);
    const QJsonArray docs = m_seeds[u"documents"].toArray();
    QCOMPARE(docs.size(), 5);
    QStringList dates;
    for (int i = 0; i < docs.size(); ++i) {
        QCOMPARE(docs[i][u"id"].toString(), u"d"_s + QString::number(i + 1));
        dates << (docs[i][u"publication_date"].isNull() ? u"null"_s
                                                        : docs[i][u"publication_date"].toString());
    }
    // 000 states "5 May 2024" in its header, 002 "Updated February 07, 2024", 003 a fully dated caption;
    // 001 and 004 state no date anywhere.
    QCOMPARE(dates, (QStringList{u"2024-05-05"_s, u"null"_s, u"2024-02-07"_s, u"2024-02-07"_s, u"null"_s}));
    for (int undated : {1, 4}) {
        const QJsonObject doc = docs[undated].toObject();
        QVERIFY(doc[u"publication_date_source"].isNull());
        QVERIFY(!doc[u"warnings"].toArray().isEmpty());
        const QString name = QFileInfo(doc[u"path"].toString()).fileName();
        // The warning on standard error names the file and says how to fix it.
        bool warned = false;
        for (const QString &line : m_seedErrors.split(u'\n')) {
            if (line.startsWith(u"annals: "_s) && line.contains(name) &&
                line.contains(u"no publication date"_s) && line.contains(u"--dct"_s))
                warned = true;
        }
        QVERIFY2(warned, qPrintable(m_seedErrors));
    }
}

void TestExtract::seedEvents_data() {
    QTest::addColumn<QString>("document");
    QTest::addColumn<QString>("timexText");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("earliest");
    QTest::addColumn<QString>("latest");
    QTest::addColumn<QStringList>("sentenceWords"); // words the event's sentence must hold
    QTest::addColumn<QString>("actor");             // an actor the event must name ("" for none)

    // 000: the prime minister turned down the proposal on the Sunday of publication (5 May 2024).
    QTest::newRow("000 rejection on Sunday")
        << u"d1"_s << u"Sunday"_s << u"2024-05-05"_s << u"2024-05-05"_s << u"2024-05-05"_s
        << QStringList{u"rejected"_s, u"proposal"_s} << u"Benjamin Netanyahu"_s;
    QTest::newRow("000 Al Jazeera vote on Sunday")
        << u"d1"_s << u"Sunday"_s << u"2024-05-05"_s << u"2024-05-05"_s << u"2024-05-05"_s
        << QStringList{u"voted"_s, u"Jazeera"_s} << u"Al Jazeera"_s;
    // 002 (7 February 2024): the 7 October attack of the previous year, and Hamas' proposal of Tuesday.
    QTest::newRow("002 Oct. 7") << u"d3"_s << u"Oct. 7"_s << u"2023-10-07"_s << u"2023-10-07"_s
                                << u"2023-10-07"_s << QStringList{u"attacked"_s} << u"Hamas"_s;
    QTest::newRow("002 proposal on Tuesday") << u"d3"_s << u"Tuesday"_s << u"2024-02-06"_s << u"2024-02-06"_s
                                             << u"2024-02-06"_s << QStringList{u"proposal"_s} << u"Hamas"_s;
    QTest::newRow("002 caption Oct. 28") << u"d3"_s << u"Oct. 28"_s << u"2023-10-28"_s << u"2023-10-28"_s
                                         << u"2023-10-28"_s << QStringList{u"Tel Aviv"_s} << QString();
    // 003 (Wednesday 7 February 2024, live blog).
    QTest::newRow("003 rejection Wednesday")
        << u"d4"_s << u"Wednesday"_s << u"2024-02-07"_s << u"2024-02-07"_s << u"2024-02-07"_s
        << QStringList{u"rejected"_s, u"demands"_s} << u"Benjamin Netanyahu"_s;
    QTest::newRow("003 last month") << u"d4"_s << u"last month"_s << u"2024-01"_s << u"2024-01-01"_s
                                    << u"2024-01-31"_s << QStringList{u"smuggle"_s}
                                    << u"Benjamin Netanyahu"_s;
    QTest::newRow("003 late January") << u"d4"_s << u"late January"_s << u"2024-01"_s << u"2024-01-21"_s
                                      << u"2024-01-31"_s << QStringList{u"Jordan"_s} << u"Jordan"_s;
    QTest::newRow("003 last week") << u"d4"_s << u"Last week"_s << u"2024-W05"_s << u"2024-01-29"_s
                                   << u"2024-02-04"_s << QStringList{u"Kerem Shalom"_s} << QString();
    QTest::newRow("003 Oct. 7 attack") << u"d4"_s << u"Oct. 7"_s << u"2023-10-07"_s << u"2023-10-07"_s
                                       << u"2023-10-07"_s << QStringList{u"assault"_s} << u"Hamas"_s;
    QTest::newRow("003 November truce") << u"d4"_s << u"November"_s << u"2023-11"_s << u"2023-11-01"_s
                                        << u"2023-11-30"_s << QStringList{u"freed"_s} << QString();
    QTest::newRow("003 war of 2006") << u"d4"_s << u"2006"_s << u"2006"_s << u"2006-01-01"_s
                                     << u"2006-12-31"_s << QStringList{u"Hezbollah"_s} << u"Hezbollah"_s;
    QTest::newRow("003 Guterres in office since")
        << u"d4"_s << u"January 2017"_s << u"2017-01"_s << u"2017-01-01"_s << u"2017-01-31"_s
        << QStringList{u"secretary-general"_s} << QString();
    // 004 (undated): only the fully stated month survives without a publication date.
    QTest::newRow("004 October 2023") << u"d5"_s << u"October 2023"_s << u"2023-10"_s << u"2023-10-01"_s
                                      << u"2023-10-31"_s << QStringList{u"malnutrition"_s} << u"Israel"_s;
}

void TestExtract::seedEvents() {
    QFETCH(QString, document);
    QFETCH(QString, timexText);
    QFETCH(QString, value);
    QFETCH(QString, earliest);
    QFETCH(QString, latest);
    QFETCH(QStringList, sentenceWords);
    QFETCH(QString, actor);
    bool found = false;
    for (const QJsonValue &v : m_seeds[u"events"].toArray()) {
        const QJsonObject e = v.toObject();
        const QJsonObject timex = e[u"timex"].toObject();
        if (e[u"document"].toString() != document || timex[u"text"].toString() != timexText)
            continue;
        const QString sentence = e[u"sentence"].toObject()[u"text"].toString();
        bool all = true;
        for (const QString &w : std::as_const(sentenceWords))
            all = all && sentence.contains(w);
        if (!all)
            continue;
        found = true;
        QCOMPARE(e[u"date"].toString(), value);
        QCOMPARE(timex[u"value"].toString(), value);
        QCOMPARE(e[u"earliest"].toString(), earliest);
        QCOMPARE(e[u"latest"].toString(), latest);
        QVERIFY(!e[u"summary"].toString().isEmpty());
        QVERIFY(e[u"summary"].toString().size() <= 121);
        QVERIFY(e[u"summary"].toString().size() < sentence.size() || sentence.size() <= 121);
        if (!actor.isEmpty()) {
            QVERIFY2(e[u"actors"].toArray().contains(actor),
                     qPrintable(QString::fromUtf8(QJsonDocument(e[u"actors"].toArray()).toJson())));
        }
        // Offsets are code points into the document's text; the timex lies inside its sentence.
        const QJsonObject s = e[u"sentence"].toObject();
        QVERIFY(timex[u"start"].toInt() >= s[u"start"].toInt());
        QVERIFY(timex[u"end"].toInt() <= s[u"end"].toInt());
        QCOMPARE(timex[u"end"].toInt() - timex[u"start"].toInt(), int(timexText.toUcs4().size()));
    }
    QVERIFY2(found, "no such event");
}

// A summary reads as a statement holding its time expression: it does not open with a conjunction, a
// relative pronoun, a bare reporting verb, a comma, a closing quote or an ellipsis, nor in lower case.
void TestExtract::seedSummariesOpenAsStatements() {
    const QStringList badFirstWords = {u"and"_s, u"but"_s,  u"or"_s,   u"which"_s,
                                       u"who"_s, u"said"_s, u"told"_s, u"have"_s};
    const QJsonArray events = m_seeds[u"events"].toArray();
    QVERIFY(events.size() > 20);
    for (const QJsonValue &v : events) {
        const QString summary = v[u"summary"].toString();
        const QString timexText = v[u"timex"][u"text"].toString();
        QVERIFY2(summary.contains(timexText, Qt::CaseInsensitive), qPrintable(summary));
        QVERIFY2(!summary.front().isLower() && !u",;:\u2026\u201d\u2019)"_s.contains(summary.front()),
                 qPrintable(summary));
        const QString firstWord = summary.section(u' ', 0, 0);
        QVERIFY2(!badFirstWords.contains(firstWord, Qt::CaseInsensitive), qPrintable(summary));
    }
}

void TestExtract::teasersAndReadMoreMakeNoEvents() {
    // 000 ends with a "More Latest News" teaser list dated 2022 and 2025, and has "Read More:" links.
    for (const QJsonValue &v : m_seeds[u"events"].toArray()) {
        const QJsonObject e = v.toObject();
        const QString sentence = e[u"sentence"].toObject()[u"text"].toString();
        QVERIFY2(!sentence.startsWith(u"Read More"_s), qPrintable(sentence));
        QVERIFY2(e[u"zone"].toString() != u"boilerplate"_s, qPrintable(sentence));
        if (e[u"document"].toString() == u"d1"_s)
            QVERIFY2(e[u"earliest"].toString() < u"2025"_s && e[u"earliest"].toString() != u"2022-01-01"_s,
                     qPrintable(sentence));
    }
    // With --include-boilerplate the teaser dates do become events.
    const Run all = extract({u"--include-boilerplate"_s, seeds() + u"/000_8342749e304a7cb5.txt"_s});
    QCOMPARE(all.exitCode, 0);
    bool teaser = false;
    for (const QJsonValue &v : parse(all.out)[u"events"].toArray())
        teaser = teaser || v[u"date"].toString().startsWith(u"2025"_s);
    QVERIFY(teaser);
}

void TestExtract::undatedSeedWithDct() {
    // 001 says Israel's forces struck Rafah "on Thursday"; with the article dated Friday 9 February 2024
    // that is 8 February.
    const Run r = extract({u"--dct"_s, u"2024-02-09"_s, seeds() + u"/001_a08b66b77f3cef1d.txt"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(!r.err.contains(u"no publication date"_s), qPrintable(r.err));
    const QJsonObject root = parse(r.out);
    const QJsonObject doc = root[u"documents"].toArray().first().toObject();
    QCOMPARE(doc[u"publication_date"].toString(), u"2024-02-09"_s);
    QCOMPARE(doc[u"publication_date_source"].toString(), u"user"_s);
    bool thursday = false;
    for (const QJsonValue &v : root[u"events"].toArray()) {
        if (v[u"timex"].toObject()[u"text"].toString() == u"Thursday"_s) {
            QCOMPARE(v[u"date"].toString(), u"2024-02-08"_s);
            thursday = true;
        }
    }
    QVERIFY(thursday);
}

void TestExtract::userDateWinsOverText() {
    const Run r = extract({u"--dct"_s, u"2024-05-06"_s, seeds() + u"/000_8342749e304a7cb5.txt"_s});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject doc = parse(r.out)[u"documents"].toArray().first().toObject();
    QCOMPARE(doc[u"publication_date"].toString(), u"2024-05-06"_s);
    QCOMPARE(doc[u"publication_date_source"].toString(), u"user"_s);
    QVERIFY2(r.err.contains(u"2024-05-05"_s), qPrintable(r.err)); // the disagreement is reported
}

void TestExtract::badFiles_data() {
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << QByteArray() << u"empty"_s;
    QTest::newRow("white space only") << QByteArray(" \n\n \t\n") << u"empty"_s;
    QByteArray binary(4096, '\0');
    for (int i = 0; i < binary.size(); ++i)
        binary[i] = char((i * 7919) & 0xff);
    binary.replace(0, 4,
                   "\x7f"
                   "ELF");
    QTest::newRow("binary") << binary << u"binary"_s;
}

void TestExtract::badFiles() {
    QFETCH(QByteArray, content);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"input.txt"_s);
    QVERIFY(writeFile(path, content));
    const Run r = extract({path});
    QVERIFY(!r.crashed);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"annals: "_s + path + u": "_s) && r.err.contains(reason), qPrintable(r.err));
    QCOMPARE(parse(r.out)[u"documents"].toArray().size(), 0); // the output is still valid JSON
}

void TestExtract::missingPathDoesNotStopOthers() {
    QTemporaryDir dir;
    const QString good = dir.filePath(u"good.txt"_s);
    QVERIFY(writeFile(good, "Talks resumed in Cairo on 5 May 2024 after a long pause.\n"));
    const QString missing = dir.filePath(u"missing.txt"_s);
    const Run r = extract({missing, good});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"annals: "_s + missing + u": "_s), qPrintable(r.err));
    const QJsonObject root = parse(r.out);
    QCOMPARE(root[u"documents"].toArray().size(), 1);
    QCOMPARE(root[u"documents"].toArray().first()[u"path"].toString(), good);
    QCOMPARE(root[u"events"].toArray().size(), 1);
    QCOMPARE(root[u"events"].toArray().first()[u"date"].toString(), u"2024-05-05"_s);
}

void TestExtract::invalidUtf8IsDecodedWithWarning() {
    QTemporaryDir dir;
    const QString path = dir.filePath(u"latin.txt"_s);
    QVERIFY(writeFile(path, "Caf\xe9 owners met the mayor on 5 May 2024 \xff\xfe in the old town.\n"));
    const Run r = extract({path});
    QVERIFY(!r.crashed);
    QCOMPARE(r.exitCode, 0); // readable, with a warning saying how it was read
    QVERIFY2(r.err.contains(u"annals: "_s + path + u": "_s) && r.err.contains(u"UTF-8"_s), qPrintable(r.err));
    const QJsonObject root = parse(r.out);
    QCOMPARE(root[u"events"].toArray().size(), 1);
    QVERIFY(root[u"events"].toArray().first()[u"sentence"].toObject()[u"text"].toString().startsWith(
        u"Caf\u00e9"_s));
}

// "February 30" in an article is no date: it is left out, and the user is told where it is.
void TestExtract::impossibleDateInTextIsReported() {
    QTemporaryDir dir;
    const QString path = dir.filePath(u"impossible.txt"_s);
    QVERIFY(writeFile(path,
                      "Harbour vote\nThe vote was held on February 30.\nThe strike ended on 5 May 2024.\n"));
    const Run r = extract({path});
    QVERIFY(!r.crashed);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains(path + u": line 2: \"February 30\" is not a calendar date"_s), qPrintable(r.err));
    const QJsonArray events = parse(r.out)[u"events"].toArray();
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first()[u"date"].toString(), u"2024-05-05"_s);
}

// "3/2/2024" may be either 3 February or 2 March: read as the article writes its other dates, and reported
// when the article never says.
void TestExtract::numericDateOrder() {
    QTemporaryDir dir;
    const QString unstated = dir.filePath(u"unstated.txt"_s);
    const QString dayFirst = dir.filePath(u"day_first.txt"_s);
    QVERIFY(writeFile(unstated,
                      "Harbour vote\nThe vote was held on 3/2/2024.\nIt ended on 4/2/2024, 5/2/2024.\n"));
    QVERIFY(writeFile(dayFirst,
                      "Harbour vote\nThe vote was held on 3/2/2024.\nThe strike ended on 14/2/2024.\n"));
    const Run r = extract({u"--dct"_s, u"2024-03-10"_s, unstated, dayFirst});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains(unstated +
                            u": line 2: \"3/2/2024\" could have its day and month the other way round; "_s
                            u"it is read month first, as 2024-03-02"_s),
             qPrintable(r.err));
    QVERIFY2(r.err.contains(u"(and so are 2 more dates like it)"_s), qPrintable(r.err));
    QCOMPARE(r.err.count(u"could have its day and month"_s), 1);
    QVERIFY2(!r.err.contains(dayFirst), qPrintable(r.err));
    QStringList dates;
    for (const QJsonValue e : parse(r.out)[u"events"].toArray())
        dates << e[u"date"].toString();
    QCOMPARE(dates, (QStringList{u"2024-03-02"_s, u"2024-04-02"_s, u"2024-05-02"_s, u"2024-02-03"_s,
                                 u"2024-02-14"_s}));
}

// A file full of impossible dates lists the first twenty by line and counts the rest.
void TestExtract::manyImpossibleDatesAreCounted() {
    QTemporaryDir dir;
    const QString path = dir.filePath(u"many.txt"_s);
    QByteArray text = "Harbour vote\n";
    for (int i = 0; i < 25; ++i)
        text += "The vote was held on February 30.\n";
    QVERIFY(writeFile(path, text));
    const Run r = extract({u"--dct"_s, u"2024-03-10"_s, path});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err.count(u"is not a calendar date"_s), 20);
    QVERIFY2(r.err.contains(path + u": 5 more dates that are not calendar dates are left out"_s),
             qPrintable(r.err));
}

void TestExtract::usageErrors_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("impossible dct") << QStringList{u"--dct"_s, u"2024-02-30"_s, u"x.txt"_s}
                                    << u"--dct 2024-02-30: February 2024 has 29 days"_s;
    QTest::newRow("common year dct") << QStringList{u"--dct"_s, u"2023-02-29"_s, u"x.txt"_s}
                                     << u"--dct 2023-02-29: February 2023 has 28 days"_s;
    QTest::newRow("month 13") << QStringList{u"--dct"_s, u"2024-13-01"_s, u"x.txt"_s} << u"no month 13"_s;
    QTest::newRow("not a date") << QStringList{u"--dct"_s, u"yesterday"_s, u"x.txt"_s} << u"YYYY-MM-DD"_s;
    QTest::newRow("unknown option") << QStringList{u"--frobnicate"_s, u"x.txt"_s} << u"frobnicate"_s;
    QTest::newRow("no input") << QStringList{} << u"no input"_s;
    QTest::newRow("unknown format") << QStringList{u"--format"_s, u"xml"_s, u"x.txt"_s} << u"--format xml"_s;
    QTest::newRow("out-dir without timeml")
        << QStringList{u"--out-dir"_s, u"/tmp/x"_s, u"x.txt"_s} << u"--out-dir"_s;
}

void TestExtract::usageErrors() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run r = extract(arguments);
    QVERIFY(!r.crashed);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestExtract::help() {
    const Run r = extract({u"--help"_s});
    QCOMPARE(r.exitCode, 0);
    const QString text = QString::fromUtf8(r.out);
    for (const QString &word : {u"--dct"_s, u"--format"_s, u"--out-dir"_s, u"--include-boilerplate"_s,
                                u"jsonl"_s, u"csv"_s, u"timeml"_s, u"Exit status"_s, u"code points"_s})
        QVERIFY2(text.contains(word), qPrintable(word));
}

void TestExtract::otherFormats() {
    const QString file = seeds() + u"/002_fefc441f350292c9.txt"_s;
    const Run lines = extract({u"--format"_s, u"jsonl"_s, file});
    QCOMPARE(lines.exitCode, 0);
    const QList<QByteArray> rows = lines.out.trimmed().split('\n');
    QVERIFY(rows.size() >= 3);
    for (const QByteArray &row : rows)
        QCOMPARE(parse(row)[u"document"].toObject()[u"publication_date"].toString(), u"2024-02-07"_s);
    const Run csv = extract({u"--format"_s, u"csv"_s, file});
    QCOMPARE(csv.exitCode, 0);
    QVERIFY(csv.out.startsWith("event,document,path,"));
    QCOMPARE(csv.out.count("\r\n"), rows.size() + 1);
    const Run tl = extract({u"--format"_s, u"timelinejs"_s, file});
    QCOMPARE(tl.exitCode, 0);
    QCOMPARE(parse(tl.out)[u"events"].toArray().size(), rows.size());
}

// Years before Christ become events in every format: JSON and CSV give the TIMEX3 value as the date and
// ISO 8601 days with astronomical years (1 BC is 0000, so 146 BC is -0145), TimelineJS the year as a
// negative number (-146 for 146 BC), TimeML the values as tagged.
void TestExtract::datesBeforeChrist_data() {
    QTest::addColumn<QString>("format");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("json")
        << u"json"_s
        << QStringList{
               uR"("date": "BC0146", "granularity": "year", "earliest": "-0145-01-01", "latest": "-0145-12-31")"_s,
               uR"("date": "BC0480-08", "granularity": "month", "earliest": "-0479-08-01", "latest": "-0479-08-31")"_s,
               uR"("date": "BC0481-FA", "granularity": "season", "earliest": "-0480-09-01", "latest": "-0480-11-30")"_s,
               uR"("date": "1215", "granularity": "year", "earliest": "1215-01-01", "latest": "1215-12-31")"_s};
    QTest::newRow("csv") << u"csv"_s
                         << QStringList{
                                u",BC0146,year,-0145-01-01,-0145-12-31,146 BC,DATE,BC0146,,"_s,
                                u",BC0480-08,month,-0479-08-01,-0479-08-31,August 480 BC,DATE,BC0480-08,,"_s,
                                u",1215,year,1215-01-01,1215-12-31,1215,DATE,1215,,"_s};
    QTest::newRow("timelinejs")
        << u"timelinejs"_s
        << QStringList{
               uR"("start_date": {"year": -146, "month": 1, "day": 1}, "end_date": {"year": -146, "month": 12, "day": 31})"_s,
               uR"("start_date": {"year": -480, "month": 8, "day": 1}, "end_date": {"year": -480, "month": 8, "day": 31})"_s,
               uR"("start_date": {"year": 1215, "month": 1, "day": 1})"_s};
    QTest::newRow("timeml") << u"timeml"_s
                            << QStringList{uR"(value="BC0146")"_s, uR"(value="BC0480-08")"_s,
                                           uR"(value="BC0481-FA")"_s};
}

void TestExtract::datesBeforeChrist() {
    QFETCH(QString, format);
    QFETCH(QStringList, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"history.txt"_s);
    QVERIFY(writeFile(path, "The city fell in 146 BC after a long siege.\n"
                            "In August 480 BC the two fleets met in the strait.\n"
                            "The army had marched in the autumn of 481 BC.\n"
                            "The abbey was rebuilt in 1215.\n"));
    const Run r = extract({u"--dct"_s, u"2024-02-14"_s, u"--format"_s, format, path});
    QCOMPARE(r.exitCode, 0);
    const QString out = QString::fromUtf8(r.out);
    for (const QString &piece : expected)
        QVERIFY2(out.contains(piece), qPrintable(piece + u"\n--- not in ---\n"_s + out));
}

void TestExtract::timemlOutDir() {
    QTemporaryDir dir;
    const QString outDir = dir.filePath(u"out"_s);
    const Run r =
        extract({u"--format"_s, u"timeml"_s, u"--out-dir"_s, outDir, seeds() + u"/002_fefc441f350292c9.txt"_s,
                 seeds() + u"/000_8342749e304a7cb5.txt"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.isEmpty());
    QFile file(outDir + u"/002_fefc441f350292c9.txt"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray xml = file.readAll();
    QVERIFY(xml.contains("<TimeML"));
    QVERIFY(xml.contains("value=\"2023-10-07\""));
    QVERIFY(QFileInfo::exists(outDir + u"/000_8342749e304a7cb5.txt"_s));
    // Without --out-dir the documents follow one another on standard output.
    const Run stdoutRun = extract({u"--format"_s, u"timeml"_s, seeds() + u"/002_fefc441f350292c9.txt"_s});
    QCOMPARE(stdoutRun.exitCode, 0);
    QCOMPARE(stdoutRun.out.count("<TimeML"), 1);
}

void TestExtract::folderWithThousandsOfFiles() {
    QTemporaryDir dir;
    constexpr int files = 3000;
    for (int i = 0; i < files; ++i) {
        // Letters, not digits, tell the notes apart: a number such as 1999 would rightly read as a year.
        const char letters[] = {char('a' + i / 676), char('a' + i / 26 % 26), char('a' + i % 26)};
        const QByteArray tag(letters, sizeof letters);
        const QByteArray text = "Short note " + tag + ": the committee met on 12 March 2024.\n";
        QVERIFY(writeFile(dir.filePath(u"note%1.txt"_s.arg(i, 4, 10, QLatin1Char('0'))), text));
    }
    QElapsedTimer timer;
    timer.start();
    const Run r = extract({u"--format"_s, u"jsonl"_s, dir.path()}, 120000);
    QVERIFY(!r.crashed);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.count('\n'), files); // one event per file
    qInfo("3000 files in %lld ms", timer.elapsed());
}

void TestExtract::twoHundredMegabyteFile() {
    QTemporaryDir dir;
    const QString path = dir.filePath(u"huge.txt"_s);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray filler;
        for (int i = 0; i < 24; ++i)
            filler +=
                "Delegates from the northern provinces argued about water rights and grazing land while "
                "the mediators waited for instructions from the capital. ";
        const qint64 target = qint64(200) * 1000 * 1000;
        qint64 written = 0;
        for (int n = 0; written < target; ++n) {
            // 28 different dated sentences; repeats of the same sentence and date make one event.
            written += f.write(filler + "The council finally voted on " + QByteArray::number(n % 28 + 1) +
                               " March 2024.\n\n");
        }
    }
    QElapsedTimer timer;
    timer.start();
    const Run r = extract({u"--format"_s, u"csv"_s, path}, 120000);
    const qint64 ms = timer.elapsed();
    QVERIFY2(!r.crashed, "timed out or crashed");
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.count("\r\n"), 1 + 28); // header and one row per distinct dated sentence
    QVERIFY2(r.err.contains(u"annals: "_s + path + u": no publication date"_s), qPrintable(r.err));
    qInfo("200 MB file in %lld ms", ms);
}

QTEST_GUILESS_MAIN(TestExtract)
#include "tst_extract.moc"
