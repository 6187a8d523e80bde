#include "events/clause_starts.h"

#include <algorithm>
#include <initializer_list>

namespace annals {

namespace {

bool isOneOf(QStringView word, std::initializer_list<QStringView> words) {
    for (QStringView w : words) {
        if (word.compare(w, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool isOpeningQuote(QChar c) {
    return c == u'"' || c == u'\u201c' || c == u'\u2018' || c == u'\'';
}

// s from its second word on, or empty.
QStringView afterFirstWord(QStringView s) {
    const qsizetype space = s.indexOf(u' ');
    return space < 0 ? QStringView() : s.sliced(space + 1);
}

bool startsWithDigit(QStringView s) {
    return !s.isEmpty() && s.front().isDigit();
}

bool isCapitalised(QStringView word) {
    return !word.isEmpty() && word.front().isUpper();
}

// Finite verbs a predicate commonly opens with: regular past tenses ("rejected") and the frequent
// irregular and auxiliary ones of news reporting.
bool isFiniteVerb(QStringView word) {
    if (word.size() > 4 && word.endsWith(u"ed") && !word.endsWith(u"eed"))
        return true;
    return isOneOf(word, {u"said",  u"says",   u"told", u"tells", u"was",     u"were",  u"is",     u"are",
                          u"has",   u"have",   u"had",  u"will",  u"would",   u"could", u"can",    u"may",
                          u"might", u"should", u"must", u"did",   u"does",    u"made",  u"met",    u"took",
                          u"gave",  u"went",   u"came", u"left",  u"began",   u"won",   u"lost",   u"held",
                          u"spent", u"sent",   u"saw",  u"found", u"brought", u"kept",  u"became", u"fell",
                          u"rose",  u"led",    u"paid", u"set",   u"struck",  u"wrote"});
}

// Words that may stand between a missing subject and its verb ("also said", "on Monday rejected").
bool mayPrecedeVerb(QStringView word) {
    return isCapitalised(word) || startsWithDigit(word) ||
           isOneOf(word, {u"also", u"then", u"later", u"earlier", u"again", u"never", u"still", u"only",
                          u"just", u"recently", u"previously", u"on", u"in", u"at", u"late", u"early"});
}

bool isComplementiser(QStringView word) {
    return isOneOf(word, {u"that", u"when", u"because", u"although", u"though", u"unless", u"whereas",
                          u"since", u"while", u"where"});
}

} // namespace

QStringView firstWord(QStringView s) {
    qsizetype end = 0;
    while (end < s.size() && (s[end].isLetter() || s[end] == u'\''))
        ++end;
    return s.first(end);
}

qsizetype coordinatorLength(QStringView s) {
    // Letter by letter, as every summary is asked: "and ", "but ", "or ", "nor " in any case. ORing in
    // 0x20 lower-cases ASCII letters and maps nothing else onto them.
    const auto lower = [s](qsizetype i) { return i < s.size() ? char16_t(s[i].unicode() | 0x20) : u'\0'; };
    qsizetype length = 0;
    if (lower(0) == u'a' && lower(1) == u'n' && lower(2) == u'd')
        length = 3;
    else if (lower(0) == u'b' && lower(1) == u'u' && lower(2) == u't')
        length = 3;
    else if (lower(0) == u'n' && lower(1) == u'o' && lower(2) == u'r')
        length = 3;
    else if (lower(0) == u'o' && lower(1) == u'r')
        length = 2;
    return length > 0 && length < s.size() && s[length] == u' ' ? length + 1 : 0;
}

bool opensSubject(QStringView clause) {
    while (!clause.isEmpty() && isOpeningQuote(clause.front()))
        clause = clause.sliced(1);
    if (startsWithDigit(clause))
        return true;
    const QStringView w = firstWord(clause);
    if (isCapitalised(w))
        return true;
    if (isOneOf(w, {u"about", u"nearly", u"almost", u"around", u"some", u"over", u"more", u"at", u"up"}))
        return startsWithDigit(afterFirstWord(clause)) || afterFirstWord(clause).startsWith(u"least");
    return isOneOf(w, {u"a",     u"an",      u"the",  u"this", u"these", u"those",  u"his",  u"her",
                       u"its",   u"their",   u"our",  u"my",   u"your",  u"he",     u"she",  u"it",
                       u"they",  u"we",      u"i",    u"you",  u"there", u"many",   u"most", u"several",
                       u"few",   u"all",     u"both", u"each", u"every", u"no",     u"one",  u"two",
                       u"three", u"another", u"such", u"much", u"none",  u"neither"});
}

bool opensPredicate(QStringView clause) {
    clause = clause.sliced(coordinatorLength(clause));
    if (clause.isEmpty() || !clause.front().isLower())
        return false;
    for (int i = 0; i < 4 && !clause.isEmpty(); ++i) {
        const QStringView w = firstWord(clause);
        if (isFiniteVerb(w) || firstWord(afterFirstWord(clause)) == u"that") // "concludes that ..."
            return true;
        if (w.isEmpty() ? !startsWithDigit(clause) : !mayPrecedeVerb(w))
            return false;
        clause = afterFirstWord(clause);
    }
    return false;
}

bool opensAddOn(QStringView clause) {
    return isOneOf(firstWord(clause),
                   {u"saying", u"adding", u"according", u"citing",    u"noting", u"arguing",
                    u"which",  u"who",    u"whom",      u"whose",     u"where",  u"although",
                    u"though", u"while",  u"despite",   u"officials", u"he",     u"she",
                    u"they",   u"it",     u"including", u"referring", u"telling"});
}

bool opensParticiple(QStringView clause) {
    QStringView word = firstWord(clause);
    if (word.endsWith(u"ly") && word.size() + 1 < clause.size())
        word = firstWord(clause.sliced(word.size() + 1)); // "temporarily halting"
    return word.size() > 4 && word.endsWith(u"ing") && word.front().isLower() &&
           !isOneOf(word, {u"during", u"morning", u"evening", u"nothing", u"something", u"anything",
                           u"everything", u"spring"});
}

bool isPositionalAside(QStringView clause) {
    if (isOneOf(clause, {u"left", u"right", u"center", u"centre", u"top", u"bottom", u"front", u"rear"}))
        return true;
    const qsizetype space = clause.indexOf(u' ');
    return space > 0 && isOneOf(clause.first(space), {u"second", u"third", u"far"}) &&
           isOneOf(clause.sliced(space + 1), {u"left", u"right"});
}

bool opensRelative(QStringView clause) {
    return isOneOf(firstWord(clause), {u"who", u"which", u"whom", u"whose"});
}

bool opensSubordinate(QStringView clause) {
    return isComplementiser(firstWord(clause)) && opensSubject(afterFirstWord(clause));
}

bool opensSubjectRelative(QStringView clause) {
    const QStringView w = firstWord(clause);
    if (!isOneOf(w, {u"who", u"which"}))
        return false;
    const QStringView next = afterFirstWord(clause);
    return !next.isEmpty() && next.front().isLower() && !opensSubject(next); // not "which the council set"
}

bool isShortSubject(QStringView clause) {
    if (clause.size() > 40 || clause.count(u' ') > 4 || !isCapitalised(clause))
        return false;
    const QStringView w = firstWord(clause);
    if (isOneOf(w,
                {u"on",        u"in",      u"at",      u"after",     u"before",   u"during",    u"according",
                 u"last",      u"since",   u"for",     u"with",      u"by",       u"from",      u"under",
                 u"over",      u"despite", u"amid",    u"earlier",   u"later",    u"late",      u"early",
                 u"this",      u"next",    u"shortly", u"when",      u"while",    u"if",        u"as",
                 u"although",  u"though",  u"but",     u"and",       u"however",  u"meanwhile", u"today",
                 u"yesterday", u"monday",  u"tuesday", u"wednesday", u"thursday", u"friday",    u"saturday",
                 u"sunday",    u"there",   u"it"}))
        return false;
    for (QStringView rest = clause; !rest.isEmpty(); rest = afterFirstWord(rest)) {
        if (isFiniteVerb(firstWord(rest)))
            return false; // a clause of its own ("Talks resumed"), not a subject
    }
    return true;
}

qsizetype innerClauseStart(QStringView s, qsizetype from, qsizetype to) {
    // From the right: the innermost such clause is the one holding the expression.
    for (qsizetype i = std::min(to, s.size() - 1); i >= std::max<qsizetype>(from, 2); --i) {
        if (s[i - 1] != u' ' || s[i] == u' ')
            continue;
        if (s[i - 2] == u';') {
            if (opensSubject(s.sliced(i)))
                return i;
            continue;
        }
        qsizetype wordStart = i - 1;
        while (wordStart > 0 && s[wordStart - 1] != u' ')
            --wordStart;
        const QStringView before = s.sliced(wordStart, i - 1 - wordStart);
        const bool afterCommaCoordinator =
            wordStart >= 2 && s[wordStart - 2] == u',' && isOneOf(before, {u"and", u"but"});
        if ((afterCommaCoordinator || isComplementiser(before)) && opensSubject(s.sliced(i)))
            return i;
    }
    return -1;
}

} // namespace annals
