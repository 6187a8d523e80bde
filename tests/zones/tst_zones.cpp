#include "zones/block_features.h"
#include "zones/cue_phrases.h"
#include "zones/topic_overlap.h"
#include "zones/word_scanner.h"
#include "zones/zone_classifier.h"

#include "../zones_support/plain_text_document.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace annals;
using namespace annals::zones;
using annals::testing::plainTextDocument;
using annals::testing::seedDocument;

namespace {

QString zoneList(const Document &document) {
    QStringList names;
    for (const Block &block : document.blocks)
        names.append(zoneName(block.zone));
    return names.join(u',');
}

int countZone(const Document &document, Zone zone) {
    return int(std::count_if(document.blocks.begin(), document.blocks.end(),
                             [&](const Block &b) { return b.zone == zone; }));
}

} // namespace

class TestZones : public QObject {
    Q_OBJECT

private slots:
    void wordsAndStopWords_data();
    void wordsAndStopWords();
    void sentenceShape_data();
    void sentenceShape();
    void cues_data();
    void cues();
    void topicOverlap();
    void wordCountsAgreeWithWordScan();
    void handWrittenPages_data();
    void handWrittenPages();
    void htmlBlocksUseTagsAndLinks();
    void linkRuleCountsToForty();
    void titleFromHeadline();
    void emptyAndOddInput();
    void seedZoneCounts_data();
    void seedZoneCounts();
    void seedFurnitureIsNotBody();
    void seedDatedBodyParagraphsStayBody();
    void seedTeaserListsAreBoilerplate();
};

void TestZones::wordsAndStopWords_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("words");
    QTest::addColumn<double>("minStop");
    QTest::addColumn<double>("maxStop");
    QTest::newRow("prose") << u"The minister said that the talks would resume in the spring."_s << 11 << 0.3
                           << 0.7;
    QTest::newRow("name") << u"Harriet Okonkwo"_s << 2 << 0.0 << 0.0;
    QTest::newRow("hyphen and apostrophe") << u"A cease-fire isn't Rome’s plan"_s << 5 << 0.19 << 0.21;
    QTest::newRow("empty") << QString() << 0 << 0.0 << 0.0;
    QTest::newRow("digits only") << u"0:00 0:00"_s << 4 << 0.0 << 0.0;
}

void TestZones::wordsAndStopWords() {
    QFETCH(QString, text);
    QFETCH(int, words);
    QFETCH(double, minStop);
    QFETCH(double, maxStop);
    QCOMPARE(wordCount(text), words);
    const double ratio = stopWordRatio(text);
    QVERIFY2(ratio >= minStop && ratio <= maxStop, qPrintable(QString::number(ratio)));
}

void TestZones::sentenceShape_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("sentence");
    QTest::addColumn<bool>("headline");
    QTest::addColumn<bool>("bullet");
    QTest::newRow("plain sentence") << u"Talks resumed on Monday in Geneva."_s << true << false << false;
    QTest::newRow("quote closing") << u"She said the plan was \u201Cdead.\u201D"_s << true << false << false;
    QTest::newRow("headline") << u"Harbour strike ends after ten weeks of talks"_s << false << true << false;
    QTest::newRow("question headline")
        << u"Will the harbour strike end this week?"_s << true << true << false;
    QTest::newRow("dash bullet") << u"\u2014 Read our explainer on the harbour dispute"_s << false << true
                                 << true;
    QTest::newRow("hyphenated word is no bullet") << u"-year plan for the port"_s << false << true << false;
    QTest::newRow("too short for a headline") << u"Harbour"_s << false << false << false;
}

void TestZones::sentenceShape() {
    QFETCH(QString, text);
    QFETCH(bool, sentence);
    QFETCH(bool, headline);
    QFETCH(bool, bullet);
    QCOMPARE(endsLikeSentence(text), sentence);
    QCOMPARE(isHeadlineLike(text), headline);
    // The classifier's form, with the words counted as it counts them (up to 30 or, for link lists, 40).
    QCOMPARE(isHeadlineLike(text, countWordsUpTo(text, 30)), headline);
    QCOMPARE(isHeadlineLike(text, countWordsUpTo(text, 40)), headline);
    QCOMPARE(startsWithBullet(text), bullet);
}

