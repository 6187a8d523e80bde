// The candidate scan: sixteen-unit chunk masks, and findWindows (chunked) giving exactly the windows of
// the plain one-character-at-a-time scan, wherever words, numbers and non-ASCII text fall. And the
// tokenizer's reuse of a window's tokens for a sentence, which must give what tokenizing the sentence
// gives.
#include "model/ascii_words.h"
#include "timex/candidate_scan.h"
#include "timex/tokenizer.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace annals;
using namespace annals::timex;

namespace {

QString windowsText(const std::vector<Window> &windows) {
    QStringList parts;
    for (const Window &w : windows)
        parts.append(QString::number(w.start) + u'-' + QString::number(w.end));
    return parts.join(u' ');
}

QString chunkedWindows(const QString &text, const Lexicon &lexicon) {
    std::vector<Window> windows;
    findWindows(text, lexicon, windows);
    return windowsText(windows);
}

QString plainWindows(const QString &text, const Lexicon &lexicon) {
    std::vector<Window> windows;
    findWindowsByCharacter(text, lexicon, windows);
    return windowsText(windows);
}

} // namespace

class TestTimexScan : public QObject {
    Q_OBJECT
private slots:
    void chunkMasks_data();
    void chunkMasks();
    void triggerAtEveryOffset();
    void randomTextMatchesPlainScan();
    void seedsMatchPlainScan();
    void reusedTokensMatchTokenizing();

private:
    Lexicon m_lexicon;
};

void TestTimexScan::chunkMasks_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<uint>("letters");
    QTest::addColumn<uint>("digits");
    QTest::addColumn<bool>("ascii");
    QTest::newRow("words") << u"On 7 May, 2024: "_s << 0b0000000011100011u << 0b0011110000001000u << true;
    QTest::newRow("edges of letters")
        << u"@AZ[`az{/09:azAZ"_s << 0b1111000001100110u << 0b0000011000000000u << true;
    QTest::newRow("all letters") << u"abcdefghijklmnop"_s << 0xFFFFu << 0u << true;
    QTest::newRow("non-ASCII first") << u"\u00e9abcdefghijklmno"_s << 0u << 0u << false;
    QTest::newRow("non-ASCII last") << u"abcdefghijklmno\u0663"_s << 0u << 0u << false;
    QTest::newRow("high unit") << u"abcdefgh\uff21bcdefgh"_s << 0u << 0u << false;
}

void TestTimexScan::chunkMasks() {
    QFETCH(QString, text);
    QFETCH(uint, letters);
    QFETCH(uint, digits);
    QFETCH(bool, ascii);
    QCOMPARE(text.size(), 16);
    const AsciiChunk chunk = classifyAsciiChunk(reinterpret_cast<const char16_t *>(text.utf16()));
    QCOMPARE(chunk.ascii, ascii);
    if (ascii) { // the masks mean nothing otherwise
        QCOMPARE(chunk.letters, letters);
        QCOMPARE(chunk.digits, digits);
    }
}

void TestTimexScan::triggerAtEveryOffset() {
    // A weekday and a year starting at every position of the first chunks, and running across their ends.
    for (int offset = 0; offset < 40; ++offset) {
        const QString padding = QString(offset, u'x');
        for (const QString &trigger : {u"Monday"_s, u"2024"_s}) {
            const QString text = padding + u' ' + trigger + u" was quiet in the capital and elsewhere"_s;
            std::vector<Window> windows;
            findWindows(text, m_lexicon, windows);
            QVERIFY2(windows.size() == 1, qPrintable(text));
            QVERIFY(windows[0].start <= offset + 1);
            QVERIFY(windows[0].end >= offset + 1 + trigger.size());
            QCOMPARE(chunkedWindows(text, m_lexicon), plainWindows(text, m_lexicon));
        }
        // Not a trigger when glued to a non-ASCII letter ("Mondayé").
        QVERIFY(chunkedWindows(padding + u" Monday\u00e9 is far away from here, or so we hear"_s, m_lexicon)
                    .isEmpty());
    }
}

