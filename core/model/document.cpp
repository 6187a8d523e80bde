#include "model/document.h"

using namespace Qt::StringLiterals;

namespace annals {

QString zoneName(Zone zone) {
    switch (zone) {
    case Zone::Headline:
        return u"headline"_s;
    case Zone::Dateline:
        return u"dateline"_s;
    case Zone::Body:
        return u"body"_s;
    case Zone::Caption:
        return u"caption"_s;
    case Zone::Boilerplate:
        return u"boilerplate"_s;
    }
    return {};
}

std::optional<Zone> zoneFromName(QStringView name) {
    for (Zone z : {Zone::Headline, Zone::Dateline, Zone::Body, Zone::Caption, Zone::Boilerplate}) {
        if (name == zoneName(z))
            return z;
    }
    return std::nullopt;
}

QString dateSourceName(DateSource source) {
    switch (source) {
    case DateSource::Metadata:
        return u"metadata"_s;
    case DateSource::Header:
        return u"header"_s;
    case DateSource::Dateline:
        return u"dateline"_s;
    case DateSource::Caption:
        return u"caption"_s;
    case DateSource::User:
        return u"user"_s;
    }
    return {};
}

} // namespace annals
