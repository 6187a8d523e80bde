#pragma once

#include <QByteArray>

namespace annals {

// Reserves room for `bytes` more bytes in buffer for output that will fill it in one go (event JSON:
// tens of megabytes held until the end). On Linux it also asks for transparent huge pages for the
// room: faulting such a buffer in 4 KiB pages, one trap each, costs about a tenth of an extraction run.
void reserveLargeBuffer(QByteArray &buffer, qsizetype bytes);

} // namespace annals
