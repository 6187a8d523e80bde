#pragma once

#include "model/text_span.h"

#include <QList>
#include <QPlainTextEdit>
#include <QString>

namespace annals {
struct ProcessedDocument;
}

namespace annals::ui {

// The selected article's plain text, read-only. Every time expression is tinted; expressions that anchor an
// event are clickable (clicking selects the event); the selected event's sentence is marked and scrolled to.
// Offsets in the text are the document's own (UTF-16), so spans from the pipeline apply unchanged.
class SourceView : public QPlainTextEdit {
    Q_OBJECT
public:
    // What each extra selection marks, in the order they are layered.
    enum class MarkKind { Sentence, Expression, EventExpression, SelectedExpression };
    struct Mark {
        TextSpan span;
        MarkKind kind;
        QString eventId; // empty for expressions that are no event (durations, sets...)
    };

    explicit SourceView(QWidget *parent = nullptr);

    void showDocument(const ProcessedDocument *processed); // nullptr: nothing
    QString documentId() const { return m_documentId; }
    void setSelectedEvent(const QString &eventId);
    QString selectedEventId() const { return m_selectedEvent; }

    QList<Mark> marks() const { return m_marks; } // what extraSelections() shows, for tests and tooltips
    QString eventAt(qsizetype position) const;    // the event whose expression covers a text position

signals:
    void eventClicked(const QString &eventId);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    struct Anchor {
        TextSpan timex;
        TextSpan sentence;
        QString eventId;
        QString tooltip;
    };
    void rebuildMarks();
    void applyMarks();
    void scrollToSelection();

    QString m_documentId;
    QList<TextSpan> m_expressions; // every timex of the document
    QList<Anchor> m_anchors;       // the timexes that are events
    QString m_selectedEvent;
    QList<Mark> m_marks;
};

} // namespace annals::ui
