#pragma once

#include <QList>
#include <QObject>
#include <QPair>

class QAction;
class QTimer;

namespace annals::timeline {

class ZoomControl;

// Back/forward through the windows a ZoomControl has shown, as QActions for a toolbar or menu.
// A window enters the history once it has been stable for settleMs (so a wheel gesture made of many small
// steps is one entry); reset fits everything in view.
class ZoomHistory : public QObject {
    Q_OBJECT
public:
    explicit ZoomHistory(ZoomControl *zoom, QObject *parent = nullptr);

    QAction *backAction() const { return m_back; }
    QAction *forwardAction() const { return m_forward; }
    QAction *resetAction() const { return m_reset; }

    bool canGoBack() const { return m_index > 0; }
    bool canGoForward() const { return m_index + 1 < m_entries.size(); }
    qsizetype size() const { return m_entries.size(); }

    void setSettleInterval(int ms); // 0 records every change at once (tests)

public slots:
    void back();
    void forward();
    void reset();
    void recordNow(); // records the current window immediately
    void clear();     // forgets everything but the current window

private:
    void onWindowChanged();
    void go(qsizetype index);
    void updateActions();

    using Window = QPair<qint64, qint64>;
    ZoomControl *m_zoom;
    QList<Window> m_entries;
    qsizetype m_index = -1;
    bool m_navigating = false;
    QTimer *m_settle;
    QAction *m_back;
    QAction *m_forward;
    QAction *m_reset;
};

} // namespace annals::timeline
