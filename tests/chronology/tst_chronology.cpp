// Chronologies ("Timeline: key events") write a year once, as a heading or in the first entry, and leave it
// out of the entries that follow. Each row: a chronology, its publication date, an entry's date as
// written and the value it must get.
#include "timex/temporal_tagger.h"
#include "timex_expectations.h"

#include <QTest>

using namespace Qt::StringLiterals;
using annals::TemporalTagger;
using annals::Timex;
using annals::testing::dctFrom;
using annals::testing::describe;

class TestChronology : public QObject {
    Q_OBJECT

private slots:
    void entryYears_data();
    void entryYears();

private:
    TemporalTagger m_tagger;
};

void TestChronology::entryYears_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("dct");
    QTest::addColumn<QString>("span");
    QTest::addColumn<QString>("value");

    const QString headings =
        u"Key moments in the dispute\n\n2019\nMarch 4 - Talks collapse after eleven weeks.\n\n"
        u"2023\nJune 12 - The reservoir starts to fill for the summer.\nDec. 1 - The river runs low.\n\n"
        u"2025\nFeb. 3: Delegations meet in Geneva.\n"_s;
    const QString entries =
        u"Oct. 7, 2023: Border clashes kill nine soldiers.\nOct. 27: A prisoner exchange.\n"
        u"Dec. 28 - Talks collapse.\nJan. 3 - The crossing closes.\n"
        u"- Nov. 30, 2024 \u2014 An envoy is named.\n- Feb. 5 \u2014 Delegations meet.\n\n"
        u"The next round is expected on March 10.\n"_s;
    const QString dct = u"2025-02-20"_s;
    const auto row = [](const char *name, const QString &text, const QString &dct, const QString &span,
                        const QString &value) { QTest::newRow(name) << text << dct << span << value; };
    row("under a year heading", headings, dct, u"March 4"_s, u"2019-03-04"_s);
    row("under a later year heading", headings, dct, u"Dec. 1"_s, u"2023-12-01"_s);
    row("under the publication year's heading", headings, dct, u"Feb. 3"_s, u"2025-02-03"_s);
    row("a season under a year heading", headings, dct, u"the summer"_s, u"2023-SU"_s);
    row("under a markdown heading", u"Key dates\n\n## 2019\n* March 4 - Talks collapse.\n"_s, dct,
        u"March 4"_s, u"2019-03-04"_s);
    row("entry after a dated entry", entries, dct, u"Oct. 27"_s, u"2023-10-27"_s);
    row("entries run into the next year", entries, dct, u"Jan. 3"_s, u"2024-01-03"_s);
    row("bulleted entry after a dated one", entries, dct, u"Feb. 5"_s, u"2025-02-05"_s);
    row("prose after the entries is the news", entries, u"2025-03-02"_s, u"March 10"_s, u"2025-03-10"_s);
    row("a month-day in prose is no entry", u"Clashes began on Oct. 7, 2023. Talks resumed on Feb. 5.\n"_s,
        dct, u"Feb. 5"_s, u"2025-02-05"_s);
    row("a year inside a line is no heading", u"Prices fell in 2019\nand recovered on March 4.\n"_s, dct,
        u"March 4"_s, u"2024-03-04"_s);
}

void TestChronology::entryYears() {
    QFETCH(QString, text);
    QFETCH(QString, dct);
    QFETCH(QString, span);
    QFETCH(QString, value);

    const QList<Timex> found = m_tagger.tag(text, dctFrom(dct));
    const Timex *match = annals::testing::findSpan(text, found, span);
    if (!match)
        QFAIL(qPrintable(u"no expression \""_s + span + u"\" found; got "_s + describe(text, found)));
    QCOMPARE(match->value, value);
}

QTEST_GUILESS_MAIN(TestChronology)
#include "tst_chronology.moc"
