#pragma once

#include <QString>
#include <QStringView>

namespace annals {

// Character data for XML 1.0: & < > escaped, CR written as a reference (parsers would fold it into LF), and
// characters XML cannot carry at all (control characters, U+FFFE/U+FFFF, unpaired surrogates) replaced by a
// space so that offsets into the text stay the same.
QString escapeXmlText(QStringView text);

// An attribute value for use inside double quotes.
QString escapeXmlAttribute(QStringView value);

} // namespace annals
