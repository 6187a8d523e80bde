#pragma once

#include <QStringView>

// Word classes that tell where a summary may begin: a statement opens with its subject, never with a
// conjunction that ties it to what came before, a relative pronoun or a bare predicate.
namespace annals {

// The leading run of letters and apostrophes of s ("Duvania's" of "Duvania's envoy").
QStringView firstWord(QStringView s);

// Number of units to drop from the front of s so that it does not open with a coordinating conjunction
// ("and a truce held" -> "a truce held"); 0 when it does not open with one.
qsizetype coordinatorLength(QStringView s);

// Can a clause's subject begin with this word? Capitalised words, numbers, determiners, pronouns and
// quantifiers ("the", "they", "some", "about 200").
bool opensSubject(QStringView clause);

// Does the clause open without a subject: a lower-case word that cannot begin one ("said on Sunday
// that ...", "on Monday rejected ...", "and said ...")?
bool opensPredicate(QStringView clause);

// Clauses that add to the main one rather than carry it: participles, relatives, attributions ("saying
// ...", "which ...", "according to ...").
bool opensAddOn(QStringView clause);

// "temporarily halting the protests", "leaving two dead": a participle clause that adds to the statement
// before it.
bool opensParticiple(QStringView clause);

// "left", "second right": where a person stands in a photo caption ("Lena Berg, left, and Omar Haddad
// shake hands"), not a clause of its own.
bool isPositionalAside(QStringView clause);

// "who ...", "which ...", "whom ...", "whose ...": a relative clause, which needs what it follows.
bool opensRelative(QStringView clause);

// "when the talks ...", "because they ...": a subordinator followed by a subject, a statement once the
// subordinator goes.
bool opensSubordinate(QStringView clause);

// "who flew ..." or "which holds ...": a relative clause whose pronoun is its subject.
bool opensSubjectRelative(QStringView clause);

// Can this short clause be the subject glued before a predicate? A capitalised noun phrase of a few
// words ("Duvania's envoy", "Lena Berg"), not an adverbial ("On Monday", "Last week", "According to X").
bool isShortSubject(QStringView clause);

// Where the last clause with its own subject begins inside s, at or after `from` and at most `to`: after a
// complementiser or subordinator followed by a subject ("said that the talks ...", "when the rebels
// ..."), after ", and"/", but" followed by a subject, or after "; ". -1 when there is none.
qsizetype innerClauseStart(QStringView s, qsizetype from, qsizetype to);

} // namespace annals
