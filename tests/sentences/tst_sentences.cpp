#include "sentences/sentence_splitter.h"

#include "../zones_support/plain_text_document.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace annals;
using annals::testing::plainTextDocument;
using annals::testing::seedDocument;

namespace {

QString joined(const QString &text, const QList<TextSpan> &spans) {
    QStringList parts;
    for (const TextSpan &s : spans)
        parts.append(text.mid(s.start, s.length()));
    return parts.join(u" | "_s);
}

} // namespace

class TestSentences : public QObject {
    Q_OBJECT

private slots:
    void splits_data();
    void splits();
    void blocksAreNeverCrossed();
    void longRunsAreCutIntoPieces();
    void withinIsClamped();
    void seedsKeepAbbreviationsInside();
};

void TestSentences::splits_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("two sentences") << u"The strike ended. Ferries sailed again."_s
                                   << u"The strike ended. | Ferries sailed again."_s;
    QTest::newRow("one sentence, no terminator") << u"Harbour strike ends"_s << u"Harbour strike ends"_s;
    QTest::newRow("whitespace trimmed") << u"   The strike ended.   "_s << u"The strike ended."_s;
    QTest::newRow("month abbreviation before a day")
        << u"The strike began after the Oct. 7 Harbour Board vote. Ferries stopped."_s
        << u"The strike began after the Oct. 7 Harbour Board vote. | Ferries stopped."_s;
    QTest::newRow("Sept. and Feb.") << u"Talks ran from Sept. 4 to Feb. 12 in Valletta. They failed."_s
                                    << u"Talks ran from Sept. 4 to Feb. 12 in Valletta. | They failed."_s;
    QTest::newRow("rank titles") << u"The strike killed Lt. Col. Ana Silva. Sgt. Tom Roe survived."_s
                                 << u"The strike killed Lt. Col. Ana Silva. | Sgt. Tom Roe survived."_s;
    QTest::newRow("politicians") << u"Sen. Ann Lee and Rep. Tom Roe met Gen. Ray Bloggs and Gov. Ed Smith."_s
                                 << u"Sen. Ann Lee and Rep. Tom Roe met Gen. Ray Bloggs and Gov. Ed Smith."_s;
    QTest::newRow("Mr. and Dr.") << u"Mr. Roe thanked Dr. Lee. Then he left."_s
                                 << u"Mr. Roe thanked Dr. Lee. | Then he left."_s;
    QTest::newRow("St.") << u"They met at St. Paul's Bay."_s << u"They met at St. Paul's Bay."_s;
    QTest::newRow("U.S. before a name") << u"The U.S. Secretary of State arrived. He spoke."_s
                                        << u"The U.S. Secretary of State arrived. | He spoke."_s;
    QTest::newRow("U.N. before a name")
        << u"The U.N. Security Council met."_s << u"The U.N. Security Council met."_s;
    QTest::newRow("U.S. ending a sentence")
        << u"Aid came from the U.S. The talks resumed."_s << u"Aid came from the U.S. | The talks resumed."_s;
    QTest::newRow("initials") << u"The poet J. R. Bloggs spoke. Then J. Smith read."_s
                              << u"The poet J. R. Bloggs spoke. | Then J. Smith read."_s;
    QTest::newRow("a.m. mid sentence") << u"The vote began at 9 a.m. Monday in the hall."_s
                                       << u"The vote began at 9 a.m. Monday in the hall."_s;
    QTest::newRow("p.m. ending a sentence") << u"The vote ended at 5 p.m. The hall emptied."_s
                                            << u"The vote ended at 5 p.m. | The hall emptied."_s;
    QTest::newRow("company") << u"Harbour Lines Inc. Chief Ann Lee resigned."_s
                             << u"Harbour Lines Inc. Chief Ann Lee resigned."_s;
    QTest::newRow("Jr.") << u"Ports close on Martin Luther King Jr. Day. Ferries rest."_s
                         << u"Ports close on Martin Luther King Jr. Day. | Ferries rest."_s;
    QTest::newRow("No. before a number")
        << u"Pier No. 4 reopened. Ferries docked."_s << u"Pier No. 4 reopened. | Ferries docked."_s;
    QTest::newRow("question and exclamation")
        << u"Will it last? Nobody knows! Wait."_s << u"Will it last? | Nobody knows! | Wait."_s;
    QTest::newRow("quote closing a sentence")
        << u"\u201CWe won.\u201D The crowd cheered."_s << u"\u201CWe won.\u201D | The crowd cheered."_s;
    QTest::newRow("decimal") << u"Wages rose 3.5 percent. Prices too."_s
                             << u"Wages rose 3.5 percent. | Prices too."_s;
    QTest::newRow("non-Latin terminator")
        << u"\u0627\u0644\u0633\u0644\u0627\u0645\u061F \u0646\u0639\u0645."_s
        << u"\u0627\u0644\u0633\u0644\u0627\u0645\u061F | \u0646\u0639\u0645."_s;
}

