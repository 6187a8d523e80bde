#include "events/actor_tables.h"
#include "events/actors.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace annals;

class TestActors : public QObject {
    Q_OBJECT
private slots:
    void actors_data();
    void actors();
    void titleCaseHeadlineUsesDocument();
    void openerCapitalisedElsewhere_data();
    void openerCapitalisedElsewhere();
    void stopWords_data();
    void stopWords();
};

void TestActors::actors_data() {
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("title and demonym")
        << u"Israeli Prime Minister Benjamin Netanyahu has turned down the offer."_s
        << QStringList{u"Israel"_s, u"Benjamin Netanyahu"_s};
    QTest::newRow("Mr") << u"Mr Netanyahu said the terms set by Hamas were unacceptable."_s
                        << QStringList{u"Netanyahu"_s, u"Hamas"_s};
    QTest::newRow("Mr with dot") << u"Talks stalled after Mr. Smith left."_s << QStringList{u"Smith"_s};
    QTest::newRow("secretary of state")
        << u"U.S. Secretary of State Antony Blinken flew to Cairo on Monday."_s
        << QStringList{u"United States"_s, u"Antony Blinken"_s, u"Egypt"_s};
    QTest::newRow("acronym at sentence end")
        << u"The envoy flew back to the US."_s << QStringList{u"United States"_s};
    QTest::newRow("UN acronym") << u"The U.N. chief met leaders in New York on Monday."_s
                                << QStringList{u"United Nations"_s, u"New York"_s};
    QTest::newRow("weekday and month are not actors")
        << u"It happened on Wednesday, Feb. 7, 2024."_s << QStringList{};
    QTest::newRow("eras are not actors")
        << u"The city fell to Rome in 146 BC, and the bridge stood until 300 AD."_s
        << QStringList{u"Italy"_s};
    QTest::newRow("era with BCE") << u"The fleet of Rome won in 241 BCE."_s << QStringList{u"Italy"_s};
    QTest::newRow("sentence opener is not a name")
        << u"Negotiators resumed work in Doha on Monday."_s << QStringList{u"Qatar"_s};
    QTest::newRow("stop word opener") << u"The talks in Doha failed."_s << QStringList{u"Qatar"_s};
    QTest::newRow("defense minister")
        << u"Defense Minister Yoav Gallant visited the base."_s << QStringList{u"Yoav Gallant"_s};
    QTest::newRow("military ranks") << u"The strike killed Lt. Col. Samir Haddad instantly."_s
                                    << QStringList{u"Samir Haddad"_s};
    QTest::newRow("arabic article") << u"Dr. Karim al-Masri runs the clinic."_s
                                    << QStringList{u"Karim al-Masri"_s};
    QTest::newRow("bin") << u"The envoy met Crown Prince Mohammed bin Salman in Riyadh."_s
                         << QStringList{u"Mohammed bin Salman"_s, u"Saudi Arabia"_s};
    QTest::newRow("hyphenated pair") << u"The Israel-Hamas talks resumed."_s
                                     << QStringList{u"Israel"_s, u"Hamas"_s};
    QTest::newRow("hyphen with lower-case word")
        << u"Several Iran-backed militias fired rockets."_s << QStringList{u"Iran"_s};
    QTest::newRow("photo credit") << u"Leaders shake hands. (AP Photo/Jane Roe, Pool)"_s << QStringList{};
    QTest::newRow("multiword countries") << u"Envoys from Saudi Arabia and the United Arab Emirates met."_s
                                         << QStringList{u"Saudi Arabia"_s, u"United Arab Emirates"_s};
    QTest::newRow("org acronym") << u"The IDF said it struck the site."_s
                                 << QStringList{u"Israel Defense Forces"_s};
    QTest::newRow("possessive") << u"It was Hamas's answer to Egypt's plan."_s
                                << QStringList{u"Hamas"_s, u"Egypt"_s};
    QTest::newRow("name after comma") << u"Israel's defence chief, Avi Cohen, said more was needed."_s
                                      << QStringList{u"Israel"_s, u"Avi Cohen"_s};
    QTest::newRow("surname contained in full name")
        << u"Maria Lopez spoke first and then Lopez left."_s << QStringList{u"Maria Lopez"_s};
    QTest::newRow("secretary-general")
        << u"The talks were hosted by Secretary-General Ana Ruiz."_s << QStringList{u"Ana Ruiz"_s};
    QTest::newRow("lower-case title")
        << u"The special envoy Tom Reyes cut his trip short."_s << QStringList{u"Tom Reyes"_s};
    QTest::newRow("wire dateline") << u"BAGHDAD \u2014 Envoys met in Doha on Monday."_s
                                   << QStringList{u"Qatar"_s};
    QTest::newRow("dateline with en dash and country")
        << u"TEL AVIV, Israel \u2013 Envoys met in Doha on Monday."_s << QStringList{u"Qatar"_s};
    QTest::newRow("agency dateline with a hyphen")
        << u"GENEVA, March 18 (Reuters) - Envoys met in Doha on Monday."_s << QStringList{u"Qatar"_s};
    QTest::newRow("spaced hyphen after a capitalised opener is no dateline")
        << u"Oman - and Egypt - met their hosts in Doha."_s << QStringList{u"Oman"_s, u"Egypt"_s, u"Qatar"_s};
    QTest::newRow("dash far from the start is no dateline")
        << u"Envoys from Oman met their hosts in Doha on Monday \u2014 Cairo stayed away."_s
        << QStringList{u"Oman"_s, u"Qatar"_s, u"Egypt"_s};
    QTest::newRow("empty") << QString() << QStringList{};
}

