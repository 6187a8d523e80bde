#include "messages_panel.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace annals::ui {

MessagesPanel::MessagesPanel(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_dismiss(new QPushButton(tr("&Dismiss"), this))
    , m_dismissAll(new QPushButton(tr("Dismiss &All"), this)) {
    m_list->setObjectName(u"messagesList"_s);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setWordWrap(true);
    m_list->setToolTip(tr("Files that could not be read and other problems found while loading"));
    m_dismiss->setToolTip(tr("Remove the selected messages (Delete)"));
    m_dismiss->setShortcut(QKeySequence::Delete);
    connect(m_dismiss, &QPushButton::clicked, this, &MessagesPanel::dismissSelected);
    connect(m_dismissAll, &QPushButton::clicked, this, &MessagesPanel::dismissAll);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_dismiss);
    buttons->addWidget(m_dismissAll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
}

void MessagesPanel::addError(const QString &path, const QString &message) {
    auto *item =
        new QListWidgetItem(style()->standardIcon(QStyle::SP_MessageBoxCritical), path + u": "_s + message);
    item->setToolTip(path);
    m_list->addItem(item);
    emit countChanged(count());
}

void MessagesPanel::addWarning(const QString &path, const QString &message) {
    auto *item =
        new QListWidgetItem(style()->standardIcon(QStyle::SP_MessageBoxWarning), path + u": "_s + message);
    item->setToolTip(path);
    m_list->addItem(item);
    emit countChanged(count());
}

int MessagesPanel::count() const {
    return m_list->count();
}

QStringList MessagesPanel::messages() const {
    QStringList texts;
    for (int i = 0; i < m_list->count(); ++i)
        texts.append(m_list->item(i)->text());
    return texts;
}

void MessagesPanel::dismissSelected() {
    qDeleteAll(m_list->selectedItems());
    emit countChanged(count());
}

void MessagesPanel::dismissAll() {
    m_list->clear();
    emit countChanged(count());
}

} // namespace annals::ui