void TestZones::cues_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("cue");
    QTest::addColumn<bool>("expected");
    QTest::newRow("credit Picture:") << u"The harbour at dawn. Picture: Alamy"_s << u"credit"_s << true;
    QTest::newRow("credit AP Photo")
        << u"Dockers march in Valletta, Monday, March 4, 2024. (AP Photo/Jo Bloggs)"_s << u"credit"_s << true;
    QTest::newRow("credit alone") << u"Pool/AFP via Getty Images"_s << u"credit"_s << true;
    QTest::newRow("credit after a slash")
        << u"Crowds fill the square. Jo Bloggs/Reuters"_s << u"credit"_s << true;
    QTest::newRow("credit with a hyphen")
        << u"Rescuers search the rubble. EPA-EFE/Jo Bloggs"_s << u"credit"_s << true;
    QTest::newRow("credit cut short at the end")
        << u"Crowds fill the square: Jo Bloggs, Shutterstoc"_s << u"credit"_s << false;
    QTest::newRow("prose naming an agency")
        << u"The union told AFP on Monday that it would keep striking until pay rises."_s << u"credit"_s
        << false;
    QTest::newRow("numeric date and time") << u"14/02/2024 09:12"_s << u"numeric date"_s << true;
    QTest::newRow("numeric date dotted") << u" 14.02.2024 "_s << u"numeric date"_s << true;
    QTest::newRow("iso date and time") << u"2024-02-14 09:12"_s << u"numeric date"_s << true;
    QTest::newRow("media player times") << u"0:00 / 3:45"_s << u"numeric date"_s << false;
    QTest::newRow("score") << u"3-1"_s << u"numeric date"_s << false;
    QTest::newRow("byline") << u"By Harriet Okonkwo"_s << u"byline"_s << true;
    QTest::newRow("byline with agency")
        << u"By Associated Press writers Ann Lee and Tom Roe"_s << u"byline"_s << true;
    QTest::newRow("prose starting with By")
        << u"By Tuesday, the dockers had voted to return to work."_s << u"byline"_s << false;
    QTest::newRow("author bio") << u"Harriet Okonkwo is the Observer's labour correspondent."_s << u"bio"_s
                                << true;
    QTest::newRow("bio with \" is \" in the second sixteen")
        << u"Harriet Okonkwo-Fitzgerald is the Observer's labour correspondent."_s << u"bio"_s << true;
    QTest::newRow("bio with \" is \" ending at character 44")
        << u"Maximiliana Okonkwo Fitzgerald Delacroix is the labour correspondent."_s << u"bio"_s << true;
    QTest::newRow("bio with \" is \" ending past character 44")
        << u"Maximiliana Okonkwo Fitzgerald Delacroixe is the labour correspondent."_s << u"bio"_s << false;
    QTest::newRow("not a bio") << u"Port Authority chief Ana Silva is expected to resign."_s << u"bio"_s
                               << false;
    QTest::newRow("header updated") << u"Updated March 04, 2024 at 09:10 AM ET"_s << u"header"_s << true;
    QTest::newRow("header date and time")
        << u"4 March 2024, 09:10 | Updated: 4 March 2024, 17:45"_s << u"header"_s << true;
    QTest::newRow("prose with a date is no header")
        << u"The strike began on March 4, 2024."_s << u"header"_s << false;
    // Twenty words at most: a longer line is no header, however it starts.
    QTest::newRow("header of twenty words")
        << u"Updated March 04, 2024 at 09:10 AM ET with new figures from the port authority and more harbour towns"_s
        << u"header"_s << true;
    QTest::newRow("header-like line of twenty-one words")
        << u"Updated March 04, 2024 at 09:10 AM ET with new figures from the port authority and two more harbour towns"_s
        << u"header"_s << false;
    QTest::newRow("standalone dateline") << u"VALLETTA (AP) \u2014"_s << u"dateline"_s << true;
    QTest::newRow("dateline with text")
        << u"VALLETTA (AP) \u2014 Dockers voted on Monday."_s << u"dateline"_s << false;
    QTest::newRow("section end") << u"More Latest News"_s << u"end"_s << true;
    QTest::newRow("related content") << u"Related Content"_s << u"end"_s << true;
    QTest::newRow("copyright") << u"\u00A9 2024 Harbour Radio"_s << u"copyright"_s << true;
    QTest::newRow("copyright word") << u"Copyright 2024 The Island Herald. All rights reserved."_s
                                    << u"copyright"_s << true;
    // The phrases anywhere in the line: in the sixteen-character groups and in the last few characters.
    QTest::newRow("rights reserved mid-line")
        << u"Harbour Radio 2024, All rights reserved by the station group"_s << u"copyright"_s << true;
    QTest::newRow("rights reserved at the end") << u"(2024) All rights reserved"_s << u"copyright"_s << true;
    QTest::newRow("station file") << u"Harbour Radio 98.1 FM Public Inspection File"_s << u"copyright"_s
                                  << true;
    QTest::newRow("rights in a long paragraph")
        << u"The station group said on Monday that all of its programmes, its archive and every one of its "
           "local bulletins were covered, adding: All rights reserved, now and in the future."_s
        << u"copyright"_s << false;
    QTest::newRow("rights in prose") << u"The union said all rights were reserved for members."_s
                                     << u"copyright"_s << false;
    QTest::newRow("read more") << u"Read More: Ferry fares to rise in spring"_s << u"prefix"_s << true;
    QTest::newRow("listen") << u"Listen to this article"_s << u"prefix"_s << true;
    QTest::newRow("prose is no prefix")
        << u"Readers wrote in to complain about ferry fares."_s << u"prefix"_s << false;
    QTest::newRow("appeal") << u"Your gift today keeps our reporters on the quays; donate now."_s
                            << u"appeal"_s << true;
    QTest::newRow("appeal saying you past sixteen characters")
        << u"Every gift counts: if you can, donate to keep our reporters on the quays."_s << u"appeal"_s
        << true;
    QTest::newRow("a name starting with You")
        << u"Members of the strike fund met Youssef Amari on Monday."_s << u"appeal"_s << false;
    QTest::newRow("donors in the news")
        << u"Donations to the strike fund have doubled, the union said."_s << u"appeal"_s << false;
    QTest::newRow("contributor") << u"Associated Press writer Tom Roe contributed."_s << u"contributor"_s
                                 << true;
    QTest::newRow("teaser") << u"Ana Silva: Port chief 'will not be bullied by the union'"_s << u"teaser"_s
                            << true;
    QTest::newRow("subhead is no teaser") << u"Union still hopes for a deal"_s << u"teaser"_s << false;
    QTest::newRow("label") << u"Here's the latest:"_s << u"label"_s << true;
    QTest::newRow("navigation") << u"Home \u00B7 World \u00B7 Business"_s << u"nav"_s << true;
}

