// Normalization of English temporal expressions to TIMEX3 values (TimeML 1.2 / TempEval-3 conventions),
// against a document creation time (dct). Each row: a sentence, the dct (empty: none), the expression's
// text as TimeML draws its span, and the expected type, value and mod.
#include "timex/temporal_tagger.h"
#include "timex_expectations.h"

#include <QTest>

using namespace Qt::StringLiterals;
using annals::TemporalTagger;
using annals::Timex;

class TestTimexNormalization : public QObject {
    Q_OBJECT

private slots:
    void normalizes_data();
    void normalizes();

private:
    TemporalTagger m_tagger;
};

using annals::testing::dctFrom;
using annals::testing::describe;

void TestTimexNormalization::normalizes_data() {
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("dct");
    QTest::addColumn<QString>("span");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("mod");

    const QString wed = u"2024-02-07"_s; // a Wednesday, ISO week 6
    const QString sun = u"2024-02-04"_s; // a Sunday
    const auto row = [](const char *name, const QString &sentence, const QString &dct, const QString &span,
                        const QString &type, const QString &value, const QString &mod = QString()) {
        QTest::newRow(name) << sentence << dct << span << type << value << mod;
    };

    // Weekdays, by tense and context.
    row("weekday past", u"Netanyahu rejected the proposal on Sunday."_s, wed, u"Sunday"_s, u"DATE"_s,
        u"2024-02-04"_s);
    row("weekday past same day", u"Netanyahu rejected the proposal on Sunday."_s, sun, u"Sunday"_s, u"DATE"_s,
        u"2024-02-04"_s);
    row("weekday future", u"The delegations will meet on Sunday."_s, wed, u"Sunday"_s, u"DATE"_s,
        u"2024-02-11"_s);
    row("weekday going to", u"They are going to vote on Friday."_s, wed, u"Friday"_s, u"DATE"_s,
        u"2024-02-09"_s);
    row("weekday expected", u"A decision is expected Thursday."_s, wed, u"Thursday"_s, u"DATE"_s,
        u"2024-02-08"_s);
    row("weekday set for", u"Officials said the vote was set for Sunday."_s, wed, u"Sunday"_s, u"DATE"_s,
        u"2024-02-11"_s);
    row("weekday planned, before an auxiliary of a plan",
        u"Organizers planned a big march through the old city on Saturday and were planning a vigil."_s, wed,
        u"Saturday"_s, u"DATE"_s, u"2024-02-10"_s);
    row("weekday next", u"Talks resume next Sunday."_s, wed, u"next Sunday"_s, u"DATE"_s, u"2024-02-11"_s);
    row("weekday last", u"Talks stalled last Monday."_s, wed, u"last Monday"_s, u"DATE"_s, u"2024-02-05"_s);
    row("weekday this", u"The cabinet meets this Friday."_s, wed, u"this Friday"_s, u"DATE"_s,
        u"2024-02-09"_s);
    row("weekday today name", u"Blinken arrived Wednesday in Tel Aviv."_s, wed, u"Wednesday"_s, u"DATE"_s,
        u"2024-02-07"_s);
    row("weekday said", u"Officials said Tuesday that talks continue."_s, wed, u"Tuesday"_s, u"DATE"_s,
        u"2024-02-06"_s);
    row("weekday morning", u"The strike happened Monday morning."_s, wed, u"Monday morning"_s, u"DATE"_s,
        u"2024-02-05TMO"_s);
    row("weekday night", u"Rockets were fired Saturday night."_s, wed, u"Saturday night"_s, u"DATE"_s,
        u"2024-02-03TNI"_s);
    row("weekday evening", u"He spoke Thursday evening."_s, u"2024-02-09"_s, u"Thursday evening"_s, u"DATE"_s,
        u"2024-02-08TEV"_s);
    row("weekday no dct", u"The proposal was rejected on Sunday."_s, QString(), u"Sunday"_s, u"DATE"_s,
        u"XXXX-WXX-7"_s);
    row("weekday with date", u"It happened on Wednesday, Feb. 7, 2024."_s, wed, u"Wednesday, Feb. 7, 2024"_s,
        u"DATE"_s, u"2024-02-07"_s);
    row("weekday abbreviation", u"Talks ended Thu. in Cairo."_s, wed, u"Thu."_s, u"DATE"_s, u"2024-02-01"_s);
    row("weekday future will", u"Hamas will respond by Saturday."_s, wed, u"Saturday"_s, u"DATE"_s,
        u"2024-02-10"_s);
    row("weekday after another expression's next",
        u"The judge adjourned the trial until next month on Monday."_s, wed, u"Monday"_s, u"DATE"_s,
        u"2024-02-05"_s);
    row("season after would, with a condition in the past form",
        u"The mayor said on Monday that he would resign in the summer if he lost the vote."_s, wed,
        u"the summer"_s, u"DATE"_s, u"2024-SU"_s);
    row("weekday of a fixture told in the present", u"Harwick play Dunmore on Saturday evening."_s, wed,
        u"Saturday evening"_s, u"DATE"_s, u"2024-02-10TEV"_s);
    row("a play is no fixture", u"The actors staged the play on Saturday."_s, wed, u"Saturday"_s, u"DATE"_s,
        u"2024-02-03"_s);
    row("season after expect, past form as a noun", u"Analysts expect a cut by the summer."_s, wed,
        u"the summer"_s, u"DATE"_s, u"2024-SU"_s);
    row("weekday a start ahead", u"Stores open from Monday."_s, wed, u"Monday"_s, u"DATE"_s, u"2024-02-12"_s);
    row("weekday a start told in the past", u"Prices fell from Monday's level."_s, wed, u"Monday"_s,
        u"DATE"_s, u"2024-02-05"_s);
    row("day of month of a scheduled event", u"Voting takes place on the 15th."_s, wed, u"the 15th"_s,
        u"DATE"_s, u"2024-02-15"_s);
    row("weekday after hoped to", u"She said she hoped to finish the report by Friday."_s, wed, u"Friday"_s,
        u"DATE"_s, u"2024-02-09"_s);
    row("weekend after an infinitive of an irregular verb",
        u"The cold snap is expected to last until the weekend."_s, wed, u"the weekend"_s, u"DATE"_s,
        u"2024-W06-WE"_s);
    row("weekday after a present is on", u"The cup final is on Sunday."_s, wed, u"Sunday"_s, u"DATE"_s,
        u"2024-02-11"_s);
    row("month-day a law comes into force", u"The new law comes into force on January 1."_s, wed,
        u"January 1"_s, u"DATE"_s, u"2025-01-01"_s);
    row("weekday in an indirect question looks back", u"Asked if he met the envoy on Monday, he smiled."_s,
        wed, u"Monday"_s, u"DATE"_s, u"2024-02-05"_s);
    row("weekday attribution after", u"The envoy will fly to Cairo on Friday, the ministry said."_s, wed,
        u"Friday"_s, u"DATE"_s, u"2024-02-09"_s);
    row("weekday in a relative clause", u"The minister, who visited Kyiv on Monday, will travel to Warsaw."_s,
        wed, u"Monday"_s, u"DATE"_s, u"2024-02-05"_s);
    row("weekday fronted until", u"Until Thursday, they had not called him a suspect."_s, wed, u"Thursday"_s,
        u"DATE"_s, u"2024-02-01"_s);
    row("weekday due to meet", u"The war cabinet is due to meet on Monday evening."_s, wed,
        u"Monday evening"_s, u"DATE"_s, u"2024-02-12TEV"_s);
    row("weekday next to", u"A bomb went off next to the embassy on Friday."_s, wed, u"Friday"_s, u"DATE"_s,
        u"2024-02-02"_s);
    row("weekday due to", u"Flights were cancelled on Friday due to the storm."_s, wed, u"Friday"_s,
        u"DATE"_s, u"2024-02-02"_s);
    row("effective date", u"The board named a new chairman, effective Jan. 1."_s, u"1989-10-26"_s,
        u"Jan. 1"_s, u"DATE"_s, u"1990-01-01"_s);
    row("weekday deadline", u"The agency has given the family until Tuesday to reply."_s, wed, u"Tuesday"_s,
        u"DATE"_s, u"2024-02-13"_s);
    row("weekday until past verb", u"The crossing stayed closed until Tuesday."_s, wed, u"Tuesday"_s,
        u"DATE"_s, u"2024-02-06"_s);
    row("weekday by after", u"He was rescued on Monday by fishermen."_s, wed, u"Monday"_s, u"DATE"_s,
        u"2024-02-05"_s);
    row("weekday set to", u"The summit, set to open Monday in Geneva, was prepared."_s, wed, u"Monday"_s,
        u"DATE"_s, u"2024-02-12"_s);
    row("weekday set alone", u"She set the record on Monday."_s, wed, u"Monday"_s, u"DATE"_s,
        u"2024-02-05"_s);
    row("weekday are to", u"The two leaders are to meet Friday in Rome."_s, wed, u"Friday"_s, u"DATE"_s,
        u"2024-02-09"_s);
    row("weekday plan to", u"They did not plan to strike on Friday."_s, wed, u"Friday"_s, u"DATE"_s,
        u"2024-02-09"_s);
    row("weekday postponed until", u"The court postponed until Tuesday its ruling."_s, wed, u"Tuesday"_s,
        u"DATE"_s, u"2024-02-13"_s);
    // An unstated stretch filled with something: "after months of negotiations".
    row("stretch of something", u"The deal came after months of negotiations."_s, wed, u"months"_s,
        u"DURATION"_s, u"PXM"_s);
    row("stretch of something opening", u"Weeks of talks produced no deal."_s, wed, u"Weeks"_s, u"DURATION"_s,
        u"PXW"_s);
    // A fortnight is two weeks, whatever the phrase.
    row("fortnight duration", u"The truce lasted a fortnight."_s, wed, u"a fortnight"_s, u"DURATION"_s,
        u"P2W"_s);
    row("fortnight ago", u"Sales opened a fortnight ago."_s, wed, u"a fortnight ago"_s, u"DATE"_s,
        u"2024-W04"_s);
    row("in a fortnight", u"The border will reopen in a fortnight."_s, wed, u"a fortnight"_s, u"DATE"_s,
        u"2024-W08"_s);
    row("two fortnights", u"The repairs took two fortnights."_s, wed, u"two fortnights"_s, u"DURATION"_s,
        u"P4W"_s);
    row("the next fortnight", u"Water will flow over the next fortnight."_s, wed, u"the next fortnight"_s,
        u"DURATION"_s, u"P2W"_s);
    row("every fortnight", u"The board meets every fortnight."_s, wed, u"every fortnight"_s, u"SET"_s,
        u"P2W"_s);
    row("fortnightly", u"The bulletin is published fortnightly."_s, wed, u"fortnightly"_s, u"SET"_s,
        u"P2W"_s);
    // Tense: a scheduled vote told in the present; "since" dates only its own object; a deadline in a story
    // told in the past perfect looks back, but not because of a past perfect in an aside.
    row("present schedule vote", u"The country votes on Sept. 10, its first election since 2019."_s, wed,
        u"Sept. 10"_s, u"DATE"_s, u"2024-09-10"_s);
    row("go to the polls", u"Voters go to the polls on Sunday, the first election since 2019."_s, wed,
        u"Sunday"_s, u"DATE"_s, u"2024-02-11"_s);
    row("went to the polls", u"Voters went to the polls on Sunday."_s, wed, u"Sunday"_s, u"DATE"_s,
        u"2024-02-04"_s);
    row("present schedule meet", u"The two leaders meet on Monday in Doha."_s, wed, u"Monday"_s, u"DATE"_s,
        u"2024-02-12"_s);
    row("infinitive takes the main verb's tense",
        u"It was hard for the firm to meet demand well into the summer."_s, u"1989-10-30"_s, u"the summer"_s,
        u"DATE"_s, u"1989-SU"_s);
    row("since several words before",
        u"Police have searched for him since shortly after the Oct. 23 killing."_s, u"1999-05-06"_s,
        u"Oct. 23"_s, u"DATE"_s, u"1998-10-23"_s);
    row("deadline in past perfect", u"By Thursday evening, the fires had been contained."_s, wed,
        u"Thursday evening"_s, u"DATE"_s, u"2024-02-01TEV"_s);
    row("deadline after past perfect aside",
        u"The sale, which had been expected, is part of a plan to repay the loan by February."_s,
        u"1989-10-30"_s, u"February"_s, u"DATE"_s, u"1990-02"_s);
    // A wire time with the GMT time in brackets, then the day: both times fall on that day.
    row("clock before bracketed clock and day", u"The truce took effect at 7 a.m. (0500 GMT) on Friday."_s,
        wed, u"7 a.m."_s, u"TIME"_s, u"2024-02-02T07:00"_s);
    row("bracketed clock before day", u"The truce took effect at 7 a.m. (0500 GMT) on Friday."_s, wed,
        u"0500 GMT"_s, u"TIME"_s, u"2024-02-02T05:00"_s);
    // Counts forward from a day: "a week from Friday".
    row("week from weekday", u"The vote is a week from Friday."_s, wed, u"a week from Friday"_s, u"DATE"_s,
        u"2024-02-16"_s);
    row("weeks from today", u"The report is due two weeks from today."_s, wed, u"two weeks from today"_s,
        u"DATE"_s, u"2024-02-21"_s);
    row("days from weekday", u"The trial starts 10 days from Monday."_s, wed, u"10 days from Monday"_s,
        u"DATE"_s, u"2024-02-22"_s);
    // ... but "from Monday" alone is no count: a start, ahead when told in the present.
    row("from weekday alone", u"She works from Monday."_s, wed, u"Monday"_s, u"DATE"_s, u"2024-02-12"_s);
    // Hours and minutes away: the day they fall on (they were counted as days).
    row("hours ago", u"The post went up 14 hours ago."_s, wed, u"14 hours ago"_s, u"DATE"_s, u"2024-02-07"_s);
    row("hours from now", u"The deal expires three hours from now."_s, wed, u"three hours from now"_s,
        u"DATE"_s, u"2024-02-07"_s);
    row("minutes ago", u"He left 30 minutes ago."_s, wed, u"30 minutes ago"_s, u"DATE"_s, u"2024-02-07"_s);
    row("hours later same day", u"The quake struck on Feb. 3, 2023. Two hours later, a second one hit."_s,
        wed, u"Two hours later"_s, u"DATE"_s, u"2023-02-03"_s);
    row("hours later days on", u"The quake struck on Feb. 3, 2023. Forty-eight hours later, rescuers came."_s,
        wed, u"Forty-eight hours later"_s, u"DATE"_s, u"2023-02-05"_s);
    // Fractions of long units, as amounts and as steps back.
    row("quarter of a century ago", u"The treaty was signed a quarter of a century ago."_s, wed,
        u"a quarter of a century ago"_s, u"DATE"_s, u"1999"_s);
    row("quarter century", u"The dispute dates back a quarter century."_s, wed, u"a quarter century"_s,
        u"DURATION"_s, u"P25Y"_s);
    row("year and a half ago", u"The plant closed a year and a half ago."_s, wed, u"a year and a half ago"_s,
        u"DATE"_s, u"2022-08"_s);
    row("decades and a half ago", u"The war ended two and a half decades ago."_s, wed,
        u"two and a half decades ago"_s, u"DATE"_s, u"1999"_s);
    row("fraction of a month ago", u"He left 1.5 months ago."_s, wed, u"1.5 months ago"_s, u"DATE"_s,
        u"PAST_REF"_s);
    row("quarter of an hour", u"The meeting lasted a quarter of an hour."_s, wed, u"a quarter of an hour"_s,
        u"DURATION"_s, u"PT15M"_s);
    // Numeric dates: day first when dotted or when only the first number can be a day.
    row("numeric dotted day first", u"The law passed on 14.02.2024 in Berlin."_s, wed, u"14.02.2024"_s,
        u"DATE"_s, u"2024-02-14"_s);
    row("numeric slashed day over 12", u"The law passed on 14/2/2024 in Paris."_s, wed, u"14/2/2024"_s,
        u"DATE"_s, u"2024-02-14"_s);
    row("numeric slashed us order", u"The law passed on 3/2/2024 in Ohio."_s, wed, u"3/2/2024"_s, u"DATE"_s,
        u"2024-03-02"_s);
    // Business shorthand for periods.
    row("quarter code", u"Revenue in Q3 2023 rose 5%."_s, wed, u"Q3 2023"_s, u"DATE"_s, u"2023-Q3"_s);
    row("quarter code alone", u"Results in Q3 were weak."_s, wed, u"Q3"_s, u"DATE"_s, u"2023-Q3"_s);
    row("half code", u"H1 2024 guidance was raised."_s, wed, u"H1 2024"_s, u"DATE"_s, u"2024-H1"_s);
    row("fiscal year code", u"The FY2024 outlook was cut."_s, wed, u"FY2024"_s, u"DATE"_s, u"2024"_s);
    row("fiscal year short code", u"FY24 sales fell."_s, wed, u"FY24"_s, u"DATE"_s, u"2024"_s);
    // Periods of "the year" and edges of the current decade or century.
    row("half of the year", u"The first half of the year saw record exports."_s, wed,
        u"The first half of the year"_s, u"DATE"_s, u"2024-H1"_s);
    row("quarter of the year", u"Growth slowed in the first quarter of the year."_s, wed,
        u"the first quarter of the year"_s, u"DATE"_s, u"2024-Q1"_s);
    row("last quarter of a year", u"In the last quarter of 2023, sales fell."_s, wed,
        u"the last quarter of 2023"_s, u"DATE"_s, u"2023-Q4"_s);
    row("the last quarter alone", u"The last quarter was weak."_s, wed, u"The last quarter"_s, u"DURATION"_s,
        u"P1Q"_s);
    row("end of the decade", u"By the end of the decade, emissions must halve."_s, wed,
        u"the end of the decade"_s, u"DATE"_s, u"202"_s, u"END"_s);
    row("start of the century", u"The start of the century brought change."_s, wed,
        u"The start of the century"_s, u"DATE"_s, u"20"_s, u"START"_s);
    row("weekday through ahead", u"The festival runs through Sunday."_s, wed, u"Sunday"_s, u"DATE"_s,
        u"2024-02-11"_s);
    row("weekday through past", u"The exhibition ran through Sunday."_s, wed, u"Sunday"_s, u"DATE"_s,
        u"2024-02-04"_s);
    row("month day through past stretch", u"The fund had purchased 481,000 shares through Sept. 29."_s,
        u"1989-10-30"_s, u"Sept. 29"_s, u"DATE"_s, u"1989-09-29"_s);
    row("weekday deadline extended", u"The ministry extended its deadline until noon Monday."_s, wed,
        u"noon Monday"_s, u"TIME"_s, u"2024-02-12T12:00"_s);
    row("weekday scheduled in the present", u"The summit opens Monday in Geneva."_s, wed, u"Monday"_s,
        u"DATE"_s, u"2024-02-12"_s);
    row("weekday talks resume", u"Talks resume Friday in Cairo."_s, wed, u"Friday"_s, u"DATE"_s,
        u"2024-02-09"_s);
    row("weekday had been scheduled", u"The truce had been scheduled to end on Friday."_s, wed, u"Friday"_s,
        u"DATE"_s, u"2024-02-02"_s);
    row("day before weekday", u"The hearing was held the day before last Tuesday's vote."_s, wed,
        u"the day before last Tuesday"_s, u"DATE"_s, u"2024-02-05"_s);
    row("days after month day", u"He left two days after Feb. 3."_s, wed, u"two days after Feb. 3"_s,
        u"DATE"_s, u"2024-02-05"_s);
    row("day after holiday", u"Shops reopened the day after Christmas."_s, wed, u"the day after Christmas"_s,
        u"DATE"_s, u"2023-12-26"_s);
    row("days after an event stay apart", u"Troops arrived three days after the Oct. 7 attack."_s, wed,
        u"three days"_s, u"DURATION"_s, u"P3D"_s);
    row("day before yesterday", u"He left the day before yesterday."_s, wed, u"the day before yesterday"_s,
        u"DATE"_s, u"2024-02-05"_s);
    row("two days after tomorrow", u"Two days after tomorrow the vote ends."_s, wed,
        u"Two days after tomorrow"_s, u"DATE"_s, u"2024-02-10"_s);
    row("trading days stay apart", u"Eight trading days after Oct. 12, the index recovered."_s, wed,
        u"Eight trading days"_s, u"DURATION"_s, u"P8D"_s);
    row("month day since", u"Police are searching for him since the Oct. 23 attack."_s, u"2024-05-06"_s,
        u"Oct. 23"_s, u"DATE"_s, u"2023-10-23"_s);
    row("deadline just past", u"The agency will decide by Jan. 14."_s, u"2024-01-15"_s, u"Jan. 14"_s,
        u"DATE"_s, u"2024-01-14"_s);
    row("days later not future", u"Three days later, as of Friday's close, the index was down."_s, wed,
        u"Friday"_s, u"DATE"_s, u"2024-02-02"_s);
    row("unspecified is no verb", u"The split would be paid on a still unspecified date in January."_s,
        u"2023-10-30"_s, u"January"_s, u"DATE"_s, u"2024-01"_s);
    row("mid-afternoon yesterday", u"At mid-afternoon yesterday, the index was up."_s, wed,
        u"mid-afternoon yesterday"_s, u"TIME"_s, u"2024-02-06TAF"_s);
    row("by mid afternoon", u"By mid afternoon, the roads were closed."_s, wed, u"mid afternoon"_s, u"TIME"_s,
        u"2024-02-07TAF"_s);
    row("in the morning", u"Buyers placed orders in the morning to beat the rush."_s, wed, u"the morning"_s,
        u"TIME"_s, u"2024-02-07TMO"_s);
    row("hour in the morning", u"The convoy leaves at 4 in the morning, officials said."_s, wed,
        u"4 in the morning"_s, u"TIME"_s, u"2024-02-07T04:00"_s);
    row("two thousand years", u"The craft has survived for more than two thousand years."_s, wed,
        u"more than two thousand years"_s, u"DURATION"_s, u"P2000Y"_s, u"MORE_THAN"_s);
    row("year or later", u"A recovery is not expected before 2026 or later."_s, wed, u"2026 or later"_s,
        u"DATE"_s, u"2026"_s, u"ON_OR_AFTER"_s);
    row("year and beyond", u"The plan sets goals for 2025 and beyond."_s, wed, u"2025 and beyond"_s,
        u"DATE"_s, u"2025"_s, u"ON_OR_AFTER"_s);
    row("the week of", u"The hearing is set for the week of March 4."_s, wed, u"the week of March 4"_s,
        u"DATE"_s, u"2024-W10"_s);
    row("the weekend of", u"The weekend of March 2 was calm."_s, wed, u"The weekend of March 2"_s, u"DATE"_s,
        u"2024-W09-WE"_s);
    row("half of a decade", u"Prices soared in the last half of the '80s."_s, wed,
        u"the last half of the '80s"_s, u"DATE"_s, u"198"_s, u"END"_s);
    row("the past year", u"Attacks doubled in the past year."_s, wed, u"the past year"_s, u"DATE"_s,
        u"2023"_s);
    row("the last decade", u"Wages fell over the past decade."_s, wed, u"the past decade"_s, u"DURATION"_s,
        u"P10Y"_s);
    row("the last week of", u"It rained in the last week of the campaign."_s, wed, u"the last week"_s,
        u"DURATION"_s, u"P1W"_s);

    // A day of the month without the month.
    row("day of month ahead", u"He will testify on the 15th."_s, wed, u"the 15th"_s, u"DATE"_s,
        u"2024-02-15"_s);
    row("day of month past", u"Talks ended on the 5th."_s, wed, u"the 5th"_s, u"DATE"_s, u"2024-02-05"_s);
    row("day of last month", u"The envoy arrived on the 20th."_s, wed, u"the 20th"_s, u"DATE"_s,
        u"2024-01-20"_s);
    row("day of next month", u"The truce will end on the 3rd."_s, u"2024-02-27"_s, u"the 3rd"_s, u"DATE"_s,
        u"2024-03-03"_s);
    row("day of a named month", u"The deadline is the 20th of next month."_s, wed,
        u"the 20th of next month"_s, u"DATE"_s, u"2024-03-20"_s);
    row("day of month too long", u"Pay arrives by the 31st of next month."_s, u"2024-03-10"_s,
        u"the 31st of next month"_s, u"DATE"_s, u"2024-XX-31"_s);

    // Month and day without a year, by tense.
    row("oct 7 past", u"Hamas attacked Israel on Oct. 7."_s, wed, u"Oct. 7"_s, u"DATE"_s, u"2023-10-07"_s);
    row("oct 7 no dct", u"Hamas attacked Israel on Oct. 7."_s, QString(), u"Oct. 7"_s, u"DATE"_s,
        u"XXXX-10-07"_s);
    row("feb 7 past", u"The plan was announced Feb. 7."_s, u"2024-03-01"_s, u"Feb. 7"_s, u"DATE"_s,
        u"2024-02-07"_s);
    row("month day future", u"The court will rule on March 15."_s, wed, u"March 15"_s, u"DATE"_s,
        u"2024-03-15"_s);
    row("month day future next year", u"The truce will expire on January 10."_s, wed, u"January 10"_s,
        u"DATE"_s, u"2025-01-10"_s);
    row("month day past this year", u"Talks began on January 28."_s, wed, u"January 28"_s, u"DATE"_s,
        u"2024-01-28"_s);
    row("month day nearest", u"The summit is on February 20."_s, wed, u"February 20"_s, u"DATE"_s,
        u"2024-02-20"_s);
    row("month near future past tense", u"The company said the cut takes effect in January."_s,
        u"1989-12-04"_s, u"January"_s, u"DATE"_s, u"1990-01"_s);
    // A past verb that dates its own event ("began on") puts a month-day just ahead in the past year.
    row("month day near future began on", u"The trial, which began on 4 March, is expected to last weeks."_s,
        wed, u"4 March"_s, u"DATE"_s, u"2023-03-04"_s);
    row("month near future signed in", u"The accord was signed in March."_s, wed, u"March"_s, u"DATE"_s,
        u"2023-03"_s);
    row("month day near future said on", u"He said on March 3 that he would go."_s, wed, u"March 3"_s,
        u"DATE"_s, u"2023-03-03"_s);
    row("month near future heard in", u"It stays open until the case is heard in March."_s, wed, u"March"_s,
        u"DATE"_s, u"2024-03"_s);
    row("month day near future to be completed on",
        u"The sale, announced today, is to be completed on March 1."_s, wed, u"March 1"_s, u"DATE"_s,
        u"2024-03-01"_s);
    row("century duration", u"The dispute lasted a century."_s, wed, u"a century"_s, u"DURATION"_s,
        u"P100Y"_s);
    row("month day ordinal", u"He left on October 7th."_s, wed, u"October 7th"_s, u"DATE"_s, u"2023-10-07"_s);
    row("day month", u"They met on 28 January."_s, wed, u"28 January"_s, u"DATE"_s, u"2024-01-28"_s);
    row("day month next year", u"The law takes effect on 1 January next year."_s, wed,
        u"1 January next year"_s, u"DATE"_s, u"2025-01-01"_s);
    row("month day next year", u"The vote is set for March 3 next year."_s, wed, u"March 3 next year"_s,
        u"DATE"_s, u"2025-03-03"_s);
    row("month day last year", u"He was arrested on July 4 last year."_s, wed, u"July 4 last year"_s,
        u"DATE"_s, u"2023-07-04"_s);
    row("dotted clock", u"Jurors will return at 9.30am tomorrow."_s, wed, u"9.30am tomorrow"_s, u"TIME"_s,
        u"2024-02-08T09:30"_s);
    row("dotted clock pm", u"The deal was struck at 11.30pm on Sunday."_s, wed, u"11.30pm on Sunday"_s,
        u"TIME"_s, u"2024-02-04T23:30"_s);
    row("day of month", u"They met on the 28th of January."_s, wed, u"28th of January"_s, u"DATE"_s,
        u"2024-01-28"_s);
    row("sept abbreviation", u"Prices fell on Sept. 30."_s, u"1989-10-30"_s, u"Sept. 30"_s, u"DATE"_s,
        u"1989-09-30"_s);
    row("feb 29 no year", u"Prices rose on Feb. 29."_s, u"2024-03-05"_s, u"Feb. 29"_s, u"DATE"_s,
        u"2024-02-29"_s);

    // Explicit dates.
    row("full date", u"The war began on October 7, 2023."_s, wed, u"October 7, 2023"_s, u"DATE"_s,
        u"2023-10-07"_s);
    row("day month year", u"It was signed on 7 October 2023."_s, wed, u"7 October 2023"_s, u"DATE"_s,
        u"2023-10-07"_s);
    row("iso date", u"Published 2023-10-07 in Gaza."_s, wed, u"2023-10-07"_s, u"DATE"_s, u"2023-10-07"_s);
    row("slashed date", u"Filed on 2/7/2024 in court."_s, wed, u"2/7/2024"_s, u"DATE"_s, u"2024-02-07"_s);
    row("abbrev with year", u"On Aug. 7, 1998, bombs exploded."_s, u"1998-08-10"_s, u"Aug. 7, 1998"_s,
        u"DATE"_s, u"1998-08-07"_s);
    row("month year", u"The deal collapsed in November 2023."_s, wed, u"November 2023"_s, u"DATE"_s,
        u"2023-11"_s);
    row("month of year", u"The deal collapsed in November of 2023."_s, wed, u"November of 2023"_s, u"DATE"_s,
        u"2023-11"_s);
    row("leap day", u"The vote is on February 29, 2024."_s, wed, u"February 29, 2024"_s, u"DATE"_s,
        u"2024-02-29"_s);
    row("full date no dct", u"The war began on October 7, 2023."_s, QString(), u"October 7, 2023"_s,
        u"DATE"_s, u"2023-10-07"_s);
    row("header date", u"Updated February 07, 2024 at 18:13 PM ET"_s, wed, u"February 07, 2024"_s, u"DATE"_s,
        u"2024-02-07"_s);
    row("weekday day month year", u"Friday 9 February 2024, talks went on."_s, wed,
        u"Friday 9 February 2024"_s, u"DATE"_s, u"2024-02-09"_s);

    // Months alone.
    row("in november past", u"Hostages were released in November."_s, wed, u"November"_s, u"DATE"_s,
        u"2023-11"_s);
    row("in november future", u"Elections will be held in November."_s, wed, u"November"_s, u"DATE"_s,
        u"2024-11"_s);
    row("in march future", u"The talks will resume in March."_s, wed, u"March"_s, u"DATE"_s, u"2024-03"_s);
    row("in january past", u"Fighting intensified in January."_s, wed, u"January"_s, u"DATE"_s, u"2024-01"_s);
    row("in february current", u"Prices rose in February."_s, wed, u"February"_s, u"DATE"_s, u"2024-02"_s);
    row("late january", u"A framework was drafted in late January."_s, wed, u"late January"_s, u"DATE"_s,
        u"2024-01"_s, u"END"_s);
    row("early march future", u"A deal could come in early March, officials will say."_s, wed,
        u"early March"_s, u"DATE"_s, u"2024-03"_s, u"START"_s);
    row("mid october", u"The ground offensive started in mid-October."_s, wed, u"mid-October"_s, u"DATE"_s,
        u"2023-10"_s, u"MID"_s);
    row("last november", u"Prices collapsed last November."_s, wed, u"last November"_s, u"DATE"_s,
        u"2023-11"_s);
    row("next april", u"The law takes effect next April."_s, wed, u"next April"_s, u"DATE"_s, u"2024-04"_s);
    row("beginning of october", u"He resigned at the beginning of October."_s, u"1989-11-02"_s,
        u"the beginning of October"_s, u"DATE"_s, u"1989-10"_s, u"START"_s);
    row("end of november", u"A vote is due by the end of November."_s, u"1989-11-02"_s,
        u"the end of November"_s, u"DATE"_s, u"1989-11"_s, u"END"_s);
    row("month no dct", u"Hostages were released in November."_s, QString(), u"November"_s, u"DATE"_s,
        u"XXXX-11"_s);
    row("may with cue", u"The vote was held in May."_s, wed, u"May"_s, u"DATE"_s, u"2023-05"_s);

    // Years, decades, centuries.
    row("in year", u"The company was founded in 2021."_s, wed, u"2021"_s, u"DATE"_s, u"2021"_s);
    row("since year", u"Prices have doubled since 2019."_s, wed, u"2019"_s, u"DATE"_s, u"2019"_s);
    row("early year", u"Growth slowed in early 2024."_s, wed, u"early 2024"_s, u"DATE"_s, u"2024"_s,
        u"START"_s);
    row("mid year", u"The law passed in mid-2023."_s, wed, u"mid-2023"_s, u"DATE"_s, u"2023"_s, u"MID"_s);
    row("late year", u"Work resumed in late 2022."_s, wed, u"late 2022"_s, u"DATE"_s, u"2022"_s, u"END"_s);
    row("end of year", u"Debt rose by the end of 1990."_s, u"1991-02-25"_s, u"the end of 1990"_s, u"DATE"_s,
        u"1990"_s, u"END"_s);
    row("decade", u"The conflict dates to the 1990s."_s, wed, u"the 1990s"_s, u"DATE"_s, u"199"_s);
    row("decade apostrophe", u"Prices soared in the '80s."_s, wed, u"the '80s"_s, u"DATE"_s, u"198"_s);
    row("mid decade", u"Inflation peaked in the mid-1990s."_s, wed, u"the mid-1990s"_s, u"DATE"_s, u"199"_s,
        u"MID"_s);
    row("late decade", u"It began in the late 1970s."_s, wed, u"the late 1970s"_s, u"DATE"_s, u"197"_s,
        u"END"_s);
    row("century", u"The city grew in the 19th century."_s, wed, u"the 19th century"_s, u"DATE"_s, u"18"_s);
    row("century word", u"The town was built in the nineteenth century."_s, wed, u"the nineteenth century"_s,
        u"DATE"_s, u"18"_s);
    row("century 21st", u"It is a 21st century problem."_s, wed, u"21st century"_s, u"DATE"_s, u"20"_s);
    row("fiscal year number", u"Sales fell in fiscal 1989."_s, u"1989-11-02"_s, u"fiscal 1989"_s, u"DATE"_s,
        u"1989"_s);
    row("fiscal year word", u"Sales will rise in fiscal year 2025."_s, wed, u"fiscal year 2025"_s, u"DATE"_s,
        u"2025"_s);
    row("year after month day", u"Until March 3, 2022, no one knew."_s, wed, u"March 3, 2022"_s, u"DATE"_s,
        u"2022-03-03"_s);
    row("the year number", u"It happened in the year 2000."_s, wed, u"the year 2000"_s, u"DATE"_s, u"2000"_s);

    // Relative units: last/this/next.
    row("last week", u"Talks collapsed last week."_s, wed, u"last week"_s, u"DATE"_s, u"2024-W05"_s);
    row("this week", u"Blinken is visiting the region this week."_s, wed, u"this week"_s, u"DATE"_s,
        u"2024-W06"_s);
    row("next week", u"Negotiators meet next week."_s, wed, u"next week"_s, u"DATE"_s, u"2024-W07"_s);
    row("last month", u"The proposal was drafted last month."_s, wed, u"last month"_s, u"DATE"_s,
        u"2024-01"_s);
    row("last month january", u"Prices rose last month."_s, u"2024-01-15"_s, u"last month"_s, u"DATE"_s,
        u"2023-12"_s);
    row("this month", u"Prices rose this month."_s, wed, u"this month"_s, u"DATE"_s, u"2024-02"_s);
    row("next month", u"Prices will rise next month."_s, wed, u"next month"_s, u"DATE"_s, u"2024-03"_s);
    row("last year", u"The war began last year."_s, wed, u"last year"_s, u"DATE"_s, u"2023"_s);
    row("this year", u"Elections are due this year."_s, wed, u"this year"_s, u"DATE"_s, u"2024"_s);
    row("next year", u"Elections are due next year."_s, wed, u"next year"_s, u"DATE"_s, u"2025"_s);
    row("earlier this year", u"Earlier this year prices fell."_s, wed, u"Earlier this year"_s, u"DATE"_s,
        u"2024"_s, u"START"_s);
    row("later this month", u"A vote is expected later this month."_s, wed, u"later this month"_s, u"DATE"_s,
        u"2024-02"_s, u"END"_s);
    row("early next year", u"Talks resume early next year."_s, wed, u"early next year"_s, u"DATE"_s,
        u"2025"_s, u"START"_s);
    row("the current year", u"Sales in the current year rose."_s, wed, u"the current year"_s, u"DATE"_s,
        u"2024"_s);
    row("last week year boundary", u"Markets fell last week."_s, u"2024-01-03"_s, u"last week"_s, u"DATE"_s,
        u"2023-W52"_s);
    row("this week year boundary", u"Markets fell this week."_s, u"2021-01-02"_s, u"this week"_s, u"DATE"_s,
        u"2020-W53"_s);
    row("last week no dct", u"Talks collapsed last week."_s, QString(), u"last week"_s, u"DATE"_s,
        u"XXXX-WXX"_s);
    row("last month no dct", u"The proposal was drafted last month."_s, QString(), u"last month"_s, u"DATE"_s,
        u"XXXX-XX"_s);

    // Deictic words.
    row("today", u"The cabinet meets today."_s, wed, u"today"_s, u"DATE"_s, u"2024-02-07"_s);
    row("yesterday", u"The cabinet met yesterday."_s, wed, u"yesterday"_s, u"DATE"_s, u"2024-02-06"_s);
    row("tomorrow", u"The cabinet meets tomorrow."_s, wed, u"tomorrow"_s, u"DATE"_s, u"2024-02-08"_s);
    row("yesterday month boundary", u"The cabinet met yesterday."_s, u"2024-03-01"_s, u"yesterday"_s,
        u"DATE"_s, u"2024-02-29"_s);
    row("tomorrow year boundary", u"The cabinet meets tomorrow."_s, u"2023-12-31"_s, u"tomorrow"_s, u"DATE"_s,
        u"2024-01-01"_s);
    row("tonight", u"The cabinet meets tonight."_s, wed, u"tonight"_s, u"TIME"_s, u"2024-02-07TNI"_s);
    row("this morning", u"The cabinet met this morning."_s, wed, u"this morning"_s, u"TIME"_s,
        u"2024-02-07TMO"_s);
    row("this afternoon", u"He will speak this afternoon."_s, wed, u"this afternoon"_s, u"TIME"_s,
        u"2024-02-07TAF"_s);
    row("this evening", u"He will speak this evening."_s, wed, u"this evening"_s, u"TIME"_s,
        u"2024-02-07TEV"_s);
    row("last night", u"Strikes hit Rafah last night."_s, wed, u"last night"_s, u"TIME"_s,
        u"2024-02-06TNI"_s);
    row("yesterday morning", u"He arrived yesterday morning."_s, wed, u"yesterday morning"_s, u"TIME"_s,
        u"2024-02-06TMO"_s);
    row("tomorrow night", u"He leaves tomorrow night."_s, wed, u"tomorrow night"_s, u"TIME"_s,
        u"2024-02-08TNI"_s);
    row("today no dct", u"The cabinet meets today."_s, QString(), u"today"_s, u"DATE"_s, u"XXXX-XX-XX"_s);
    row("now", u"The hostages are now in their fifth month."_s, wed, u"now"_s, u"DATE"_s, u"PRESENT_REF"_s);
    row("currently", u"Talks are currently stalled."_s, wed, u"currently"_s, u"DATE"_s, u"PRESENT_REF"_s);
    row("recently", u"He recently met the mediators."_s, wed, u"recently"_s, u"DATE"_s, u"PAST_REF"_s);
    row("the past", u"Such deals failed in the past."_s, wed, u"the past"_s, u"DATE"_s, u"PAST_REF"_s);
    row("the future", u"A deal may come in the future."_s, wed, u"the future"_s, u"DATE"_s, u"FUTURE_REF"_s);
    row("the near future", u"A deal may come in the near future."_s, wed, u"the near future"_s, u"DATE"_s,
        u"FUTURE_REF"_s);
    row("now no dct", u"They are now negotiating."_s, QString(), u"now"_s, u"DATE"_s, u"PRESENT_REF"_s);
    row("recently no dct", u"He recently met the mediators."_s, QString(), u"recently"_s, u"DATE"_s,
        u"PAST_REF"_s);

    // Clock times.
    row("clock 24h", u"The alert sounded at 18:13 in Haifa."_s, wed, u"18:13"_s, u"TIME"_s,
        u"2024-02-07T18:13"_s);
    row("clock pm", u"The vote starts at 6 p.m. in Jerusalem."_s, wed, u"6 p.m."_s, u"TIME"_s,
        u"2024-02-07T18:00"_s);
    row("clock am", u"Sirens sounded at 6:30 a.m. across the south."_s, wed, u"6:30 a.m."_s, u"TIME"_s,
        u"2024-02-07T06:30"_s);
    row("clock weekday date header", u"Updated 18:13 PM ET, Wed February 7, 2024"_s, u"2024-02-09"_s,
        u"18:13 PM ET, Wed February 7, 2024"_s, u"TIME"_s, u"2024-02-07T18:13"_s);
    row("clock local time weekday", u"At 3 a.m. local time Sunday the strike began."_s, wed,
        u"3 a.m. local time Sunday"_s, u"TIME"_s, u"2024-02-04T03:00"_s);
    row("clock four digits with zone", u"The blast came at 2:30 p.m. (1230 GMT)."_s, wed, u"1230 GMT"_s,
        u"TIME"_s, u"2024-02-07T12:30"_s);
    row("clock four digits local time", u"Flights resume at 0630 local time."_s, wed, u"0630 local time"_s,
        u"TIME"_s, u"2024-02-07T06:30"_s);
    row("clock pm quirk", u"Updated February 07, 2024 at 18:13 PM ET"_s, wed, u"18:13 PM ET"_s, u"TIME"_s,
        u"2024-02-07T18:13"_s);
    // Bare "midnight": the one that opened the day in the past tense, the one ending it otherwise.
    row("midnight past", u"The strike began at midnight."_s, wed, u"midnight"_s, u"TIME"_s,
        u"2024-02-07T00:00"_s);
    row("midnight ahead", u"The truce expires at midnight."_s, wed, u"midnight"_s, u"TIME"_s,
        u"2024-02-07T24:00"_s);
    row("bare clock after a day still ahead",
        u"Talks resume on Friday. The last round ended at 10 p.m. on a sour note."_s, wed, u"10 p.m."_s,
        u"TIME"_s, u"2024-02-07T22:00"_s);
    row("noon bare", u"The minister speaks at noon."_s, wed, u"noon"_s, u"TIME"_s, u"2024-02-07T12:00"_s);
    row("clock noon 12pm", u"The session opens at 12 pm."_s, wed, u"12 pm"_s, u"TIME"_s,
        u"2024-02-07T12:00"_s);
    row("clock midnight 12am", u"The curfew starts at 12 a.m. in Gaza."_s, wed, u"12 a.m."_s, u"TIME"_s,
        u"2024-02-07T00:00"_s);
    row("clock with zone", u"Markets close at 4 p.m. EST today."_s, wed, u"4 p.m. EST today"_s, u"TIME"_s,
        u"2024-02-07T16:00"_s);
    row("clock with weekday", u"Voting closed at 10 p.m. Wednesday."_s, u"2024-02-09"_s,
        u"10 p.m. Wednesday"_s, u"TIME"_s, u"2024-02-07T22:00"_s);
    row("noon weekday", u"The deadline passed at noon Thursday."_s, u"2024-02-09"_s, u"noon Thursday"_s,
        u"TIME"_s, u"2024-02-08T12:00"_s);
    row("clock no dct", u"The alert sounded at 18:13 in Haifa."_s, QString(), u"18:13"_s, u"TIME"_s,
        u"XXXX-XX-XXT18:13"_s);
    row("clock sentence end", u"The vote starts at 6 p.m. Results come later."_s, wed, u"6 p.m"_s, u"TIME"_s,
        u"2024-02-07T18:00"_s);
    row("bc year", u"Carthage was founded around 814 BC by Phoenicians."_s, wed, u"814 BC"_s, u"DATE"_s,
        u"BC0814"_s);
    row("bc year dotted", u"The city fell in 146 B.C. to Rome."_s, wed, u"146 B.C."_s, u"DATE"_s,
        u"BC0146"_s);
    // Before 1400, where Boost's calendar starts: the written year.
    row("year before 1400", u"The abbey was rebuilt in 1215 after the fire."_s, wed, u"1215"_s, u"DATE"_s,
        u"1215"_s);
    row("month day near future past tense", u"The board declared a dividend payable Dec. 15."_s,
        u"1989-11-02"_s, u"Dec. 15"_s, u"DATE"_s, u"1989-12-15"_s);
    row("quarter future after it ended", u"The company will report third-quarter results."_s, u"1989-11-02"_s,
        u"third-quarter"_s, u"DATE"_s, u"1989-Q3"_s);
    row("a year ago rate context", u"Sales were $5 million a year ago."_s, wed, u"a year ago"_s, u"DATE"_s,
        u"2023"_s);
    row("clock approx", u"He called around 7:15 p.m. to say so."_s, wed, u"around 7:15 p.m."_s, u"TIME"_s,
        u"2024-02-07T19:15"_s, u"APPROX"_s);

    // Durations.
    row("two years", u"The siege lasted two years."_s, wed, u"two years"_s, u"DURATION"_s, u"P2Y"_s);
    row("24 hours", u"The truce held for 24 hours."_s, wed, u"24 hours"_s, u"DURATION"_s, u"PT24H"_s);
    row("past two days", u"Dozens died in the past two days."_s, wed, u"the past two days"_s, u"DURATION"_s,
        u"P2D"_s);
    row("last three weeks", u"Prices rose during the last three weeks."_s, wed, u"the last three weeks"_s,
        u"DURATION"_s, u"P3W"_s);
    // "over the past year" is the year before, as TimeBank and AQUAINT type it; "the last week" is the
    // stretch up to now, as TimeML has it, unlike "last week".
    row("the last week", u"Talks intensified over the last week."_s, wed, u"the last week"_s, u"DURATION"_s,
        u"P1W"_s);
    row("the past month", u"Prices fell over the past month."_s, wed, u"the past month"_s, u"DURATION"_s,
        u"P1M"_s);
    row("last week intensified", u"Talks intensified last week."_s, wed, u"last week"_s, u"DATE"_s,
        u"2024-W05"_s);
    row("six week long", u"A six-week-long pause was proposed."_s, wed, u"six-week-long"_s, u"DURATION"_s,
        u"P6W"_s);
    row("six week", u"A six-week pause was proposed."_s, wed, u"six-week"_s, u"DURATION"_s, u"P6W"_s);
    row("several weeks", u"The pause would last several weeks."_s, wed, u"several weeks"_s, u"DURATION"_s,
        u"PXW"_s);
    row("a few days", u"The pause would last a few days."_s, wed, u"a few days"_s, u"DURATION"_s, u"PXD"_s);
    row("next few days", u"A reply is expected in the next few days."_s, wed, u"the next few days"_s,
        u"DURATION"_s, u"PXD"_s);
    row("first nine months", u"Profit rose in the first nine months."_s, wed, u"the first nine months"_s,
        u"DURATION"_s, u"P9M"_s);
    row("twenty four hours", u"In the last twenty four hours the index fell."_s, wed,
        u"the last twenty four hours"_s, u"DURATION"_s, u"PT24H"_s);
    row("twenty-five years", u"He served twenty-five years."_s, wed, u"twenty-five years"_s, u"DURATION"_s,
        u"P25Y"_s);
    row("a week", u"The talks lasted a week."_s, wed, u"a week"_s, u"DURATION"_s, u"P1W"_s);
    row("an hour", u"The meeting lasted an hour."_s, wed, u"an hour"_s, u"DURATION"_s, u"PT1H"_s);
    row("90 minutes", u"The meeting lasted 90 minutes."_s, wed, u"90 minutes"_s, u"DURATION"_s, u"PT90M"_s);
    row("30 seconds", u"The siren lasted 30 seconds."_s, wed, u"30 seconds"_s, u"DURATION"_s, u"PT30S"_s);
    row("decade duration", u"The war lasted a decade."_s, wed, u"a decade"_s, u"DURATION"_s, u"P10Y"_s);
    row("two decades", u"It took two decades."_s, wed, u"two decades"_s, u"DURATION"_s, u"P20Y"_s);
    row("fractional years", u"It took 1.5 years."_s, wed, u"1.5 years"_s, u"DURATION"_s, u"P1.5Y"_s);
    row("more than four hours", u"The meeting took more than four hours."_s, wed, u"more than four hours"_s,
        u"DURATION"_s, u"PT4H"_s, u"MORE_THAN"_s);
    row("nearly two years", u"The siege lasted nearly two years."_s, wed, u"nearly two years"_s,
        u"DURATION"_s, u"P2Y"_s, u"LESS_THAN"_s);
    row("about three weeks", u"It lasted about three weeks."_s, wed, u"about three weeks"_s, u"DURATION"_s,
        u"P3W"_s, u"APPROX"_s);
    row("at least 20 years", u"It will take at least 20 years."_s, wed, u"at least 20 years"_s, u"DURATION"_s,
        u"P20Y"_s, u"EQUAL_OR_MORE"_s);
    row("for years", u"They have negotiated for years."_s, wed, u"years"_s, u"DURATION"_s, u"PXY"_s);
    row("recent weeks", u"Strikes grew in recent weeks."_s, wed, u"recent weeks"_s, u"DATE"_s, u"PAST_REF"_s);
    row("the quarter", u"Profit rose 5% in the quarter."_s, u"1989-10-30"_s, u"the quarter"_s, u"DATE"_s,
        u"1989-Q3"_s);
    row("the latest quarter", u"Profit rose in the latest quarter."_s, u"1989-11-02"_s,
        u"the latest quarter"_s, u"DATE"_s, u"1989-Q3"_s);
    row("bare winter", u"The army stalled in winter."_s, wed, u"winter"_s, u"DATE"_s, u"2024-WI"_s);
    row("couple of years", u"It may take a couple of years."_s, wed, u"a couple of years"_s, u"DURATION"_s,
        u"P2Y"_s);
    row("past decade", u"Gaza was blockaded for the past decade."_s, wed, u"the past decade"_s, u"DURATION"_s,
        u"P10Y"_s);
    row("two quarters", u"Profit fell for two quarters."_s, wed, u"two quarters"_s, u"DURATION"_s, u"P2Q"_s);
    row("24 hour", u"A 24-hour truce began."_s, wed, u"24-hour"_s, u"DURATION"_s, u"PT24H"_s);

    // Shifts: "ago" and anchored offsets.
    row("two years ago", u"The plan was drafted two years ago."_s, wed, u"two years ago"_s, u"DATE"_s,
        u"2022"_s);
    row("three days ago", u"He left three days ago."_s, wed, u"three days ago"_s, u"DATE"_s, u"2024-02-04"_s);
    row("a week ago", u"He left a week ago."_s, wed, u"a week ago"_s, u"DATE"_s, u"2024-W05"_s);
    row("six months ago", u"He left six months ago."_s, wed, u"six months ago"_s, u"DATE"_s, u"2023-08"_s);
    row("several years ago", u"He left several years ago."_s, wed, u"several years ago"_s, u"DATE"_s,
        u"PAST_REF"_s);
    row("nearly four years ago", u"He left nearly four years ago."_s, wed, u"nearly four years ago"_s,
        u"DATE"_s, u"2020"_s, u"LESS_THAN"_s);
    row("two weeks from now", u"A vote comes two weeks from now."_s, wed, u"two weeks from now"_s, u"DATE"_s,
        u"2024-W08"_s);
    row("ago no dct", u"The plan was drafted two years ago."_s, QString(), u"two years ago"_s, u"DATE"_s,
        u"XXXX"_s);

    // Quarters, halves, seasons, weekends.
    row("third quarter past", u"Profit rose in the third quarter."_s, u"1989-10-30"_s, u"the third quarter"_s,
        u"DATE"_s, u"1989-Q3"_s);
    row("third quarter adjective", u"Third-quarter profit rose."_s, u"1989-10-30"_s, u"Third-quarter"_s,
        u"DATE"_s, u"1989-Q3"_s);
    row("third quarter feb", u"The plant's output in the third quarter is the key figure."_s, wed,
        u"the third quarter"_s, u"DATE"_s, u"2023-Q3"_s);
    row("month before and", u"The team won the title in May and hopes to defend it in June."_s, wed, u"May"_s,
        u"DATE"_s, u"2023-05"_s);
    row("month after and", u"The team won the title in May and hopes to defend it in June."_s, wed, u"June"_s,
        u"DATE"_s, u"2024-06"_s);
    row("weekday across and without a verb", u"He said he would visit Paris and London on Tuesday."_s, wed,
        u"Tuesday"_s, u"DATE"_s, u"2024-02-13"_s);
    row("a decade ago", u"He was elected a decade ago."_s, wed, u"a decade ago"_s, u"DATE"_s, u"2014"_s);
    row("a century ago", u"The bridge was built a century ago."_s, wed, u"a century ago"_s, u"DATE"_s,
        u"1924"_s);
    row("in weeks ahead", u"Flights will resume in two weeks."_s, wed, u"two weeks"_s, u"DATE"_s,
        u"2024-W08"_s);
    row("in days ahead", u"The court will rule in three days' time."_s, wed, u"three days"_s, u"DATE"_s,
        u"2024-02-10"_s);
    row("in years looking back", u"Prices doubled in two years."_s, wed, u"two years"_s, u"DURATION"_s,
        u"P2Y"_s);
    row("month after may", u"The bank raised rates in July and may do so again in September."_s, wed,
        u"September"_s, u"DATE"_s, u"2024-09"_s);
    row("month after might", u"The bank might cut rates in October."_s, wed, u"October"_s, u"DATE"_s,
        u"2024-10"_s);
    row("half forecast to", u"Growth is forecast to slow in the second half."_s, wed, u"the second half"_s,
        u"DATE"_s, u"2024-H2"_s);
    row("third quarter opens", u"The plant opens in the third quarter."_s, wed, u"the third quarter"_s,
        u"DATE"_s, u"2024-Q3"_s);
    row("third quarter future", u"The plant will open in the third quarter."_s, wed, u"the third quarter"_s,
        u"DATE"_s, u"2024-Q3"_s);
    row("quarter of year", u"Sales fell in the fourth quarter of 2023."_s, wed,
        u"the fourth quarter of 2023"_s, u"DATE"_s, u"2023-Q4"_s);
    row("first quarter of this year", u"Sales fell in the first quarter of this year."_s, u"2024-05-07"_s,
        u"the first quarter of this year"_s, u"DATE"_s, u"2024-Q1"_s);
    row("fiscal quarter", u"Sales fell in the fiscal second quarter."_s, u"1989-10-30"_s,
        u"the fiscal second quarter"_s, u"DATE"_s, u"1989-Q2"_s);
    row("last quarter", u"Sales fell last quarter."_s, wed, u"last quarter"_s, u"DATE"_s, u"2023-Q4"_s);
    row("first half of year", u"Growth slowed in the first half of 2023."_s, wed, u"the first half of 2023"_s,
        u"DATE"_s, u"2023-H1"_s);
    row("last half of year", u"Growth slowed in the last half of 2023."_s, wed, u"the last half of 2023"_s,
        u"DATE"_s, u"2023-H2"_s);
    row("second half", u"Growth will pick up in the second half."_s, wed, u"the second half"_s, u"DATE"_s,
        u"2024-H2"_s);
    row("summer", u"The fighting will stop this summer."_s, wed, u"this summer"_s, u"DATE"_s, u"2024-SU"_s);
    row("spelled ordinal day", u"The vote is on March eighth."_s, wed, u"March eighth"_s, u"DATE"_s,
        u"2024-03-08"_s);
    row("early in year", u"The army mobilised early in 1914."_s, wed, u"early in 1914"_s, u"DATE"_s,
        u"1914"_s, u"START"_s);
    row("night of date", u"The raid came on the night of April 18, 1775."_s, wed,
        u"the night of April 18, 1775"_s, u"TIME"_s, u"1775-04-18TNI"_s);
    row("this past spring", u"Prices fell this past spring."_s, wed, u"this past spring"_s, u"DATE"_s,
        u"2023-SP"_s);
    row("this coming sunday", u"Voters go to the polls this coming Sunday."_s, wed, u"this coming Sunday"_s,
        u"DATE"_s, u"2024-02-11"_s);
    row("last fall", u"Prices fell last fall."_s, wed, u"last fall"_s, u"DATE"_s, u"2023-FA"_s);
    row("season of year", u"It snowed in the winter of 1994."_s, wed, u"the winter of 1994"_s, u"DATE"_s,
        u"1994-WI"_s);
    row("season year", u"The deal was signed in spring 2023."_s, wed, u"spring 2023"_s, u"DATE"_s,
        u"2023-SP"_s);
    row("early summer", u"Construction starts in early summer 2025."_s, wed, u"early summer 2025"_s,
        u"DATE"_s, u"2025-SU"_s, u"START"_s);
    row("weekend past", u"Protests grew over the weekend."_s, u"1991-02-25"_s, u"the weekend"_s, u"DATE"_s,
        u"1991-W08-WE"_s);
    row("this weekend", u"Protesters will gather this weekend."_s, wed, u"this weekend"_s, u"DATE"_s,
        u"2024-W06-WE"_s);
    row("last weekend", u"Protesters gathered last weekend."_s, wed, u"last weekend"_s, u"DATE"_s,
        u"2024-W05-WE"_s);
    row("quarter no dct", u"Profit rose in the third quarter."_s, QString(), u"the third quarter"_s,
        u"DATE"_s, u"XXXX-Q3"_s);

    // Business news: the same period a year back, and "the year" / "the week" of the report.
    const QString oct89 = u"1989-10-25"_s; // a Wednesday, ISO week 43
    row("year-earlier adjective",
        u"Net rose in the third quarter, compared with year-earlier profit of $3 million."_s, oct89,
        u"year-earlier"_s, u"DATE"_s, u"1988-Q3"_s);
    row("the year-ago quarter",
        u"Profit rose in the third quarter from $36 million in the year-ago quarter."_s, oct89,
        u"the year-ago quarter"_s, u"DATE"_s, u"1988-Q3"_s);
    row("a year earlier quarter", u"Profit rose 5% in the third quarter from a year earlier."_s, oct89,
        u"a year earlier"_s, u"DATE"_s, u"1988-Q3"_s);
    row("a year ago quarter", u"Sales fell in the second quarter, against a gain a year ago."_s, oct89,
        u"a year ago"_s, u"DATE"_s, u"1988-Q2"_s);
    row("year-earlier no quarter", u"Sales rose 5% from year-earlier levels."_s, oct89, u"year-earlier"_s,
        u"DATE"_s, u"1988"_s);
    row("for the year", u"For the year, pet food volume was flat."_s, oct89, u"the year"_s, u"DATE"_s,
        u"1989"_s);
    row("the fiscal year", u"Lower income will hurt earnings for the fiscal year."_s, oct89,
        u"the fiscal year"_s, u"DATE"_s, u"1989"_s);
    row("the year ended", u"Revenue was $76 million for the year ended March 31."_s, oct89, u"the year"_s,
        u"DURATION"_s, u"P1Y"_s);
    row("the week's", u"Thursday was the week's most active session."_s, oct89, u"the week"_s, u"DATE"_s,
        u"1989-W43"_s);

    row("month this year", u"Prices rose in January this year."_s, wed, u"January this year"_s, u"DATE"_s,
        u"2024-01"_s);
    row("month last year", u"The talks began in June last year."_s, wed, u"June last year"_s, u"DATE"_s,
        u"2023-06"_s);

    // Sets.
    row("every monday", u"The council meets every Monday."_s, wed, u"every Monday"_s, u"SET"_s,
        u"XXXX-WXX-1"_s);
    row("each thursday", u"The council meets each Thursday."_s, wed, u"each Thursday"_s, u"SET"_s,
        u"XXXX-WXX-4"_s);
    row("mondays", u"The market opens on Mondays."_s, wed, u"Mondays"_s, u"SET"_s, u"XXXX-WXX-1"_s);
    row("daily", u"Aid trucks arrive daily."_s, wed, u"daily"_s, u"SET"_s, u"P1D"_s);
    row("weekly", u"The report is published weekly."_s, wed, u"weekly"_s, u"SET"_s, u"P1W"_s);
    row("annually", u"The fair is held annually."_s, wed, u"annually"_s, u"SET"_s, u"P1Y"_s);
    row("every day", u"Trucks cross every day."_s, wed, u"every day"_s, u"SET"_s, u"P1D"_s);
    row("every two weeks", u"They meet every two weeks."_s, wed, u"every two weeks"_s, u"SET"_s, u"P2W"_s);
    row("each year", u"Thousands visit each year."_s, wed, u"each year"_s, u"SET"_s, u"P1Y"_s);
    // TimeML spans a frequency with its unit ("twice a week", freq 2X).
    row("twice a week", u"They meet twice a week."_s, wed, u"twice a week"_s, u"SET"_s, u"P1W"_s);
    row("three times a year", u"The board meets three times a year."_s, wed, u"three times a year"_s,
        u"SET"_s, u"P1Y"_s);
    row("once a month", u"Inspectors call once a month."_s, wed, u"once a month"_s, u"SET"_s, u"P1M"_s);
    row("twice weekly", u"The ferry sails twice weekly in winter."_s, wed, u"twice weekly"_s, u"SET"_s,
        u"P1W"_s);
    row("every other week", u"Recycling is collected every other week."_s, wed, u"every other week"_s,
        u"SET"_s, u"P2W"_s);
    row("every second month", u"The choir performs every second month."_s, wed, u"every second month"_s,
        u"SET"_s, u"P2M"_s);
    row("every other weekday name", u"The market is held every other Thursday."_s, wed,
        u"every other Thursday"_s, u"SET"_s, u"XXXX-WXX-4"_s);
    row("a 24-hour stoppage lasts", u"Dockers began a 24-hour strike."_s, wed, u"24-hour"_s, u"DURATION"_s,
        u"PT24H"_s);
    row("weekday part of day plural", u"The clinic opens on Sunday mornings."_s, wed, u"Sunday mornings"_s,
        u"SET"_s, u"XXXX-WXX-7TMO"_s);
    row("opening days start", u"The library is open Monday to Saturday."_s, wed, u"Monday"_s, u"SET"_s,
        u"XXXX-WXX-1"_s);
    row("opening days end", u"The hotline is staffed from Monday through Friday."_s, wed, u"Friday"_s,
        u"SET"_s, u"XXXX-WXX-5"_s);
    row("a closure is dated", u"The bridge was closed from Monday to Wednesday."_s, u"2024-02-06"_s,
        u"Wednesday"_s, u"DATE"_s, u"2024-01-31"_s);
    row("on weekends", u"The museum opens late on weekends."_s, wed, u"weekends"_s, u"SET"_s,
        u"XXXX-WXX-WE"_s);
    row("every weekend", u"Volunteers clean the beach every weekend."_s, wed, u"every weekend"_s, u"SET"_s,
        u"XXXX-WXX-WE"_s);
    row("the first weekday of every month", u"The council sits on the first Monday of every month."_s, wed,
        u"the first Monday of every month"_s, u"SET"_s, u"P1M"_s);
    row("every july", u"The festival returns every July."_s, wed, u"every July"_s, u"SET"_s, u"XXXX-07"_s);

    // Halves written as fractions: the half goes to the next smaller unit; decimals stay as written.
    row("slashed half years", u"The rebuild took 2 1/2 years."_s, wed, u"2 1/2 years"_s, u"DURATION"_s,
        u"P2Y6M"_s);
    row("slashed half hours", u"The flight lasted 3 1/2 hours."_s, wed, u"3 1/2 hours"_s, u"DURATION"_s,
        u"PT3H30M"_s);
    row("and a half before", u"Talks dragged on for three and a half years."_s, wed,
        u"three and a half years"_s, u"DURATION"_s, u"P3Y6M"_s);
    row("and a half after", u"The vote took an hour and a half."_s, wed, u"an hour and a half"_s,
        u"DURATION"_s, u"PT1H30M"_s);
    row("half a day", u"The strike lasted half a day."_s, wed, u"half a day"_s, u"DURATION"_s, u"PT12H"_s);
    row("half an hour", u"The speech ran half an hour."_s, wed, u"half an hour"_s, u"DURATION"_s, u"PT30M"_s);

    // Years said in words (broadcast transcripts).
    row("spelled year", u"The plant opened in nineteen eighty-two."_s, wed, u"nineteen eighty-two"_s,
        u"DATE"_s, u"1982"_s);
    row("spelled round year", u"The rules date from nineteen seventy."_s, wed, u"nineteen seventy"_s,
        u"DATE"_s, u"1970"_s);
    row("month spelled year", u"Rates rose in March nineteen ninety-three."_s, wed,
        u"March nineteen ninety-three"_s, u"DATE"_s, u"1993-03"_s);
    row("season spelled year", u"It flooded in the spring of nineteen eighty-one."_s, wed,
        u"the spring of nineteen eighty-one"_s, u"DATE"_s, u"1981-SP"_s);
    row("the year two thousand", u"Computers were fixed before the year two thousand."_s, wed,
        u"the year two thousand"_s, u"DATE"_s, u"2000"_s);
    row("the year two thousand and three", u"The law changed in the year two thousand and three."_s, wed,
        u"the year two thousand and three"_s, u"DATE"_s, u"2003"_s);

    // Holidays: the day they fall on, by tense like a month-day.
    row("thanksgiving past", u"The boy was rescued on Thanksgiving Day."_s, u"2000-01-06"_s,
        u"Thanksgiving Day"_s, u"DATE"_s, u"1999-11-25"_s);
    row("last thanksgiving", u"The family met last Thanksgiving."_s, u"2024-03-01"_s, u"last Thanksgiving"_s,
        u"DATE"_s, u"2023-11-23"_s);
    row("election day future", u"Voters will decide on Election Day."_s, u"1998-10-26"_s, u"Election Day"_s,
        u"DATE"_s, u"1998-11-03"_s);
    row("easter sunday", u"Pilgrims will gather on Easter Sunday."_s, wed, u"Easter Sunday"_s, u"DATE"_s,
        u"2024-03-31"_s);
    row("easter week", u"Crowds grew as Easter week began."_s, u"2024-03-30"_s, u"Easter week"_s, u"DATE"_s,
        u"2024-W13"_s);
    row("christmas eve", u"The ceasefire began on Christmas Eve."_s, wed, u"Christmas Eve"_s, u"DATE"_s,
        u"2023-12-24"_s);
    row("christmas night", u"The raid came on Christmas night."_s, wed, u"Christmas night"_s, u"DATE"_s,
        u"2023-12-25TNI"_s);
    row("christmas with year", u"The truce held at Christmas 1914."_s, wed, u"Christmas 1914"_s, u"DATE"_s,
        u"1914-12-25"_s);
    row("holiday no dct", u"The ceasefire began on Christmas Eve."_s, QString(), u"Christmas Eve"_s,
        u"DATE"_s, u"XXXX-12-24"_s);

    // Year ends, full and latest years, periods ahead.
    row("by year-end", u"The deal should close by year-end."_s, wed, u"year-end"_s, u"DATE"_s, u"2024"_s,
        u"END"_s);
    row("since year-end", u"Shares have fallen 8% since year-end."_s, wed, u"year-end"_s, u"DATE"_s,
        u"2023"_s, u"END"_s);
    row("year's end", u"More cuts are due before year's end."_s, wed, u"year's end"_s, u"DATE"_s, u"2024"_s,
        u"END"_s);
    row("month's end", u"Reserves will be counted at month's end."_s, wed, u"month's end"_s, u"DATE"_s,
        u"2024-02"_s, u"END"_s);
    row("the full year", u"It expects a loss for the full year."_s, u"1989-11-02"_s, u"the full year"_s,
        u"DATE"_s, u"1989"_s);
    row("the latest fiscal year", u"Revenue rose in the latest fiscal year."_s, u"1989-11-02"_s,
        u"the latest fiscal year"_s, u"DATE"_s, u"1988"_s);
    row("the latest period", u"Costs rose in the latest period."_s, u"1989-11-02"_s, u"the latest period"_s,
        u"DATE"_s, u"1989-Q3"_s);
    row("coming months", u"Prices will climb in coming months."_s, wed, u"coming months"_s, u"DATE"_s,
        u"FUTURE_REF"_s);
    row("future quarters", u"Charges will weigh on future quarters."_s, wed, u"future quarters"_s, u"DATE"_s,
        u"FUTURE_REF"_s);

    row("current adjective", u"He kept his current post."_s, wed, u"current"_s, u"DATE"_s, u"PRESENT_REF"_s);
    row("then current", u"Shares were sold at the then current price."_s, wed, u"then current"_s, u"DATE"_s,
        u"PAST_REF"_s);
    row("the current fiscal year", u"Sales will rise in the current fiscal year."_s, u"1989-11-02"_s,
        u"the current fiscal year"_s, u"DATE"_s, u"1989"_s);
    row("these days", u"Few people write letters these days."_s, wed, u"these days"_s, u"DATE"_s,
        u"PRESENT_REF"_s);
    row("past years", u"Such raids failed in past years."_s, wed, u"past years"_s, u"DATE"_s, u"PAST_REF"_s);
    row("the near term", u"Rates should stay low in the near term."_s, wed, u"the near term"_s, u"DATE"_s,
        u"FUTURE_REF"_s);
    row("the weeks ahead", u"More strikes are likely in the weeks ahead."_s, wed, u"the weeks ahead"_s,
        u"DURATION"_s, u"PXW"_s);
    row("the days before", u"He was seen in the days before the attack."_s, wed, u"days"_s, u"DURATION"_s,
        u"PXD"_s);
    row("the years that followed", u"In the years that followed, the town grew."_s, wed, u"years"_s,
        u"DURATION"_s, u"PXY"_s);
    row("days after", u"Days after the vote, the coalition split."_s, wed, u"Days"_s, u"DURATION"_s,
        u"PXD"_s);
    row("amount range", u"Repairs will take two to three weeks."_s, wed, u"two to three weeks"_s,
        u"DURATION"_s, u"PXW"_s);
    row("or so ago", u"He left a week or so ago."_s, wed, u"a week or so ago"_s, u"DATE"_s, u"2024-W05"_s,
        u"APPROX"_s);
    row("or so duration", u"It may take the next two years or so."_s, wed, u"the next two years or so"_s,
        u"DURATION"_s, u"P2Y"_s, u"APPROX"_s);
    row("or so date", u"Rates will rise next year or so."_s, wed, u"next year or so"_s, u"DATE"_s, u"2025"_s,
        u"APPROX"_s);
    row("units or units", u"A deal could come within weeks or months."_s, wed, u"weeks or months"_s,
        u"DURATION"_s, u"PXW"_s);
    row("unit long", u"They held a day-long meeting."_s, wed, u"day-long"_s, u"DURATION"_s, u"P1D"_s);
    row("units long", u"It ended a decades-long feud."_s, wed, u"decades-long"_s, u"DURATION"_s, u"PXY"_s);
    row("business days", u"The bank must wait five business days."_s, wed, u"five business days"_s,
        u"DURATION"_s, u"P5D"_s);
    row("more weeks", u"The troops stay two more weeks."_s, wed, u"two more weeks"_s, u"DURATION"_s,
        u"P2W"_s);
    row("the nineties", u"Crime fell through the nineties."_s, wed, u"the nineties"_s, u"DATE"_s, u"199"_s);
    row("the early eighties", u"It was built in the early eighties."_s, wed, u"the early eighties"_s,
        u"DATE"_s, u"198"_s, u"START"_s);
    row("possessive year", u"The firm's 1988 results were restated."_s, wed, u"1988"_s, u"DATE"_s, u"1988"_s);
    row("bonds due year", u"It sold notes due 2031 on Monday."_s, wed, u"2031"_s, u"DATE"_s, u"2031"_s);

    // Ranges: each end is an expression of its own and borrows what the other states.
    row("day range first", u"The battle raged on 6-7 January 1916."_s, wed, u"6"_s, u"DATE"_s,
        u"1916-01-06"_s);
    row("day range second", u"The battle raged on 6-7 January 1916."_s, wed, u"7 January 1916"_s, u"DATE"_s,
        u"1916-01-07"_s);
    row("day range to", u"Raids went on from 15 to 22 February 1984."_s, wed, u"15"_s, u"DATE"_s,
        u"1984-02-15"_s);
    row("month day range end", u"Talks were held on April 13-15, 1915."_s, wed, u"15, 1915"_s, u"DATE"_s,
        u"1915-04-15"_s);
    row("month day range ordinal end", u"They fought on May 6th and 7th, 1954."_s, wed, u"7th, 1954"_s,
        u"DATE"_s, u"1954-05-07"_s);
    row("year range short end", u"The siege (1915-16) failed."_s, wed, u"16"_s, u"DATE"_s, u"1916"_s);
    row("month before Christ", u"The fleet sailed in August 480 BC."_s, wed, u"August 480 BC"_s, u"DATE"_s,
        u"BC0480-08"_s);
    row("season before Christ", u"Envoys met in the autumn of 481 B.C. at Corinth."_s, wed,
        u"the autumn of 481 B.C."_s, u"DATE"_s, u"BC0481-FA"_s);
    row("bc range start", u"The revolt (499-493 BC) spread."_s, wed, u"499"_s, u"DATE"_s, u"BC0499"_s);
    // Centuries and decades before Christ count their years as after Christ: the 4th century BC is BC03.
    row("century before Christ", u"The fort was built during the 4th century BC by settlers."_s, wed,
        u"the 4th century BC"_s, u"DATE"_s, u"BC03"_s);
    row("century before Christ dotted", u"Farming spread in the 9th century B.C. along the coast."_s, wed,
        u"the 9th century B.C."_s, u"DATE"_s, u"BC08"_s);
    row("decade before Christ", u"Raids continued through the 470s BC on the islands."_s, wed,
        u"the 470s BC"_s, u"DATE"_s, u"BC047"_s);
    row("decade before Christ early", u"The league grew strong in the 460s BCE."_s, wed, u"the 460s BCE"_s,
        u"DATE"_s, u"BC046"_s);
    row("early year before event noun", u"Howe resigned after the 1777 campaign."_s, wed, u"1777"_s,
        u"DATE"_s, u"1777"_s);
    row("bare weeks later", u"The general died weeks later of his wound."_s, wed, u"weeks later"_s,
        u"DURATION"_s, u"PXW"_s);
    row("a decade earlier is a year",
        u"In 1990 the fleet sailed. Its first voyage had failed a decade earlier."_s, wed,
        u"a decade earlier"_s, u"DATE"_s, u"1980"_s);
    row("the decade after a decade", u"In the 1990s prices rose. The following decade brought a crash."_s,
        wed, u"The following decade"_s, u"DATE"_s, u"200"_s);
    row("the decade after a decade before Christ",
        u"The revolt lasted through the 490s BC. The following decade brought the invasion."_s, wed,
        u"The following decade"_s, u"DATE"_s, u"BC048"_s);
    row("the century after a century before Christ",
        u"Athens grew in the 5th century BC. The following century was Macedonian."_s, wed,
        u"The following century"_s, u"DATE"_s, u"BC03"_s);
    row("years counted past a decade", u"In 1950 war came, as in the 1930s and twenty years earlier."_s, wed,
        u"twenty years earlier"_s, u"DATE"_s, u"1930"_s);
    row("month-day of that year", u"The fort fell on 12 April 1861. On July 25 of that year, Congress met."_s,
        wed, u"July 25 of that year"_s, u"DATE"_s, u"1861-07-25"_s);
    row("month of the same year",
        u"The fort fell on 12 April 1861. In November of the same year, ships sailed."_s, wed,
        u"November of the same year"_s, u"DATE"_s, u"1861-11"_s);
    row("day-first of the following year",
        u"The fort fell on 12 April 1861. On 24 January of the following year, a treaty was signed."_s, wed,
        u"24 January of the following year"_s, u"DATE"_s, u"1862-01-24"_s);
    row("the next day of a recalled story",
        u"Saigon fell on 29 April 1975. On 30 April, the last helicopters left."_s, wed, u"30 April"_s,
        u"DATE"_s, u"1975-04-30"_s);
    row("a recalled story goes on past a step from its date",
        u"The war began on Oct. 7, 2023, when fighters crossed into the south, killing about 1,200 people "
        u"and "
        u"taking around 250 hostages, officials said. Two days later, a full siege was declared. Ground "
        u"forces "
        u"entered the north on Oct. 27, after weeks of airstrikes."_s,
        wed, u"Oct. 27"_s, u"DATE"_s, u"2023-10-27"_s);
    row("an earlier month-day is the news, not the recalled story",
        u"Smith was arrested on June 1, 2019. On Jan. 3, a jury convicted him."_s, wed, u"Jan. 3"_s,
        u"DATE"_s, u"2024-01-03"_s);
    row("in the morning of a date", u"Saigon fell in the morning of 29 April 1975."_s, wed,
        u"the morning of 29 April 1975"_s, u"TIME"_s, u"1975-04-29TMO"_s);
    row("early in the morning of a date", u"Saigon fell early in the morning of 29 April 1975."_s, wed,
        u"early in the morning of 29 April 1975"_s, u"TIME"_s, u"1975-04-29TMO"_s, u"START"_s);
    row("ordinal day range with the", u"Rallies ran from the 13th to the 19th of October 1950."_s, wed,
        u"13th"_s, u"DATE"_s, u"1950-10-13"_s);
    row("the end of a century", u"By the end of the 19th century, the town had grown."_s, wed,
        u"the end of the 19th century"_s, u"DATE"_s, u"18"_s, u"END"_s);
    row("the middle of a century before Christ", u"In the middle of the 9th century BC, Assyria rose."_s, wed,
        u"the middle of the 9th century BC"_s, u"DATE"_s, u"BC08"_s, u"MID"_s);
    row("the beginning of a decade", u"At the beginning of the 1990s, prices fell."_s, wed,
        u"the beginning of the 1990s"_s, u"DATE"_s, u"199"_s, u"START"_s);
    row("past clock time on the day just told of",
        u"Farmers marched on Monday. Near 18:00, police said it ended."_s, wed, u"18:00"_s, u"TIME"_s,
        u"2024-02-05T18:00"_s);
    row("past clock time in the next update",
        u"Farmers marched on Monday.\n\nGENEVA \u2014 Shortly before 18:00, a spokesperson said the sides agreed."_s,
        wed, u"18:00"_s, u"TIME"_s, u"2024-02-07T18:00"_s);
    row("that month", u"In 2014, Russia annexed Crimea. That March, sanctions followed."_s, wed,
        u"That March"_s, u"DATE"_s, u"2014-03"_s);
    row("the following season", u"In 2014, talks began. The following spring a ceasefire was signed."_s, wed,
        u"The following spring"_s, u"DATE"_s, u"2015-SP"_s);
    row("the following season after a step within the year",
        u"In 2014, talks began. By that autumn they had stalled. Later that year they failed. The following "
        u"spring a ceasefire was signed."_s,
        wed, u"The following spring"_s, u"DATE"_s, u"2015-SP"_s);
    row("that weekend", u"The talks opened on Tuesday, March 5, 2019. That weekend, protests spread."_s, wed,
        u"That weekend"_s, u"DATE"_s, u"2019-W10-WE"_s);
    row("season of an event of a year", u"The German Spring Offensive of 1918 began in March."_s, wed,
        u"Spring"_s, u"DATE"_s, u"1918-SP"_s);
    row("season and season of a year", u"Prices fell in the spring and summer of 2020."_s, wed,
        u"the spring"_s, u"DATE"_s, u"2020-SP"_s);
    row("year by its last two digits", u"The class of '99 met again."_s, wed, u"'99"_s, u"DATE"_s, u"1999"_s);
    row("recent year by its last two digits", u"Prices have risen since \u201908."_s, wed, u"\u201908"_s,
        u"DATE"_s, u"2008"_s);
    row("year by its last two digits in a history",
        u"In 1790, 1791 and 1792 the clubs grew. Royalists left the Club of '89."_s, wed, u"'89"_s, u"DATE"_s,
        u"1789"_s);
    row("the following days", u"Violence spread over the following days."_s, wed, u"the following days"_s,
        u"DURATION"_s, u"PXD"_s);
    row("the intervening years", u"In the intervening years, little changed."_s, wed,
        u"the intervening years"_s, u"DURATION"_s, u"PXY"_s);
    row("later in a year", u"Later in 1792, the king was tried."_s, wed, u"Later in 1792"_s, u"DATE"_s,
        u"1792"_s, u"END"_s);
    row("later in a season", u"Later in the summer of 1919, the army retreated."_s, wed,
        u"Later in the summer of 1919"_s, u"DATE"_s, u"1919-SU"_s, u"END"_s);
    row("earlier in the year", u"Sales were delayed earlier in the year by rain."_s, u"1989-11-02"_s,
        u"earlier in the year"_s, u"DATE"_s, u"1989"_s, u"START"_s);
    // The start of a range of months takes the year of its end.
    row("month range start takes the end's year", u"The talks ran from March 3 to April 5, 1918."_s, wed,
        u"March 3"_s, u"DATE"_s, u"1918-03-03"_s);
    row("day-first range start takes the end's year", u"The talks ran from 3 March to 5 April 1918."_s, wed,
        u"3 March"_s, u"DATE"_s, u"1918-03-03"_s);
    row("month range across new year", u"Fighting lasted from December to February 1919."_s, wed,
        u"December"_s, u"DATE"_s, u"1918-12"_s);
    row("months between", u"Losses between March and April 1918 were high."_s, wed, u"March"_s, u"DATE"_s,
        u"1918-03"_s);
    row("month range with a dash", u"The campaign (May-August 1950) failed."_s, wed, u"May"_s, u"DATE"_s,
        u"1950-05"_s);
    // A range of months without a year lies in one stretch of the calendar.
    row("month range end after its start", u"The 2024 season runs from April to October."_s, wed,
        u"October"_s, u"DATE"_s, u"2024-10"_s);
    row("month range start before its end",
        u"Results for the period from January through March are due in early May."_s, wed, u"January"_s,
        u"DATE"_s, u"2024-01"_s);
    row("month range told in the past has ended", u"Sales fell from May to June."_s, wed, u"May"_s, u"DATE"_s,
        u"2023-05"_s);
    row("weekday range told in the past has ended", u"He was held from Monday until Wednesday."_s,
        u"2024-02-06"_s, u"Monday"_s, u"DATE"_s, u"2024-01-29"_s);
    row("weekday range ahead has not begun", u"The ferry will run between Monday and Wednesday."_s,
        u"2024-02-06"_s, u"Wednesday"_s, u"DATE"_s, u"2024-02-14"_s);
    row("no range across a preposition", u"It rained on March 3 and on April 5, 1918 it snowed."_s,
        u"2024-04-10"_s, u"March 3"_s, u"DATE"_s, u"2024-03-03"_s);

    row("count of days after an event", u"The new council will be sworn in 30 days after the vote."_s, wed,
        u"30 days"_s, u"DURATION"_s, u"P30D"_s);
    row("count of weeks in a sentence ahead", u"The new council will be sworn in two weeks."_s, wed,
        u"two weeks"_s, u"DATE"_s, u"2024-W08"_s);
    row("the previous quarter after a day still ahead",
        u"The annual meeting is set for May 15. The previous quarter brought a loss."_s, wed,
        u"The previous quarter"_s, u"DATE"_s, u"2023-Q4"_s);

    row("overnight before the news", u"Heavy rain fell overnight across the coast."_s, wed, u"overnight"_s,
        u"TIME"_s, u"2024-02-06TNI"_s);
    row("overnight ahead", u"More snow is expected overnight."_s, wed, u"overnight"_s, u"TIME"_s,
        u"2024-02-07TNI"_s);
    row("half code alone after a preposition", u"The lender expects a recovery in H2."_s, wed, u"H2"_s,
        u"DATE"_s, u"2024-H2"_s);

    row("the quarter ended on a calendar quarter's last day",
        u"Net income for the quarter ended Sept. 30 rose."_s, wed, u"the quarter"_s, u"DATE"_s, u"2023-Q3"_s);
    row("the quarter ended on a fiscal quarter's last day", u"Sales for the quarter ended July 31 rose."_s,
        u"1989-11-02"_s, u"the quarter"_s, u"DATE"_s, u"1989-Q3"_s);

    row("year to date", u"The shares are down 9 percent year to date."_s, wed, u"year to date"_s, u"DATE"_s,
        u"2024"_s);
    row("year-to-date adjective", u"Year-to-date orders rose."_s, wed, u"Year-to-date"_s, u"DATE"_s,
        u"2024"_s);

    row("weekday named around easter", u"Shops will close on Good Friday."_s, wed, u"Good Friday"_s,
        u"DATE"_s, u"2024-03-29"_s);
    row("weekday named around thanksgiving", u"Black Friday sales beat forecasts."_s, u"2024-12-10"_s,
        u"Black Friday"_s, u"DATE"_s, u"2024-11-29"_s);

    row("half after should", u"Margins should widen in the second half."_s, wed, u"the second half"_s,
        u"DATE"_s, u"2024-H2"_s);

    row("this time last year", u"Bookings are ahead of this time last year."_s, wed, u"this time last year"_s,
        u"DATE"_s, u"2023-02"_s);
    row("the same time next year", u"The line should open at the same time next year."_s, wed,
        u"the same time next year"_s, u"DATE"_s, u"2025-02"_s);

    // Reporting periods of results news.
    row("year third quarter", u"It lost money in the 1987 third quarter."_s, u"1989-11-02"_s,
        u"the 1987 third quarter"_s, u"DATE"_s, u"1987-Q3"_s);
    row("next year's quarter", u"The plant reopens in next year's second quarter."_s, u"1989-11-02"_s,
        u"next year's second quarter"_s, u"DATE"_s, u"1990-Q2"_s);
    row("this year's quarter", u"Margins narrowed in this year's first quarter."_s, u"1989-11-02"_s,
        u"this year's first quarter"_s, u"DATE"_s, u"1989-Q1"_s);
}

void TestTimexNormalization::normalizes() {
    QFETCH(QString, sentence);
    QFETCH(QString, dct);
    QFETCH(QString, span);
    QFETCH(QString, type);
    QFETCH(QString, value);
    QFETCH(QString, mod);

    const QList<Timex> found = m_tagger.tag(sentence, dctFrom(dct));
    const Timex *match = annals::testing::findSpan(sentence, found, span);
    if (!match)
        QFAIL(qPrintable(u"no expression \""_s + span + u"\" found; got "_s + describe(sentence, found)));
    QCOMPARE(annals::timexTypeName(match->type), type);
    QCOMPARE(match->value, value);
    QCOMPARE(match->mod, mod);
    if (type == u"SET" && span.startsWith(u"every", Qt::CaseInsensitive))
        QCOMPARE(match->quant, u"EVERY"_s);
}

QTEST_APPLESS_MAIN(TestTimexNormalization)
#include "tst_timex_normalization.moc"