void TestSentences::splits() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    SentenceSplitter splitter;
    const QList<TextSpan> spans = splitter.split(text, {0, text.size()});
    QCOMPARE(joined(text, spans), expected);
}

void TestSentences::blocksAreNeverCrossed() {
    const Document document =
        plainTextDocument(u"Harbour strike ends\n\nThe strike ended. Ferries sailed\nagain on Monday.\n"_s);
    SentenceSplitter splitter;
    const QList<TextSpan> spans = splitter.split(document);
    QCOMPARE(joined(document.text, spans),
             u"Harbour strike ends | The strike ended. | Ferries sailed | again on Monday."_s);
    // Reusing the splitter gives the same answer (the break iterator is reset per block).
    QCOMPARE(splitter.split(document), spans);
}

// A run without full stops (a table or log pasted as text) is cut into pieces of at most 2000 characters,
// after a comma where one is near the end, and nothing but the whitespace at the cuts is lost.
void TestSentences::longRunsAreCutIntoPieces() {
    QString text;
    for (int i = 0; i < 600; ++i)
        text += u"the vote on Friday, "_s; // 20 characters each, no full stop
    text += u"and a last word"_s;
    SentenceSplitter splitter;
    const QList<TextSpan> spans = splitter.split(text, {0, text.size()});
    QCOMPARE(spans.size(), 7);
    QString rejoined;
    for (const TextSpan &span : spans) {
        QVERIFY(span.length() <= 2000);
        QVERIFY2(span == spans.last() || text.at(span.end - 1) == u',',
                 qPrintable(text.mid(span.end - 10, 10)));
        rejoined += text.mid(span.start, span.length()) + u' ';
    }
    QCOMPARE(rejoined.trimmed(), text);

    // One unbroken "word" is cut inside it rather than kept whole.
    const QString word(4500, u'x');
    const QList<TextSpan> pieces = splitter.split(word, {0, word.size()});
    QCOMPARE(pieces.size(), 3);
    QCOMPARE(pieces.first().length(), 2000);
}

void TestSentences::withinIsClamped() {
    SentenceSplitter splitter;
    const QString text = u"Short. Text."_s;
    QCOMPARE(joined(text, splitter.split(text, {7, 500})), u"Text."_s);
    QVERIFY(splitter.split(text, {-5, 0}).isEmpty());
    QVERIFY(splitter.split(QString(), {0, 0}).isEmpty());
}

// On the real articles: every sentence is trimmed and inside its block, nothing is lost, and news
// abbreviations never end a sentence.
void TestSentences::seedsKeepAbbreviationsInside() {
    SentenceSplitter splitter;
    int total = 0;
    int abbreviationsSeen = 0;
    for (const QString &seed : {u"000"_s, u"001"_s, u"002"_s, u"003"_s, u"004"_s}) {
        const Document document = seedDocument(seed);
        QVERIFY2(!document.blocks.isEmpty(), "seed missing under ANNALS_SHARED_DIR/seeds");
        for (const Block &block : document.blocks) {
            const QList<TextSpan> spans = splitter.split(document.text, block.span);
            qsizetype covered = 0;
            for (const TextSpan &s : spans) {
                QVERIFY(block.span.contains(s));
                const QString sentence = document.text.mid(s.start, s.length());
                QVERIFY(!sentence.front().isSpace() && !sentence.back().isSpace());
                for (const QString &abbr : {u" Oct."_s, u" Feb."_s, u" Lt."_s, u" Col."_s, u" Dr."_s,
                                            u" Mr."_s, u" Gen."_s, u" Sen."_s}) {
                    QVERIFY2(!sentence.endsWith(abbr), qPrintable(sentence));
                    abbreviationsSeen += sentence.contains(abbr) ? 1 : 0;
                }
                // Inside a block, "U.S." / "U.N." end a sentence only before a word that opens one.
                const bool last = &s == &spans.last();
                if (!last && (sentence.endsWith(u"U.S.") || sentence.endsWith(u"U.N.")))
                    QFAIL(qPrintable(u"split after an initialism: "_s + sentence));
                for (QChar c : sentence)
                    covered += c.isSpace() ? 0 : 1;
                ++total;
            }
            qsizetype nonSpace = 0;
            for (QChar c : document.blockText(block))
                nonSpace += c.isSpace() ? 0 : 1;
            QCOMPARE(covered, nonSpace);
        }
    }
    QVERIFY(total > 300);
    QVERIFY(abbreviationsSeen >= 8); // the seeds do use them: "Oct. 7", "Lt. Col.", "Dr. Marwan"
}

QTEST_GUILESS_MAIN(TestSentences)
#include "tst_sentences.moc"
