#include "output/code_points.h"
#include "output/csv_writer.h"
#include "output/event_writer.h"
#include "output/iso_date.h"
#include "output/json_text.h"
#include "output/large_buffer.h"
#include "output/timelinejs_writer.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace annals;

class TestOutput : public QObject {
    Q_OBJECT
private slots:
    void codePoints_data();
    void codePoints();
    void jsonSchema();
    void jsonOffsetsAreCodePoints();
    void jsonNamesEveryEnumValue();
    void jsonEscaping();
    void jsonStringAtEveryPosition_data();
    void jsonStringAtEveryPosition();
    void cursorWritesPastItsFirstRoom();
    void cursorWritesEveryDate();
    void isoDaysAcrossEras_data();
    void isoDaysAcrossEras();
    void largeBufferKeepsItsBytes();
    void jsonWithoutEvents();
    void jsonLines();
    void csvQuoting_data();
    void csvQuoting();
    void csvRows();
    void timelineJs();
};

namespace {

// A document whose text starts with non-BMP characters, with one event on "Monday".
ProcessedDocument sampleDocument(const QString &id, const QString &prefix) {
    ProcessedDocument p;
    Document &d = p.document;
    d.id = id;
    d.path = u"in/"_s + id + u".txt"_s;
    d.title = u"Talks \"resume\""_s;
    d.text = prefix + u"Envoys met on Monday, officials said.\nSecond line"_s;
    d.publicationDate = QDate(2024, 2, 7);
    d.publicationDateSource = DateSource::Header;
    d.warnings = {u"a warning"_s};
    Event e;
    e.documentId = id;
    const qsizetype at = d.text.indexOf(u"Monday"_s);
    e.timex.span = {at, at + 6};
    e.timex.value = u"2024-02-05"_s;
    e.timexText = u"Monday"_s;
    e.sentence = {prefix.size(), d.text.indexOf(u'\n')};
    e.sentenceText = d.text.mid(e.sentence.start, e.sentence.length());
    e.summary = u"Envoys met on Monday"_s;
    e.actors = {u"Ana, \"the envoy\""_s, u"Egypt"_s};
    e.date = e.timex.value;
    e.granularity = Granularity::Day;
    e.earliest = e.latest = QDate(2024, 2, 5);
    p.events.append(e);
    Event late = e;
    late.timex.value = late.date = u"2024-01"_s;
    late.timex.mod = u"END"_s;
    late.granularity = Granularity::Month;
    late.earliest = QDate(2024, 1, 21);
    late.latest = QDate(2024, 1, 31);
    p.events.append(late);
    return p;
}

QByteArray write(OutputFormat format, const QList<ProcessedDocument> &docs) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    auto writer = makeEventWriter(format, &buffer, u"My timeline"_s);
    for (const ProcessedDocument &d : docs)
        writer->add(d);
    if (!writer->finish())
        qWarning("writer failed");
    return bytes;
}

QJsonObject parse(const QByteArray &bytes) {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("JSON error: %s", qPrintable(error.errorString()));
    return doc.object();
}

QStringList keys(const QJsonObject &o) {
    QStringList k = o.keys();
    k.sort();
    return k;
}

} // namespace

void TestOutput::codePoints_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<qsizetype>("utf16");
    QTest::addColumn<qsizetype>("expected");
    QTest::newRow("ascii") << u"hello"_s << qsizetype(3) << qsizetype(3);
    QTest::newRow("bmp accents") << u"Ant\u00f3nio Guterres"_s << qsizetype(9) << qsizetype(9);
    QTest::newRow("after emoji") << u"\U0001F600 ok"_s << qsizetype(3) << qsizetype(2);
    QTest::newRow("at emoji") << u"a\U0001F600b"_s << qsizetype(1) << qsizetype(1);
    QTest::newRow("after two emoji") << u"\U0001F600\U0001F4F0 x"_s << qsizetype(5) << qsizetype(3);
    QTest::newRow("end of text") << u"\U0001D11E\U0001D11E"_s << qsizetype(4) << qsizetype(2);
    QTest::newRow("lone surrogate counts as one")
        << QString(QChar(0xD800)) + u"ab"_s << qsizetype(2) << qsizetype(2);
}

void TestOutput::codePoints() {
    QFETCH(QString, text);
    QFETCH(qsizetype, utf16);
    QFETCH(qsizetype, expected);
    QCOMPARE(CodePointIndex(text).toCodePoint(utf16), expected);
    // Cross-check against counting code points directly.
    QCOMPARE(qsizetype(QStringView(text).first(utf16).toUcs4().size()), expected);
}

