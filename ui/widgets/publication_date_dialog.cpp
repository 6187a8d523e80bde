#include "publication_date_dialog.h"

#include <QCalendarWidget>
#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace annals::ui {

PublicationDateDialog::PublicationDateDialog(const QString &documentName, QDate initial, QWidget *parent)
    : QDialog(parent)
    , m_calendar(new QCalendarWidget(this)) {
    setWindowTitle(tr("Set Publication Date"));
    auto *label =
        new QLabel(tr("When was “%1” published?\nRelative dates in it (“yesterday”, “on Sunday”) are "
                      "resolved against this date.")
                       .arg(documentName),
                   this);
    label->setWordWrap(true);
    m_calendar->setSelectedDate(initial.isValid() ? initial : QDate::currentDate());
    m_calendar->setGridVisible(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_calendar, &QCalendarWidget::activated, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_calendar);
    layout->addWidget(buttons);
    m_calendar->setFocus();
}

QDate PublicationDateDialog::date() const {
    return m_calendar->selectedDate();
}

} // namespace annals::ui
