// findSentenceBreaks must find exactly the boundaries ICU's sentence BreakIterator finds: checked on chosen
// cases, on random strings over the characters every rule looks at, and on the seed articles.
#include "sentences/sentence_rules.h"

#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using annals::sentences::findSentenceBreaks;

namespace {

std::vector<qsizetype> icuBreaks(icu::BreakIterator &iterator, QStringView text) {
    std::vector<qsizetype> out;
    UErrorCode status = U_ZERO_ERROR;
    UText utext = UTEXT_INITIALIZER;
    utext_openUChars(&utext, reinterpret_cast<const UChar *>(text.utf16()), text.size(), &status);
    iterator.setText(&utext, status);
    for (int32_t b = iterator.next(); b != icu::BreakIterator::DONE && b < text.size(); b = iterator.next())
        out.push_back(b);
    utext_close(&utext);
    return out;
}

QString describe(const std::vector<qsizetype> &breaks) {
    QStringList parts;
    for (const qsizetype b : breaks)
        parts.append(QString::number(b));
    return parts.join(u' ');
}

} // namespace

class TestSentenceRules : public QObject {
    Q_OBJECT

    std::unique_ptr<icu::BreakIterator> m_icu;

    // Compares the rules with ICU on text; false (with a message) on the first disagreement.
    bool agrees(const QString &text, bool *handled = nullptr) {
        std::vector<qsizetype> mine;
        const bool ok = findSentenceBreaks(text, mine);
        if (handled)
            *handled = ok;
        if (!ok)
            return mine.empty();
        const std::vector<qsizetype> expected = icuBreaks(*m_icu, text);
        if (mine == expected)
            return true;
        qWarning("text %s: ICU [%s], rules [%s]", qPrintable(text), qPrintable(describe(expected)),
                 qPrintable(describe(mine)));
        return false;
    }

private slots:
    void initTestCase() {
        UErrorCode status = U_ZERO_ERROR;
        m_icu.reset(icu::BreakIterator::createSentenceInstance(icu::Locale::getEnglish(), status));
        QVERIFY(U_SUCCESS(status));
    }

