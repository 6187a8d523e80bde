// containsAnyUnit: a searched unit is found wherever it stands, in the eight-unit groups and in the tail.
#include "model/unit_search.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestUnitSearch : public QObject {
    Q_OBJECT
private slots:
    void findsAtEveryPosition_data();
    void findsAtEveryPosition();
    void absentUnitsAreNotFound();
};

void TestUnitSearch::findsAtEveryPosition_data() {
    QTest::addColumn<int>("length");
    QTest::addColumn<int>("position");
    for (int length : {1, 7, 8, 9, 16, 23}) {
        for (int position = 0; position < length; ++position)
            QTest::addRow("%d of %d", position, length) << length << position;
    }
}

void TestUnitSearch::findsAtEveryPosition() {
    QFETCH(int, length);
    QFETCH(int, position);
    QString text(length, u'a');
    text[position] = QChar(u'\u2014');
    QVERIFY((annals::containsAnyUnit<u'\u2013', u'\u2014'>(text)));
    text[position] = u'"';
    QVERIFY((annals::containsAnyUnit<u'"', u'\u201c'>(text)));
}

void TestUnitSearch::absentUnitsAreNotFound() {
    QVERIFY(!(annals::containsAnyUnit<u'\u2013', u'\u2014'>(QStringView())));
    // Units one off the searched ones, and a minus sign, are not dashes.
    const QString text = u"Talks - resumed \u2012 on \u2015 Monday \u2212 at noon, said the envoy."_s;
    QVERIFY(!(annals::containsAnyUnit<u'\u2013', u'\u2014'>(text)));
}

QTEST_APPLESS_MAIN(TestUnitSearch)
#include "tst_unit_search.moc"
