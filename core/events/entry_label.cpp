#include "events/entry_label.h"

namespace annals {

namespace {

bool isBlank(QChar c) {
    return c == u' ' || c == u'\t' || c == u'\u00A0' || c == u'\n' || c == u'\r';
}

bool isBullet(QChar c) {
    return c == u'-' || c == u'*' || c == u'\u2022';
}

bool isEntryMark(QChar c) {
    return c == u':' || c == u'-' || c == u'\u2013' || c == u'\u2014' || c == u'|';
}

} // namespace

qsizetype entryStatementStart(QStringView sentence, TextSpan timex) {
    if (timex.start < 0 || timex.end > sentence.size() || timex.start >= timex.end)
        return 0;
    for (qsizetype k = 0; k < timex.start; ++k)
        if (!isBlank(sentence[k]) && !isBullet(sentence[k]))
            return 0;
    qsizetype k = timex.end;
    while (k < sentence.size() && isBlank(sentence[k]))
        ++k;
    // The mark must stand apart from the statement: "June 12 - Duvania", not "June 12-13".
    if (k + 1 >= sentence.size() || !isEntryMark(sentence[k]) || !isBlank(sentence[k + 1]))
        return 0;
    ++k;
    while (k < sentence.size() && isBlank(sentence[k]))
        ++k;
    return k < sentence.size() ? k : 0;
}

} // namespace annals
