#pragma once

#include "output/event_writer.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace annals {

// What `annals extract` was asked to do, from its command line.
struct ExtractOptions {
    std::optional<QDate> dct;
    bool timeml = false; // --format timeml (written by the TimeML writer, not an EventWriter)
    OutputFormat format = OutputFormat::Json;
    QString outDir; // --out-dir, TimeML only
    bool includeBoilerplate = false;
    QStringList inputs;
};

struct ParsedExtractCommand {
    ExtractOptions options;
    bool help = false;
    QString error; // a usage error, in words ("--dct 2024-02-30: February 2024 has 29 days")
};

// `arguments` are the words after "annals extract".
ParsedExtractCommand parseExtractCommand(const QStringList &arguments);

// Reads "YYYY-MM-DD" as a real calendar date; on failure says why in *why.
std::optional<QDate> parseIsoDate(QStringView text, QString *why);

extern const char extractHelp[];

} // namespace annals
