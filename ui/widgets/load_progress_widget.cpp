#include "load_progress_widget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace annals::ui {

LoadProgressWidget::LoadProgressWidget(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QToolButton(this)) {
    m_bar->setMaximumWidth(220);
    m_bar->setTextVisible(true);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop loading; what is loaded so far is kept"));
    connect(m_cancel, &QToolButton::clicked, this, &LoadProgressWidget::cancelRequested);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    hide();
}

void LoadProgressWidget::begin() {
    m_label->setText(tr("Loading…"));
    m_bar->setRange(0, 0); // busy until the number of files is known
    m_cancel->setEnabled(true);
    show();
}

void LoadProgressWidget::setProgress(const QString &phase, qsizetype done, qsizetype total) {
    m_label->setText(phase);
    m_bar->setRange(0, int(std::max<qsizetype>(total, 1)));
    m_bar->setValue(int(done));
    m_bar->setFormat(QStringLiteral("%v / %m"));
}

void LoadProgressWidget::end() {
    hide();
}

} // namespace annals::ui
