#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <optional>

namespace annals {

// Decides whether a file's bytes are something other than text (an image, an archive, a program...).
// Only the first bytes are examined, so this is cheap even for very large files. Text in UTF-16/32 with a
// byte order mark is never reported as binary.
// Returns a short description for the user ("looks like PNG image", "contains NUL bytes"), or nothing
// when the bytes look like text.
std::optional<QString> binaryReason(QByteArrayView bytes);

// True for file name extensions (lower case, without the dot) that are never articles: images, archives,
// executables, fonts, audio and video. Folders skip such files without reading them.
bool isKnownBinaryExtension(QStringView suffix);

} // namespace annals
