#include "document_loader.h"

#include <QMetaObject>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace annals::ui {

DocumentLoader::DocumentLoader(QObject *parent)
    : QObject(parent) {
    connect(&m_watcher, &QFutureWatcher<LoadOutcome>::finished, this,
            [this] { emit finished(m_watcher.future().result()); });
}

DocumentLoader::~DocumentLoader() {
    cancel();
    m_watcher.waitForFinished(); // the worker reports to this object: it must not outlive it
}

bool DocumentLoader::isBusy() const {
    return m_watcher.isRunning();
}

void DocumentLoader::start(const QStringList &paths) {
    if (isBusy())
        return;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    emit started();
    m_watcher.setFuture(QtConcurrent::run(&DocumentLoader::run, paths, m_dct, m_cancel, this));
}

void DocumentLoader::cancel() {
    if (m_cancel)
        m_cancel->store(true);
}

void DocumentLoader::waitForFinished() {
    m_watcher.waitForFinished();
}

LoadOutcome DocumentLoader::run(QStringList paths, std::optional<QDate> dct,
                                std::shared_ptr<std::atomic_bool> cancel, DocumentLoader *reporter) {
    // Progress crosses threads as queued signal emissions on the loader object.
    const auto report = [reporter](const QString &phase, qsizetype done, qsizetype total) {
        QMetaObject::invokeMethod(
            reporter, [=] { emit reporter->progress(phase, done, total); }, Qt::QueuedConnection);
    };
    const QString reading = QObject::tr("Reading files");
    const QString extracting = QObject::tr("Extracting events");

    LoadOptions options;
    options.progress = [&](qsizetype done, qsizetype total) {
        report(reading, done, total);
        return !cancel->load();
    };
    LoadResult loaded = loadPaths(paths, options);

    LoadOutcome outcome;
    outcome.errors = std::move(loaded.errors);
    outcome.cancelled = loaded.cancelled;
    PipelineOptions pipelineOptions;
    pipelineOptions.dct = dct;
    const Pipeline pipeline(pipelineOptions);
    const qsizetype total = loaded.documents.size();
    for (qsizetype i = 0; i < total; ++i) {
        if (cancel->load()) {
            outcome.cancelled = true;
            break;
        }
        outcome.documents.append(pipeline.process(std::move(loaded.documents[i])));
        report(extracting, i + 1, total);
    }
    return outcome;
}

} // namespace annals::ui
