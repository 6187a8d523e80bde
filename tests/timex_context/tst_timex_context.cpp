// Resolution in context: anchoring on a date the text mentioned before ("two years later"), the same
// expression in a headline, caption and body, undated news, and histories told far from their dct.
#include "timex/temporal_tagger.h"
#include "timex_expectations.h"

#include <QTest>

using namespace Qt::StringLiterals;
using annals::TemporalTagger;
using annals::Timex;
using annals::testing::dctFrom;
using annals::testing::describe;
using annals::testing::findSpan;

class TestTimexContext : public QObject {
    Q_OBJECT

private slots:
    void anchorsOnPreviousDate_data();
    void anchorsOnPreviousDate();
    void sameExpressionResolvesTheSameEverywhere();
    void statedYearsNeedNoAnchor();
    void undatedNewsStaysOpen_data();
    void undatedNewsStaysOpen();
    void historyStaysInItsYear_data();
    void historyStaysInItsYear();

private:
    TemporalTagger m_tagger;
};

void TestTimexContext::anchorsOnPreviousDate_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("dct");
    QTest::addColumn<QString>("anchor");
    QTest::addColumn<QString>("span");
    QTest::addColumn<QString>("value");

    const QString wed = u"2024-02-07"_s;
    QTest::newRow("two years later") << u"The treaty was signed in 1979. Two years later, Sadat was killed."_s
                                     << wed << u"1979"_s << u"Two years later"_s << u"1981"_s;
    QTest::newRow("the following day")
        << u"The first talks were held on March 3, 2022. The following day, both sides left."_s << wed
        << u"March 3, 2022"_s << u"The following day"_s << u"2022-03-04"_s;
    QTest::newRow("the next day") << u"Hamas attacked on Oct. 7, 2023. Israel declared war the next day."_s
                                  << wed << u"Oct. 7, 2023"_s << u"the next day"_s << u"2023-10-08"_s;
    QTest::newRow("the quarter a year ago")
        << u"Net rose 5% in the third quarter of 2023. For the quarter a year ago, it had a loss."_s << wed
        << u"the third quarter of 2023"_s << u"the quarter a year ago"_s << u"2022-Q3"_s;
    QTest::newRow("the corresponding period last year")
        << u"Sales fell in the first quarter of 2023 from the corresponding period last year."_s << wed
        << u"the first quarter of 2023"_s << u"the corresponding period last year"_s << u"2022-Q1"_s;
    QTest::newRow("the same quarter last year")
        << u"Orders rose in the second quarter of 2023 from the same quarter last year."_s << wed
        << u"the second quarter of 2023"_s << u"the same quarter last year"_s << u"2022-Q2"_s;
    QTest::newRow("bare clock time in the past")
        << u"The raid began on May 3, 2022. The first shots were heard at 10 p.m. near the gate."_s << wed
        << u"May 3, 2022"_s << u"10 p.m."_s << u"2022-05-03T22:00"_s;
    QTest::newRow("the week before")
        << u"The summit opened on June 4, 2023. The week before, protesters had gathered."_s << wed
        << u"June 4, 2023"_s << u"The week before"_s << u"2023-W21"_s;
    QTest::newRow("the day after") << u"The summit opened on June 4, 2023. The day after, the leaders left."_s
                                   << wed << u"June 4, 2023"_s << u"The day after"_s << u"2023-06-05"_s;
    QTest::newRow("that evening") << u"The summit opened on June 4, 2023. That evening, talks broke down."_s
                                  << wed << u"June 4, 2023"_s << u"That evening"_s << u"2023-06-04TEV"_s;
    QTest::newRow("a date after since is background")
        << u"The first campaign, in 1892, took the islands, held by the crown since 1815. The following "
           u"year, "
           u"the king sent envoys."_s
        << wed << u"1892"_s << u"The following year"_s << u"1893"_s;
    // Before Christ: counted from the date told, not from the publication date.
    QTest::newRow("the following year before christ")
        << u"The fleet sailed in 492 BC. The following year, the king sent envoys."_s << wed << u"492 BC"_s
        << u"The following year"_s << u"BC0491"_s;
    QTest::newRow("years later before christ")
        << u"Carthage lost Sicily in 241 BC. Two years later, its mercenaries revolted."_s << wed
        << u"241 BC"_s << u"Two years later"_s << u"BC0239"_s;
    QTest::newRow("the next spring before christ")
        << u"The city fell in August 480 BC. The next spring, the army withdrew."_s << wed
        << u"August 480 BC"_s << u"The next spring"_s << u"BC0479-SP"_s;
    QTest::newRow("that same day before christ")
        << u"The battle was fought in June 479 BC. That same day, the fleet won too."_s << wed
        << u"June 479 BC"_s << u"That same day"_s << u"BC0479-06-XX"_s;
    QTest::newRow("that month") << u"Fighting broke out in October 2023. Aid stopped that month."_s << wed
                                << u"October 2023"_s << u"that month"_s << u"2023-10"_s;
    QTest::newRow("the year period")
        << u"Net rose in the second quarter. Asked about charges, he said the 1987 period had more."_s
        << u"1989-11-02"_s << u"the second quarter"_s << u"the 1987 period"_s << u"1987-Q2"_s;
    QTest::newRow("last year's quarter")
        << u"Sales grew 6% in the fourth quarter. Sales in last year's quarter were flat."_s
        << u"1990-02-02"_s << u"the fourth quarter"_s << u"last year's quarter"_s << u"1988-Q4"_s;
    QTest::newRow("year-ago quarter after another period")
        << u"Profit rose in the third quarter, after a weak second quarter. In the comparable year-ago quarter it fell."_s
        << u"1989-11-02"_s << u"the third quarter"_s << u"the comparable year-ago quarter"_s << u"1988-Q3"_s;
    QTest::newRow("the next morning")
        << u"The court met on March 3, 2022. The judge ruled the next morning."_s << wed << u"March 3, 2022"_s
        << u"the next morning"_s << u"2022-03-04TMO"_s;
    QTest::newRow("month of that year")
        << u"The treaty was signed in 1921. In August of that year, the army withdrew."_s << wed << u"1921"_s
        << u"August of that year"_s << u"1921-08"_s;
    QTest::newRow("later that month") << u"The talks opened on 3 May 1998. Later that month, they failed."_s
                                      << wed << u"3 May 1998"_s << u"Later that month"_s << u"1998-05"_s;
    QTest::newRow("that same day") << u"The city fell on 3 May 1998. That same day, the king fled."_s << wed
                                   << u"3 May 1998"_s << u"That same day"_s << u"1998-05-03"_s;
    QTest::newRow("that same day after a month")
        << u"The gunman struck in October 1998. That same day, the page was taken down."_s << wed
        << u"October 1998"_s << u"That same day"_s << u"1998-10-XX"_s;
    QTest::newRow("days later after a year")
        << u"The rebels rose in 1915. Four days later, the army arrived."_s << wed << u"1915"_s
        << u"Four days later"_s << u"1915-XX-XX"_s;
    QTest::newRow("later in the day")
        << u"The envoy landed on May 3, 2022. Later in the day, he met the king."_s << wed << u"May 3, 2022"_s
        << u"the day"_s << u"2022-05-03"_s;
    QTest::newRow("earlier in the day after a season")
        << u"The talks collapsed in the spring of 2011. Earlier in the day, markets rallied."_s << wed
        << u"the spring of 2011"_s << u"the day"_s << u"2011-XX-XX"_s;
    QTest::newRow("the following march after a year")
        << u"Both sides signed a memorandum in 2014. The following March, engineers began surveys."_s << wed
        << u"2014"_s << u"The following March"_s << u"2015-03"_s;
    QTest::newRow("the next spring after late in a year")
        << u"Talks resumed in late 2021 and stalled again the next spring."_s << wed << u"late 2021"_s
        << u"the next spring"_s << u"2022-SP"_s;
    QTest::newRow("months later after a year")
        << u"By 2016, the first concrete had been poured. Two months later, floods damaged the site."_s << wed
        << u"2016"_s << u"Two months later"_s << u"2016-XX"_s;
    QTest::newRow("the previous april")
        << u"The treaty was signed on 3 February 1998, ending talks begun the previous April."_s << wed
        << u"3 February 1998"_s << u"the previous April"_s << u"1997-04"_s;
    QTest::newRow("that same spring") << u"The offensive began in March 1975. Saigon fell that same spring."_s
                                      << wed << u"March 1975"_s << u"that same spring"_s << u"1975-SP"_s;
    QTest::newRow("a year earlier") << u"The plant closed in 2012. A year earlier, it had been sold."_s << wed
                                    << u"2012"_s << u"A year earlier"_s << u"2011"_s;
    QTest::newRow("three days later") << u"He was arrested on 5 May 2020. Three days later he was freed."_s
                                      << wed << u"5 May 2020"_s << u"Three days later"_s << u"2020-05-08"_s;
    QTest::newRow("the previous day")
        << u"On June 9, 2021, the minister resigned. The previous day, protests peaked."_s << wed
        << u"June 9, 2021"_s << u"The previous day"_s << u"2021-06-08"_s;
    QTest::newRow("narrative month day")
        << u"Britain rearmed after 1936. Austria was annexed in 1938. Germany invaded Poland on September 1, 1939. Warsaw fell on September 28."_s
        << u"2009-12-19"_s << u"September 1, 1939"_s << u"September 28"_s << u"1939-09-28"_s;
}

