// Which strings are temporal expressions and where their spans start and end (TimeML's drawing), and which
// numbers are not dates at all.
#include "timex/temporal_tagger.h"

#include <QTest>

using namespace Qt::StringLiterals;
using annals::TemporalTagger;
using annals::Timex;

class TestTimexRecognition : public QObject {
    Q_OBJECT

private slots:
    void spans_data();
    void spans();
    void notDates_data();
    void notDates();
    void impossibleDatesAreNotTagged_data();
    void impossibleDatesAreNotTagged();
    void badInputNeverCrashes();
    void offsetsFollowUtf16();

private:
    TemporalTagger m_tagger;
};

namespace {

QStringList spanTexts(const QString &text, const QList<Timex> &found) {
    QStringList out;
    for (const Timex &t : found)
        out << text.mid(t.span.start, t.span.length());
    return out;
}

} // namespace

void TestTimexRecognition::spans_data() {
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QStringList>("expected");

    const auto row = [](const char *name, const QString &sentence, const QStringList &expected) {
        QTest::newRow(name) << sentence << expected;
    };
    row("preposition excluded", u"Netanyahu rejected the plan on Sunday."_s, {u"Sunday"_s});
    row("the past two days", u"In the past two days, 100 people died."_s, {u"the past two days"_s});
    row("last week vs the last week", u"Last week was calm, unlike the last week of January."_s,
        {u"Last week"_s, u"the last week"_s, u"January"_s});
    row("month day year", u"It started on October 7, 2023, at dawn."_s, {u"October 7, 2023"_s});
    row("two expressions", u"Talks began Monday and ended on Feb. 7."_s, {u"Monday"_s, u"Feb. 7"_s});
    row("year after in", u"He was born in 1990 in Gaza."_s, {u"1990"_s});
    row("header", u"Updated February 07, 2024 at 18:13 PM ET"_s, {u"February 07, 2024"_s, u"18:13 PM ET"_s});
    row("header day first", u"5 May 2024, 13:39 | Updated: 5 May 2024, 14:39"_s,
        {u"5 May 2024"_s, u"13:39"_s, u"5 May 2024"_s, u"14:39"_s});
    row("late january", u"A framework emerged in late January."_s, {u"late January"_s});
    row("month day next year", u"The law takes effect on 1 January next year."_s, {u"1 January next year"_s});
    row("zone with offset", u"Updated 6:02 AM GMT+2, February 10, 2024"_s,
        {u"6:02 AM GMT+2, February 10, 2024"_s});
    row("zone with minutes offset", u"The vote closed at 5 p.m. UTC+05:30 today."_s,
        {u"5 p.m. UTC+05:30 today"_s});
    row("dotted clock", u"Jurors return at 9.30am tomorrow and leave at 4.15 pm."_s,
        {u"9.30am tomorrow"_s, u"4.15 pm"_s});
    row("product named like a quarter", u"The Audi Q3 sold well."_s, {});
    row("virus named like a half", u"The H1N1 virus spread, and H2 fuel cells are costly."_s, {});
    row("quarter of a day is no amount", u"A quarter of the day was lost."_s, {});
    row("stretch from a stated date", u"The siege lasted 64 days from November 21, 1948."_s,
        {u"64 days"_s, u"November 21, 1948"_s});
    row("count after a year and", u"The firm cut 1,200 jobs in 2009 and 1500 more in 2010."_s,
        {u"2009"_s, u"2010"_s});
    row("the months of a season are no stretch", u"The months of winter were hard."_s, {u"winter"_s});
    row("the day before an event", u"The day before the vote, polls closed."_s, {});
    row("half of a match", u"The first half of the match was dull."_s, {});
    row("quarter of the year before", u"Sales grew in the second quarter of the year before."_s,
        {u"the second quarter"_s, u"the year before"_s});
    row("dotted number not a clock", u"The index rose 9.30 points at 10.15 on Monday."_s, {u"Monday"_s});
    row("quarter adjective", u"Third-quarter profit rose 5%."_s, {u"Third-quarter"_s});
    row("decade", u"Since the 1990s, prices have risen."_s, {u"the 1990s"_s});
    row("every", u"They meet every Monday in Doha."_s, {u"every Monday"_s});
    row("duration long", u"A six-week-long truce was offered."_s, {u"six-week-long"_s});
    row("ago", u"Four months ago, the war began."_s, {u"Four months ago"_s});
    row("dateline weekday", u"BEIRUT (AP) — Israeli strikes killed 10 people Wednesday, officials said."_s,
        {u"Wednesday"_s});
    row("now", u"Right now, 136 hostages remain."_s, {u"now"_s});
    row("year range", u"From 2014 to 2016 he was minister."_s, {u"2014"_s, u"2016"_s});
    row("season", u"The offensive resumed last spring."_s, {u"last spring"_s});
    row("season fall", u"The sanctions were imposed in the fall."_s, {u"the fall"_s});
    row("season fall of a year", u"The plant closed in the fall of 1998."_s, {u"the fall of 1998"_s});
    row("the years", u"The report covers the years 2019 to 2022."_s, {u"2019"_s, u"2022"_s});
    row("month before ordinal noun", u"In January first-time buyers rushed in."_s, {u"January"_s});
    row("spelled year", u"Prices peaked in nineteen eighty-one."_s, {u"nineteen eighty-one"_s});
    row("holiday", u"The boat sank on Thanksgiving Day near Cuba."_s, {u"Thanksgiving Day"_s});
    row("holiday before holiday noun", u"Shops closed for the Christmas holiday."_s, {u"Christmas"_s});
    row("fraction", u"He served 2 1/2 years in prison."_s, {u"2 1/2 years"_s});
    row("year's quarter", u"Sales fell in last year's quarter."_s, {u"last year's quarter"_s});
    row("year quarter", u"Net fell in the 1988 fourth quarter."_s, {u"the 1988 fourth quarter"_s});
    row("year before an event noun", u"He lost the bitter 1996 campaign and record 1989 earnings."_s,
        {u"1996"_s, u"1989"_s});
    row("year before a pact", u"Rome had a secret 1902 pact with France."_s, {u"1902"_s});
    row("early year as late as", u"But as late as 1781 senior officials believed it."_s, {u"1781"_s});
    row("early year closing a for", u"They planned operations for 1777, then waited."_s, {u"1777"_s});
    row("early year before a quoted name", u"The fleet won the 1780 \"Moonlight Battle\" at sea."_s,
        {u"1780"_s});
    row("year that saw", u"So 1987 saw little change, and 2007 also saw a rise."_s, {u"1987"_s, u"2007"_s});
    row("season before an event noun", u"The army launched a spring offensive."_s, {u"spring"_s});
    row("season with a season", u"The standoff continued throughout the fall and winter."_s,
        {u"the fall"_s, u"winter"_s});
    row("month before an event noun", u"This began with a March operation in Basra."_s, {u"March"_s});
    row("may before an event noun", u"The May referendum failed."_s, {u"May"_s});
    row("live blog short units", u"Posted 2h ago, updated 45 min ago, after a 3h drive."_s,
        {u"2h ago"_s, u"45 min ago"_s, u"3h"_s});
    row("over before a number", u"Prices rose over three years and over a week."_s,
        {u"three years"_s, u"over a week"_s});
}

