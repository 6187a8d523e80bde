// annals extract: articles in, dated events out (JSON, JSON lines, CSV, TimelineJS or TimeML).
#include "commands.h"

#include "extract_options.h"
#include "load/loader.h"
#include "output/event_writer.h"
#include "pipeline/pipeline.h"
#include "timeml/timeml_writer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace annals;

namespace {

void say(const QString &where, const QString &message) {
    const QByteArray line = (u"annals: "_s + where + u": "_s + message + u'\n').toUtf8();
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
}

void usageError(const QString &message) {
    const QByteArray line =
        (u"annals extract: "_s + message + u"\nTry 'annals extract --help'.\n"_s).toUtf8();
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
}

// Where a document's TimeML goes under --out-dir: the input's file name, made unique.
class TimeMlFileNames {
public:
    QString nameFor(const QString &path) {
        QString name = QFileInfo(path).fileName();
        // "articles.jsonl:12" (one line of a JSON lines file) -> "articles.jsonl-12.tml"
        const qsizetype colon = name.lastIndexOf(u':');
        if (colon > 0)
            name = name.left(colon) + u'-' + name.mid(colon + 1) + u".tml"_s;
        if (name.isEmpty())
            name = u"document.tml"_s;
        QString unique = name;
        for (int n = 2; m_used.contains(unique); ++n) {
            const qsizetype dot = name.lastIndexOf(u'.');
            if (dot > 0)
                unique = name.left(dot) + u'-' + QString::number(n) + name.mid(dot);
            else
                unique = name + u'-' + QString::number(n);
        }
        m_used.insert(unique);
        return unique;
    }

private:
    QSet<QString> m_used;
};

class Extractor {
public:
    explicit Extractor(const ExtractOptions &options)
        : m_options(options)
        , m_pipeline(PipelineOptions{options.dct, options.includeBoilerplate}) {
        m_stdout.open(stdout, QIODevice::WriteOnly);
        if (!options.timeml)
            m_writer = makeEventWriter(options.format, &m_stdout);
    }

    int run() {
        if (m_options.timeml && !m_options.outDir.isEmpty() && !QDir().mkpath(m_options.outDir)) {
            say(m_options.outDir, u"cannot create the output folder"_s);
            return 1;
        }
        int documentNumber = 0;
        // One input at a time, so that only one input's documents are in memory at once.
        for (const QString &input : m_options.inputs) {
            LoadResult loaded = loadPaths({input});
            for (const LoadError &error : std::as_const(loaded.errors)) {
                say(error.path, error.message);
                m_status = 1;
            }
            for (Document &doc : loaded.documents) {
                doc.id = u'd' + QString::number(++documentNumber);
                handle(m_pipeline.process(std::move(doc)));
            }
        }
        if (m_writer && !m_writer->finish()) {
            say(u"standard output"_s, u"cannot write: "_s + m_writer->errorString());
            m_status = 1;
        }
        m_stdout.flush();
        return m_status;
    }

private:
    void handle(const ProcessedDocument &processed) {
        const Document &doc = processed.document;
        for (const QString &warning : doc.warnings)
            say(doc.path, warning);
        if (m_writer) {
            m_writer->add(processed);
            return;
        }
        QString error;
        const QByteArray timeml = writeTimeML(doc, processed.timexes, &error);
        if (timeml.isEmpty()) {
            say(doc.path, u"cannot write TimeML: "_s + error);
            m_status = 1;
            return;
        }
        if (m_options.outDir.isEmpty()) {
            if (m_stdout.write(timeml) != timeml.size()) {
                say(u"standard output"_s, u"cannot write: "_s + m_stdout.errorString());
                m_status = 1;
            }
            return;
        }
        const QString target = QDir(m_options.outDir).filePath(m_names.nameFor(doc.path));
        QSaveFile file(target);
        if (!file.open(QIODevice::WriteOnly) || file.write(timeml) != timeml.size() || !file.commit()) {
            say(target, u"cannot write: "_s + file.errorString());
            m_status = 1;
        }
    }

    const ExtractOptions &m_options;
    Pipeline m_pipeline;
    QFile m_stdout;
    std::unique_ptr<EventWriter> m_writer;
    TimeMlFileNames m_names;
    int m_status = 0;
};

} // namespace

int runExtract(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QStringList arguments = QCoreApplication::arguments();
    arguments = arguments.mid(2); // the program and "extract"
    const ParsedExtractCommand command = parseExtractCommand(arguments);
    if (command.help) {
        std::fputs(extractHelp, stdout);
        return 0;
    }
    if (!command.error.isEmpty()) {
        usageError(command.error);
        return 2;
    }
    return Extractor(command.options).run();
}