void TestTimexContext::anchorsOnPreviousDate() {
    QFETCH(QString, text);
    QFETCH(QString, dct);
    QFETCH(QString, anchor);
    QFETCH(QString, span);
    QFETCH(QString, value);

    const QList<Timex> found = m_tagger.tag(text, dctFrom(dct));
    qsizetype anchorIndex = -1;
    const Timex *match = nullptr;
    for (qsizetype i = 0; i < found.size(); ++i) {
        const QString s = text.mid(found[i].span.start, found[i].span.length());
        if (s == anchor)
            anchorIndex = i;
        if (s == span)
            match = &found[i];
    }
    if (!match || anchorIndex < 0)
        QFAIL(qPrintable(u"expected \""_s + anchor + u"\" and \""_s + span + u"\"; got "_s +
                         describe(text, found)));
    QCOMPARE(match->value, value);
    if (span != u"September 28")
        QCOMPARE(match->anchorIndex, int(anchorIndex));
}

// In a history, a date that states its year is not anchored on the one before: its value owes it nothing.
void TestTimexContext::statedYearsNeedNoAnchor() {
    const QString text =
        u"The empire fell in 1806. The war of 1812 followed, and peace came in 1815. In March 1816 "
        "the congress met again, and that summer it broke up."_s;
    const QList<Timex> found = m_tagger.tag(text, QDate(2024, 2, 7));
    QStringList anchored;
    for (const Timex &t : found)
        if (t.anchorIndex >= 0)
            anchored << text.mid(t.span.start, t.span.length());
    QCOMPARE(anchored, QStringList{u"that summer"_s});
}

