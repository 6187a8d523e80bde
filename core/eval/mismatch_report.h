#pragma once

#include "eval/gold_evaluation.h"

#include <QList>
#include <QString>

namespace annals {

// Every disagreement between gold and system, one tab-separated line each, for error analysis:
//   kind  document  start  end  gold_text  gold_type  gold_value  system_text  system_type  system_value
//   context
// kind is "missed" (false negative), "spurious" (false positive), "span" (overlapping but not identical),
// "value" (matched, different value) or "type" (matched, different type; left out with reportType false).
// Offsets count Unicode code points in the document's plain text (the gold's when there is one); the context
// is the surrounding text on one line. Starts with a header line.
QString mismatchReport(const QList<DirectoryEvaluation> &evaluations, bool reportType);

} // namespace annals
