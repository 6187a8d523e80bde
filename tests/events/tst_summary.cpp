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
        << u"the mediators said the talks would resume in Cairo on Thursday with both delegations present"_s;
    QTest::newRow("unmatched quote dropped")
        << u"\u201cWe will meet again on Friday,\u201d the envoy said."_s << u"Friday"_s
        << u"\u201cWe will meet again on Friday,\u201d the envoy said"_s;
    QTest::newRow("dangling opening quote")
        << u"\u201cThe offer expired on Friday and we will not extend it to anyone at all, whatever the "
           u"pressure "
           "from abroad or from anywhere else in the wider region,\u201d he said."_s
        << u"Friday"_s << u"The offer expired on Friday and we will not extend it to anyone at all"_s;
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