// A headline, a caption and a body sentence saying "Sunday" in the same tense get the same date.
void TestTimexContext::sameExpressionResolvesTheSameEverywhere() {
    const QString text = u"Netanyahu rejected truce on Sunday\n"
                         "Protesters gathered in Tel Aviv on Sunday. (Photo)\n"
                         "Netanyahu rejected the proposal on Sunday, officials said."_s;
    const QList<Timex> found = m_tagger.tag(text, QDate(2024, 2, 7));
    QCOMPARE(found.size(), 3);
    for (const Timex &t : found)
        QCOMPARE(t.value, u"2024-02-04"_s);
}

// Without a publication date, a news text's relative expressions must not borrow a year from an old date
// it mentions in passing; only explicit anchoring phrases ("two years later") use an earlier date.
void TestTimexContext::undatedNewsStaysOpen_data() {
    QTest::addColumn<QString>("span");
    QTest::addColumn<QString>("value");

    QTest::newRow("the summer") << u"the summer"_s << u"XXXX-SU"_s;
    QTest::newRow("last week") << u"last week"_s << u"XXXX-WXX"_s;
    QTest::newRow("the winter") << u"the winter"_s << u"XXXX-WI"_s;
    QTest::newRow("the autumn") << u"the autumn"_s << u"XXXX-FA"_s;
    QTest::newRow("month day") << u"May 12"_s << u"XXXX-05-12"_s;
    QTest::newRow("anchored phrase") << u"two years later"_s << u"2000"_s;
}

void TestTimexContext::undatedNewsStaysOpen() {
    QFETCH(QString, span);
    QFETCH(QString, value);
    const QString text = u"The pact of 1998 broke down because nobody planned for the summer. "
                         "Negotiators met in Oslo on May 12 and a panel was named last week. "
                         "Much depends on the winter, and the envoy returns in the autumn. "
                         "In 1998 the first pact was signed; two years later it was revised."_s;
    const QList<Timex> found = m_tagger.tag(text, std::nullopt);
    const Timex *match = findSpan(text, found, span);
    if (!match)
        QFAIL(qPrintable(u"no expression \""_s + span + u"\" found; got "_s + describe(text, found)));
    QCOMPARE(match->value, value);
}

