#include "model/event.h"

using namespace Qt::StringLiterals;

namespace annals {

QString granularityName(Granularity g) {
    switch (g) {
    case Granularity::Time:
        return u"time"_s;
    case Granularity::Day:
        return u"day"_s;
    case Granularity::Week:
        return u"week"_s;
    case Granularity::Month:
        return u"month"_s;
    case Granularity::Quarter:
        return u"quarter"_s;
    case Granularity::Season:
        return u"season"_s;
    case Granularity::Half:
        return u"half"_s;
    case Granularity::Year:
        return u"year"_s;
    case Granularity::Decade:
        return u"decade"_s;
    case Granularity::Century:
        return u"century"_s;
    }
    return {};
}

} // namespace annals
