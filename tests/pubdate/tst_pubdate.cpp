#include "pubdate/date_mentions.h"
#include "pubdate/publication_date.h"
#include "zones/zone_classifier.h"

#include "../zones_support/plain_text_document.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace annals;
using annals::testing::plainTextDocument;
using annals::testing::seedDocument;

namespace {

const QString kNoDate =
    u"no publication date found in the text; relative dates cannot be resolved (use --dct YYYY-MM-DD)"_s;

QString isoOrNone(const Document &d) {
    return d.publicationDate ? d.publicationDate->toString(Qt::ISODate) : u"none"_s;
}

QString sourceOrNone(const Document &d) {
    return d.publicationDateSource ? dateSourceName(*d.publicationDateSource) : u"none"_s;
}

Document analysed(const QString &text, const QString &metadataDate = QString()) {
    Document document = plainTextDocument(text);
    document.metadata.publishedRaw = metadataDate;
    classifyZones(document);
    findPublicationDate(document);
    return document;
}

bool hasWarningContaining(const Document &d, QStringView part) {
    return std::any_of(d.warnings.begin(), d.warnings.end(),
                       [&](const QString &w) { return w.contains(part); });
}

const QString kBody =
    u"Dockers in Valletta voted on Monday to end the harbour strike after the port authority "
    "raised wages.\n\nThe strike had closed the harbour for ten weeks and stranded ferries.\n"_s;

} // namespace

class TestPubdate : public QObject {
    Q_OBJECT

private slots:
    void mentions_data();
    void mentions();
    void metadata_data();
    void metadata();
    void metadataProblem_data();
    void metadataProblem();
    void documents_data();
    void documents();
    void userDateIsKept();
    void seeds_data();
    void seeds();
};

void TestPubdate::mentions_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // "Y-M-D@start+length[/weekday]" per mention, ';'-joined
    QTest::newRow("month first") << u"Updated March 04, 2024 at 09:10 AM ET"_s << u"2024-3-4@8+14"_s;
    QTest::newRow("abbreviated with weekday")
        << u"in Valletta, Monday, Mar. 4, 2024. (AP Photo)"_s << u"2024-3-4@13+20/1"_s;
    QTest::newRow("day first") << u"4 March 2024, 09:10 | Updated: 5 March 2024, 17:45"_s
                               << u"2024-3-4@0+12;2024-3-5@31+12"_s;
    QTest::newRow("ordinal") << u"on 4th March 2025 in London"_s << u"2025-3-4@3+14"_s;
    QTest::newRow("no year") << u"on Oct. 28, amid battles"_s << u"0-10-28@3+7"_s;
    QTest::newRow("iso") << u"2024-02-07T18:13:00Z"_s << u"2024-2-7@0+10"_s;
    QTest::newRow("rfc 2822") << u"Wed, 07 Feb 2024 18:13:00 +0000"_s << u"2024-2-7@0+16/3"_s;
    QTest::newRow("impossible kept for the caller") << u"February 30, 2024"_s << u"2024-2-30@0+17"_s;
    QTest::newRow("may the verb") << u"Talks may 5 times fail"_s << QString();
    QTest::newRow("month and year only") << u"since May 2024"_s << QString();
    QTest::newRow("numbers that are not dates") << u"1,500 prisoners and 193 member nations"_s << QString();
    QTest::newRow("time is no day") << u"March 7am"_s << QString();
    QTest::newRow("numeric day first dotted") << u"14.02.2024, 09:12"_s << u"2024-2-14@0+10"_s;
    QTest::newRow("numeric day first slashed") << u"14/02/2024 09:12"_s << u"2024-2-14@0+10"_s;
    QTest::newRow("numeric month first slashed") << u"02/14/2024"_s << u"2024-2-14@0+10"_s;
    QTest::newRow("numeric day and month ambiguous") << u"03/02/2024"_s << QString();
    QTest::newRow("numeric short day and month") << u"on 3.5.2024 at noon"_s << u"2024-5-3@3+8"_s;
}

