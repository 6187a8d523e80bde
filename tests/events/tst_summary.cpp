#include "events/summary.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace annals;

class TestSummary : public QObject {
    Q_OBJECT
private slots:
    void summaries_data();
    void summaries();
    void longSentenceWithoutBoundaries();
    void keepsExpressionWhenCut();
    void whitespaceCollapsedAnywhere_data();
    void whitespaceCollapsedAnywhere();
    void unpairedQuoteFoundAnywhere();
};

namespace {
TextSpan spanOf(const QString &sentence, const QString &expression) {
    const qsizetype at = sentence.indexOf(expression);
    return {at, at + expression.size()};
}
} // namespace

void TestSummary::summaries_data() {
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("timex");
    QTest::addColumn<QString>("expected");

    QTest::newRow("short sentence kept, final dot dropped")
        << u"The council voted on Monday."_s << u"Monday"_s << u"The council voted on Monday"_s;
    QTest::newRow("whitespace collapsed")
        << u"  The council\n voted   on Monday.  "_s << u"Monday"_s << u"The council voted on Monday"_s;
    QTest::newRow("participle clause dropped")
        << u"The minister turned down the latest truce offer on Sunday, saying it would have handed the "
           u"militants "
           "time to regroup and plan further raids on border towns."_s
        << u"Sunday"_s << u"The minister turned down the latest truce offer on Sunday"_s;
    QTest::newRow("trailing attribution dropped")
        << u"Rebels seized the northern depot and two bridges on Oct. 7 after a night of heavy shelling on "
           u"the "
           "outskirts, according to local officials who asked not to be named."_s
        << u"Oct. 7"_s
        << u"Rebels seized the northern depot and two bridges on Oct. 7 after a night of heavy shelling on the outskirts"_s;
    QTest::newRow("clause starting mid-thought takes its subject")
        << u"Gunmen attacked the market at dawn, killing nine traders on Tuesday and wounding dozens more, "
           u"while "
           "the army sent reinforcements into the surrounding districts."_s
        << u"Tuesday"_s
        << u"Gunmen attacked the market at dawn, killing nine traders on Tuesday and wounding dozens more"_s;
    QTest::newRow("leading phrase dropped when the clause stands alone")
        << u"In a long statement released to reporters late in the evening, the mediators said the talks "
           u"would "
           "resume in Cairo on Thursday with both delegations present."_s
        << u"Thursday"_s
        << u"The mediators said the talks would resume in Cairo on Thursday with both delegations present"_s;
    QTest::newRow("unmatched quote dropped")
        << u"\u201cWe will meet again on Friday,\u201d the envoy said."_s << u"Friday"_s
        << u"\u201cWe will meet again on Friday,\u201d the envoy said"_s;
    QTest::newRow("dangling opening quote")
        << u"\u201cThe offer expired on Friday and we will not extend it to anyone at all, whatever the "
           u"pressure "
           "from abroad or from anywhere else in the wider region,\u201d he said."_s
        << u"Friday"_s << u"The offer expired on Friday and we will not extend it to anyone at all"_s;

    // Where a summary may begin: at a clause with its own subject, never at a conjunction, a relative
    // pronoun, a bare predicate, a comma or a closing quote.
    QTest::newRow("conjunction opening a clause dropped")
        << u"Heavy rain closed the mountain pass for most of the week and cut off three villages from the "
           u"valley, "
           u"and a relief convoy finally reached them on Saturday."_s
        << u"Saturday"_s << u"A relief convoy finally reached them on Saturday"_s;
    QTest::newRow("conjunction opening the sentence dropped")
        << u"But on Friday the harbour reopened to fishing boats."_s << u"Friday"_s
        << u"On Friday the harbour reopened to fishing boats"_s;
    QTest::newRow("leading comma dropped")
        << u", and the harbour reopened on Friday."_s << u"Friday"_s << u"The harbour reopened on Friday"_s;
    QTest::newRow("predicate borrows the name set off before it")
        << u"The province's chief engineer, Tomas Eklund, said on Friday that the repaired levee would be "
           u"tested with a controlled flood before the spring melt."_s
        << u"Friday"_s
        << u"Tomas Eklund said on Friday that the repaired levee would be tested with a controlled flood "
           u"before "
           u"the spring melt"_s;
    QTest::newRow("predicate borrows its subject across asides")
        << u"Northvale Rail, an operator that runs most of the region's freight lines, which had been losing "
           u"money for years, on Thursday announced a new timetable."_s
        << u"Thursday"_s << u"Northvale Rail on Thursday announced a new timetable"_s;
    QTest::newRow("predicate keeps an adverbial opener out of its subject")
        << u"Last spring, after months of quarrelling between the two councils over who should pay for the "
           u"dredging, approved a shared budget on May 2."_s
        << u"May 2"_s
        << u"Last spring, after months of quarrelling between the two councils over who should \u2026 "
           u"approved a "
           u"shared budget on May 2"_s;
    QTest::newRow("relative clause borrows the name it follows")
        << u"The inquiry was led by the retired judge Miriam Okafor, who visited the flooded districts last "
           u"month to hear from the families who had lost their homes."_s
        << u"last month"_s
        << u"Miriam Okafor visited the flooded districts last month to hear from the families who had lost "
           u"their homes"_s;
    QTest::newRow("relative clause without a name goes back to a clause start")
        << u"The harbour office posted two notices on the quay; the ferry company published its winter "
           u"schedule, which halves the crossings to the outer islands in November."_s
        << u"November"_s
        << u"The ferry company published its winter schedule, which halves the crossings to the outer "
           u"islands "
           u"in November"_s;
    QTest::newRow("short quotation is one clause")
        << u"The mayor called the agreement \u201ca start, not a finish\u201d on Tuesday and said the next "
           u"round of talks would open in the autumn after the harvest."_s
        << u"Tuesday"_s
        << u"The mayor called the agreement \u201ca start, not a finish\u201d on Tuesday and said the next "
           u"round of talks would open in the\u2026"_s;
    QTest::newRow("cut from the left at a reported clause")
        << u"A spokesman for the regional water authority speaking to local radio stations said that the "
           u"eastern reservoir was refilled on Monday."_s
        << u"Monday"_s << u"The eastern reservoir was refilled on Monday"_s;
    QTest::newRow("cut from the left at a subordinate clause")
        << u"The old customs house served as a school and then as a museum for nearly a century before it "
           u"was sold in 1998 and closed when the roof collapsed in 2004."_s
        << u"2004"_s << u"The roof collapsed in 2004"_s;
    QTest::newRow("subordinate clause standing alone drops its subordinator")
        << u"Grain exports from the northern ports have recovered slowly over the past two seasons of poor "
           u"weather, "
           u"when the river froze solid in early December and stayed closed to barges."_s
        << u"early December"_s << u"The river froze solid in early December and stayed closed to barges"_s;
    QTest::newRow("opening adverbial takes its main clause")
        << u"Since 2011, the cooperative has replanted more than four hundred hectares of hillside orchards "
           u"that had been abandoned after the floods."_s
        << u"2011"_s
        << u"Since 2011, the cooperative has replanted more than four hundred hectares of hillside orchards "
           u"that had been abandoned\u2026"_s;
    QTest::newRow("relative aside before the expression's clause is left out")
        << u"The report prepared by Jonas Lindqvist, who chairs the regional transport board and its safety "
           u"panel, concludes that the bridge deteriorated quickly last winter."_s
        << u"last winter"_s << u"The bridge deteriorated quickly last winter"_s;
    QTest::newRow("kept end begins after a conjunction, opening stops before a quotation")
        << u"The harbour master Ines Carvalho described the repairs as \u201cslow, but steady\u201d in a "
           u"long "
           u"interview with the local paper and said the quay would reopen to ferries in October."_s
        << u"October"_s
        << u"The harbour master Ines Carvalho described the repairs as \u2026 said the quay would reopen to "
           u"ferries in October"_s;
    QTest::newRow("expression at the end of a long cut clause kept whole")
        << u"The tanker that ran aground off the northern cape carried crude oil and diesel and lubricants "
           u"for "
           u"the refinery on the coast that had been waiting for the shipment since late January."_s
        << u"late January"_s
        << u"The tanker that ran aground off the northern cape carried \u2026 had been waiting for the "
           u"shipment "
           u"since late January"_s;
    QTest::newRow("date appended to a long caption keeps the caption's statement")
        << u"Foreign minister Lena Berg, left, and her counterpart Omar Haddad shake hands during their "
           u"meeting in the old harbour district of the northern port city, Wednesday, Feb. 7, 2024."_s
        << u"Wednesday, Feb. 7, 2024"_s
        << u"Foreign minister Lena Berg, left, and her counterpart Omar Haddad shake hands during their "
           u"\u2026 "
           u"Wednesday, Feb. 7, 2024"_s;
    QTest::newRow("appositive holding the date keeps the statement it describes")
        << u"The fishing union has asked for a guaranteed share of a quarter of the annual catch in the bay, "
           u"a "
           u"demand the ministry turned down in 2021 and again last spring."_s
        << u"last spring"_s
        << u"The fishing union has asked for a guaranteed share \u2026 a demand the ministry turned down in "
           u"2021 "
           u"and again last spring"_s;
    QTest::newRow("appositive is no subject")
        << u"At the same time as the siege in the north, the rebels launched their first assault on Marenta, "
           u"a "
           u"walled market town on the river, but were driven back by late September."_s
        << u"late September"_s
        << u"The rebels launched their first assault on Marenta, a walled market town on \u2026 but were "
           u"driven "
           u"back by late September"_s;
    QTest::newRow("fronted time with an aside takes the main clause")
        << u"Last week, after days of protests blocking the supply roads to the south, the army declared the "
           u"area around the crossing a closed military zone, temporarily halting the protests."_s
        << u"Last week"_s
        << u"Last week, the army declared the area around the crossing a closed military zone"_s;
}

