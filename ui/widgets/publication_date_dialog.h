#pragma once

#include <QDate>
#include <QDialog>

class QCalendarWidget;

namespace annals::ui {

// Asks for an article's publication date ("Set Publication Date…").
class PublicationDateDialog : public QDialog {
    Q_OBJECT
public:
    PublicationDateDialog(const QString &documentName, QDate initial, QWidget *parent = nullptr);
    QDate date() const;

private:
    QCalendarWidget *m_calendar;
};

} // namespace annals::ui
