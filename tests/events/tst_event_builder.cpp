#include "events/event_builder.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace annals;

class TestEventBuilder : public QObject {
    Q_OBJECT
private slots:
    void init();
    void oneEventPerSentenceAndDate();
    void fieldsOfAnEvent();
    void skipsNonCalendarValuesAndDurations();
    void boilerplateAndDatelineNeedOption();
    void restatedCaptionGivesOneEvent();
    void surnamesExpandToFullNames();
    void timexOutsideSentences();
    void chronologyEntryDateIsALabel();

private:
    // Builds a document from blocks of text and zones, one sentence per block unless split by " | ".
    void addBlock(const QString &text, Zone zone);
    Timex timexFor(const QString &expression, const QString &value, TimexType type = TimexType::Date,
                   const QString &mod = {}, qsizetype from = 0);

    Document m_doc;
    QList<TextSpan> m_sentences;
};

void TestEventBuilder::init() {
    m_doc = Document();
    m_doc.id = u"d7"_s;
    m_sentences.clear();
}

void TestEventBuilder::addBlock(const QString &text, Zone zone) {
    if (!m_doc.text.isEmpty())
        m_doc.text += u"\n\n"_s;
    const qsizetype start = m_doc.text.size();
    m_doc.text += text;
    Block b;
    b.span = {start, m_doc.text.size()};
    b.zone = zone;
    m_doc.blocks.append(b);
    qsizetype s = start;
    for (qsizetype i = start; i <= m_doc.text.size(); ++i) {
        if (i == m_doc.text.size() || (m_doc.text[i] == u' ' && i > 0 && m_doc.text[i - 1] == u'.')) {
            m_sentences.append({s, i});
            s = i + 1;
        }
    }
}

Timex TestEventBuilder::timexFor(const QString &expression, const QString &value, TimexType type,
                                 const QString &mod, qsizetype from) {
    Timex t;
    const qsizetype at = m_doc.text.indexOf(expression, from);
    t.span = {at, at + expression.size()};
    t.value = value;
    t.type = type;
    t.mod = mod;
    return t;
}

void TestEventBuilder::oneEventPerSentenceAndDate() {
    addBlock(u"Talks began on Monday and ended on Friday. Nothing was agreed."_s, Zone::Body);
    const QList<Timex> timexes{timexFor(u"Monday"_s, u"2024-02-05"_s),
                               timexFor(u"Friday"_s, u"2024-02-09"_s)};
    const QList<Event> events = buildEvents(m_doc, m_sentences, timexes);
    QCOMPARE(events.size(), 2);
    QCOMPARE(events[0].id, u"d7.1"_s);
    QCOMPARE(events[1].id, u"d7.2"_s);
    // Ids go on past one digit.
    QString many;
    QList<Timex> days;
    for (int day = 1; day <= 12; ++day)
        many += u"Talks resumed on day %1 of the month. "_s.arg(day);
    init();
    addBlock(many.trimmed(), Zone::Body);
    for (int day = 1; day <= 12; ++day)
        days.append(timexFor(u"day %1 "_s.arg(day), u"2024-02-%1"_s.arg(day, 2, 10, QChar(u'0'))));
    const QList<Event> numbered = buildEvents(m_doc, m_sentences, days);
    QCOMPARE(numbered.size(), 12);
    QCOMPARE(numbered[9].id, u"d7.10"_s);
    QCOMPARE(numbered[11].id, u"d7.12"_s);
    QCOMPARE(events[0].date, u"2024-02-05"_s);
    QCOMPARE(events[1].date, u"2024-02-09"_s);
    QCOMPARE(events[0].sentence, events[1].sentence);
    QCOMPARE(events[0].sentenceText, u"Talks began on Monday and ended on Friday."_s);
}

