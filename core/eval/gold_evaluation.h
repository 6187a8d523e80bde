#pragma once

#include "eval/timex_alignment.h"
#include "model/timex.h"

#include <QList>
#include <QString>

namespace annals {

class TemporalTagger;
class SentenceSplitter;

// One gold document scored: what the annotators marked, what Annals found, and how they pair up.
struct DocumentEvaluation {
    QString path; // the gold file
    QString name; // the path relative to the evaluated folder
    QString text; // the plain text both lists point into
    QList<Timex> gold;
    QList<Timex> system;
    TimexAlignment alignment;
};

struct EvaluationError {
    QString path;
    QString message;
};

// Every gold file of one folder scored.
struct DirectoryEvaluation {
    QString directory;
    QList<DocumentEvaluation> documents; // in sorted path order
    QList<EvaluationError> errors;       // gold files that could not be read, and why
    TimexCounts counts;                  // summed over the documents (micro-average)
};

// Runs the tagger on one gold document's text with its DCT and compares.
DocumentEvaluation evaluateGoldFile(const QString &path, const QByteArray &bytes,
                                    const TemporalTagger &tagger, const SentenceSplitter &splitter,
                                    QString *error, bool *ok);

// Reads every *.tml file under dir (recursively), runs the tagger on each text with its DCT, and scores.
DirectoryEvaluation evaluateDirectory(const QString &dir, const TemporalTagger &tagger,
                                      const SentenceSplitter &splitter);
DirectoryEvaluation evaluateDirectory(const QString &dir);

} // namespace annals
