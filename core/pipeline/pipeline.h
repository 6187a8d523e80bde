#pragma once

#include "model/document.h"
#include "model/event.h"
#include "model/timex.h"

#include <QDate>
#include <QList>

#include <memory>
#include <optional>

namespace annals {

struct PipelineOptions {
    std::optional<QDate> dct;        // user-supplied publication date (--dct); used when the text states none
    bool includeBoilerplate = false; // also make events from boilerplate zones
};

// A document after every stage: zones, publication date, sentences, time expressions and events.
struct ProcessedDocument {
    Document document;
    QList<TextSpan> sentences;
    QList<Timex> timexes;
    QList<Event> events; // ids are "<document id>.<n>" until the caller renumbers them
};

// zones -> publication date -> sentences -> temporal expressions -> normalization -> events.
// One Pipeline per thread.
class Pipeline {
public:
    explicit Pipeline(PipelineOptions options = {});
    ~Pipeline();

    ProcessedDocument process(Document document) const;

    // Re-normalizes a processed document against a publication date the user set (source "user").
    void setPublicationDate(ProcessedDocument &processed, QDate date) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace annals
