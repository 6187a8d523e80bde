#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace annals {

// Decodes the bytes of an XML file to text: a byte order mark wins, then the encoding named in the XML
// declaration, then UTF-8 (XML's default). Supports UTF-8, UTF-16, UTF-32 and Latin-1/ASCII.
// On failure returns nullopt and says why in *error (when given).
std::optional<QString> decodeXmlBytes(QByteArrayView bytes, QString *error);

} // namespace annals
