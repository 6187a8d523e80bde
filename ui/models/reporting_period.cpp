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
    const DateRange period{earliest.addMonths(-1), latest.addDays(14)};
    // A history published today about 480 BC reports on no day near its publication: no such period.
    bool datedEvents = false;
    for (const ProcessedDocument &processed : documents) {
        for (const Event &event : processed.events) {
            if (!event.earliest.isValid())
                continue;
            datedEvents = true;
            const QDate last = event.latest.isValid() ? event.latest : event.earliest;
            if (event.earliest <= period.last && last >= period.first)
                return period;
        }
    }
    return datedEvents ? std::nullopt : std::optional<DateRange>(period);
}

} // namespace annals::ui