void TestOutput::jsonSchema() {
    const QJsonObject root =
        parse(write(OutputFormat::Json, {sampleDocument(u"d1"_s, {}), sampleDocument(u"d2"_s, {})}));
    QCOMPARE(keys(root), (QStringList{u"documents"_s, u"events"_s}));
    const QJsonArray documents = root[u"documents"].toArray();
    QCOMPARE(documents.size(), 2);
    const QJsonObject d1 = documents[0].toObject();
    QCOMPARE(keys(d1), (QStringList{u"id"_s, u"path"_s, u"publication_date"_s, u"publication_date_source"_s,
                                    u"title"_s, u"warnings"_s}));
    QCOMPARE(d1[u"id"].toString(), u"d1"_s);
    QCOMPARE(d1[u"path"].toString(), u"in/d1.txt"_s);
    QCOMPARE(d1[u"title"].toString(), u"Talks \"resume\""_s);
    QCOMPARE(d1[u"publication_date"].toString(), u"2024-02-07"_s);
    QCOMPARE(d1[u"publication_date_source"].toString(), u"header"_s);
    QCOMPARE(d1[u"warnings"].toArray().first().toString(), u"a warning"_s);

    const QJsonArray events = root[u"events"].toArray();
    QCOMPARE(events.size(), 4);
    QStringList ids;
    for (const QJsonValue &v : events)
        ids << v[u"id"].toString();
    QCOMPARE(ids, (QStringList{u"e1"_s, u"e2"_s, u"e3"_s, u"e4"_s}));
    const QJsonObject e1 = events[0].toObject();
    QCOMPARE(keys(e1),
             (QStringList{u"actors"_s, u"date"_s, u"document"_s, u"earliest"_s, u"granularity"_s, u"id"_s,
                          u"latest"_s, u"sentence"_s, u"summary"_s, u"timex"_s, u"zone"_s}));
    QCOMPARE(e1[u"document"].toString(), u"d1"_s);
    QCOMPARE(events[2].toObject()[u"document"].toString(), u"d2"_s);
    QCOMPARE(e1[u"date"].toString(), u"2024-02-05"_s);
    QCOMPARE(e1[u"granularity"].toString(), u"day"_s);
    QCOMPARE(e1[u"zone"].toString(), u"body"_s);
    QCOMPARE(e1[u"summary"].toString(), u"Envoys met on Monday"_s);
    QCOMPARE(e1[u"actors"].toArray().size(), 2);
    const QJsonObject timex = e1[u"timex"].toObject();
    QCOMPARE(keys(timex), (QStringList{u"end"_s, u"mod"_s, u"start"_s, u"text"_s, u"type"_s, u"value"_s}));
    QCOMPARE(timex[u"type"].toString(), u"DATE"_s);
    QVERIFY(timex[u"mod"].isNull());
    const QJsonObject e2 = events[1].toObject();
    QCOMPARE(e2[u"granularity"].toString(), u"month"_s);
    QCOMPARE(e2[u"earliest"].toString(), u"2024-01-21"_s);
    QCOMPARE(e2[u"latest"].toString(), u"2024-01-31"_s);
    QCOMPARE(e2[u"timex"].toObject()[u"mod"].toString(), u"END"_s);
}

// Granularity, type and zone names are written from a table made once: every value of each enum must
// read as its name function says.
void TestOutput::jsonNamesEveryEnumValue() {
    ProcessedDocument p = sampleDocument(u"d1"_s, {});
    const Event model = p.events.first();
    p.events.clear();
    for (int i = 0; i < 10; ++i) { // Time .. Century
        Event e = model;
        e.granularity = Granularity(i);
        e.timex.type = TimexType(i % 4);
        e.zone = Zone(i % 5);
        p.events.append(e);
    }
    const QJsonArray events = parse(write(OutputFormat::Json, {p}))[u"events"].toArray();
    QCOMPARE(events.size(), 10);
    for (int i = 0; i < 10; ++i) {
        const QJsonObject e = events[i].toObject();
        QCOMPARE(e[u"granularity"].toString(), granularityName(Granularity(i)));
        QCOMPARE(e[u"timex"].toObject()[u"type"].toString(), timexTypeName(TimexType(i % 4)));
        QCOMPARE(e[u"zone"].toString(), zoneName(Zone(i % 5)));
    }
    QCOMPARE(granularityName(Granularity::Century), u"century"_s); // the last of the ten
}