// A history told long after its publication date places a month or season without a year in the year
// the narrative last stated, not in the one a past tense would pick from the previous date.
void TestTimexContext::historyStaysInItsYear_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("span");
    QTest::addColumn<QString>("value");

    const QString invasion =
        u"The pact was drafted in 1936 and Italy signed it in 1937. The invasion began on "
        "June 22, 1941, along the whole border. During the summer, the invaders made large "
        "gains. By the middle of August, their advance had slowed. In October, the first "
        "snow fell."_s;
    QTest::newRow("summer after a June date") << invasion << u"the summer"_s << u"1941-SU"_s;
    QTest::newRow("month after a season") << invasion << u"the middle of August"_s << u"1941-08"_s;
    QTest::newRow("later month") << invasion << u"October"_s << u"1941-10"_s;

    const QString siege = u"The siege began in 1914. Fighting went on through 1915. The line broke in 1916. "
                          "In winter, the troops froze in their trenches. In March, the thaw came."_s;
    QTest::newRow("winter of the stated year") << siege << u"winter"_s << u"1916-WI"_s;
    QTest::newRow("month after winter") << siege << u"March"_s << u"1916-03"_s;

    const QString surrender =
        u"The colonists rebelled in 1775 and declared independence in 1776. The British "
        "army surrendered on October 17, 1777. Over the winter, many soldiers died of "
        "cold."_s;
    QTest::newRow("winter after an autumn date") << surrender << u"the winter"_s << u"1778-WI"_s;

    const QString rollOver = u"The war began in 1939. The north fell in 1940. The fleet was struck on "
                             "December 7, 1941. In January, the allies signed a joint declaration."_s;
    QTest::newRow("january after december") << rollOver << u"January"_s << u"1942-01"_s;

    const QString inPassing = u"The war began in 1950. The front moved in 1951 and again in 1952. A study "
                              "published in 2003 counted the dead. In late November, the enemy attacked."_s;
    QTest::newRow("year in passing") << inPassing << u"late November"_s << u"1952-11"_s;

    const QString lookingAhead =
        u"The truce of 1973 did not hold. Fighting resumed in 1974. On 10 March 1975, the army attacked the "
        "highlands. If the town fell, the coast would be open for a campaign planned for 1976. The defence "
        "collapsed on 11 March."_s;
    QTest::newRow("year looked ahead to") << lookingAhead << u"11 March"_s << u"1975-03-11"_s;

    const QString byYear = u"The war spread in 1939 and 1940. In December 1940, the fleet sailed south. By "
                           "early 1941, the army had retreated. In February, reinforcements landed."_s;
    QTest::newRow("by a year") << byYear << u"February"_s << u"1941-02"_s;

    const QString aside = u"The assembly met in 1789 and again in 1791. The new calendar began in 1793. "
                          "Rebels rejected the church law (1790) and rose in the west. On 17 August, the "
                          "assembly ordered a general levy."_s;
    QTest::newRow("year in brackets") << aside << u"17 August"_s << u"1793-08-17"_s;

    // A chronicle that runs up to its publication date: dense with stated years, few of them far back.
    const QString chronicle =
        u"The mission began in 2003. Its budget grew in 2004, 2005 and 2006. Attacks peaked in 2006 and "
        "fell in 2007. Troop numbers rose in 2007, fell in 2008 and were cut again in 2009. Reports from "
        "2007, 2008 and 2009 agree on the trend. Elections planned for 2008 were held in 2008. The talks "
        "of 2007 led to the pact of 2008. Aid rose in 2007 and 2008 and levelled off in 2009. By 2008, most "
        "provinces were calm. In November, the two governments signed a security pact."_s;
    QTest::newRow("chronicle up to the dct") << chronicle << u"November"_s << u"2008-11"_s;
}

void TestTimexContext::historyStaysInItsYear() {
    QFETCH(QString, text);
    QFETCH(QString, span);
    QFETCH(QString, value);
    const QList<Timex> found = m_tagger.tag(text, QDate(2009, 12, 19));
    const Timex *match = findSpan(text, found, span);
    if (!match)
        QFAIL(qPrintable(u"no expression \""_s + span + u"\" found; got "_s + describe(text, found)));
    QCOMPARE(match->value, value);
}

QTEST_APPLESS_MAIN(TestTimexContext)
#include "tst_timex_context.moc"
