#pragma once

#include "model/text_span.h"

#include <QString>
#include <QStringView>

namespace annals {

// Longest summary in characters (UTF-16 code units), ellipsis included.
inline constexpr qsizetype maxSummaryLength = 120;

// A short summary of a sentence around one of its time expressions: the clause that holds the expression
// (with its subject when the clause begins mid-thought), without the participle or attribution clauses that
// follow it ("..., saying ...", "..., according to officials"), cut at clause boundaries and finally at a
// word boundary to at most maxSummaryLength characters. It opens as a statement: at a clause with its own
// subject, never at a conjunction, relative pronoun, bare predicate, comma or closing quote, with a capital;
// a clause without its subject borrows it ("Lena Berg, the envoy, said ..." -> "Lena Berg said ..."), and a
// sentence too long to keep whole keeps its opening and loses its middle ("The envoy said … in May").
// `timex` is relative to the start of `sentence`. Whitespace runs become single spaces; trailing
// punctuation and unmatched quotes are dropped.
QString summarize(QStringView sentence, TextSpan timex);

} // namespace annals