void TestOutput::jsonOffsetsAreCodePoints() {
    // Two emoji (two UTF-16 units each) and a musical symbol before the sentence.
    const QString prefix = u"\U0001F600\U0001F4F0 \U0001D11E "_s;
    const ProcessedDocument p = sampleDocument(u"d1"_s, prefix);
    const QJsonObject e = parse(write(OutputFormat::Json, {p}))[u"events"].toArray().first().toObject();
    const QList<uint> ucs4 = p.document.text.toUcs4();
    const QJsonObject timex = e[u"timex"].toObject();
    const int start = timex[u"start"].toInt();
    const int end = timex[u"end"].toInt();
    QCOMPARE(start, int(p.events.first().timex.span.start) - 3);
    QCOMPARE(QString::fromUcs4(reinterpret_cast<const char32_t *>(ucs4.constData()) + start, end - start),
             u"Monday"_s);
    const QJsonObject sentence = e[u"sentence"].toObject();
    const int s = sentence[u"start"].toInt();
    QCOMPARE(s, 5);
    QCOMPARE(QString::fromUcs4(reinterpret_cast<const char32_t *>(ucs4.constData()) + s,
                               sentence[u"end"].toInt() - s),
             sentence[u"text"].toString());
}

void TestOutput::jsonEscaping() {
    ProcessedDocument p = sampleDocument(u"d1"_s, {});
    p.document.title = u"tab\there \\ \"q\" \u0001 \u00e9 \U0001F600 line\nbreak"_s;
    const QByteArray bytes = write(OutputFormat::Json, {p});
    QVERIFY(!bytes.contains('\t'));
    QVERIFY(bytes.contains("\\u0001"));
    QCOMPARE(parse(bytes)[u"documents"].toArray().first()[u"title"].toString(), p.document.title);
}

// The plain-ASCII fast path copies eight characters at a time: a character to escape or convert must be
// caught wherever it falls in such a group, and the text around it kept.
void TestOutput::jsonStringAtEveryPosition_data() {
    QTest::addColumn<QString>("special");
    QTest::addColumn<QByteArray>("written");
    QTest::newRow("quote") << u"\""_s << QByteArray("\\\"");
    QTest::newRow("backslash") << u"\\"_s << QByteArray("\\\\");
    QTest::newRow("newline") << u"\n"_s << QByteArray("\\n");
    QTest::newRow("control") << u"\x01"_s << QByteArray("\\u0001");
    QTest::newRow("delete") << u"\x7f"_s << QByteArray("\x7f");
    QTest::newRow("e acute") << u"\u00e9"_s << QByteArray("\xc3\xa9");
    QTest::newRow("em dash") << u"\u2014"_s << QByteArray("\xe2\x80\x94");
}

void TestOutput::jsonStringAtEveryPosition() {
    QFETCH(QString, special);
    QFETCH(QByteArray, written);
    const QString plain = u"abcdefghijklmnopqrstuvwxyz"_s;
    for (qsizetype at = 0; at <= plain.size(); ++at) {
        QByteArray out("x");
        json::appendString(out, QString(plain.first(at) + special + plain.sliced(at)));
        const QByteArray expected =
            "x\"" + plain.first(at).toLatin1() + written + plain.sliced(at).toLatin1() + '"';
        QCOMPARE(out, expected);
    }
    QByteArray out;
    json::appendString(out, plain);
    QCOMPARE(out, QByteArray('"' + plain.toLatin1() + '"'));
}

// The cursor makes room in steps: whatever outgrows the room it started with (many small pieces, one
// long string that needs escaping and UTF-8) is kept whole, after the bytes already in the array, and
// the array ends exactly where the writing did.
void TestOutput::cursorWritesPastItsFirstRoom() {
    QByteArray out("[");
    QByteArray expected("[");
    {
        json::Cursor c(out, 4);
        for (int i = 0; i < 500; ++i) {
            c.number(i);
            c.byte(',');
            expected += QByteArray::number(i) + ',';
        }
        const QString longText = QString(u"caf\u00e9 \"\u2014\" "_s).repeated(400);
        c.string(longText);
        expected += '"' + longText.toUtf8().replace("\"", "\\\"") + '"';
        c.raw(", ");
        c.date(QDate(2024, 2, 7));
        c.raw(", ");
        c.date(QDate());
        c.raw(", ");
        c.stringOrNull(QString());
        c.finish();
        expected += ", \"2024-02-07\", null, null";
        QCOMPARE(out, expected);
        c.byte(']'); // after finish() the cursor makes new room at the end
    }
    QCOMPARE(out, expected + ']');
    QCOMPARE(out.size(), qsizetype(std::strlen(out.constData())));
}