void TestZones::cues() {
    QFETCH(QString, text);
    QFETCH(QString, cue);
    QFETCH(bool, expected);
    bool actual = false;
    if (cue == u"credit")
        actual = hasPhotoCredit(text);
    else if (cue == u"byline")
        actual = isBylineLine(text);
    else if (cue == u"bio")
        actual = isAuthorBio(text);
    else if (cue == u"header") {
        actual = isDateHeaderLine(text);
        // The classifier's form, with the words counted as it counts them (up to 30 or 40).
        QCOMPARE(isDateHeaderLine(text, countWordsUpTo(text, 30)), expected);
        QCOMPARE(isDateHeaderLine(text, countWordsUpTo(text, 40)), expected);
    } else if (cue == u"dateline")
        actual = isStandaloneDateline(text);
    else if (cue == u"numeric date")
        actual = isNumericDateLine(text);
    else if (cue == u"end")
        actual = isSectionEndMarker(text);
    else if (cue == u"copyright") {
        actual = isCopyrightOrStationLine(text);
        // Told the word count, the answer is the same.
        QCOMPARE(isCopyrightOrStationLine(text, countWordsUpTo(text, 30)), actual);
    } else if (cue == u"prefix")
        actual = hasBoilerplatePrefix(text);
    else if (cue == u"appeal")
        actual = isReaderAppeal(text);
    else if (cue == u"contributor")
        actual = isContributorLine(text);
    else if (cue == u"teaser")
        actual = looksLikeTeaserHeadline(text);
    else if (cue == u"label")
        actual = isLabelLine(text);
    else if (cue == u"nav")
        actual = hasNavigationSeparators(text);
    else
        QFAIL("unknown cue in test data");
    QCOMPARE(actual, expected);
}

