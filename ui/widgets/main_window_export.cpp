// MainWindow: data export (the `extract` JSON, CSV, TimelineJS) through the core's event writers.

#include "main_window.h"
#include "output/event_writer.h"
#include "ui/models/workspace.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace annals::ui {

namespace {

struct DataFormat {
    OutputFormat format;
    QString suffix;
    QString filter;
};

std::optional<DataFormat> dataFormat(const QString &name) {
    if (name == u"json"_s)
        return DataFormat{OutputFormat::Json, u"json"_s, QObject::tr("Annals JSON (*.json)")};
    if (name == u"csv"_s)
        return DataFormat{OutputFormat::Csv, u"csv"_s, QObject::tr("CSV spreadsheet (*.csv)")};
    if (name == u"timelinejs"_s)
        return DataFormat{OutputFormat::TimelineJs, u"json"_s, QObject::tr("TimelineJS JSON (*.json)")};
    return std::nullopt;
}

} // namespace

void MainWindow::exportData(const QString &formatName) {
    const std::optional<DataFormat> format = dataFormat(formatName);
    if (!format)
        return;
    if (m_workspace->documentCount() == 0) {
        statusBar()->showMessage(tr("Nothing to export: open some articles first."), 5000);
        return;
    }
    const QString base = formatName == u"timelinejs"_s ? u"timeline-timelinejs"_s : u"events"_s;
    const QString start = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                              .filePath(base + u'.' + format->suffix);
    QString fileName = QFileDialog::getSaveFileName(this, tr("Export Events"), start, format->filter);
    if (fileName.isEmpty())
        return;
    if (QFileInfo(fileName).suffix().isEmpty())
        fileName += u'.' + format->suffix;

    // QSaveFile: a failed export never leaves a half-written file in place of a good one.
    QSaveFile file(fileName);
    QString error;
    if (!file.open(QIODevice::WriteOnly)) {
        error = file.errorString();
    } else {
        std::unique_ptr<EventWriter> writer = makeEventWriter(format->format, &file, tr("Annals timeline"));
        for (int i = 0; i < m_workspace->documentCount(); ++i)
            writer->add(*m_workspace->documentAt(i));
        if (!writer->finish())
            error = writer->errorString();
        else if (!file.commit())
            error = file.errorString();
    }
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Export Events"), tr("Could not write %1: %2").arg(fileName, error));
        return;
    }
    m_workspace->markUserDatesSaved(); // the dates the user set are in the exported file now
    statusBar()->showMessage(tr("Exported %1").arg(fileName), 8000);
}

} // namespace annals::ui
