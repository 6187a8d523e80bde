#pragma once

#include "model/document.h"
#include "model/timex.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace annals {

// True for TimeML content, whatever the file is called: a <TimeML element, or both <DCT> and <TEXT>
// (TempEval-3 input files). Looks only at the bytes, cheaply.
bool looksLikeTimeML(QByteArrayView bytes);

// Reads a TimeML document: text = the character content of <TEXT> (entities decoded; TIMEX3, EVENT,
// SIGNAL and any other tags stripped), one block per paragraph, the DCT as publication date (source
// Metadata), title from <TITLE> or else <DOCID>, metadata.format "timeml", metadata.publishedRaw = DCT value.
// path is recorded as Document::path. Malformed input gives nullopt and a message with the line in *error.
std::optional<Document> readTimeML(const QString &path, const QByteArray &bytes, QString *error);

// A TimeML document with its annotated TIMEX3s (the DCT timex excluded), for scoring.
struct TimeMLGold {
    Document document;
    QList<Timex> timexes; // spans in document.text, in text order; anchorIndex from anchorTimeID when known
    QString docId;
    QString dctValue;
};

std::optional<TimeMLGold> readTimeMLGold(const QString &path, const QByteArray &bytes, QString *error);

// The TIMEX3 type named by a TimeML type attribute ("DATE", "TIME", "DURATION", "SET"), if valid.
std::optional<TimexType> timexTypeFromName(QStringView name);

} // namespace annals