// countWordsUpTo classifies sixteen or eight ASCII characters at a time: on random strings over word
// characters, joiners, spaces, the characters on either side of the letter and digit ranges and non-ASCII
// letters it must count what forEachWord finds, and stop at limit + 1. Every other string is plain
// ASCII, so that whole groups of sixteen occur.
void TestZones::wordCountsAgreeWithWordScan() {
    const QString mixed = u"aZ7 '-\u2019.,\u00e9\u4e2d\u2014\u0120 b9x"_s;
    const QString ascii = u"aAzZ09 '-@[`{/:\t.,"_s;
    QRandomGenerator rng(20261123);
    for (int round = 0; round < 20000; ++round) {
        const QString &alphabet = round % 2 ? ascii : mixed;
        QString text;
        const int length = rng.bounded(80);
        for (int k = 0; k < length; ++k)
            text += alphabet[rng.bounded(int(alphabet.size()))];
        int words = 0;
        forEachWord(text, [&](QStringView) { ++words; });
        QCOMPARE(countWordsUpTo(text, 1000), words);
        const int limit = rng.bounded(16);
        QCOMPARE(countWordsUpTo(text, limit), std::min(words, limit + 1));
    }
}

void TestZones::topicOverlap() {
    TopicOverlap topic;
    const int harbour = topic.addCandidate(u"Harbour strike ends as dockers accept wage offer"_s);
    const int weather = topic.addCandidate(u"Weather: sunny spells all weekend"_s);
    const int plural = topic.addCandidate(u"The Strikes and the Harbour"_s);
    const int wills = topic.addCandidate(u"Wills and the Port"_s);
    QVERIFY(topic.addTopicParagraph(
        u"Dockers in Valletta voted to end the harbour strike after the port authority raised wages."_s));
    QCOMPARE(topic.sharedWords(harbour), 4); // harbour strike docker wage
    QCOMPARE(topic.sharedWords(weather), 0);
    QVERIFY(topic.sharedRatio(plural) > 0.99); // plural and case folded
    QCOMPARE(topic.sharedWords(wills), 1);     // port; "will" is a function word in the paragraph
    QVERIFY(topic.addTopicParagraph(u"The union will meet."_s));
    QCOMPARE(topic.sharedWords(wills), 1);
    TopicOverlap found;
    found.addCandidate(u"Harbour strikes"_s);
    QVERIFY(!found.addTopicParagraph(u"The strike closed the harbour."_s)); // every word found: stop
    QCOMPARE(found.sharedWords(0), 2);
    // A caller that has enough stops the paragraph at the word that made it so: later words stay unfound.
    TopicOverlap enough;
    enough.addCandidate(u"Harbour strike ends as dockers accept wage offer"_s);
    const auto twoShared = [](const TopicOverlap &t) { return t.sharedWords(0) >= 2; };
    QVERIFY(enough.addTopicParagraph(
        u"Dockers in Valletta voted to end the harbour strike after the port authority raised wages."_s,
        twoShared));
    QCOMPARE(enough.sharedWords(0), 2); // docker harbour; not strike, wage
    QVERIFY(!TopicOverlap::hasContentWord(u"the of and 42"_s));
    QVERIFY(TopicOverlap::hasContentWord(u"the harbour"_s));
}

