#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>
#include <utility>

namespace annals {

// A tag met inside marked-up text (a TimeML TEXT element).
struct RawTag {
    enum class Kind { Open, Close, Empty };
    Kind kind = Kind::Open;
    QString name;
    QList<std::pair<QString, QString>> attributes; // decoded values, in source order
    qsizetype rawStart = 0;                        // offset of '<' in the raw source
    qsizetype rawEnd = 0;                          // offset just after '>'
    qsizetype plainPos = 0;                        // where the tag sits in the plain text

    QString attribute(QStringView key) const;
};

// The character content of a stretch of XML, with the way back to the source.
struct ScannedText {
    QString plain;                 // entities decoded, CR LF normalised to LF, markup removed
    QList<qsizetype> charRawStart; // per UTF-16 unit of plain: where its source starts (if mapped)
    QList<qsizetype> charRawEnd;   // per UTF-16 unit of plain: where its source ends (if mapped)
    QList<RawTag> tags;            // every element tag, in source order
    QList<std::pair<qsizetype, qsizetype>> cdataSections; // raw [start, end) of each <![CDATA[...]]>
};

// Scans raw[begin, end) as XML content (text, entity references, tags, comments, CDATA, processing
// instructions). With withMap the per-character source offsets are filled. Errors name the line.
std::optional<ScannedText> scanMarkedText(QStringView raw, qsizetype begin, qsizetype end, bool withMap,
                                          QString *error);

// 1-based line number of a raw offset.
qsizetype lineNumberAt(QStringView raw, qsizetype offset);

} // namespace annals
