#include "output/event_writer.h"

#include "output/csv_writer.h"
#include "output/json_writer.h"
#include "output/jsonl_writer.h"
#include "output/timelinejs_writer.h"

namespace annals {

EventWriter::~EventWriter() = default;

std::unique_ptr<EventWriter> makeEventWriter(OutputFormat format, QIODevice *out, const QString &title) {
    switch (format) {
    case OutputFormat::Json:
        return std::make_unique<JsonWriter>(out);
    case OutputFormat::JsonLines:
        return std::make_unique<JsonLinesWriter>(out);
    case OutputFormat::Csv:
        return std::make_unique<CsvWriter>(out);
    case OutputFormat::TimelineJs:
        return std::make_unique<TimelineJsWriter>(out, title);
    }
    return nullptr;
}

} // namespace annals
