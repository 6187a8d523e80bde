#include "publication_date_delegate.h"

#include <QDateEdit>

using namespace Qt::StringLiterals;

namespace annals::ui {

QWidget *PublicationDateDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                               const QModelIndex &) const {
    auto *editor = new QDateEdit(parent);
    editor->setCalendarPopup(true);
    editor->setDisplayFormat(u"d MMM yyyy"_s);
    editor->setToolTip(tr("The article's publication date: relative dates in it are resolved against it"));
    return editor;
}

void PublicationDateDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const {
    const QDate date = index.data(Qt::EditRole).toDate();
    static_cast<QDateEdit *>(editor)->setDate(date.isValid() ? date : QDate::currentDate());
}

void PublicationDateDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                           const QModelIndex &index) const {
    model->setData(index, static_cast<QDateEdit *>(editor)->date(), Qt::EditRole);
}

} // namespace annals::ui
