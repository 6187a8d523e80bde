#pragma once

#include "model/text_span.h"
#include "model/timex.h"

#include <QDate>
#include <QList>
#include <QStringView>

#include <memory>
#include <optional>

namespace annals {

// Finds English DATE, TIME, DURATION and SET expressions, spans as TimeML draws them, and normalizes each
// to a TIMEX3 value against the document creation time (dct), using tense and context. Without a dct,
// relative expressions keep underspecified values ("XXXX-10-07", "PAST_REF"...).
// Thread-safe after construction; construct once and reuse (tables are built in the constructor).
class TemporalTagger {
public:
    TemporalTagger();
    ~TemporalTagger();

    // sentences: the sentence spans of text (used for tense and for anchoring); may be empty.
    // impossibleDates, when given, receives the spans of dates that do not exist ("February 30"), which
    // are left out of the result; unstatedOrders the spans of numeric dates whose day and month could be
    // swapped ("3/2/2024") in a text that nowhere writes its order: they are read month first.
    QList<Timex> tag(QStringView text, std::optional<QDate> dct, const QList<TextSpan> &sentences = {},
                     QList<TextSpan> *impossibleDates = nullptr,
                     QList<TextSpan> *unstatedOrders = nullptr) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace annals