void TestSummary::summaries() {
    QFETCH(QString, sentence);
    QFETCH(QString, timex);
    QFETCH(QString, expected);
    const QString summary = summarize(sentence, spanOf(sentence, timex));
    QCOMPARE(summary, expected);
    QVERIFY(summary.size() <= maxSummaryLength);
}

void TestSummary::longSentenceWithoutBoundaries() {
    const QString sentence = u"The convoy that left the capital before dawn carried flour and medicine and "
                             u"fuel and blankets for the "
                             "families who had walked for days to reach the camps near the southern border "
                             "in late January when the "
                             "roads were still open to trucks."_s;
    const QString summary = summarize(sentence, spanOf(sentence, u"late January"_s));
    QVERIFY2(summary.size() <= maxSummaryLength, qPrintable(summary));
    QVERIFY2(summary.contains(u"late January"_s), qPrintable(summary));
    QVERIFY(summary.startsWith(u'\u2026') || summary.endsWith(u'\u2026'));
    QVERIFY(!summary.endsWith(u'.'));
}

void TestSummary::keepsExpressionWhenCut() {
    const QString sentence = u"Officials from the ministry and the relief agencies and the municipal water "
                             u"board and several private "
                             "contractors met to plan the repair of the pumping stations that had been "
                             "damaged in the storms of the "
                             "previous winter and agreed to start work on March 3"_s;
    const QString summary = summarize(sentence, spanOf(sentence, u"March 3"_s));
    QVERIFY2(summary.contains(u"March 3"_s), qPrintable(summary));
    QVERIFY(summary.size() <= maxSummaryLength);
}