    void matchesIcu_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("breaks");
        QTest::newRow("two sentences") << u"The strike ended. Ferries sailed."_s << u"18"_s;
        QTest::newRow("no terminator") << u"Harbour strike ends"_s << QString();
        QTest::newRow("decimal (rule 6)") << u"Wages rose 3.5 percent. Prices too."_s << u"24"_s;
        QTest::newRow("initials (rule 7)") << u"The U.S.A. team won."_s << QString();
        QTest::newRow("lower case next (rule 8)") << u"Mr. smith came. \"and then\" he left."_s << QString();
        QTest::newRow("comma next (rule 8a)") << u"Talks etc., were held. Then"_s << u"23"_s;
        QTest::newRow("closing quote (rule 9)") << u"\u201CWe won.\u201D The crowd cheered."_s << u"10"_s;
        QTest::newRow("question and exclamation") << u"Will it? No! Wait."_s << u"9 13"_s;
        QTest::newRow("line breaks (rules 3, 4)") << u"One\r\nTwo\nThree\rFour"_s << u"5 9 15"_s;
        QTest::newRow("terminator then newline (rule 11)") << u"End.\n\nNext"_s << u"5 6"_s;
        QTest::newRow("spaces then quote") << u"He left. 'No' she said."_s << u"9"_s;
        QTest::newRow("non-Latin terminator") << u"\u0627\u0644\u061F \u0646\u0639\u0645."_s << u"4"_s;
        QTest::newRow("ideographic full stop") << u"\u4F60\u597D\u3002\u4F60\u597D"_s << u"3"_s;
        QTest::newRow("no-break space") << u"Done.\u00A0Next one."_s << u"6"_s;
        // Other scripts' terminators and punctuation, as in real text (the port was compared with ICU on
        // gettext catalogs in 168 languages, see BENCHMARKS.md; these rows keep the claim tested).
        QTest::newRow("Arabic full stop") << u"ذهب الولد. جاء أبوه"_s << u"11"_s;
        QTest::newRow("Urdu full stop") << u"وہ آیا۔ ہم گئے"_s << u"8"_s;
        QTest::newRow("Hebrew") << u"הוא הלך. היא באה."_s << u"9"_s;
        QTest::newRow("Hebrew, number after a stop") << u"ראה עמ. 5 שם"_s << u"8"_s;
        QTest::newRow("Hebrew, decimal and gershayim") << u"כמו ב־3.5 ש\"ח. אחר כך"_s << u"15"_s;
        QTest::newRow("Devanagari danda, double danda") << u"कमल जल पर। घर पर कमल॥ जल"_s << u"11 22"_s;
        QTest::newRow("Chinese, no spaces") << u"你好！我很好？是的。再见"_s << u"3 7 10"_s;
        QTest::newRow("Chinese, corner brackets close") << u"他说：「好。」然后走了。"_s << u"7"_s;
        QTest::newRow("Japanese, full-width and half-width stops")
            << u"これは本です\uFF0Eあれも\uFF61それも"_s << u"7 11"_s;
        QTest::newRow("Korean") << u"안녕하세요. 반갑습니다!"_s << u"7"_s;
        QTest::newRow("Greek, semicolon question mark is no terminator")
            << u"Τι έγινε; Τίποτα. Ο κ. Νίκος ήρθε"_s << u"18 23"_s;
        QTest::newRow("Greek question mark U+037E") << u"Τι έγινε\u037E Τίποτα"_s << QString();
        QTest::newRow("Armenian full stop") << u"Նա եկավ։ Մենք գնացինք։"_s << u"9"_s;
        QTest::newRow("Ethiopic full stop, question mark") << u"ሰላም ነው። እንዴት ነህ፧ ደህና"_s << u"8 17"_s;
        QTest::newRow("Myanmar section mark, consonants only") << u"ကခ။ ဂဃ"_s << u"4"_s;
        QTest::newRow("Tibetan shad is no terminator") << u"ཀ་ཁ། ག་ང།"_s << QString();
        QTest::newRow("Thai, space between sentences") << u"แมวนอน ปลาลอย"_s << QString();
        QTest::newRow("Cyrillic") << u"Он пришёл. Она ушла! Почему? Не знаю"_s << u"11 21 29"_s;
        QTest::newRow("Cyrillic abbreviations, lower case next") << u"и т. д. и т. п. Конец"_s << u"16"_s;
        QTest::newRow("Cyrillic initials") << u"Поэт А. С. Пушкин"_s << u"8 11"_s;
        QTest::newRow("ellipsis character is no terminator")
            << u"Wait\u2026 Then she left... And then"_s << u"23"_s;
        QTest::newRow("guillemets close") << u"Il a dit «Non.» Puis il est parti"_s << u"16"_s;
        QTest::newRow("low-high quotes close") << u"Er sagte \u201EJa.\u201C Dann ging er"_s << u"15"_s;
        QTest::newRow("brackets") << u"(See above.) Next [one.] last"_s << u"13"_s;
        QTest::newRow("version number, e.g.") << u"Version 1.2.3. Released e.g. today"_s << u"15"_s;
    }

    void matchesIcu() {
        QFETCH(QString, text);
        QFETCH(QString, breaks);
        std::vector<qsizetype> mine;
        QVERIFY(findSentenceBreaks(text, mine));
        QCOMPARE(describe(mine), breaks);
        QCOMPARE(describe(icuBreaks(*m_icu, text)), breaks);
    }

    void leavesMarksAndSupplementaryCharactersToIcu_data() {
        QTest::addColumn<QString>("text");
        QTest::newRow("combining accent") << u"Cafe\u0301. Next."_s;
        QTest::newRow("soft hyphen") << u"Negoti\u00ADations. Next."_s;
        QTest::newRow("emoji") << u"Done \U0001F600. Next."_s;
        // Scripts whose vowel signs are combining marks: nearly all their text goes to ICU.
        QTest::newRow("Devanagari vowel sign") << u"वह घर गया। फिर"_s;
        QTest::newRow("Thai vowel above") << u"แมวกินปลา แมวนอน"_s;
        QTest::newRow("Arabic vowel marks") << u"كَتَبَ. ثم"_s;
        QTest::newRow("Hebrew points") << u"שָׁלוֹם. ואז"_s;
        QTest::newRow("Myanmar vowel sign") << u"မင်္ဂလာပါ။ ဟုတ်"_s;
        QTest::newRow("Tibetan subjoined letter") << u"བཀྲ་ཤིས། ང"_s;
    }

    void leavesMarksAndSupplementaryCharactersToIcu() {
        QFETCH(QString, text);
        std::vector<qsizetype> mine{7};
        QVERIFY(!findSentenceBreaks(text, mine));
        QCOMPARE(mine.size(), std::size_t(1)); // nothing appended
    }

    // Short random strings over letters, digits, every terminator, closing punctuation, spaces,
    // separators and continuation marks reach every rule in every order.
    void randomStringsMatchIcu() {
        const QString alphabet =
            u"aAbZ09 .  ..!?\"'()[],-:;\t\n\r#$%&*/\u2019\u201C\u201D\u2014\u2013\u2026\u00A0\u00E9\u00C9"
            "\u05D0\u061F\u3002\u2028\u0085\u2022x.Y"_s;
        QRandomGenerator rng(20261123);
        int handled = 0;
        for (int round = 0; round < 200000; ++round) {
            QString text;
            const int length = 1 + rng.bounded(24);
            for (int k = 0; k < length; ++k)
                text += alphabet[rng.bounded(int(alphabet.size()))];
            bool ok = false;
            QVERIFY(agrees(text, &ok));
            handled += ok ? 1 : 0;
        }
        QCOMPARE(handled, 200000);
    }

    // Longer plain-ASCII strings: the skip over ordinary characters reads sixteen at a time there, and a
    // terminator or line break must stop it in every position of such a group.
    void randomAsciiStringsMatchIcu() {
        const QString alphabet = u"aAbZ09 .  !?\"'()[],-:;\t\n\rxyzXY"_s;
        QRandomGenerator rng(20261124);
        for (int round = 0; round < 50000; ++round) {
            QString text;
            const int length = 1 + rng.bounded(64);
            for (int k = 0; k < length; ++k)
                text += alphabet[rng.bounded(int(alphabet.size()))];
            QVERIFY(agrees(text));
        }
    }

    void seedArticlesMatchIcu() {
        QDirIterator files(QStringLiteral(ANNALS_SHARED_DIR "/seeds"), QDir::Files);
        int read = 0;
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY(agrees(QString::fromUtf8(file.readAll())));
            ++read;
        }
        if (read == 0)
            QSKIP("no seed articles in " ANNALS_SHARED_DIR "/seeds");
    }
};

QTEST_GUILESS_MAIN(TestSentenceRules)
#include "tst_sentence_rules.moc"
