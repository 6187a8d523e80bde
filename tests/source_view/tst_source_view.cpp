#include "sample_documents.h"
#include "ui/widgets/source_view.h"

#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>

using namespace annals;
using namespace annals::ui;
using namespace annals::testing;
using namespace Qt::StringLiterals;

namespace {

// The text each extra selection covers, with the kind of mark, as "kind:text".
QStringList highlighted(const SourceView &view) {
    QStringList marks;
    const QList<SourceView::Mark> kinds = view.marks();
    const QList<QTextEdit::ExtraSelection> selections = view.extraSelections();
    for (qsizetype i = 0; i < selections.size(); ++i)
        marks.append(QString::number(int(kinds[i].kind)) + u':' + selections[i].cursor.selectedText());
    return marks;
}

QPoint pointOf(SourceView &view, qsizetype position) {
    QTextCursor cursor(view.document());
    cursor.setPosition(int(position));
    return view.cursorRect(cursor).center() + QPoint(2, 0);
}

} // namespace

class TestSourceView : public QObject {
    Q_OBJECT
private slots:
    void highlightsEveryExpression() {
        SourceView view;
        ProcessedDocument talks = talksDocument();
        talks.document.id = u"d1"_s;
        for (qsizetype i = 0; i < talks.events.size(); ++i)
            talks.events[i].id = u"e"_s + QString::number(i + 1);
        view.showDocument(&talks);
        QCOMPARE(view.toPlainText(), talks.document.text);
        const QString event = QString::number(int(SourceView::MarkKind::EventExpression));
        const QString plain = QString::number(int(SourceView::MarkKind::Expression));
        QCOMPARE(highlighted(view), (QStringList{event + u":Sunday"_s, event + u":late January"_s,
                                                 event + u":next week"_s, plain + u":three hours"_s}));
        // The marks sit exactly at the pipeline's offsets.
        const QList<QTextEdit::ExtraSelection> selections = view.extraSelections();
        QCOMPARE(selections[0].cursor.selectionStart(), int(talks.events[0].timex.span.start));
        QCOMPARE(selections[0].cursor.selectionEnd(), int(talks.events[0].timex.span.end));
        QVERIFY(selections[0].format.background().style() != Qt::NoBrush);
    }

    void marksTheSelectedSentence_data() {
        QTest::addColumn<QString>("eventId");
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("expression");
        QTest::newRow("first") << u"e1"_s << u"Negotiators from Egypt and Qatar met on Sunday in Cairo."_s
                               << u"Sunday"_s;
        QTest::newRow("month") << u"e2"_s << u"The delegations had first met in late January."_s
                               << u"late January"_s;
        QTest::newRow("week") << u"e3"_s << u"A ceasefire could follow next week, officials said."_s
                              << u"next week"_s;
    }
    void marksTheSelectedSentence() {
        QFETCH(QString, eventId);
        QFETCH(QString, sentence);
        QFETCH(QString, expression);
        SourceView view;
        ProcessedDocument talks = talksDocument();
        for (qsizetype i = 0; i < talks.events.size(); ++i)
            talks.events[i].id = u"e"_s + QString::number(i + 1);
        view.showDocument(&talks);
        view.setSelectedEvent(eventId);
        const QStringList marks = highlighted(view);
        QCOMPARE(marks.first(), QString::number(int(SourceView::MarkKind::Sentence)) + u':' + sentence);
        QVERIFY(marks.contains(QString::number(int(SourceView::MarkKind::SelectedExpression)) + u':' +
                               expression));
        QCOMPARE(marks.count(), 5);
        const QTextEdit::ExtraSelection selected = view.extraSelections().at(marks.indexOf(
            QString::number(int(SourceView::MarkKind::SelectedExpression)) + u':' + expression));
        QCOMPARE(selected.format.background().color(), view.palette().color(QPalette::Highlight));
        QCOMPARE(view.textCursor().position(), int(talks.document.text.indexOf(sentence)));
    }

    void clickingAnExpressionSelectsItsEvent() {
        SourceView view;
        view.resize(600, 400);
        ProcessedDocument talks = talksDocument();
        for (qsizetype i = 0; i < talks.events.size(); ++i)
            talks.events[i].id = u"e"_s + QString::number(i + 1);
        view.showDocument(&talks);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy clicked(&view, &SourceView::eventClicked);
        const qsizetype lateJanuary = talks.document.text.indexOf(u"late January"_s) + 3;
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, pointOf(view, lateJanuary));
        QCOMPARE(clicked.size(), 1);
        QCOMPARE(clicked.first().first().toString(), u"e2"_s);
        QCOMPARE(view.selectedEventId(), u"e2"_s);
        // A click on a duration (no event) or on plain text selects nothing.
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {},
                          pointOf(view, talks.document.text.indexOf(u"three hours"_s) + 2));
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, pointOf(view, 3));
        QCOMPARE(clicked.size(), 1);
    }

    void surviveSpansOutsideTheText() {
        SourceView view;
        ProcessedDocument broken = talksDocument();
        broken.timexes.append({{5000, 5010}, TimexType::Date, u"2024"_s});
        view.showDocument(&broken);
        QCOMPARE(view.extraSelections().size(), 4);
        view.showDocument(nullptr);
        QVERIFY(view.toPlainText().isEmpty());
        QVERIFY(view.extraSelections().isEmpty());
    }
};

QTEST_MAIN(TestSourceView)
#include "tst_source_view.moc"
