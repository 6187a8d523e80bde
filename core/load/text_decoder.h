#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringConverter>

#include <optional>

namespace annals {

// A Unicode encoding recognised from a byte order mark (or, for UTF-16, from the pattern of NUL bytes that
// ASCII text leaves when no mark is present).
struct UnicodeForm {
    QStringConverter::Encoding encoding = QStringConverter::Utf8;
    qsizetype bomLength = 0; // bytes to skip before the text
    QLatin1StringView name;  // "UTF-8", "UTF-16LE"...
};

// Recognises UTF-8/16/32 byte order marks, and UTF-16 without one. Plain UTF-8 without a BOM gives nothing.
std::optional<UnicodeForm> detectUnicodeForm(QByteArrayView bytes);

// True when the bytes are well-formed UTF-8 (no overlong forms, no surrogates, nothing above U+10FFFF).
bool isValidUtf8(QByteArrayView bytes);

struct DecodedText {
    QString text;     // without the byte order mark
    QString encoding; // what was used: "UTF-8", "UTF-16LE", "windows-1252", "Shift_JIS"...
    QString
        warning; // set when the encoding had to be guessed, e.g. "decoded as windows-1252 (not valid UTF-8)"
};

// Turns file bytes into text: a byte order mark wins; otherwise valid UTF-8 is UTF-8; otherwise the charset
// the document declares (HTML <meta charset>), if any and if ICU knows it; otherwise ICU's charset detector
// decides. Never fails: as a last resort every byte is read as windows-1252.
DecodedText decodeText(QByteArrayView bytes, QByteArrayView declaredCharset = {});

// Decodes with an ICU converter ("windows-1252", "Shift_JIS"...); nothing when ICU does not know the name.
std::optional<QString> decodeWithIcu(QByteArrayView bytes, const char *charset);

} // namespace annals