void TestActors::actors() {
    QFETCH(QString, sentence);
    QFETCH(QStringList, expected);
    QCOMPARE(findActors(sentence), expected);
}

void TestActors::titleCaseHeadlineUsesDocument() {
    const QString headline = u"Premier Rejects Hamas Truce Plan After Meeting With Top Diplomat"_s;
    // Without the document only table entries count in a title-case headline.
    QCOMPARE(findActors(headline), QStringList{u"Hamas"_s});
    const QString document =
        headline + u"\n\nThe offer was rejected by Kowalski on Monday, officials said."_s;
    const QString headline2 = u"Kowalski Rejects Hamas Truce Plan After Meeting With Top Diplomat"_s;
    QCOMPARE(findActors(headline2, document), (QStringList{u"Kowalski"_s, u"Hamas"_s}));
    // A sentence opener is a name when the document capitalises it mid-sentence.
    QCOMPARE(findActors(u"Kowalski left early."_s, document), QStringList{u"Kowalski"_s});
    QCOMPARE(findActors(u"Kowalski left early."_s), QStringList{});
}

// Which mentions elsewhere in the document make a sentence-opening "Kowalski" a name. The document is
// searched sixteen positions at a time, so each case is tried at every offset within such a group.
void TestActors::openerCapitalisedElsewhere_data() {
    QTest::addColumn<QString>("mention");
    QTest::addColumn<bool>("name");
    QTest::newRow("after a lower-case word") << u"rejected by Kowalski on Monday"_s << true;
    QTest::newRow("after a comma") << u"the envoy, Kowalski said"_s << true;
    QTest::newRow("after a capitalised sentence opener") << u"It ended. Then Kowalski left."_s << false;
    QTest::newRow("after a full stop") << u"The talks ended. Kowalski left."_s << false;
    QTest::newRow("after a question mark") << u"Who knew? Kowalski did."_s << false;
    QTest::newRow("after a capital inside a name") << u"met Anna Kowalski yesterday"_s << true;
    QTest::newRow("opening a line") << u"\nKowalski left."_s << false;
    QTest::newRow("longer word") << u"rejected by Kowalskis on Monday"_s << false;
    QTest::newRow("inside a word") << u"rejected by McKowalski on Monday"_s << false;
    QTest::newRow("no space before") << u"rejected by-Kowalski on Monday"_s << false;
    QTest::newRow("after a number") << u"rejected 12 Kowalski on Monday"_s << false;
    QTest::newRow("at the end") << u"rejected by Kowalski"_s << true;
    QTest::newRow("after non-ASCII words") << u"r\u00e9sum\u00e9 \u4e20\u4e20 by Kowalski"_s << true;
    QTest::newRow("after a character whose low byte is a space") << u"rejected by\u0120Kowalski"_s << false;
}

void TestActors::openerCapitalisedElsewhere() {
    QFETCH(QString, mention);
    QFETCH(bool, name);
    const QStringList expected = name ? QStringList{u"Kowalski"_s} : QStringList{};
    for (int pad = 0; pad < 17; ++pad) {
        const QString document = u"Kowalski left early.\n\n"_s + QString(pad, u'x') + u" "_s + mention;
        QCOMPARE(findActors(u"Kowalski left early."_s, document), expected);
    }
    // The same answers once the finder has been asked so often that it indexes the document's names (a long
    // list of lines that open with capitalised words).
    QString list;
    for (int line = 0; line < 100; ++line)
        list += u"Item%1 left early.\n"_s.arg(line);
    const QString listed = list + u"Kowalski left early.\n\n"_s + mention;
    const ActorFinder finder(listed);
    for (int line = 0; line < 100; ++line)
        QCOMPARE(finder.find(u"Item%1 left early."_s.arg(line)), QStringList());
    QCOMPARE(finder.find(u"Kowalski left early."_s), expected);
    // The same rules for an opener whose capital lies outside ASCII (searched for on its own).
    QString nonAscii = mention;
    nonAscii.replace(u"Kowalski"_s, u"\u00d8degaard"_s);
    const QStringList expectedNonAscii = name ? QStringList{u"\u00d8degaard"_s} : QStringList{};
    const QString document = u"\u00d8degaard left early.\n\n"_s + nonAscii;
    QCOMPARE(findActors(u"\u00d8degaard left early."_s, document), expectedNonAscii);
}

// Short ASCII words are looked up by packed key, others (longer than nine characters, non-ASCII) by
// string; both ignore case.
void TestActors::stopWords_data() {
    QTest::addColumn<QString>("word");
    QTest::addColumn<bool>("stop");
    QTest::newRow("short") << u"The"_s << true;
    QTest::newRow("upper case") << u"ACCORDING"_s << true;
    QTest::newRow("one letter") << u"a"_s << true;
    QTest::newRow("longer than a key") << u"Throughout"_s << true;
    QTest::newRow("a name") << u"Kowalski"_s << false;
    QTest::newRow("prefix of a stop word") << u"Accord"_s << false;
    QTest::newRow("stop word with a suffix") << u"Abouts"_s << false;
    QTest::newRow("long name") << u"Kowalskiewicz"_s << false;
    QTest::newRow("non-ASCII") << u"\u00c9tienne"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestActors::stopWords() {
    QFETCH(QString, word);
    QFETCH(bool, stop);
    QCOMPARE(ActorTables::instance().isStopWord(word), stop);
}

QTEST_APPLESS_MAIN(TestActors)
#include "tst_actors.moc"
