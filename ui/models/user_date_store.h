#pragma once

#include "model/document.h"

#include <QDate>
#include <QString>

namespace annals::ui {

// Remembers the publication dates the user set, in QSettings, so they survive closing the window.
// The key is the file's absolute path plus a hash of the document's text: if the article changes on disk,
// the old date is not applied to the new text.
class UserDateStore {
public:
    static QString keyFor(const Document &document);

    void remember(const Document &document, QDate date);
    void forget(const Document &document);
    QDate recalled(const Document &document) const; // invalid when none
};

} // namespace annals::ui
