#pragma once

#include "load/loader.h"
#include "pipeline/pipeline.h"

#include <QDate>
#include <QFutureWatcher>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>
#include <optional>

namespace annals::ui {

// What one load produced: the processed documents, the files that failed and why, and whether the user
// cancelled (what was done by then is kept).
struct LoadOutcome {
    QList<ProcessedDocument> documents;
    QList<LoadError> errors;
    bool cancelled = false;
};

// Reads and extracts files on a worker thread, so the window never waits for it. Reports progress in two
// phases (reading files, then extracting events) and stops at the next file or document when cancelled.
class DocumentLoader : public QObject {
    Q_OBJECT
public:
    explicit DocumentLoader(QObject *parent = nullptr);
    ~DocumentLoader() override;

    void setDefaultPublicationDate(std::optional<QDate> dct) { m_dct = dct; } // --dct
    bool isBusy() const;
    void start(const QStringList &paths); // ignored while busy (returns without starting)
    void cancel();
    void waitForFinished(); // for the screenshot mode and tests

signals:
    void started();
    void progress(const QString &phase, qsizetype done, qsizetype total);
    void finished(const annals::ui::LoadOutcome &outcome);

private:
    static LoadOutcome run(QStringList paths, std::optional<QDate> dct,
                           std::shared_ptr<std::atomic_bool> cancel, DocumentLoader *reporter);

    std::optional<QDate> m_dct;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFutureWatcher<LoadOutcome> m_watcher;
};

} // namespace annals::ui