// Dates are split into year, month and day by the cursor's own arithmetic: every day of the years 1 to
// 9999 reads as QDate has it, and the days just outside them as isoDayText writes them (isoDaysAcrossEras).
void TestOutput::cursorWritesEveryDate() {
    const qint64 first = QDate(1, 1, 1).toJulianDay();
    const qint64 last = QDate(9999, 12, 31).toJulianDay();
    QByteArray out;
    json::Cursor c(out);
    for (qint64 day = first - 3; day <= last + 3; ++day) {
        const QDate date = QDate::fromJulianDay(day);
        c.date(date);
        c.finish();
        QByteArray expected;
        if (day < first || day > last) {
            expected = '"' + isoDayText(date).toLatin1() + '"';
        } else {
            int y = 0, m = 0, d = 0;
            date.getDate(&y, &m, &d);
            char text[16];
            std::snprintf(text, sizeof text, "\"%04d-%02d-%02d\"", y, m, d);
            expected = text;
        }
        if (out != expected)
            QFAIL(qPrintable(u"day %1: %2 instead of %3"_s.arg(day).arg(QString::fromLatin1(out),
                                                                        QString::fromLatin1(expected))));
        out.clear();
    }
}

// ISO 8601 counts 1 BC as year 0000 and 2 BC as -0001; QDate counts them -1 and -2.
void TestOutput::isoDaysAcrossEras_data() {
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("iso");
    QTest::newRow("2024") << QDate(2024, 2, 7) << u"2024-02-07"_s;
    QTest::newRow("AD 1") << QDate(1, 1, 1) << u"0001-01-01"_s;
    QTest::newRow("last day of 1 BC") << QDate(-1, 12, 31) << u"0000-12-31"_s;
    QTest::newRow("first day of 1 BC") << QDate(-1, 1, 1) << u"0000-01-01"_s;
    QTest::newRow("2 BC") << QDate(-2, 12, 31) << u"-0001-12-31"_s;
    QTest::newRow("August 480 BC") << QDate(-480, 8, 1) << u"-0479-08-01"_s;
    QTest::newRow("leap day of 481 BC") << QDate(-481, 2, 29) << u"-0480-02-29"_s;
    QTest::newRow("after 9999") << QDate(10000, 1, 1) << u"10000-01-01"_s;
    QTest::newRow("invalid") << QDate() << QString();
}

void TestOutput::isoDaysAcrossEras() {
    QFETCH(QDate, date);
    QFETCH(QString, iso);
    QCOMPARE(isoDayText(date), iso);
    QByteArray json;
    json::Cursor c(json);
    c.date(date);
    c.finish();
    QCOMPARE(QString::fromLatin1(json), iso.isEmpty() ? u"null"_s : u'"' + iso + u'"');
}

void TestOutput::largeBufferKeepsItsBytes() {
    QByteArray buffer("{\"events\": [");
    const QByteArray before = buffer;
    reserveLargeBuffer(buffer, qsizetype(5) << 20);
    QCOMPARE(buffer, before);
    QVERIFY(buffer.capacity() >= before.size() + (qsizetype(5) << 20));
    const char *const data = buffer.constData();
    buffer.append(QByteArray(qsizetype(4) << 20, 'x')); // fits: no reallocation
    QCOMPARE(buffer.constData(), data);
    QCOMPARE(buffer.size(), before.size() + (qsizetype(4) << 20));
    QVERIFY(buffer.startsWith(before));
}

void TestOutput::jsonWithoutEvents() {
    ProcessedDocument p = sampleDocument(u"d1"_s, {});
    p.events.clear();
    p.document.publicationDate.reset();
    p.document.publicationDateSource.reset();
    const QJsonObject root = parse(write(OutputFormat::Json, {p}));
    QCOMPARE(root[u"events"].toArray().size(), 0);
    QVERIFY(root[u"documents"].toArray().first()[u"publication_date"].isNull());
    QVERIFY(root[u"documents"].toArray().first()[u"publication_date_source"].isNull());
    const QJsonObject none = parse(write(OutputFormat::Json, {}));
    QVERIFY(none[u"documents"].isArray());
    QVERIFY(none[u"events"].isArray());
}

