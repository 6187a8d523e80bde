#include "event_text.h"

#include "model/calendar_words.h"

#include <QFileInfo>
#include <QLocale>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace annals::ui {

namespace {

QString seasonOrGeneric(QStringView value) {
    const QString word = seasonWord(value);
    return word.isEmpty() ? u"season"_s : word;
}

} // namespace

QString compactEventDate(const Event &event) {
    const QDate first = event.earliest;
    if (!first.isValid())
        return u"undated: "_s + event.timexText; // e.g. "yesterday" in an article without a date
    const QLocale c = QLocale::c(); // English month names whatever the system locale, like the text
    const QString prefix = modPrefix(event.timex.mod);
    const QString year = yearText(first.year()); // "2024", "480 BC": QLocale would write -480
    switch (event.granularity) {
    case Granularity::Time: {
        const qsizetype t = event.date.indexOf(u'T');
        const QString time = t >= 0 ? event.date.mid(t + 1, 5) : QString();
        return c.toString(first, u"d MMM "_s) + year + (time.isEmpty() ? QString() : u" "_s + time);
    }
    case Granularity::Day:
        return prefix + c.toString(first, u"d MMM "_s) + year;
    case Granularity::Week:
        return prefix + u"week "_s + QString::number(first.weekNumber()) + u", "_s + year;
    case Granularity::Month:
        return prefix + c.toString(first, u"MMM "_s) + year;
    case Granularity::Quarter:
        return prefix + u"Q"_s + QString::number((first.month() - 1) / 3 + 1) + u" "_s + year;
    case Granularity::Season:
        return prefix + seasonOrGeneric(event.date) + u" "_s + year;
    case Granularity::Half:
        return prefix + (first.month() <= 6 ? u"H1 "_s : u"H2 "_s) + year;
    case Granularity::Year:
        return prefix + year;
    case Granularity::Decade:
        return prefix + decadeText(first.year());
    case Granularity::Century:
        return prefix + centuryText(first.year());
    }
    return event.date;
}

QString documentDisplayName(const Document &document) {
    if (!document.title.trimmed().isEmpty())
        return document.title.trimmed();
    return QFileInfo(document.path).fileName();
}

QString documentOutlet(const Document &document) {
    if (!document.metadata.siteName.isEmpty())
        return document.metadata.siteName;
    if (!document.metadata.url.isEmpty()) {
        const QString host = QUrl(document.metadata.url).host();
        if (!host.isEmpty())
            return host.startsWith(u"www."_s) ? host.mid(4) : host;
    }
    return QFileInfo(document.path).fileName();
}

} // namespace annals::ui
