#include "user_date_store.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace annals::ui {

namespace {
const QString group = u"userPublicationDates"_s;
}

QString UserDateStore::keyFor(const Document &document) {
    QCryptographicHash hash(QCryptographicHash::Sha256);
    // A JSON lines record keeps its ":LINE" suffix; only the file part is made absolute.
    const QFileInfo info(document.path);
    hash.addData(QFileInfo::exists(document.path) ? info.absoluteFilePath().toUtf8()
                                                  : document.path.toUtf8());
    hash.addData(QByteArrayView("\n"));
    hash.addData(document.text.toUtf8());
    return QString::fromLatin1(hash.result().toHex());
}

void UserDateStore::remember(const Document &document, QDate date) {
    QSettings settings;
    settings.beginGroup(group);
    settings.setValue(keyFor(document), date.toString(Qt::ISODate));
}

void UserDateStore::forget(const Document &document) {
    QSettings settings;
    settings.beginGroup(group);
    settings.remove(keyFor(document));
}

QDate UserDateStore::recalled(const Document &document) const {
    QSettings settings;
    settings.beginGroup(group);
    return QDate::fromString(settings.value(keyFor(document)).toString(), Qt::ISODate);
}

} // namespace annals::ui
