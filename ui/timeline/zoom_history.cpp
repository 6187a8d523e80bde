#include "zoom_history.h"

#include "zoom_control.h"

#include <QAction>
#include <QKeySequence>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace annals::timeline {

namespace {
constexpr qsizetype maximumEntries = 100;
}

ZoomHistory::ZoomHistory(ZoomControl *zoom, QObject *parent)
    : QObject(parent)
    , m_zoom(zoom)
    , m_settle(new QTimer(this))
    , m_back(new QAction(tr("Previous Zoom"), this))
    , m_forward(new QAction(tr("Next Zoom"), this))
    , m_reset(new QAction(tr("Reset Zoom"), this)) {
    m_settle->setSingleShot(true);
    m_settle->setInterval(400);
    connect(m_settle, &QTimer::timeout, this, &ZoomHistory::recordNow);

    m_back->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_back->setToolTip(tr("Go back to the previous zoom level (Alt+Left)"));
    m_back->setIcon(QIcon::fromTheme(u"go-previous"_s));
    m_forward->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    m_forward->setToolTip(tr("Go forward to the next zoom level (Alt+Right)"));
    m_forward->setIcon(QIcon::fromTheme(u"go-next"_s));
    m_reset->setToolTip(tr("Show the whole timeline"));
    m_reset->setIcon(QIcon::fromTheme(u"zoom-original"_s));
    connect(m_back, &QAction::triggered, this, &ZoomHistory::back);
    connect(m_forward, &QAction::triggered, this, &ZoomHistory::forward);
    connect(m_reset, &QAction::triggered, this, &ZoomHistory::reset);

    connect(zoom, &ZoomControl::windowChanged, this, &ZoomHistory::onWindowChanged);
    m_entries.append({zoom->windowStart(), zoom->windowEnd()});
    m_index = 0;
    updateActions();
}

void ZoomHistory::setSettleInterval(int ms) {
    m_settle->setInterval(ms);
}

void ZoomHistory::onWindowChanged() {
    if (m_navigating)
        return;
    if (m_settle->interval() <= 0)
        recordNow();
    else
        m_settle->start();
}

void ZoomHistory::recordNow() {
    m_settle->stop();
    const Window current{m_zoom->windowStart(), m_zoom->windowEnd()};
    if (m_index >= 0 && m_entries.at(m_index) == current)
        return;
    m_entries.resize(m_index + 1); // a new window after going back drops the forward branch
    m_entries.append(current);
    if (m_entries.size() > maximumEntries)
        m_entries.removeFirst();
    m_index = m_entries.size() - 1;
    updateActions();
}

void ZoomHistory::clear() {
    m_settle->stop();
    m_entries = {{m_zoom->windowStart(), m_zoom->windowEnd()}};
    m_index = 0;
    updateActions();
}

void ZoomHistory::go(qsizetype index) {
    if (m_settle->isActive())
        recordNow(); // a window still settling is where "back" returns from
    if (index < 0 || index >= m_entries.size())
        return;
    m_index = index;
    m_navigating = true;
    m_zoom->setWindow(m_entries.at(index).first, m_entries.at(index).second);
    m_navigating = false;
    updateActions();
}

void ZoomHistory::back() {
    if (m_settle->isActive())
        recordNow();
    go(m_index - 1);
}

void ZoomHistory::forward() {
    go(m_index + 1);
}

void ZoomHistory::reset() {
    m_zoom->fitAll();
    recordNow();
}

void ZoomHistory::updateActions() {
    m_back->setEnabled(canGoBack());
    m_forward->setEnabled(canGoForward());
}

} // namespace annals::timeline