void TestPubdate::mentions() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QStringList parts;
    for (const pubdate::DateMention &m : pubdate::findDateMentions(text)) {
        QString s = QString::number(m.year) + u'-' + QString::number(m.month) + u'-' +
                    QString::number(m.day) + u'@' + QString::number(m.start) + u'+' +
                    QString::number(m.end - m.start);
        if (m.weekday)
            s += u'/' + QString::number(m.weekday);
        parts.append(s);
    }
    QCOMPARE(parts.join(u';'), expected);
}

void TestPubdate::metadata_data() {
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("expected"); // ISO date or "none"
    QTest::newRow("iso datetime") << u"2024-02-07T18:13:00Z"_s << u"2024-02-07"_s;
    QTest::newRow("iso with offset keeps local date") << u"2024-02-07T23:30:00-05:00"_s << u"2024-02-07"_s;
    QTest::newRow("iso date") << u" 2024-02-07 "_s << u"2024-02-07"_s;
    QTest::newRow("rfc 2822") << u"Wed, 07 Feb 2024 18:13:00 +0000"_s << u"2024-02-07"_s;
    QTest::newRow("written") << u"February 7, 2024"_s << u"2024-02-07"_s;
    QTest::newRow("day first written") << u"7 February 2024"_s << u"2024-02-07"_s;
    QTest::newRow("dotted day first") << u"07.02.2024"_s << u"2024-02-07"_s;
    QTest::newRow("slash, day must be first") << u"13/02/2024"_s << u"2024-02-13"_s;
    QTest::newRow("slash, month must be first") << u"02/13/2024"_s << u"2024-02-13"_s;
    QTest::newRow("slash ambiguous") << u"02/07/2024"_s << u"none"_s;
    QTest::newRow("impossible") << u"2024-02-30"_s << u"none"_s;
    QTest::newRow("garbage") << u"yesterday-ish"_s << u"none"_s;
}

void TestPubdate::metadata() {
    QFETCH(QString, raw);
    QFETCH(QString, expected);
    Document d = analysed(u"Harbour strike ends after ten weeks\n\n"_s + kBody, raw);
    QCOMPARE(isoOrNone(d), expected);
    if (expected != u"none") {
        QCOMPARE(sourceOrNone(d), u"metadata"_s);
        QVERIFY(!d.publicationDateSpan); // metadata is not part of the text
        QVERIFY(d.warnings.isEmpty());
    } else {
        QVERIFY(hasWarningContaining(d, raw.trimmed())); // says which value could not be read
        QVERIFY(d.warnings.contains(kNoDate));
    }
}

void TestPubdate::metadataProblem_data() {
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("problem");
    QTest::newRow("year far ahead") << u"9999-12-31"_s << u"the year 9999 is outside 1800-2200"_s;
    QTest::newRow("year far back") << u"1400-01-01"_s << u"the year 1400 is outside 1800-2200"_s;
    QTest::newRow("impossible day") << u"2024-02-30"_s << u"no such day"_s;
    QTest::newRow("garbage") << u"yesterday-ish"_s << u"not a recognised date format"_s;
}

// The warning says why the metadata date was refused, so that the user can fix the feed.
void TestPubdate::metadataProblem() {
    QFETCH(QString, raw);
    QFETCH(QString, problem);
    Document d = analysed(u"Harbour strike ends after ten weeks\n\n"_s + kBody, raw);
    QCOMPARE(isoOrNone(d), u"none"_s);
    QVERIFY2(hasWarningContaining(d, problem), qPrintable(d.warnings.join(u" | "_s)));
}

