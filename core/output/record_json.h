#pragma once

#include "model/document.h"
#include "model/event.h"
#include "output/code_points.h"
#include "output/json_text.h"

#include <QByteArray>

namespace annals::json {

// The members (without braces) shared by the JSON and JSON lines outputs.
// Document: "id", "path", "title", "publication_date", "publication_date_source", "warnings".
void appendDocumentMembers(Cursor &out, const Document &document);
// Event: "id", "document", "date", "granularity", "earliest", "latest", "timex", "sentence", "summary",
// "actors", "zone"; offsets in code points through `codePoints`. "document" is the document id, or the
// JSON object `inlineDocument` when given.
void appendEventMembers(Cursor &out, const Event &event, QStringView eventId,
                        const CodePointIndex &codePoints, const QByteArray *inlineDocument = nullptr);

} // namespace annals::json