void TestTimexRecognition::spans() {
    QFETCH(QString, sentence);
    QFETCH(QStringList, expected);
    QCOMPARE(spanTexts(sentence, m_tagger.tag(sentence, QDate(2024, 2, 7))), expected);
}

void TestTimexRecognition::notDates_data() {
    QTest::addColumn<QString>("sentence");
    const auto row = [](const char *name, const QString &sentence) { QTest::newRow(name) << sentence; };
    row("thousands", u"Israel would free 1,500 prisoners."_s);
    row("member nations", u"The assembly of 193 member nations voted."_s);
    row("a quarter of", u"A quarter of Gaza's residents are starving."_s);
    row("morning session", u"Shares fell 4 in the morning session."_s);
    row("count per unit", u"The airline runs four flights a week, or 700 seats a week."_s);
    row("age", u"A 23-year-old journalist was wounded."_s);
    row("age spaced", u"The boy, who is 12 years old, was hurt."_s);
    row("money", u"The club paid £30m for him."_s);
    row("photo credit", u"(AP Photo/Fatima Shbair)"_s);
    row("score", u"They secured the 1-0 win at home."_s);
    row("dollar amount", u"Aid worth $2024 was sent."_s);
    row("plain count", u"About 2000 people marched."_s);
    row("percent", u"Prices rose 1998% in a decade of chaos"_s.left(24));
    row("verb march", u"Thousands march to the border."_s);
    row("modal may", u"Officials say talks may resume."_s);
    row("verb fall", u"Prices could fall sharply."_s);
    row("four digits without a zone", u"Unit 1230 and room 0630 were closed."_s);
    row("ordinals that are no days", u"On the 15th anniversary the 3rd Division marched by the 2nd gate."_s);
    row("noun fall", u"Crowds cheered in the fall of the capital and in the fall in prices."_s);
    row("decimal", u"The index fell 2.5 points."_s);
    row("phone number", u"Call 555-0199 for details."_s);
    row("quarterly adjective", u"The quarterly dividend was cut."_s);
    row("future adjective", u"The future president spoke."_s);
    row("sun newspaper", u"The Sun reported it."_s);
    row("second time", u"It was a second time for him."_s);
    row("media player", u"Listen\n0:00 0:00\nThe story"_s);
    row("media duration", u"Audio 1:25 / 3:40"_s);
    row("fraction", u"He won about three-quarters of the vote."_s);
    row("fraction spaced", u"Three quarters of the city is dark."_s);
    row("today generic", u"It is a problem in today's world."_s);
    row("program name", u"This is VOA Today reporting."_s);
    row("spring of water", u"They drank from a spring nearby."_s);
    row("spelled count", u"Nineteen people were hurt."_s);
    row("money rate", u"The aid is worth $5 million a year."_s);
    row("show title", u"He spoke on the \"This Week\" program."_s);
    row("film title", u"It was like the film ``High Noon.''"_s);
    row("high noon", u"For the voters, high noon comes today."_s.left(28));
    row("percent annually", u"Revenue should grow 20% annually."_s);
    row("hours a day", u"Guards watch the house 24 hours a day."_s);
    row("foreseeable future", u"Troops will stay for the foreseeable future."_s);
    row("future of", u"They worry about the future of the region."_s);
    row("current account", u"The current account deficit widened."_s);
    row("river current", u"The boat was swept away by the current."_s);
    row("now as discourse marker", u"Now, the minister says, talks must go on."_s);
    row("early count before noun", u"He led the 1500 men north."_s);
    row("early count after for", u"He sold the estate for 1500 pounds."_s);
    row("fall before a noun that is no event", u"The fall and rise of prices worried them."_s);
    row("score of a win", u"They won 3-1 at home."_s);
    row("long term adjective", u"It signed a long-term lease."_s);
    row("decade name without the", u"She is in her forties."_s);
    row("percent rate", u"Sales grew 20% a year."_s);
    row("spelled count range", u"The vote was nineteen to four."_s);
    row("holiday modifier", u"They sold Christmas trees."_s);
    row("holiday place", u"The ship reached Easter Island."_s);
    row("holiday word needs day", u"The Labor Party won."_s);
    row("height in feet and inches", u"He is 5'11\" tall and she scored '99' points."_s);
    row("quoted show title", u"He spoke on CBS's '60 Minutes.'"_s);
    row("surname may before an event noun", u"Theresa May conference speech ran long."_s);
    row("that may", u"That may be true, officials said."_s);
    row("season owned as a modifier", u"Duvania wants 40 percent of the river's summer flow."_s);
    row("short unit letters without a number", u"The H-bomb test and General Min's h index."_s);
    row("overnight as a kind", u"Shares slipped in overnight trading."_s);
    row("overnight as suddenly", u"The singer became a star almost overnight."_s);
    row("weekday named for a past event", u"Shares crashed on Black Monday."_s);
    row("weekday named for primaries", u"Candidates look ahead to Super Tuesday."_s);
    row("half of a match", u"Dunmore scored twice in the second half."_s);
    row("best year to date", u"It was the best year to date for the firm."_s);
    row("hydrogen", u"The firm invests in H2 production."_s);
    row("always open store", u"She works at the 24-hour store on the corner."_s);
    row("always open helpline", u"A 24-hour helpline has been set up for families."_s);
}

