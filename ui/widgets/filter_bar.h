#pragma once

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QToolButton;

namespace annals::ui {

class EventFilterProxyModel;
class Workspace;

// Free text, actor, source, date range, zone and granularity filters over the events. The actor and
// source lists follow the workspace.
class FilterBar : public QWidget {
    Q_OBJECT
public:
    FilterBar(const Workspace *workspace, EventFilterProxyModel *proxy, QWidget *parent = nullptr);

    QLineEdit *textEdit() const { return m_text; }
    QComboBox *actorCombo() const { return m_actor; }
    QComboBox *sourceCombo() const { return m_source; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QComboBox *zoneCombo() const { return m_zone; }
    QComboBox *granularityCombo() const { return m_granularity; }

public slots:
    void clear();
    void focusText();

private:
    void refreshChoices();
    void apply();

    const Workspace *m_workspace;
    EventFilterProxyModel *m_proxy;
    QLineEdit *m_text;
    QComboBox *m_actor;
    QComboBox *m_source;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_zone;
    QComboBox *m_granularity;
    QToolButton *m_clear;
    bool m_refreshing = false;
};

} // namespace annals::ui