void TestPubdate::documents_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("spanText");
    QTest::addColumn<QString>("warning"); // a part of an expected warning, or empty for none

    QTest::newRow("numeric date line")
        << u"Harbour strike ends after ten weeks\n\n14/02/2024 09:12\n\n"_s + kBody << u"2024-02-14"_s
        << u"header"_s << u"14/02/2024"_s << QString();
    QTest::newRow("ambiguous numeric date line")
        << u"Harbour strike ends after ten weeks\n\n03/02/2024 09:12\n\n"_s + kBody << u"none"_s << u"none"_s
        << QString() << u"day and month cannot be told apart"_s;
    QTest::newRow("header with update: published date wins")
        << u"Harbour strike ends after ten weeks\n\n4 March 2024, 09:10 | Updated: 5 March 2024, 17:45\n\n"_s +
               kBody
        << u"2024-03-04"_s << u"header"_s << u"4 March 2024"_s << QString();
    QTest::newRow("Updated ... PM ET")
        << u"Harbour strike ends after ten weeks\n\nUpdated March 04, 2024 at 18:13 PM ET\n\n"_s + kBody
        << u"2024-03-04"_s << u"header"_s << u"March 04, 2024"_s << QString();
    QTest::newRow("Updated then Published")
        << u"Harbour strike ends after ten weeks\n\nUpdated: March 6, 2024 | Published: March 4, 2024\n\n"_s +
               kBody
        << u"2024-03-04"_s << u"header"_s << u"March 4, 2024"_s << QString();
    QTest::newRow("Posted") << u"Harbour strike ends after ten weeks\n\nPosted 4 Mar 2024\n\n"_s + kBody
                            << u"2024-03-04"_s << u"header"_s << u"4 Mar 2024"_s << QString();
    QTest::newRow("dateline with year")
        << u"Harbour strike ends after ten weeks\n\nVALLETTA, March 4, 2024 (Reuters) - Dockers voted to end "
           u"the "
           "strike after the port authority raised wages.\n\nThe strike had closed the harbour for ten weeks.\n"_s
        << u"2024-03-04"_s << u"dateline"_s << u"March 4, 2024"_s << QString();
    QTest::newRow("dateline, year from copyright line")
        << u"Harbour strike ends after ten weeks\n\nVALLETTA, March 4 (Reuters) - Dockers voted to end the "
           u"strike "
           "after the port authority raised wages.\n\nThe strike had closed the harbour for ten weeks.\n\n"
           "\u00A9 2024 Island Wire\n"_s
        << u"2024-03-04"_s << u"dateline"_s << u"March 4"_s << QString();
    QTest::newRow("dateline without any year is not used")
        << u"Harbour strike ends after ten weeks\n\nVALLETTA, March 4 (Reuters) - Dockers voted to end the "
           u"strike "
           "after the port authority raised wages.\n\nThe strike had closed the harbour for ten weeks.\n"_s
        << u"none"_s << u"none"_s << QString() << u"states no year"_s;
    QTest::newRow("caption about the day")
        << u"Harbour strike ends after ten weeks\n\nDockers leave the quay in Valletta, Monday, March 4, "
           u"2024. "
           "(AP Photo/Jo Bloggs)\n\n"_s +
               kBody
        << u"2024-03-04"_s << u"caption"_s << u"Monday, March 4, 2024"_s << u"taken from a photo caption"_s;
    // April 13, 2021 was a Tuesday; the article speaks of Monday: the photo is not of the story's day.
    QTest::newRow("old file photo is not the article's date")
        << u"Harbour strike ends after ten weeks\n\nThe port chief speaking in Valletta on April 13, 2021. "
           "Picture: Alamy\n\n"_s +
               kBody
        << u"none"_s << u"none"_s << QString() << u"no publication date found"_s;
    QTest::newRow("header beats caption")
        << u"Harbour strike ends after ten weeks\n\nDockers leave the quay, Monday, March 4, 2024. (AP "
           u"Photo/Jo "
           "Bloggs)\n\nUpdated March 05, 2024 at 08:00 AM ET\n\n"_s +
               kBody
        << u"2024-03-05"_s << u"header"_s << u"March 05, 2024"_s << QString();
    QTest::newRow("impossible header date")
        << u"Harbour strike ends after ten weeks\n\nUpdated February 30, 2024 at 09:10 AM ET\n\n"_s + kBody
        << u"none"_s << u"none"_s << QString() << u"\"February 30, 2024\""_s;
    QTest::newRow("dates in the body are not the publication date")
        << u"Harbour strike ends after ten weeks\n\nThe strike began on January 2, 2024, the union said.\n\n"_s +
               kBody
        << u"none"_s << u"none"_s << QString() << u"no publication date found"_s;
    QTest::newRow("empty") << QString() << u"none"_s << u"none"_s << QString()
                           << u"no publication date found"_s;
}