void TestTimexRecognition::notDates() {
    QFETCH(QString, sentence);
    const QList<Timex> found = m_tagger.tag(sentence, QDate(2024, 2, 7));
    QVERIFY2(found.isEmpty(), qPrintable(spanTexts(sentence, found).join(u", "_s)));
}

void TestTimexRecognition::impossibleDatesAreNotTagged_data() {
    QTest::addColumn<QString>("sentence");
    QTest::newRow("february 30") << u"The vote was held on February 30."_s;
    QTest::newRow("february 30 with year") << u"The vote was held on February 30, 2024."_s;
    QTest::newRow("iso february 30") << u"Filed 2024-02-30 in court."_s;
    QTest::newRow("day month") << u"The vote was held on 31 April 2023."_s;
    QTest::newRow("leap day in common year") << u"The vote was held on February 29, 2023."_s;
    QTest::newRow("slashed") << u"Filed 2/30/2024 in court."_s;
    QTest::newRow("month 13") << u"Filed 2024-13-01 in court."_s;
}

// An impossible date is never silently rolled over to March: it is left untagged.
void TestTimexRecognition::impossibleDatesAreNotTagged() {
    QFETCH(QString, sentence);
    const QList<Timex> found = m_tagger.tag(sentence, QDate(2024, 2, 7));
    for (const Timex &t : found)
        QVERIFY2(!t.value.contains(u"-03-"_s) && t.type != annals::TimexType::Date, qPrintable(t.value));
    QVERIFY2(found.isEmpty(), qPrintable(spanTexts(sentence, found).join(u", "_s)));
}

