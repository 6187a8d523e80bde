#include "eval/gold_evaluation.h"

#include "sentences/sentence_splitter.h"
#include "timeml/timeml_reader.h"
#include "timex/temporal_tagger.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace annals {

DocumentEvaluation evaluateGoldFile(const QString &path, const QByteArray &bytes,
                                    const TemporalTagger &tagger, const SentenceSplitter &splitter,
                                    QString *error, bool *ok) {
    DocumentEvaluation evaluation;
    evaluation.path = path;
    evaluation.name = QFileInfo(path).fileName();
    std::optional<TimeMLGold> gold = readTimeMLGold(path, bytes, error);
    *ok = gold.has_value();
    if (!gold)
        return evaluation;
    const Document &document = gold->document;
    evaluation.text = document.text;
    evaluation.gold = std::move(gold->timexes);
    evaluation.system = tagger.tag(document.text, document.publicationDate, splitter.split(document));
    evaluation.alignment = alignTimexes(evaluation.gold, evaluation.system);
    return evaluation;
}

DirectoryEvaluation evaluateDirectory(const QString &dir, const TemporalTagger &tagger,
                                      const SentenceSplitter &splitter) {
    DirectoryEvaluation result;
    result.directory = dir;
    const QFileInfo info(dir);
    if (!info.exists()) {
        result.errors.append({dir, u"no such directory"_s});
        return result;
    }
    if (!info.isDir()) {
        result.errors.append({dir, u"not a directory"_s});
        return result;
    }

    QStringList paths;
    QDirIterator it(dir, {u"*.tml"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        paths.append(it.next());
    paths.sort();
    if (paths.isEmpty()) {
        result.errors.append({dir, u"no .tml gold files in this directory"_s});
        return result;
    }

    const QDir base(dir);
    for (const QString &path : paths) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            result.errors.append({path, file.errorString()});
            continue;
        }
        QString error;
        bool ok = false;
        DocumentEvaluation evaluation = evaluateGoldFile(path, file.readAll(), tagger, splitter, &error, &ok);
        if (!ok) {
            result.errors.append({path, error});
            continue;
        }
        evaluation.name = base.relativeFilePath(path);
        result.counts += evaluation.alignment.counts;
        result.documents.append(std::move(evaluation));
    }
    return result;
}

DirectoryEvaluation evaluateDirectory(const QString &dir) {
    const TemporalTagger tagger;
    const SentenceSplitter splitter;
    return evaluateDirectory(dir, tagger, splitter);
}

} // namespace annals
