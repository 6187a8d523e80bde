// Explicit dates in French, German, Spanish and Arabic, read with ICU's month names (relative expressions
// in those languages are not covered).
#include "timex/temporal_tagger.h"

#include <QTest>

using namespace Qt::StringLiterals;
using annals::TemporalTagger;
using annals::Timex;

class TestTimexLanguages : public QObject {
    Q_OBJECT

private slots:
    void explicitDates_data();
    void explicitDates();
    void impossibleDates_data();
    void impossibleDates();

private:
    TemporalTagger m_tagger;
};

void TestTimexLanguages::explicitDates_data() {
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("span");
    QTest::addColumn<QString>("value");

    QTest::newRow("french") << u"Les négociations ont repris le 7 février 2024 au Caire."_s
                            << u"7 février 2024"_s << u"2024-02-07"_s;
    QTest::newRow("french capitalized")
        << u"Le Caire, 12 Mars 2023 : reprise."_s << u"12 Mars 2023"_s << u"2023-03-12"_s;
    QTest::newRow("french abbreviation")
        << u"Publié le 3 janv. 2024 à Paris."_s << u"3 janv. 2024"_s << u"2024-01-03"_s;
    QTest::newRow("french august") << u"Arrivé le 15 août 2022 à Lyon."_s << u"15 août 2022"_s
                                   << u"2022-08-15"_s;
    QTest::newRow("german") << u"Die Gespräche begannen am 7. Februar 2024 in Kairo."_s
                            << u"7. Februar 2024"_s << u"2024-02-07"_s;
    QTest::newRow("german umlaut") << u"Am 3. März 2023 wurde verhandelt."_s << u"3. März 2023"_s
                                   << u"2023-03-03"_s;
    QTest::newRow("german december") << u"Seit dem 24. Dezember 2021 ist Ruhe."_s << u"24. Dezember 2021"_s
                                     << u"2021-12-24"_s;
    QTest::newRow("spanish") << u"Las conversaciones se reanudaron el 7 de febrero de 2024 en El Cairo."_s
                             << u"7 de febrero de 2024"_s << u"2024-02-07"_s;
    QTest::newRow("spanish september")
        << u"Ocurrió el 1 de septiembre de 2020."_s << u"1 de septiembre de 2020"_s << u"2020-09-01"_s;
    QTest::newRow("arabic indic digits")
        << u"وصل الوفد في ٧ فبراير ٢٠٢٤ إلى القاهرة"_s << u"٧ فبراير ٢٠٢٤"_s << u"2024-02-07"_s;
    QTest::newRow("arabic ascii digits")
        << u"وصل الوفد في 7 فبراير 2024 إلى القاهرة"_s << u"7 فبراير 2024"_s << u"2024-02-07"_s;
    QTest::newRow("arabic levantine month")
        << u"في ٣ شباط ٢٠٢٣ وصل الوفد"_s << u"٣ شباط ٢٠٢٣"_s << u"2023-02-03"_s;
    QTest::newRow("arabic extended digits")
        << u"في ۷ فبراير ۲۰۲۴ وصل"_s << u"۷ فبراير ۲۰۲۴"_s << u"2024-02-07"_s;
}

void TestTimexLanguages::explicitDates() {
    QFETCH(QString, sentence);
    QFETCH(QString, span);
    QFETCH(QString, value);
    const QList<Timex> found = m_tagger.tag(sentence, QDate(2024, 3, 1));
    QStringList got;
    for (const Timex &t : found) {
        const QString text = sentence.mid(t.span.start, t.span.length());
        got << text + u'=' + t.value;
        if (text == span) {
            QCOMPARE(t.value, value);
            QCOMPARE(t.type, annals::TimexType::Date);
            return;
        }
    }
    QFAIL(qPrintable(u"\""_s + span + u"\" not found; got "_s + got.join(u", "_s)));
}

void TestTimexLanguages::impossibleDates_data() {
    QTest::addColumn<QString>("sentence");
    QTest::newRow("french february 30") << u"Le 30 février 2024 n'existe pas."_s;
    QTest::newRow("german april 31") << u"Am 31. April 2023 war nichts."_s;
    QTest::newRow("spanish february 29 common year") << u"El 29 de febrero de 2023 no existe."_s;
}

void TestTimexLanguages::impossibleDates() {
    QFETCH(QString, sentence);
    const QList<Timex> found = m_tagger.tag(sentence, QDate(2024, 3, 1));
    for (const Timex &t : found)
        QVERIFY2(t.value.size() <= 4, qPrintable(t.value)); // at most the bare year, never a rolled-over day
}

QTEST_APPLESS_MAIN(TestTimexLanguages)
#include "tst_timex_languages.moc"