void TestZones::handWrittenPages_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("zones");

    QTest::newRow("radio site")
        << u"Home \u00B7 News \u00B7 Sport\n\nHarbour strike ends after dockers accept new pay offer\n\n"
           "4 March 2024, 09:10 | Updated: 4 March 2024, 17:45\n\n"
           "Dockers on the quay\nDockers on the quay at dawn. Picture: Alamy\n\nBy Harriet Okonkwo\n\n"
           "Dockers in Valletta voted on Monday to end the harbour strike after the port authority raised "
           "wages.\n\n"
           "Listen to this article\n\n"
           "The strike had closed the harbour for ten weeks and stranded ferries bound for Gozo.\n\n"
           "Read More: Ferry operator warns of spring fare rises\n\n"
           "Union leaders said the new pay offer met most of their demands on wages and shifts.\n\n"
           "More Latest News\n\nCity council approves new cycle lanes\n\nCouncil backs plan for new lanes\n"_s
        << u"boilerplate,headline,dateline,caption,caption,dateline,body,boilerplate,body,boilerplate,body,"
           "boilerplate,boilerplate,boilerplate"_s;

    QTest::newRow("wire story with teaser list and subhead")
        << u"Harbour strike ends as dockers accept pay deal\n\n"
           "VALLETTA (AP) \u2014\n\n"
           "Dockers in Valletta voted on Monday to end the harbour strike after the port authority raised "
           "wages.\n\n"
           "\u2014 Ferry operator warns of spring fare rises\n\nCity council approves new cycle lanes\n\n"
           "\u2014 Find more coverage of the islands at\n\n"
           "The strike had closed the harbour for ten weeks and stranded ferries bound for Gozo.\n\n"
           "Union hopes for lasting peace on the quays\n\n"
           "Associated Press writer Tom Roe contributed.\n\n"
           "By Associated Press writers Ann Lee and Tom Roe\n"_s
        << u"headline,dateline,body,boilerplate,boilerplate,boilerplate,body,body,boilerplate,dateline"_s;

    QTest::newRow("standfirst, bio and appeal")
        << u"Port chief quits after harbour strike\n\nAna Silva said the dispute had cost the port its "
           u"trust\n\n"
           "Port authority chief Ana Silva resigned on Tuesday, a day after the harbour strike ended.\n\n"
           "Silva said the ten-week dispute had cost the port the trust of its workers and of ferry "
           "passengers.\n\n"
           "Harriet Okonkwo\nHarriet Okonkwo is the Herald's labour correspondent.\n\n"
           "Your gift today keeps our reporters on the quays. Please donate to support us.\n"_s
        << u"headline,headline,body,body,boilerplate,boilerplate,boilerplate"_s;
}

void TestZones::handWrittenPages() {
    QFETCH(QString, text);
    QFETCH(QString, zones);
    Document document = plainTextDocument(text);
    classifyZones(document);
    QCOMPARE(zoneList(document), zones);
}

void TestZones::htmlBlocksUseTagsAndLinks() {
    Document document =
        plainTextDocument(u"Menu World Business\nHarbour strike ends\nDockers on the quay at dawn\n"
                          "Dockers in Valletta voted on Monday to end the harbour strike after the port "
                          "authority raised wages.\n"
                          "Ferry fares to rise; Council backs lanes; Weather warning\n"_s);
    QCOMPARE(document.blocks.size(), 5);
    document.blocks[0].tag = u"nav"_s;
    document.blocks[1].tag = u"h1"_s;
    document.blocks[2].tag = u"figcaption"_s;
    document.blocks[3].tag = u"p"_s;
    document.blocks[3].linkDensity = 0.0;
    document.blocks[4].tag = u"li"_s;
    document.blocks[4].linkDensity = 0.9;
    classifyZones(document);
    QCOMPARE(zoneList(document), u"boilerplate,headline,caption,body,boilerplate"_s);
}

