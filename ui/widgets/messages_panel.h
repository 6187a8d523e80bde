#pragma once

#include <QWidget>

class QListWidget;
class QPushButton;

namespace annals::ui {

// Problems met while loading (a file that could not be read, a document without a date...), each naming
// the file. Entries stay until the user dismisses them.
class MessagesPanel : public QWidget {
    Q_OBJECT
public:
    explicit MessagesPanel(QWidget *parent = nullptr);

    void addError(const QString &path, const QString &message);
    void addWarning(const QString &path, const QString &message);
    int count() const;
    QStringList messages() const;

public slots:
    void dismissSelected();
    void dismissAll();

signals:
    void countChanged(int count);

private:
    QListWidget *m_list;
    QPushButton *m_dismiss;
    QPushButton *m_dismissAll;
};

} // namespace annals::ui