void TestOutput::jsonLines() {
    const QByteArray bytes = write(OutputFormat::JsonLines,
                                   {sampleDocument(u"d1"_s, u"\U0001F600"_s), sampleDocument(u"d2"_s, {})});
    const QList<QByteArray> lines = bytes.trimmed().split('\n');
    QCOMPARE(lines.size(), 4);
    const QJsonObject first = parse(lines[0]);
    QCOMPARE(first[u"id"].toString(), u"e1"_s);
    const QJsonObject doc = first[u"document"].toObject();
    QCOMPARE(doc[u"id"].toString(), u"d1"_s);
    QCOMPARE(doc[u"publication_date"].toString(), u"2024-02-07"_s);
    QCOMPARE(first[u"timex"].toObject()[u"start"].toInt(), 15); // 1 emoji + "Envoys met on "
    QCOMPARE(parse(lines[3])[u"id"].toString(), u"e4"_s);
    QCOMPARE(parse(lines[3])[u"document"].toObject()[u"id"].toString(), u"d2"_s);
}

void TestOutput::csvQuoting_data() {
    QTest::addColumn<QString>("field");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("plain") << u"plain"_s << QByteArray("plain");
    QTest::newRow("empty") << QString() << QByteArray();
    QTest::newRow("comma") << u"a, b"_s << QByteArray("\"a, b\"");
    QTest::newRow("quote") << u"say \"hi\""_s << QByteArray("\"say \"\"hi\"\"\"");
    QTest::newRow("newline") << u"two\nlines"_s << QByteArray("\"two\nlines\"");
    QTest::newRow("carriage return") << u"a\rb"_s << QByteArray("\"a\rb\"");
    QTest::newRow("utf-8") << u"Ant\u00f3nio"_s << QByteArray("Ant\xc3\xb3nio");
}

void TestOutput::csvQuoting() {
    QFETCH(QString, field);
    QFETCH(QByteArray, expected);
    QByteArray out;
    CsvWriter::appendField(out, field);
    QCOMPARE(out, expected);
}

void TestOutput::csvRows() {
    const QByteArray bytes = write(OutputFormat::Csv, {sampleDocument(u"d1"_s, u"\U0001F600"_s)});
    QVERIFY(bytes.startsWith("event,document,path,title,publication_date,date,granularity,"));
    const QList<QByteArray> rows = bytes.split('\n');
    // header + 2 events + the empty piece after the last CRLF (no field holds a line break here)
    QCOMPARE(rows.size(), 4);
    QVERIFY(rows[0].endsWith('\r'));
    QVERIFY(rows[1].startsWith(
        "e1,d1,in/d1.txt,\"Talks "
        "\"\"resume\"\"\",2024-02-07,2024-02-05,day,2024-02-05,2024-02-05,Monday,DATE,2024-02-05,,15,21,1,"));
    QVERIFY(rows[1].contains(",\"Ana, \"\"the envoy\"\"; Egypt\",body,"));
    QVERIFY(rows[2].contains(",2024-01,month,2024-01-21,2024-01-31,Monday,DATE,2024-01,END,"));
}

void TestOutput::timelineJs() {
    ProcessedDocument p = sampleDocument(u"d1"_s, {});
    p.events[0].timex.type = TimexType::Time;
    p.events[0].date = p.events[0].timex.value = u"2024-02-05T18:13"_s;
    const QJsonObject root = parse(timelineJsJson({p}, u"Gaza talks"_s));
    QCOMPARE(root[u"title"].toObject()[u"text"].toObject()[u"headline"].toString(), u"Gaza talks"_s);
    const QJsonArray events = root[u"events"].toArray();
    QCOMPARE(events.size(), 2);
    const QJsonObject start = events[0][u"start_date"].toObject();
    QCOMPARE(start[u"year"].toInt(), 2024);
    QCOMPARE(start[u"month"].toInt(), 2);
    QCOMPARE(start[u"day"].toInt(), 5);
    QCOMPARE(start[u"hour"].toInt(), 18);
    QCOMPARE(start[u"minute"].toInt(), 13);
    QVERIFY(!events[0].toObject().contains(u"end_date"));
    QCOMPARE(events[0][u"text"].toObject()[u"headline"].toString(), u"Envoys met on Monday"_s);
    QCOMPARE(events[0][u"group"].toString(), u"Talks \"resume\""_s);
    const QJsonObject end = events[1][u"end_date"].toObject();
    QCOMPARE(events[1][u"start_date"].toObject()[u"day"].toInt(), 21);
    QCOMPARE(end[u"day"].toInt(), 31);
    QCOMPARE(end[u"month"].toInt(), 1);
}

QTEST_APPLESS_MAIN(TestOutput)
#include "tst_output.moc"