// A block mostly made of links is boilerplate up to 40 words; a longer one is read as text (its words
// must be counted that far, although the other rules stop at 30).
void TestZones::linkRuleCountsToForty() {
    QString shortList, longParagraph;
    for (int i = 0; i < 35; ++i)
        shortList += u"story "_s;
    for (int i = 0; i < 50; ++i)
        longParagraph += u"dockers "_s;
    Document document = plainTextDocument(u"Harbour strike ends\n"_s + shortList.trimmed() + u".\n"_s +
                                          longParagraph.trimmed() + u".\n"_s);
    QCOMPARE(document.blocks.size(), 3);
    document.blocks[0].tag = u"h1"_s;
    for (int i = 1; i < 3; ++i) {
        document.blocks[i].tag = u"p"_s;
        document.blocks[i].linkDensity = 0.9;
    }
    classifyZones(document);
    QCOMPARE(zoneList(document), u"headline,boilerplate,body"_s);
}

void TestZones::titleFromHeadline() {
    Document document = plainTextDocument(
        u"Harbour strike ends after ten weeks\n\nDockers in Valletta voted on Monday to end the harbour "
        "strike after the port authority raised wages.\n"_s);
    classifyZones(document);
    QCOMPARE(document.title, u"Harbour strike ends after ten weeks"_s);

    Document titled = document;
    titled.title = u"From metadata"_s;
    classifyZones(titled);
    QCOMPARE(titled.title, u"From metadata"_s); // metadata wins
}

void TestZones::emptyAndOddInput() {
    Document empty;
    classifyZones(empty); // no blocks: nothing to do, no crash
    QVERIFY(empty.title.isEmpty());

    Document odd = plainTextDocument(u"\u00A0\n...\n\u2014\n"_s);
    classifyZones(odd);
    for (const Block &b : odd.blocks)
        QCOMPARE(b.zone, Zone::Boilerplate);

    // A block whose span lies outside the text must not be read.
    Document broken = plainTextDocument(u"Short text"_s);
    broken.blocks.append(Block{{5, 500}, QString(), -1.0, Zone::Body});
    classifyZones(broken);
    QCOMPARE(broken.blocks.last().zone, Zone::Boilerplate);
}

void TestZones::seedZoneCounts_data() {
    QTest::addColumn<QString>("seed");
    QTest::addColumn<int>("minBody");
    QTest::addColumn<int>("headlines");
    QTest::addColumn<int>("captions");
    QTest::addColumn<int>("minBoilerplate");
    // From reading the articles: the counts of body paragraphs, headline lines (with a standfirst in 001),
    // and photo-caption lines (captions are printed twice on several of these pages).
    QTest::newRow("000") << u"000"_s << 18 << 1 << 4 << 40;
    QTest::newRow("001") << u"001"_s << 8 << 2 << 0 << 1;
    QTest::newRow("002") << u"002"_s << 13 << 1 << 4 << 14;
    QTest::newRow("003") << u"003"_s << 100 << 1 << 2 << 10;
    QTest::newRow("004") << u"004"_s << 8 << 1 << 2 << 4;
}

void TestZones::seedZoneCounts() {
    QFETCH(QString, seed);
    QFETCH(int, minBody);
    QFETCH(int, headlines);
    QFETCH(int, captions);
    QFETCH(int, minBoilerplate);
    Document document = seedDocument(seed);
    QVERIFY2(!document.blocks.isEmpty(), "seed missing under ANNALS_SHARED_DIR/seeds");
    classifyZones(document);
    QVERIFY(countZone(document, Zone::Body) >= minBody);
    QCOMPARE(countZone(document, Zone::Headline), headlines);
    QCOMPARE(countZone(document, Zone::Caption), captions);
    QVERIFY(countZone(document, Zone::Boilerplate) >= minBoilerplate);
    QCOMPARE(document.blocks.first().zone == Zone::Headline, seed != u"002" && seed != u"004");
    QVERIFY(!document.title.isEmpty());
}

