#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace annals::ui {

// The status bar's progress while loading: what is being done, a bar, and a Cancel button.
class LoadProgressWidget : public QWidget {
    Q_OBJECT
public:
    explicit LoadProgressWidget(QWidget *parent = nullptr);

public slots:
    void begin();
    void setProgress(const QString &phase, qsizetype done, qsizetype total);
    void end();

signals:
    void cancelRequested();

private:
    QLabel *m_label;
    QProgressBar *m_bar;
    QToolButton *m_cancel;
};

} // namespace annals::ui