void TestTimexRecognition::badInputNeverCrashes() {
    QString noise;
    for (int i = 0; i < 5000; ++i)
        noise.append(QChar(char16_t((i * 7919) % 0xD000 + 1)));
    m_tagger.tag(noise, QDate(2024, 2, 7));
    QVERIFY(m_tagger.tag(QString(), QDate(2024, 2, 7)).isEmpty());
    QVERIFY(m_tagger.tag(u"99999999999999999999999 years ago"_s, QDate(2024, 2, 7)).size() <= 1);
    QVERIFY(m_tagger.tag(u"Oct."_s, std::nullopt).isEmpty());
    QCOMPARE(m_tagger.tag(u"on Sunday"_s, QDate()).first().value, u"XXXX-WXX-7"_s);
    // Years and arithmetic outside the Gregorian range Boost supports (1400-9999).
    const QString far = u"In 1066 the Normans came. 3000 centuries ago. 9999 years later. 400 decades ago."_s;
    const QList<Timex> farFound = m_tagger.tag(far, QDate(2024, 2, 7));
    QVERIFY(!farFound.isEmpty());
    QCOMPARE(farFound.first().value, u"1066"_s);
    // A deterministic soup of trigger words, numbers and punctuation.
    const QStringList pieces = {
        u"Oct."_s,      u"7"_s,          u","_s,       u"2023"_s,   u"the"_s,      u"past"_s, u"two"_s,
        u"days"_s,      u"last"_s,       u"-"_s,       u"mid"_s,    u"1990s"_s,    u"'"_s,    u"p.m."_s,
        u"18:13"_s,     u"PM"_s,         u"every"_s,   u"Monday"_s, u"février"_s,  u"٢٠٢٤"_s, u"a"_s,
        u"quarter"_s,   u"of"_s,         u"ago"_s,     u"later"_s,  u"February"_s, u"30"_s,   u"29"_s,
        u"2/30/2024"_s, u"2024-02-30"_s, u"century"_s, u"19th"_s,   u"99999"_s,    u"\n"_s};
    QString soup;
    quint32 seed = 12345;
    for (int i = 0; i < 20000; ++i) {
        seed = seed * 1664525u + 1013904223u;
        soup += pieces[int(seed >> 8) % pieces.size()] + u' ';
    }
    for (const std::optional<QDate> &dct : {std::optional<QDate>(QDate(2024, 2, 7)), std::optional<QDate>()})
        for (const Timex &t : m_tagger.tag(soup, dct)) {
            QVERIFY(t.span.start >= 0 && t.span.end <= soup.size() && t.span.start < t.span.end);
            QVERIFY(!t.value.isEmpty());
        }
    const QString text = u"last week last week last"_s;
    QCOMPARE(m_tagger.tag(text, QDate(2024, 2, 7)).size(), 2);
}

void TestTimexRecognition::offsetsFollowUtf16() {
    const QString text = u"\U0001F600 Gaza — talks resumed on Sunday."_s;
    const QList<Timex> found = m_tagger.tag(text, QDate(2024, 2, 7));
    QCOMPARE(found.size(), 1);
    QCOMPARE(text.mid(found[0].span.start, found[0].span.length()), u"Sunday"_s);
}

QTEST_APPLESS_MAIN(TestTimexRecognition)
#include "tst_timex_recognition.moc"
