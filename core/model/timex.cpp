#include "model/timex.h"

using namespace Qt::StringLiterals;

namespace annals {

QString timexTypeName(TimexType type) {
    switch (type) {
    case TimexType::Date:
        return u"DATE"_s;
    case TimexType::Time:
        return u"TIME"_s;
    case TimexType::Duration:
        return u"DURATION"_s;
    case TimexType::Set:
        return u"SET"_s;
    }
    return {};
}

} // namespace annals