void TestEventBuilder::fieldsOfAnEvent() {
    addBlock(u"Envoy Says Truce Is Close"_s, Zone::Headline);
    addBlock(u"Foreign Minister Lena Berg met officials in Cairo in late January. She left."_s, Zone::Body);
    const QList<Timex> timexes{timexFor(u"late January"_s, u"2024-01"_s, TimexType::Date, u"END"_s)};
    const QList<Event> events = buildEvents(m_doc, m_sentences, timexes);
    QCOMPARE(events.size(), 1);
    const Event &e = events.first();
    QCOMPARE(e.documentId, u"d7"_s);
    QCOMPARE(e.timexText, u"late January"_s);
    QCOMPARE(e.granularity, Granularity::Month);
    QCOMPARE(e.earliest, QDate(2024, 1, 21));
    QCOMPARE(e.latest, QDate(2024, 1, 31));
    QCOMPARE(e.zone, Zone::Body);
    QCOMPARE(e.sentenceText, u"Foreign Minister Lena Berg met officials in Cairo in late January."_s);
    QCOMPARE(m_doc.text.mid(e.sentence.start, e.sentence.length()), e.sentenceText);
    QCOMPARE(e.summary, u"Foreign Minister Lena Berg met officials in Cairo in late January"_s);
    QCOMPARE(e.actors, (QStringList{u"Lena Berg"_s, u"Egypt"_s}));
    QCOMPARE(e.timex.mod, u"END"_s);
}

void TestEventBuilder::skipsNonCalendarValuesAndDurations() {
    addBlock(
        u"Now the war is in its fifth month. Every Monday aid arrives. Talks lasted six weeks. It began on Oct. 7."_s,
        Zone::Body);
    const QList<Timex> timexes{
        timexFor(u"Now"_s, u"PRESENT_REF"_s), timexFor(u"Every Monday"_s, u"XXXX-WXX-1"_s, TimexType::Set),
        timexFor(u"six weeks"_s, u"P6W"_s, TimexType::Duration), timexFor(u"Oct. 7"_s, u"XXXX-10-07"_s)};
    QVERIFY(buildEvents(m_doc, m_sentences, timexes).isEmpty());
}

void TestEventBuilder::boilerplateAndDatelineNeedOption() {
    addBlock(u"5 May 2024, 13:39"_s, Zone::Dateline);
    addBlock(u"Read more: the summit of 12 March 2025 ended early."_s, Zone::Boilerplate);
    addBlock(u"The cabinet met on 5 May 2024."_s, Zone::Caption);
    const QList<Timex> timexes{timexFor(u"5 May 2024, 13:39"_s, u"2024-05-05T13:39"_s, TimexType::Time),
                               timexFor(u"12 March 2025"_s, u"2025-03-12"_s),
                               timexFor(u"5 May 2024"_s, u"2024-05-05"_s, TimexType::Date, {}, 20)};
    const QList<Event> plain = buildEvents(m_doc, m_sentences, timexes);
    QCOMPARE(plain.size(), 1);
    QCOMPARE(plain.first().zone, Zone::Caption);
    const QList<Event> all = buildEvents(m_doc, m_sentences, timexes, EventOptions{true});
    QCOMPARE(all.size(), 3);
    QCOMPARE(all[0].zone, Zone::Dateline);
    QCOMPARE(all[0].granularity, Granularity::Time);
    QCOMPARE(all[1].zone, Zone::Boilerplate);
}

void TestEventBuilder::restatedCaptionGivesOneEvent() {
    addBlock(u"The envoy arrived on Tuesday."_s, Zone::Caption);
    addBlock(u"The envoy arrived on Tuesday."_s, Zone::Body);
    const QList<Timex> timexes{timexFor(u"Tuesday"_s, u"2024-02-06"_s),
                               timexFor(u"Tuesday"_s, u"2024-02-06"_s, TimexType::Date, {}, 25)};
    QCOMPARE(timexes[0].span.start != timexes[1].span.start, true);
    QCOMPARE(buildEvents(m_doc, m_sentences, timexes).size(), 1);
}

