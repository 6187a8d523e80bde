// MainWindow: opening files and folders, merging what the background loader produced, and exporting.

#include "document_loader.h"
#include "image_export_dialog.h"
#include "load_progress_widget.h"
#include "main_window.h"
#include "messages_panel.h"
#include "ui/models/counted_text.h"
#include "ui/models/event_selection.h"
#include "ui/models/event_text.h"
#include "ui/models/recent_files.h"
#include "ui/models/user_date_store.h"
#include "ui/models/workspace.h"
#include "ui/timeline/timeline_view.h"

#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QMessageBox>
#include <QMimeData>
#include <QStandardPaths>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace annals::ui {

void MainWindow::openPaths(const QStringList &paths) {
    if (paths.isEmpty())
        return;
    if (m_loader->isBusy()) {
        statusBar()->showMessage(tr("Still loading; try again when it is done (or cancel it)."), 5000);
        return;
    }
    RecentFiles().add(paths);
    statusBar()->showMessage(counted(paths.size(), tr("Loading 1 path…"), tr("Loading %1 paths…")));
    m_loader->start(paths);
}

void MainWindow::openFilesDialog() {
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Open Articles"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Articles (*.txt *.html *.htm *.jsonl *.tml *.xml);;All files (*)"));
    openPaths(files);
}

void MainWindow::openFolderDialog() {
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Open Folder of Articles"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (!folder.isEmpty())
        openPaths({folder});
}

void MainWindow::mergeLoaded(const LoadOutcome &outcome) {
    m_progress->end();
    const QStringList ids = m_workspace->addDocuments(outcome.documents);

    // Dates the user set in an earlier session come back for the same file with the same text.
    int restored = 0;
    for (const QString &id : ids) {
        const ProcessedDocument *processed = m_workspace->document(id);
        if (processed->document.publicationDate)
            continue;
        const QDate remembered = UserDateStore().recalled(processed->document);
        if (remembered.isValid() && m_workspace->setPublicationDate(id, remembered))
            ++restored;
    }
    m_workspace->markUserDatesSaved(); // they are stored already

    for (const LoadError &error : outcome.errors)
        m_messages->addError(error.path, error.message);
    for (const QString &id : ids) {
        const Document &document = m_workspace->document(id)->document;
        if (!document.publicationDate)
            m_messages->addWarning(document.path, tr("no publication date: set it in the Sources panel"));
    }
    // Unreadable files bring the messages forward; undated articles only make them available (the sources
    // panel already flags those).
    if (m_messages->count() > 0)
        m_messagesDock->show();
    if (!outcome.errors.isEmpty())
        m_messagesDock->raise();
    else if (auto *events = findChild<QDockWidget *>(u"eventsDock"_s))
        events->raise();

    QString message = counted(ids.size(), tr("Loaded 1 document"), tr("Loaded %1 documents"));
    if (restored > 0)
        message += u"; "_s + counted(restored, tr("restored 1 date you set before"),
                                     tr("restored %1 dates you set before"));
    if (!outcome.errors.isEmpty()) {
        const LoadError &first = outcome.errors.first();
        message +=
            u"; "_s +
            counted(outcome.errors.size(), tr("1 file could not be read"), tr("%1 files could not be read")) +
            u" ("_s + first.path + u": "_s + first.message + (outcome.errors.size() > 1 ? u", …)"_s : u")"_s);
    }
    if (outcome.cancelled)
        message += u"; "_s + tr("cancelled");
    statusBar()->showMessage(message, 15000);
    if (m_selection->currentEventId().isEmpty())
        selectFirstEvent();
    emit loadFinished();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event) {
    const QList<QUrl> urls = event->mimeData()->urls();
    if (std::any_of(urls.cbegin(), urls.cend(), [](const QUrl &url) { return url.isLocalFile(); }))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event) {
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    openPaths(paths);
    event->acceptProposedAction();
}

void MainWindow::exportImage() {
    if (m_timeline->items().isEmpty()) {
        statusBar()->showMessage(tr("Nothing to export: open some articles first."), 5000);
        return;
    }
    ImageExportDialog dialog(m_timeline, tr("Annals timeline"), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!dialog.exportNow(&error)) {
        QMessageBox::warning(this, tr("Export Image"), error);
        return;
    }
    statusBar()->showMessage(tr("Exported %1").arg(dialog.fileName()), 8000);
}

} // namespace annals::ui
