#pragma once

#include "model/document.h"
#include "model/timex.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace annals {

// Writes one TimeML 1.2.1 document (UTF-8) with a TIMEX3 (tid t1, t2... in text order) around each timex.
// For a document read from TimeML (metadata.format "timeml") the source file at doc.path is read again and
// its TEXT is kept byte for byte (whitespace, entities, comments, tags other than TIMEX3/EVENT/SIGNAL, which
// are dropped), with the DOCID, DCT (tid t0) and TITLE carried over. Other documents become a fresh TimeML
// document: DOCID from the file name, DCT from the publication date, the plain text escaped.
// Timexes that are empty, out of range, overlap an earlier one, or would break the nesting of the source's
// markup are left out; anchorTimeID only names timexes that are written.
// Returns an empty array and a message in *error when the source cannot be read again or no longer matches.
QByteArray writeTimeML(const Document &doc, const QList<Timex> &timexes, QString *error);

} // namespace annals
