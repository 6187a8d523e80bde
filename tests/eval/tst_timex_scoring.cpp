// The TempEval-3 arithmetic, pinned on small cases worked out by hand.
#include "eval/timex_alignment.h"
#include "eval/timex_scores.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace annals;

namespace {

// "start-end TYPE value", e.g. "0-5 DATE 1998".
Timex timex(const QString &spec) {
    const QStringList parts = spec.split(u' ');
    const QStringList range = parts[0].split(u'-');
    Timex t;
    t.span = {range[0].toInt(), range[1].toInt()};
    const QString type = parts.value(1, u"DATE"_s);
    t.type = type == u"TIME"       ? TimexType::Time
             : type == u"DURATION" ? TimexType::Duration
             : type == u"SET"      ? TimexType::Set
                                   : TimexType::Date;
    t.value = parts.value(2);
    return t;
}

QList<Timex> timexes(const QStringList &specs) {
    QList<Timex> out;
    for (const QString &spec : specs)
        out.append(timex(spec));
    return out;
}

// Scores as whole per-mille numbers, so that the expected values can be written exactly.
QList<int> perMille(const TimexScores &s) {
    auto r = [](double x) { return int(std::lround(x * 1000.0)); };
    return {r(s.strict.precision), r(s.strict.recall), r(s.strict.f1),     r(s.relaxed.precision),
            r(s.relaxed.recall),   r(s.relaxed.f1),    r(s.valueAccuracy), r(s.valueF1),
            r(s.typeAccuracy),     r(s.typeF1)};
}

} // namespace