// Page furniture found by its own wording: never body.
void TestZones::seedFurnitureIsNotBody() {
    const struct {
        const char16_t *prefix;
        Zone zone;
    } expectations[] = {{u"Read More", Zone::Boilerplate},
                        {u"Listen to this", Zone::Boilerplate},
                        {u"Loading audio", Zone::Boilerplate},
                        {u"Copyright", Zone::Boilerplate},
                        {u"\u00A9", Zone::Boilerplate},
                        {u"More Latest News", Zone::Boilerplate},
                        {u"Related Content", Zone::Boilerplate},
                        {u"With input from", Zone::Boilerplate},
                        {u"By ", Zone::Dateline},
                        {u"Author:", Zone::Dateline},
                        {u"Updated", Zone::Dateline}};
    int checked = 0;
    int credits = 0;
    for (const QString &seed : {u"000"_s, u"001"_s, u"002"_s, u"003"_s, u"004"_s}) {
        Document document = seedDocument(seed);
        classifyZones(document);
        for (const Block &block : document.blocks) {
            const QStringView text = document.blockText(block).trimmed();
            for (const auto &e : expectations) {
                if (text.startsWith(QStringView(e.prefix))) {
                    QVERIFY2(block.zone == e.zone, qPrintable(seed + u": "_s + text.left(60).toString()));
                    ++checked;
                }
            }
            // "Picture: Getty"-style and AP credits mark captions.
            if (text.contains(u"Picture:") || text.contains(u"(AP Photo/") ||
                text.endsWith(u"Getty Images")) {
                QVERIFY2(block.zone == Zone::Caption, qPrintable(seed + u": "_s + text.left(60).toString()));
                ++credits;
            }
        }
    }
    QVERIFY(checked >= 12);
    QCOMPARE(credits, 5);
}

// Body paragraphs that carry dates (the material events are made of) stay body; the same words in a
// caption do not make the caption body.
void TestZones::seedDatedBodyParagraphsStayBody() {
    const struct {
        const char16_t *seed;
        const char16_t *word;
        int minBody;
    } expectations[] = {{u"000", u"Sunday", 2},    {u"001", u"Thursday", 2},   {u"002", u"Oct. 7", 1},
                        {u"002", u"Wednesday", 1}, {u"003", u"Wednesday", 15}, {u"003", u"late January", 1},
                        {u"004", u"Thursday", 1}};
    for (const auto &e : expectations) {
        Document document = seedDocument(QString::fromUtf16(e.seed));
        classifyZones(document);
        int body = 0;
        for (const Block &block : document.blocks) {
            const QStringView text = document.blockText(block);
            if (!text.contains(QStringView(e.word)) || block.zone == Zone::Caption)
                continue;
            QVERIFY2(block.zone == Zone::Body, qPrintable(document.blockText(block).left(60).toString()));
            ++body;
        }
        QVERIFY2(body >= e.minBody,
                 qPrintable(QString::fromUtf16(e.seed) + u' ' + QString::fromUtf16(e.word)));
    }
}

void TestZones::seedTeaserListsAreBoilerplate() {
    // 000: everything after the "More Latest News" heading is other stories (with their own 2025 dates).
    Document radio = seedDocument(u"000"_s);
    classifyZones(radio);
    const int marker = testing::blockStartingWith(radio, u"More Latest News");
    QVERIFY(marker > 0);
    for (int i = marker; i < radio.blocks.size(); ++i)
        QCOMPARE(radio.blocks[i].zone, Zone::Boilerplate);
    int teaser2025 = 0;
    for (const Block &block : radio.blocks)
        teaser2025 += radio.blockText(block).contains(u"2025") ? 1 : 0;
    QVERIFY(teaser2025 >= 2);

    // 003: the dash-bulleted list of other AP stories under the lead, with its unbulleted items.
    Document wire = seedDocument(u"003"_s);
    classifyZones(wire);
    int bullets = 0;
    int firstBullet = -1;
    int lastBullet = -1;
    for (int i = 0; i < wire.blocks.size(); ++i) {
        if (startsWithBullet(wire.blockText(wire.blocks[i]))) {
            QCOMPARE(wire.blocks[i].zone, Zone::Boilerplate);
            ++bullets;
            firstBullet = firstBullet < 0 ? i : firstBullet;
            lastBullet = i;
        }
    }
    QCOMPARE(bullets, 4);
    for (int i = firstBullet; i <= lastBullet; ++i)
        QCOMPARE(wire.blocks[i].zone, Zone::Boilerplate);
}

QTEST_GUILESS_MAIN(TestZones)
#include "tst_zones.moc"
