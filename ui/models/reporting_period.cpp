#include "reporting_period.h"

namespace annals::ui {

std::optional<DateRange> reportingPeriod(const QList<ProcessedDocument> &documents) {
    QDate earliest;
    QDate latest;
    for (const ProcessedDocument &processed : documents) {
        const std::optional<QDate> &date = processed.document.publicationDate;
        if (!date || !date->isValid())
            continue;
        if (!earliest.isValid() || *date < earliest)
            earliest = *date;
        if (!latest.isValid() || *date > latest)
            latest = *date;
    }
    if (!earliest.isValid())
        return std::nullopt;
    return DateRange{earliest.addMonths(-1), latest.addDays(14)};
}

} // namespace annals::ui
