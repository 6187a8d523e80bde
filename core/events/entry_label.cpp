#include "events/entry_label.h"

#include "model/chronology_entry.h"

#include <algorithm>

namespace annals {

qsizetype entryStatementStart(QStringView sentence, TextSpan timex) {
    if (timex.start < 0 || timex.end > sentence.size() || timex.start >= timex.end ||
        !opensLine(sentence, timex.start))
        return 0;
    return std::max<qsizetype>(0, statementAfterDate(sentence, timex.end));
}

} // namespace annals
