#include "model/chronology_entry.h"

namespace annals {

namespace {

bool isBlank(QChar c) {
    return c == u' ' || c == u'\t' || c == u'\u00A0';
}

bool isLineMark(QChar c) {
    return c == u'-' || c == u'*' || c == u'\u2022' || c == u'#';
}

bool isEntryMark(QChar c) {
    return c == u':' || c == u'-' || c == u'\u2013' || c == u'\u2014' || c == u'|';
}

} // namespace

bool opensLine(QStringView text, qsizetype start) {
    qsizetype k = start;
    while (k > 0 && (isBlank(text[k - 1]) || isLineMark(text[k - 1])))
        --k;
    return k == 0 || text[k - 1] == u'\n' || text[k - 1] == u'\r';
}

bool aloneOnLine(QStringView text, qsizetype start, qsizetype end) {
    if (!opensLine(text, start))
        return false;
    while (end < text.size() && (isBlank(text[end]) || text[end] == u':'))
        ++end;
    return end == text.size() || text[end] == u'\n' || text[end] == u'\r';
}

qsizetype statementAfterDate(QStringView text, qsizetype end) {
    qsizetype k = end;
    while (k < text.size() && isBlank(text[k]))
        ++k;
    if (k + 1 >= text.size() || !isEntryMark(text[k]) || !isBlank(text[k + 1]))
        return -1;
    ++k;
    while (k < text.size() && isBlank(text[k]))
        ++k;
    return k < text.size() && text[k] != u'\n' ? k : -1;
}

} // namespace annals