void TestTimexScan::randomTextMatchesPlainScan() {
    const QStringList pieces = {u"May"_s,       u"Monday"_s, u"weeks"_s,
                                u"today"_s,     u"the"_s,    u"ago"_s,
                                u"last"_s,      u"7"_s,      u"2024"_s,
                                u"10"_s,        u"p.m."_s,   u"6pm"_s,
                                u"'90s"_s,      u"21st"_s,   u"of"_s,
                                u"caf\u00e9"_s, u"\u0667"_s, u"\u0662\u0660\u0662\u0664"_s,
                                u"12:30"_s,     u"Oct."_s,   u"abcdefghijklmnopqrs"_s,
                                u"\u00a0"_s,    u","_s,      u"\n"_s,
                                u"-"_s,         u"\u2019"_s, u"January"_s};
    QRandomGenerator rng(20261123);
    for (int round = 0; round < 3000; ++round) {
        QString text;
        const int count = rng.bounded(1, 40);
        for (int k = 0; k < count; ++k) {
            text += pieces[rng.bounded(int(pieces.size()))];
            if (rng.bounded(3) != 0)
                text += u' ';
        }
        QCOMPARE(chunkedWindows(text, m_lexicon), plainWindows(text, m_lexicon));
    }
}

void TestTimexScan::seedsMatchPlainScan() {
    const QString seeds = QStringLiteral(ANNALS_SHARED_DIR) + u"/seeds"_s;
    if (!QDir(seeds).exists())
        QSKIP("../shared/seeds is not there");
    int files = 0;
    for (QDirIterator it(seeds, {u"*.txt"_s}, QDir::Files); it.hasNext();) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        const QString windows = chunkedWindows(text, m_lexicon);
        QVERIFY(!windows.isEmpty());
        QCOMPARE(windows, plainWindows(text, m_lexicon));
        ++files;
    }
    QVERIFY(files > 0);
}

namespace {

QString tokenText(const std::vector<Token> &tokens) {
    QStringList parts;
    for (const Token &t : tokens)
        parts.append(u"%1-%2:%3%4%5%6/%7/%8/%9/%10"_s.arg(t.start)
                         .arg(t.end)
                         .arg(int(t.kind))
                         .arg(int(t.spaceBefore))
                         .arg(int(t.newlineBefore))
                         .arg(int(t.capitalized))
                         .arg(int(t.punct))
                         .arg(t.number)
                         .arg(int(t.digits))
                         .arg(quintptr(t.lex)));
    return parts.join(u' ');
}

} // namespace

// Stretches whose tokens are known (a window) and ranges to tokenize (a sentence) overlapping them in
// every way: on random text with line breaks, no-break spaces, non-ASCII letters and digits, and words
// cut at the stretches' edges, the tokens must be those of tokenizing the range directly.
void TestTimexScan::reusedTokensMatchTokenizing() {
    const QStringList pieces = {u"May"_s,       u"Monday"_s,    u"7"_s,    u"2024"_s,   u"p.m."_s,
                                u"caf\u00e9"_s, u"\n"_s,        u"\n\n"_s, u"\u00a0"_s, u" "_s,
                                u"  "_s,        u","_s,         u"."_s,    u"said"_s,   u"\u0662\u0660"_s,
                                u"-"_s,         u"last week"_s, u"\t"_s};
    QRandomGenerator rng(20261125);
    std::vector<Token> known, reused, direct, scratch;
    int reusedSome = 0;
    for (int round = 0; round < 4000; ++round) {
        QString text;
        const int count = rng.bounded(1, 30);
        for (int k = 0; k < count; ++k)
            text += pieces[rng.bounded(int(pieces.size()))];
        const int n = int(text.size());
        const int knownFrom = rng.bounded(n + 1);
        const int knownTo = rng.bounded(knownFrom, n + 1);
        tokenize(text, knownFrom, knownTo, m_lexicon, known);
        const int from = rng.bounded(n + 1);
        const int to = rng.bounded(from, n + 1);
        tokenizeReusing(text, from, to, known, m_lexicon, reused, scratch);
        tokenize(text, from, to, m_lexicon, direct);
        QCOMPARE(tokenText(reused), tokenText(direct));
        reusedSome += knownFrom < to && from < knownTo ? 1 : 0;
    }
    QVERIFY(reusedSome > 1000);
}

QTEST_APPLESS_MAIN(TestTimexScan)
#include "tst_timex_scan.moc"
