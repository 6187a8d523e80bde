#pragma once

#include <QStyledItemDelegate>

namespace annals::ui {

// Edits a document's publication date in place with a calendar date edit (the date column of the
// sources panel). An undated document starts from today's date.
class PublicationDateDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace annals::ui