class TestTimexScoring : public QObject {
    Q_OBJECT

private slots:
    void scores_data() {
        QTest::addColumn<QStringList>("gold");
        QTest::addColumn<QStringList>("system");
        // gold, system, strict, relaxed, value correct, type correct
        QTest::addColumn<QList<int>>("counts");
        // strict P R F1, relaxed P R F1, value acc, value F1, type acc, type F1 (per mille)
        QTest::addColumn<QList<int>>("expected");

        QTest::newRow("perfect match")
            << QStringList{u"0-5 DATE 1998"_s, u"10-15 DURATION P1D"_s}
            << QStringList{u"0-5 DATE 1998"_s, u"10-15 DURATION P1D"_s} << QList<int>{2, 2, 2, 2, 2, 2}
            << QList<int>{1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000};
        // "the past week" against "past week": no strict match, one relaxed.
        QTest::newRow("partial overlap")
            << QStringList{u"0-13 DURATION P1W"_s} << QStringList{u"4-13 DURATION P1W"_s}
            << QList<int>{1, 1, 0, 1, 1, 1} << QList<int>{0, 0, 0, 1000, 1000, 1000, 1000, 1000, 1000, 1000};
        // P = 1/1, R = 1/2, F1 = 2 * 1 * 0.5 / 1.5 = 2/3.
        QTest::newRow("missing") << QStringList{u"0-5 DATE 1998"_s, u"10-15 DATE 1999"_s}
                                 << QStringList{u"0-5 DATE 1998"_s} << QList<int>{2, 1, 1, 1, 1, 1}
                                 << QList<int>{1000, 500, 667, 1000, 500, 667, 1000, 667, 1000, 667};
        QTest::newRow("spurious") << QStringList{u"0-5 DATE 1998"_s}
                                  << QStringList{u"0-5 DATE 1998"_s, u"20-25 DATE 2001"_s}
                                  << QList<int>{1, 2, 1, 1, 1, 1}
                                  << QList<int>{500, 1000, 667, 500, 1000, 667, 1000, 667, 1000, 667};
        // Spans perfect, one value of two wrong: value F1 = 1 x 1/2.
        QTest::newRow("wrong value") << QStringList{u"0-6 DATE 1998-01-04"_s, u"10-14 DATE 1997"_s}
                                     << QStringList{u"0-6 DATE 1998-01-11"_s, u"10-14 DATE 1997"_s}
                                     << QList<int>{2, 2, 2, 2, 1, 2}
                                     << QList<int>{1000, 1000, 1000, 1000, 1000, 1000, 500, 500, 1000, 1000};
        // "last week" as a DURATION where the gold says DATE.
        QTest::newRow("wrong type") << QStringList{u"0-9 DATE 1998-W01"_s, u"20-25 DATE 1998"_s}
                                    << QStringList{u"0-9 DURATION 1998-W01"_s, u"20-25 DATE 1998"_s}
                                    << QList<int>{2, 2, 2, 2, 2, 1}
                                    << QList<int>{1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 500, 500};
        // Two system pieces inside one gold span: only one may pair with it, the other is spurious.
        // Relaxed P = 1/2, R = 1/1, F1 = 2/3.
        QTest::newRow("one-to-one: two system in one gold")
            << QStringList{u"0-10 DATE 1998-01"_s} << QStringList{u"0-4 DATE 1998-01"_s, u"6-10 DATE 1998"_s}
            << QList<int>{1, 2, 0, 1, 1, 1} << QList<int>{0, 0, 0, 500, 1000, 667, 1000, 667, 1000, 667};
        // One system span covering two gold ones pairs with one of them only.
        QTest::newRow("one-to-one: one system over two gold")
            << QStringList{u"0-4 DATE 1998"_s, u"6-10 DATE 1999"_s} << QStringList{u"0-10 DATE 1998"_s}
            << QList<int>{2, 1, 0, 1, 1, 1} << QList<int>{0, 0, 0, 1000, 500, 667, 1000, 667, 1000, 667};
        // Gold A = 0-10, B = 8-20; system X = 5-9 overlaps both, Y = 0-3 only A. Pairing A with X (the larger
        // overlap) would leave B alone; the best one-to-one pairing is A-Y, B-X: two relaxed matches.
        QTest::newRow("one-to-one: most pairs")
            << QStringList{u"0-10 DATE a"_s, u"8-20 DATE b"_s}
            << QStringList{u"5-9 DATE b"_s, u"0-3 DATE a"_s} << QList<int>{2, 2, 0, 2, 2, 2}
            << QList<int>{0, 0, 0, 1000, 1000, 1000, 1000, 1000, 1000, 1000};
        // An identical span wins over an overlapping one listed earlier.
        QTest::newRow("strict pair preferred")
            << QStringList{u"0-10 DATE x"_s} << QStringList{u"0-5 DATE y"_s, u"0-10 DATE x"_s}
            << QList<int>{1, 2, 1, 1, 1, 1}
            << QList<int>{500, 1000, 667, 500, 1000, 667, 1000, 667, 1000, 667};
        // Spans that only touch do not overlap.
        QTest::newRow("touching is no overlap")
            << QStringList{u"0-5 DATE a"_s} << QStringList{u"5-10 DATE a"_s} << QList<int>{1, 1, 0, 0, 0, 0}
            << QList<int>{0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        // Strict 1 of 3: P = R = F1 = 1/3; relaxed 2 of 3: 2/3; values right in 1 of the 2 relaxed pairs:
        // accuracy 1/2, value F1 = 2/3 x 1/2 = 1/3; types right in both: type F1 = 2/3.
        QTest::newRow("mixed") << QStringList{u"0-5 DATE 1998"_s, u"10-20 DATE 1998-02"_s,
                                              u"30-35 DURATION P1W"_s}
                               << QStringList{u"0-5 DATE 1998"_s, u"12-20 DATE 1998-03"_s,
                                              u"40-45 DATE 2000"_s}
                               << QList<int>{3, 3, 1, 2, 1, 2}
                               << QList<int>{333, 333, 333, 667, 667, 667, 500, 333, 1000, 667};
        QTest::newRow("nothing found")
            << QStringList{u"0-5 DATE 1998"_s, u"9-12 TIME T10:00"_s} << QStringList{}
            << QList<int>{2, 0, 0, 0, 0, 0} << QList<int>{0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        QTest::newRow("empty document") << QStringList{} << QStringList{} << QList<int>{0, 0, 0, 0, 0, 0}
                                        << QList<int>{0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
    }
    void scores() {
        QFETCH(QStringList, gold);
        QFETCH(QStringList, system);
        QFETCH(QList<int>, counts);
        QFETCH(QList<int>, expected);
        const TimexAlignment alignment = alignTimexes(timexes(gold), timexes(system));
        const TimexCounts &c = alignment.counts;
        QCOMPARE((QList<int>{int(c.gold), int(c.system), int(c.strict), int(c.relaxed), int(c.valueCorrect),
                             int(c.typeCorrect)}),
                 counts);
        QCOMPARE(perMille(timexScores(c)), expected);

        // Every timex is accounted for exactly once.
        QCOMPARE(alignment.matches.size() + alignment.missed.size(), gold.size());
        QCOMPARE(alignment.matches.size() + alignment.spurious.size(), system.size());
        QList<bool> systemUsed(system.size(), false);
        for (const TimexMatch &m : alignment.matches) {
            QVERIFY(!systemUsed[m.system]);
            systemUsed[m.system] = true;
        }
    }

    void whichPairs() {
        const TimexAlignment a =
            alignTimexes(timexes({u"0-10 DATE a"_s, u"8-20 DATE b"_s, u"30-32 DATE c"_s}),
                         timexes({u"5-9 DATE b"_s, u"0-3 DATE a"_s, u"40-44 DATE d"_s}));
        QCOMPARE(a.matches.size(), 2);
        QCOMPARE(a.matches[0].gold, 0);
        QCOMPARE(a.matches[0].system, 1);
        QCOMPARE(a.matches[1].gold, 1);
        QCOMPARE(a.matches[1].system, 0);
        QCOMPARE(a.missed, QList<qsizetype>{2});
        QCOMPARE(a.spurious, QList<qsizetype>{2});
    }

    // Counts are summed over documents before dividing (micro-average): a document with 2 of 2 found and one
    // with 0 of 2 give recall 2/4, precision 2/2, F1 2/3 (a per-document average would say 1/2).
    void microAverage() {
        TimexCounts total;
        total += alignTimexes(timexes({u"0-4 DATE a"_s, u"5-9 DATE b"_s}),
                              timexes({u"0-4 DATE a"_s, u"5-9 DATE b"_s}))
                     .counts;
        total += alignTimexes(timexes({u"0-4 DATE a"_s, u"5-9 DATE b"_s}), {}).counts;
        QCOMPARE(total.gold, 4);
        QCOMPARE(total.system, 2);
        QCOMPARE(total.strict, 2);
        QCOMPARE(perMille(timexScores(total)),
                 (QList<int>{1000, 500, 667, 1000, 500, 667, 1000, 667, 1000, 667}));
    }

    // Value F1 is relaxed F1 times value accuracy, which is also correct values over system and over gold.
    void valueF1Identity() {
        TimexCounts c;
        c.gold = 37;
        c.system = 41;
        c.strict = 25;
        c.relaxed = 33;
        c.valueCorrect = 28;
        c.typeCorrect = 31;
        const TimexScores s = timexScores(c);
        const double p = 28.0 / 41.0;
        const double r = 28.0 / 37.0;
        QVERIFY(qAbs(s.valueF1 - 2 * p * r / (p + r)) < 1e-12);
        QVERIFY(qAbs(s.relaxed.f1 - 66.0 / 78.0) < 1e-12);
    }
};

QTEST_GUILESS_MAIN(TestTimexScoring)
#include "tst_timex_scoring.moc"
