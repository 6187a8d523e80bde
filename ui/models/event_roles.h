#pragma once

#include <Qt>

namespace annals::ui {

// Data roles shared by the event and document models, so proxies and views can ask for typed values
// instead of parsing display text.
enum EventRole {
    EventIdRole = Qt::UserRole + 1, // QString, Event::id
    DocumentIdRole,                 // QString, Document::id
    EarliestRole,                   // QDate, first day the event's date can mean
    LatestRole,                     // QDate, last day (inclusive)
    SortRole,                       // per column: the value to sort by (dates sort by earliest, then latest)
    ZoneRole,                       // int, annals::Zone
    GranularityRole,                // int, annals::Granularity
    ActorsRole,                     // QStringList
    SentenceRole,                   // QString
    TimexTextRole,                  // QString, the expression as written
    DateValueRole,                  // QString, the TIMEX3 value ("2024-W06")
    SourceRole,                     // QString, the document's title or file name
    SearchTextRole,                 // QString, everything free-text search looks at, lower-cased
};

enum DocumentRole {
    DocumentIdentityRole = Qt::UserRole + 64, // QString, Document::id
    UndatedRole,                              // bool, no publication date known (the user can set one)
    PublicationDateRole,                      // QDate, invalid when undated
    DateSourceRole,                           // QString, "metadata", "header"... "user", empty when undated
    PathRole,                                 // QString, the path as given
    EventCountRole,                           // int
    WarningsRole,                             // QStringList
};

} // namespace annals::ui
