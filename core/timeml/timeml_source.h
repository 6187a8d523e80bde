#pragma once

#include "timeml/marked_text_scanner.h"

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace annals {

// The creation-time TIMEX3 inside <DCT>, as written in the source.
struct DctTimex {
    QString value;   // e.g. "1998-01-08" or "1998-08-07T06:18:00"
    QString type;    // "DATE" or "TIME" as annotated
    QString content; // the element's text, e.g. "19980108"
};

// A TimeML file taken apart: the decoded source, the header fields, and the TEXT element scanned with the
// way back from its plain text to the source. Shared by the reader, the gold reader and the writer.
struct TimeMLSource {
    QString raw;                 // the whole file, decoded
    QString docId;               // <DOCID>, trimmed; empty when absent
    QString title;               // <TITLE>, whitespace simplified; empty when absent
    std::optional<DctTimex> dct; // <DCT><TIMEX3 .../></DCT>
    qsizetype textRawStart = 0;  // TEXT content in raw: [textRawStart, textRawEnd)
    qsizetype textRawEnd = 0;
    ScannedText text;
};

// Checks the file is well-formed XML with a TEXT element and scans it. withMap fills the per-character source
// offsets the writer needs. Errors say what went wrong and on which line.
std::optional<TimeMLSource> parseTimeMLSource(QByteArrayView bytes, bool withMap, QString *error);

} // namespace annals
