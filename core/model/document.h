#pragma once

#include "model/text_span.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace annals {

// What a paragraph of an article is, as decided by the zones stage.
enum class Zone { Headline, Dateline, Body, Caption, Boilerplate };
QString zoneName(Zone zone); // "headline", "dateline", "body", "caption", "boilerplate"
std::optional<Zone> zoneFromName(QStringView name);

// Where a document's publication date came from.
enum class DateSource { Metadata, Header, Dateline, Caption, User };
QString dateSourceName(DateSource source); // "metadata", "header", "dateline", "caption", "user"

// One block of the plain text (a paragraph, heading, list item, caption...), as the loader found it.
struct Block {
    TextSpan span; // in Document::text, without the separating newlines
    QString tag;   // HTML element that produced it ("p", "h1", "li", "figcaption"...), empty for text
    double linkDensity = -1.0; // share of the block's characters inside <a>, or -1 when unknown (plain text)
    Zone zone = Zone::Body;    // set by the zones stage
};

// Hints the loader read from metadata (HTML <meta>, <time>, JSON-LD, JSON lines fields).
struct DocumentMetadata {
    QString publishedRaw; // raw publication date/time string as stated by metadata, if any
    QString url;
    QString siteName;
    QString format; // "text", "html", "jsonl", "timeml"
};

// One article: its plain text and what the early stages learnt about it.
struct Document {
    QString id;    // "d1", "d2"... assigned by the caller in input order
    QString path;  // as given by the user (for a JSON lines file: "file.jsonl:LINE")
    QString title; // from metadata or the headline zone
    QString text;  // the plain text; every offset in Annals refers to it
    QList<Block> blocks;
    DocumentMetadata metadata;

    std::optional<QDate> publicationDate;
    std::optional<DateSource> publicationDateSource;
    std::optional<TextSpan> publicationDateSpan; // the header/dateline/caption text that stated it, if any

    QStringList warnings; // human-readable, e.g. "no publication date found; use --dct"

    QStringView blockText(const Block &block) const {
        return QStringView(text).mid(block.span.start, block.span.length());
    }
};

} // namespace annals
