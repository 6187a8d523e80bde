// Explicit dates in French, German, Spanish, Italian, Portuguese, Dutch, Russian, Ukrainian, Polish, Turkish
// and Arabic, read with ICU's month names, and the numeric dates of Chinese, Japanese and Korean (relative
// expressions in those languages are not covered).
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
    void notDates_data();
    void notDates();
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
    QTest::newRow("italian") << u"Il vertice si è tenuto il 7 febbraio 2024 a Roma."_s << u"7 febbraio 2024"_s
                             << u"2024-02-07"_s;
    QTest::newRow("portuguese") << u"A cimeira realizou-se a 7 de fevereiro de 2024 em Lisboa."_s
                                << u"7 de fevereiro de 2024"_s << u"2024-02-07"_s;
    QTest::newRow("portuguese abbreviation with year")
        << u"Publicado em 9 out. 2023, às 10h."_s << u"9 out. 2023"_s << u"2023-10-09"_s;
    QTest::newRow("dutch") << u"De top vond plaats op 7 februari 2024 in Den Haag."_s << u"7 februari 2024"_s
                           << u"2024-02-07"_s;
    QTest::newRow("russian genitive") << u"Переговоры возобновились 7 февраля 2024 года в Каире."_s
                                      << u"7 февраля 2024"_s << u"2024-02-07"_s;
    QTest::newRow("russian without year")
        << u"Переговоры возобновились 12 января."_s << u"12 января"_s << u"2024-01-12"_s;
    QTest::newRow("spanish without year")
        << u"La delegación llegó el 12 de enero."_s << u"12 de enero"_s << u"2024-01-12"_s;
    QTest::newRow("german without year")
        << u"Die Delegation kam am 12. Januar an."_s << u"12. Januar"_s << u"2024-01-12"_s;
    QTest::newRow("ukrainian") << u"Делегація прибула 3 березня 2023 року."_s << u"3 березня 2023"_s
                               << u"2023-03-03"_s;
    QTest::newRow("polish genitive") << u"Rozmowy wznowiono 7 lutego 2024 r. w Kairze."_s
                                     << u"7 lutego 2024"_s << u"2024-02-07"_s;
    QTest::newRow("turkish") << u"Görüşmeler 7 Şubat 2024 tarihinde yeniden başladı."_s << u"7 Şubat 2024"_s
                             << u"2024-02-07"_s;
    QTest::newRow("chinese") << u"谈判于2024年2月7日在开罗恢复。"_s << u"2024年2月7日"_s << u"2024-02-07"_s;
    QTest::newRow("chinese month") << u"谈判于2023年11月恢复。"_s << u"2023年11月"_s << u"2023-11"_s;
    QTest::newRow("chinese without year") << u"代表团于1月12日抵达。"_s << u"1月12日"_s << u"2024-01-12"_s;
    QTest::newRow("japanese") << u"交渉は2024年2月7日にカイロで再開された。"_s << u"2024年2月7日"_s
                              << u"2024-02-07"_s;
    QTest::newRow("korean") << u"협상은 2024년 2월 7일 카이로에서 재개됐다."_s << u"2024년 2월 7일"_s
                            << u"2024-02-07"_s;
}

// Words of other languages that look like a day and a month but are not dates in English text.
void TestTimexLanguages::notDates_data() {
    QTest::addColumn<QString>("sentence");
    QTest::newRow("out of") << u"Seven voters said 7 out of 10 were undecided."_s;
    QTest::newRow("set of") << u"The band played 3 set pieces."_s;
    QTest::newRow("day character alone") << u"会议持续了7日。"_s;
}

void TestTimexLanguages::notDates() {
    QFETCH(QString, sentence);
    const QList<Timex> found = m_tagger.tag(sentence, QDate(2024, 3, 1));
    for (const Timex &t : found)
        QVERIFY2(t.value.size() < 7,
                 qPrintable(sentence.mid(t.span.start, t.span.length()) + u'=' + t.value));
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
    QTest::newRow("chinese february 30") << u"2024年2月30日没有这一天。"_s;
    QTest::newRow("russian april 31") << u"31 апреля 2023 года ничего не было."_s;
    QTest::newRow("numeric dotted february 30") << u"Am 30.02.2024 war nichts."_s;
}

void TestTimexLanguages::impossibleDates() {
    QFETCH(QString, sentence);
    const QList<Timex> found = m_tagger.tag(sentence, QDate(2024, 3, 1));
    for (const Timex &t : found)
        QVERIFY2(t.value.size() <= 4, qPrintable(t.value)); // at most the bare year, never a rolled-over day
}

QTEST_APPLESS_MAIN(TestTimexLanguages)
#include "tst_timex_languages.moc"