void TestPubdate::documents() {
    QFETCH(QString, text);
    QFETCH(QString, date);
    QFETCH(QString, source);
    QFETCH(QString, spanText);
    QFETCH(QString, warning);
    const Document d = analysed(text);
    QCOMPARE(isoOrNone(d), date);
    QCOMPARE(sourceOrNone(d), source);
    if (!spanText.isEmpty()) {
        QVERIFY(d.publicationDateSpan);
        QCOMPARE(d.text.mid(d.publicationDateSpan->start, d.publicationDateSpan->length()), spanText);
    }
    if (warning.isEmpty())
        QVERIFY2(d.warnings.isEmpty(), qPrintable(d.warnings.join(u"; ")));
    else
        QVERIFY2(hasWarningContaining(d, warning), qPrintable(d.warnings.join(u"; ")));
    if (date == u"none")
        QVERIFY(d.warnings.contains(kNoDate)); // never silently undated
}

void TestPubdate::userDateIsKept() {
    Document d =
        plainTextDocument(u"Harbour strike ends\n\nUpdated March 04, 2024 at 18:13 PM ET\n\n"_s + kBody);
    classifyZones(d);
    d.publicationDate = QDate(2024, 3, 9);
    d.publicationDateSource = DateSource::User;
    findPublicationDate(d);
    QCOMPARE(isoOrNone(d), u"2024-03-09"_s);
    QCOMPARE(sourceOrNone(d), u"user"_s);
}

void TestPubdate::seeds_data() {
    QTest::addColumn<QString>("seed");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("warning");
    // 000: "d Month yyyy, hh:mm | Updated: ..." header -> the first (published) date.
    QTest::newRow("000 header") << u"000"_s << u"2024-05-05"_s << u"header"_s << QString();
    // 001 states no date anywhere (only "on Thursday").
    QTest::newRow("001 undated") << u"001"_s << u"none"_s << u"none"_s << kNoDate;
    // 002: the "Updated ... PM ET" header; the caption's "Oct. 28" has no year and is not used.
    QTest::newRow("002 updated header") << u"002"_s << u"2024-02-07"_s << u"header"_s << QString();
    // 003: no header or dateline gives a date; the AP photo caption at the top dates the photo "Wednesday,
    // Feb. 7, 2024", and the live blog's items all speak of Wednesday: accepted, with a warning.
    QTest::newRow("003 caption") << u"003"_s << u"2024-02-07"_s << u"caption"_s << u"photo caption"_s;
    // 004 states no date (only "on Thursday" and "October 2023").
    QTest::newRow("004 undated") << u"004"_s << u"none"_s << u"none"_s << kNoDate;
}

void TestPubdate::seeds() {
    QFETCH(QString, seed);
    QFETCH(QString, date);
    QFETCH(QString, source);
    QFETCH(QString, warning);
    Document d = seedDocument(seed);
    QVERIFY2(!d.blocks.isEmpty(), "seed missing under ANNALS_SHARED_DIR/seeds");
    classifyZones(d);
    findPublicationDate(d);
    QCOMPARE(isoOrNone(d), date);
    QCOMPARE(sourceOrNone(d), source);
    if (warning.isEmpty())
        QVERIFY2(d.warnings.isEmpty(), qPrintable(d.warnings.join(u"; ")));
    else
        QVERIFY2(hasWarningContaining(d, warning), qPrintable(d.warnings.join(u"; ")));
    if (d.publicationDateSpan) {
        const QString stated = d.text.mid(d.publicationDateSpan->start, d.publicationDateSpan->length());
        QVERIFY2(stated.contains(u"2024"), qPrintable(stated)); // the span is the date as written
    }
}

QTEST_GUILESS_MAIN(TestPubdate)
#include "tst_pubdate.moc"
