#pragma once

#include "model/document.h"
#include "model/event.h"

#include <QString>

namespace annals::ui {

// A compact, sortable-looking date for tables: "5 May 2024", "5 May 2024 18:13", "week 6, 2024",
// "late Jan 2024", "Q1 2024", "winter 2024", "H2 2024", "2024", "2020s", "21st century".
QString compactEventDate(const Event &event);

// The name shown for a document: its title, else its file name.
QString documentDisplayName(const Document &document);

// Where the document comes from: the site name, else the URL's host, else the file name.
QString documentOutlet(const Document &document);

} // namespace annals::ui
