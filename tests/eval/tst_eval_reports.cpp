// What `annals evaluate` prints: the aligned score table and the error-analysis list.
#include "eval/mismatch_report.h"
#include "eval/score_table.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace annals;

namespace {

Timex timexOver(const QString &text, const QString &words, TimexType type, const QString &value) {
    Timex t;
    t.span.start = text.indexOf(words);
    t.span.end = t.span.start + words.size();
    t.type = type;
    t.value = value;
    return t;
}

DirectoryEvaluation sampleEvaluation() {
    DocumentEvaluation doc;
    doc.name = u"sub/a.tml"_s;
    doc.text = u"\U0001F600 Talks on Sunday\tended; the past week was busy.\nNext year, again. Then 1999."_s;
    doc.gold = {timexOver(doc.text, u"Sunday"_s, TimexType::Date, u"1998-01-04"_s),
                timexOver(doc.text, u"the past week"_s, TimexType::Duration, u"P1W"_s),
                timexOver(doc.text, u"Next year"_s, TimexType::Date, u"1999"_s),
                timexOver(doc.text, u"1999"_s, TimexType::Date, u"1999"_s)};
    doc.system = {timexOver(doc.text, u"Sunday"_s, TimexType::Date, u"1998-01-11"_s),
                  timexOver(doc.text, u"past week"_s, TimexType::Date, u"P1W"_s),
                  timexOver(doc.text, u"Next year"_s, TimexType::Date, u"1999"_s),
                  timexOver(doc.text, u"again"_s, TimexType::Set, u"P1Y"_s)};
    doc.alignment = alignTimexes(doc.gold, doc.system);
    DirectoryEvaluation evaluation;
    evaluation.directory = u"gold"_s;
    evaluation.counts = doc.alignment.counts;
    evaluation.documents.append(doc);
    return evaluation;
}

} // namespace

class TestEvalReports : public QObject {
    Q_OBJECT

private slots:
    void mismatches_data() {
        QTest::addColumn<bool>("reportType");
        QTest::addColumn<QStringList>("kinds");
        QTest::newRow("with types") << true
                                    << QStringList{u"value"_s, u"span"_s, u"type"_s, u"spurious"_s,
                                                   u"missed"_s};
        QTest::newRow("ignoring types")
            << false << QStringList{u"value"_s, u"span"_s, u"spurious"_s, u"missed"_s};
    }
    void mismatches() {
        QFETCH(bool, reportType);
        QFETCH(QStringList, kinds);
        const QStringList lines =
            mismatchReport({sampleEvaluation()}, reportType).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), u"kind\tdocument\tstart\tend\tgold_text\tgold_type\tgold_value\tsystem_text\t"
                                u"system_type\tsystem_value\tcontext"_s);
        QStringList seen;
        for (const QString &line : lines.sliced(1)) {
            const QStringList fields = line.split(u'\t');
            QCOMPARE(fields.size(), 11);
            QCOMPARE(fields[1], u"sub/a.tml"_s);
            seen.append(fields[0]);
        }
        QCOMPARE(seen, kinds);

        // The wrong value on "Sunday": offsets in code points (the emoji before it counts once), both values,
        // and the sentence around it on one line.
        const QStringList value = lines[1].split(u'\t');
        QCOMPARE(value,
                 (QStringList{u"value"_s, u"sub/a.tml"_s, u"11"_s, u"17"_s, u"Sunday"_s, u"DATE"_s,
                              u"1998-01-04"_s, u"Sunday"_s, u"DATE"_s, u"1998-01-11"_s,
                              u"\U0001F600 Talks on Sunday ended; the past week was busy. Next yea"_s}));
        const QStringList span = lines[2].split(u'\t');
        QCOMPARE(span.mid(4, 6), (QStringList{u"the past week"_s, u"DURATION"_s, u"P1W"_s, u"past week"_s,
                                              u"DATE"_s, u"P1W"_s}));
        const QStringList spurious = lines.filter(u"spurious\t"_s).first().split(u'\t');
        QCOMPARE(spurious.mid(4, 6),
                 (QStringList{QString(), QString(), QString(), u"again"_s, u"SET"_s, u"P1Y"_s}));
        const QStringList missed = lines.filter(u"missed\t"_s).first().split(u'\t');
        QCOMPARE(missed.mid(4, 6),
                 (QStringList{u"1999"_s, u"DATE"_s, u"1999"_s, QString(), QString(), QString()}));
    }

    void perfectDocumentHasNoLines() {
        DocumentEvaluation doc;
        doc.name = u"ok.tml"_s;
        doc.text = u"In 1998."_s;
        doc.gold = {timexOver(doc.text, u"1998"_s, TimexType::Date, u"1998"_s)};
        doc.system = doc.gold;
        doc.alignment = alignTimexes(doc.gold, doc.system);
        DirectoryEvaluation evaluation;
        evaluation.documents.append(doc);
        QCOMPARE(mismatchReport({evaluation}, true).count(u'\n'), 1); // the header only
    }

    void table_data() {
        QTest::addColumn<bool>("showType");
        QTest::newRow("with type") << true;
        QTest::newRow("ignoring type") << false;
    }
    void table() {
        QFETCH(bool, showType);
        // sampleEvaluation: gold 4, system 4, strict 2, relaxed 3, values right 2, types right 2.
        const DirectoryEvaluation evaluation = sampleEvaluation();
        QCOMPARE(evaluation.counts, (TimexCounts{4, 4, 2, 3, 2, 2}));
        TimexCounts wider = evaluation.counts;
        wider += TimexCounts{1000, 0, 0, 0, 0, 0};
        const QString table =
            formatScoreTable({{u"gold"_s, 1, evaluation.counts}, {u"overall"_s, 12, wider}}, showType);
        const QStringList lines = table.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        // Columns line up: every line has the same length and the columns end at the same places.
        QCOMPARE(lines[1].size(), lines[0].size());
        QCOMPARE(lines[2].size(), lines[0].size());
        QCOMPARE(lines[0].simplified(),
                 u"corpus docs gold system strict P strict R strict F1 relaxed P relaxed R "
                 u"relaxed F1 value acc value F1 type F1"_s);
        // strict 2/4 = 50.0, relaxed 3/4 = 75.0, value acc 2/3 = 66.7, value F1 0.75 x 2/3 = 50.0, type
        // F1 50.0
        QCOMPARE(lines[1].simplified(),
                 u"gold 1 4 4 50.0 50.0 50.0 75.0 75.0 75.0 66.7 50.0 "_s + (showType ? u"50.0"_s : u"-"_s));
        QVERIFY(lines[0].endsWith(u"type F1"_s));
        QVERIFY(lines[1].endsWith(showType ? u"50.0"_s : u"-"_s));
        // overall: gold 1004, system 4: recall 0.3%, precision 75%, F1 = 2 x .75 x .002988 / .752988 = 0.6%.
        QVERIFY2(lines[2].simplified().startsWith(u"overall 12 1004 4 50.0 0.2 0.4 75.0 0.3 0.6"_s),
                 qPrintable(lines[2]));
    }
};

QTEST_GUILESS_MAIN(TestEvalReports)
#include "tst_eval_reports.moc"
