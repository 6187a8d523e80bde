#include "event_text.h"

#include <QFileInfo>
#include <QLocale>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace annals::ui {

namespace {

QString modPrefix(QStringView mod) {
    if (mod == u"START")
        return u"early "_s;
    if (mod == u"MID")
        return u"mid-"_s;
    if (mod == u"END")
        return u"late "_s;
    if (mod == u"APPROX")
        return u"about "_s;
    if (mod == u"BEFORE" || mod == u"ON_OR_BEFORE")
        return u"before "_s;
    if (mod == u"AFTER" || mod == u"ON_OR_AFTER")
        return u"after "_s;
    return {};
}

QString ordinal(int n) {
    const int lastTwo = n % 100;
    const int last = n % 10;
    const char16_t *suffix = (lastTwo >= 11 && lastTwo <= 13) ? u"th"
                             : last == 1                      ? u"st"
                             : last == 2                      ? u"nd"
                             : last == 3                      ? u"rd"
                                                              : u"th";
    return QString::number(n) + QStringView(suffix);
}

QString seasonName(QStringView value) {
    if (value.endsWith(u"SP"))
        return u"spring"_s;
    if (value.endsWith(u"SU"))
        return u"summer"_s;
    if (value.endsWith(u"FA"))
        return u"autumn"_s;
    if (value.endsWith(u"WI"))
        return u"winter"_s;
    return u"season"_s;
}

} // namespace

QString compactEventDate(const Event &event) {
    const QDate first = event.earliest;
    if (!first.isValid())
        return u"undated: "_s + event.timexText; // e.g. "yesterday" in an article without a date
    const QLocale c = QLocale::c(); // English month names whatever the system locale, like the text
    const QString prefix = modPrefix(event.timex.mod);
    const QString year = QString::number(first.year());
    switch (event.granularity) {
    case Granularity::Time: {
        const qsizetype t = event.date.indexOf(u'T');
        const QString time = t >= 0 ? event.date.mid(t + 1, 5) : QString();
        return c.toString(first, u"d MMM yyyy"_s) + (time.isEmpty() ? QString() : u" "_s + time);
    }
    case Granularity::Day:
        return prefix + c.toString(first, u"d MMM yyyy"_s);
    case Granularity::Week:
        return prefix + u"week "_s + QString::number(first.weekNumber()) + u", "_s + year;
    case Granularity::Month:
        return prefix + c.toString(first, u"MMM yyyy"_s);
    case Granularity::Quarter:
        return prefix + u"Q"_s + QString::number((first.month() - 1) / 3 + 1) + u" "_s + year;
    case Granularity::Season:
        return prefix + seasonName(event.date) + u" "_s + year;
    case Granularity::Half:
        return prefix + (first.month() <= 6 ? u"H1 "_s : u"H2 "_s) + year;
    case Granularity::Year:
        return prefix + year;
    case Granularity::Decade:
        return prefix + QString::number(first.year() / 10 * 10) + u"s"_s;
    case Granularity::Century:
        return prefix + ordinal(first.year() / 100 + 1) + u" century"_s;
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
