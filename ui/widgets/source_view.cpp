#include "source_view.h"

#include "pipeline/pipeline.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace annals::ui {

namespace {

// A tint of the palette's highlight colour, so marks read in light and dark themes alike.
QColor tint(const QPalette &palette, int alpha) {
    QColor color = palette.color(QPalette::Highlight);
    color.setAlpha(alpha);
    return color;
}

QTextCharFormat formatFor(SourceView::MarkKind kind, const QPalette &palette) {
    QTextCharFormat format;
    switch (kind) {
    case SourceView::MarkKind::Sentence:
        format.setBackground(tint(palette, 45));
        format.setProperty(QTextFormat::FullWidthSelection, false);
        break;
    case SourceView::MarkKind::Expression:
        // Expressions that are no event (durations, sets, undated): marked, but quieter.
        format.setUnderlineStyle(QTextCharFormat::DotLine);
        format.setUnderlineColor(palette.color(QPalette::Highlight));
        break;
    case SourceView::MarkKind::EventExpression:
        format.setBackground(tint(palette, 90));
        format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        format.setUnderlineColor(palette.color(QPalette::Highlight));
        break;
    case SourceView::MarkKind::SelectedExpression:
        format.setBackground(palette.color(QPalette::Highlight));
        format.setForeground(palette.color(QPalette::HighlightedText));
        break;
    }
    return format;
}

} // namespace

SourceView::SourceView(QWidget *parent)
    : QPlainTextEdit(parent) {
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setMouseTracking(true);
    setPlaceholderText(tr("Select an event or a source to read its article here."));
    document()->setDocumentMargin(12);
}

void SourceView::showDocument(const ProcessedDocument *processed) {
    m_expressions.clear();
    m_anchors.clear();
    m_selectedEvent.clear();
    if (!processed) {
        m_documentId.clear();
        setPlainText({});
        rebuildMarks();
        return;
    }
    m_documentId = processed->document.id;
    // A carriage return would start a new block and shift every later offset, so it is shown as a space.
    QString text = processed->document.text;
    text.replace(u'\r', u' ');
    setPlainText(text);
    for (const Timex &timex : processed->timexes)
        m_expressions.append(timex.span);
    for (const Event &event : processed->events) {
        m_anchors.append(
            {event.timex.span, event.sentence, event.id,
             event.timexText + u" → "_s + event.date + u" ("_s + granularityName(event.granularity) + u')'});
        if (!m_expressions.contains(event.timex.span))
            m_expressions.append(event.timex.span);
    }
    rebuildMarks();
}

void SourceView::setSelectedEvent(const QString &eventId) {
    const bool known = std::any_of(m_anchors.cbegin(), m_anchors.cend(),
                                   [&eventId](const Anchor &a) { return a.eventId == eventId; });
    const QString selected = known ? eventId : QString();
    if (selected == m_selectedEvent)
        return;
    m_selectedEvent = selected;
    rebuildMarks();
    scrollToSelection();
}

QString SourceView::eventAt(qsizetype position) const {
    for (const Anchor &anchor : m_anchors) {
        if (anchor.timex.contains(position))
            return anchor.eventId;
    }
    return {};
}

void SourceView::rebuildMarks() {
    m_marks.clear();
    for (const Anchor &anchor : m_anchors) {
        if (!m_selectedEvent.isEmpty() && anchor.eventId == m_selectedEvent)
            m_marks.append({anchor.sentence, MarkKind::Sentence, anchor.eventId});
    }
    for (const TextSpan &span : m_expressions) {
        const auto anchor = std::find_if(m_anchors.cbegin(), m_anchors.cend(),
                                         [&span](const Anchor &a) { return a.timex == span; });
        if (anchor == m_anchors.cend())
            m_marks.append({span, MarkKind::Expression, {}});
        else
            m_marks.append({span,
                            !m_selectedEvent.isEmpty() && anchor->eventId == m_selectedEvent
                                ? MarkKind::SelectedExpression
                                : MarkKind::EventExpression,
                            anchor->eventId});
    }
    applyMarks();
}

void SourceView::applyMarks() {
    QList<QTextEdit::ExtraSelection> selections;
    const qsizetype length = document()->characterCount() - 1;
    for (const Mark &mark : m_marks) {
        if (mark.span.isEmpty() || mark.span.start < 0 || mark.span.end > length)
            continue; // a span outside the text is a pipeline bug; never let it crash the view
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(document());
        selection.cursor.setPosition(int(mark.span.start));
        selection.cursor.setPosition(int(mark.span.end), QTextCursor::KeepAnchor);
        selection.format = formatFor(mark.kind, palette());
        selections.append(selection);
    }
    setExtraSelections(selections);
}

void SourceView::scrollToSelection() {
    const auto anchor = std::find_if(m_anchors.cbegin(), m_anchors.cend(),
                                     [this](const Anchor &a) { return a.eventId == m_selectedEvent; });
    if (anchor == m_anchors.cend())
        return;
    QTextCursor cursor(document());
    cursor.setPosition(int(std::min<qsizetype>(anchor->sentence.end, document()->characterCount() - 1)));
    setTextCursor(cursor);
    cursor.setPosition(int(std::min<qsizetype>(anchor->sentence.start, document()->characterCount() - 1)));
    setTextCursor(cursor); // ensures the start is visible after the end was, so the sentence is in view
    centerCursor();
}

void SourceView::mouseReleaseEvent(QMouseEvent *event) {
    QPlainTextEdit::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || textCursor().hasSelection())
        return; // a drag selects text to copy; only a plain click picks an event
    const QString eventId = eventAt(cursorForPosition(event->position().toPoint()).position());
    if (!eventId.isEmpty()) {
        setSelectedEvent(eventId);
        emit eventClicked(eventId);
    }
}

void SourceView::mouseMoveEvent(QMouseEvent *event) {
    QPlainTextEdit::mouseMoveEvent(event);
    const bool overEvent = !eventAt(cursorForPosition(event->position().toPoint()).position()).isEmpty();
    viewport()->setCursor(overEvent ? Qt::PointingHandCursor : Qt::IBeamCursor);
}

bool SourceView::viewportEvent(QEvent *event) {
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const qsizetype position = cursorForPosition(help->pos()).position();
        for (const Anchor &anchor : m_anchors) {
            if (anchor.timex.contains(position)) {
                QToolTip::showText(help->globalPos(),
                                   anchor.tooltip + u"\n"_s + tr("Click to select this event"), viewport());
                return true;
            }
        }
        QToolTip::hideText();
        return true;
    }
    return QPlainTextEdit::viewportEvent(event);
}

void SourceView::changeEvent(QEvent *event) {
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyMarks(); // the tints derive from the palette
}

} // namespace annals::ui