// Short sentences whose whitespace is already single spaces are checked eight characters at a time:
// a double space, a tab, a line break or a quote must be caught wherever it falls in such a group.
void TestSummary::whitespaceCollapsedAnywhere_data() {
    QTest::addColumn<QString>("odd");
    QTest::addColumn<QString>("tidy");
    QTest::newRow("double space") << u"  "_s << u" "_s;
    QTest::newRow("double space before an accent") << u"  \u00e9 "_s << u" \u00e9 "_s;
    QTest::newRow("tab") << u"\t"_s << u" "_s;
    QTest::newRow("line break") << u" \n "_s << u" "_s;
    QTest::newRow("no-break space") << u"\u00a0"_s << u" "_s;
}

void TestSummary::whitespaceCollapsedAnywhere() {
    QFETCH(QString, odd);
    QFETCH(QString, tidy);
    for (int pad = 0; pad < 17; ++pad) {
        const QString lead = u"Talks"_s + QString(pad, u'x');
        const QString sentence = lead + odd + u"resumed on Monday."_s;
        const QString expected = lead + tidy + u"resumed on Monday"_s;
        QCOMPARE(summarize(sentence, spanOf(sentence, u"Monday"_s)), expected);
    }
}

// The check for quote marks also runs eight characters at a time: an unpaired closing quote is dropped
// wherever it falls.
void TestSummary::unpairedQuoteFoundAnywhere() {
    for (const QString &quote : {u"\""_s, u"\u201d"_s}) {
        for (int pad = 0; pad < 17; ++pad) {
            const QString kept = u"Talks"_s + QString(pad, u'x') + u" resumed on Monday"_s;
            const QString sentence = kept + quote;
            QCOMPARE(summarize(sentence, spanOf(sentence, u"Monday"_s)), kept);
        }
    }
}

QTEST_APPLESS_MAIN(TestSummary)
#include "tst_summary.moc"
