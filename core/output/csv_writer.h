#pragma once

#include "output/event_writer.h"
#include "output/output_buffer.h"

namespace annals {

// RFC 4180 CSV: a header row, then one row per event; fields holding a comma, quote or line break are
// quoted with inner quotes doubled; rows end with CRLF. Actors are joined with "; ". Offsets in code points.
// Columns: event, document, path, title, publication_date, date, granularity, earliest, latest,
// timex_text, timex_type, timex_value, timex_mod, timex_start, timex_end, sentence_start, sentence_end,
// summary, actors, zone, sentence.
class CsvWriter : public EventWriter {
public:
    explicit CsvWriter(QIODevice *out);
    void add(const ProcessedDocument &processed) override;
    bool finish() override;

    // Appends one field, quoted when needed.
    static void appendField(QByteArray &out, QStringView field);

private:
    OutputBuffer m_out;
    qint64 m_eventCount = 0;
};

} // namespace annals