void TestEventBuilder::surnamesExpandToFullNames() {
    addBlock(u"President Rosa Delgado spoke on Monday. Delgado left on Tuesday."_s, Zone::Body);
    const QList<Timex> timexes{timexFor(u"Monday"_s, u"2024-02-05"_s),
                               timexFor(u"Tuesday"_s, u"2024-02-06"_s)};
    const QList<Event> events = buildEvents(m_doc, m_sentences, timexes);
    QCOMPARE(events.size(), 2);
    QCOMPARE(events[0].actors, QStringList{u"Rosa Delgado"_s});
    QCOMPARE(events[1].actors, QStringList{u"Rosa Delgado"_s});
}

void TestEventBuilder::timexOutsideSentences() {
    addBlock(u"Meeting set for Friday"_s, Zone::Body);
    m_sentences.clear(); // the splitter found nothing: the block is the sentence
    const QList<Event> events = buildEvents(m_doc, m_sentences, {timexFor(u"Friday"_s, u"2024-02-09"_s)});
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().sentenceText, u"Meeting set for Friday"_s);
}

void TestEventBuilder::chronologyEntryDateIsALabel() {
    addBlock(u"Farmers in Duvania marched."_s, Zone::Body);
    addBlock(u"January 24 - Fighting between border patrols near the dam kills four people."_s, Zone::Body);
    addBlock(u"- August 20: Duvania leaves the 1994 treaty."_s, Zone::Body);
    addBlock(u"March 3 talks in Geneva - a first step - opened."_s, Zone::Body);
    const QList<Timex> timexes{timexFor(u"January 24"_s, u"2025-01-24"_s),
                               timexFor(u"August 20"_s, u"2018-08-20"_s), timexFor(u"1994"_s, u"1994"_s),
                               timexFor(u"March 3"_s, u"2025-03-03"_s)};
    const QList<Event> events = buildEvents(m_doc, m_sentences, timexes);
    QCOMPARE(events.size(), 4);
    // The entry's statement, without its date label; its opening word is a name only where the document
    // writes it as one elsewhere ("Duvania"), like any sentence's.
    QCOMPARE(events[0].summary, u"Fighting between border patrols near the dam kills four people"_s);
    QCOMPARE(events[0].actors, QStringList());
    QCOMPARE(events[1].summary, u"Duvania leaves the 1994 treaty"_s);
    QCOMPARE(events[2].summary, u"Duvania leaves the 1994 treaty"_s);
    QCOMPARE(events[1].actors, QStringList{u"Duvania"_s});
    // A date that opens a sentence without setting it off is part of the statement.
    QVERIFY2(events[3].summary.startsWith(u"March 3 talks"_s), qPrintable(events[3].summary));
    // A wire dateline is no part of the statement either.
    init();
    addBlock(u"GENEVA \u2014 Shortly before 18:00, a spokesperson said the sides had agreed."_s, Zone::Body);
    const QList<Event> dated = buildEvents(m_doc, m_sentences, {timexFor(u"18:00"_s, u"2025-03-19T18:00"_s)});
    QCOMPARE(dated.size(), 1);
    QCOMPARE(dated[0].summary, u"Shortly before 18:00, a spokesperson said the sides had agreed"_s);
    init();
    addBlock(u"GENEVA, March 18 (Reuters) - Envoys returned to Geneva on Tuesday."_s, Zone::Body);
    const QList<Event> wire = buildEvents(m_doc, m_sentences, {timexFor(u"March 18"_s, u"2025-03-18"_s)});
    QCOMPARE(wire.size(), 1);
    QCOMPARE(wire[0].summary, u"Envoys returned to Geneva on Tuesday"_s);
    QCOMPARE(events[0].sentenceText,
             u"January 24 - Fighting between border patrols near the dam kills four people."_s);
}

QTEST_APPLESS_MAIN(TestEventBuilder)
#include "tst_event_builder.moc"
