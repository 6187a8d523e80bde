#include "timex/tense.h"

#include <cstddef>

namespace annals::timex {

namespace {

// `lower`: lowercase ASCII letters, `N` its length with the terminating zero.
template <std::size_t N> bool isWordAt(QStringView text, const Token &tok, const char (&lower)[N]) {
    return isWordToken(text, tok, QLatin1StringView(lower, qsizetype(N - 1)));
}

WordTense wordTense(QStringView text, const Token &tok) {
    if (tok.kind != TokenKind::Word)
        return WordTense::None;
    if (tok.lex && tok.lex->tense != WordTense::None)
        return tok.lex->tense;
    // "may do so again in September": the modal, not the month.
    if (tok.lex && tok.lex->month == 5 && !tok.capitalized)
        return WordTense::Modal;
    const qsizetype n = tok.length();
    // Words read off the text rather than kept in the lexicon, where they would cost every lookup: deadlines
    // ("by Friday", "until Tuesday", "effective Jan. 1"), "since Oct. 23" looking back, and "set to
    // resume", "plan to leave" looking ahead (tenseAround wants the "to").
    if (!tok.lex) {
        switch (n) {
        case 2:
            if (isWordAt(text, tok, "by"))
                return WordTense::Deadline;
            break;
        case 3:
            if (isWordAt(text, tok, "set"))
                return WordTense::Future;
            break;
        case 4:
            if (isWordAt(text, tok, "till") || isWordAt(text, tok, "thru") || isWordAt(text, tok, "from"))
                return WordTense::Deadline;
            if (isWordAt(text, tok, "plan"))
                return WordTense::Future;
            break;
        case 7:
            if (isWordAt(text, tok, "through"))
                return WordTense::Deadline;
            break;
        case 5:
            if (isWordAt(text, tok, "until"))
                return WordTense::Deadline;
            if (isWordAt(text, tok, "since"))
                return WordTense::Past;
            if (isWordAt(text, tok, "might"))
                return WordTense::Modal;
            break;
        case 8:
            if (isWordAt(text, tok, "forecast"))
                return WordTense::Future;
            break;
        case 9:
            if (isWordAt(text, tok, "effective"))
                return WordTense::Deadline;
            break;
        default:
            break;
        }
    }
    // Regular past forms: "rejected", "announced". Short words ("red", "bed") are in the lexicon.
    if (n >= 5) {
        const char16_t e = text[tok.end - 2].unicode() | 0x20;
        const char16_t d = text[tok.end - 1].unicode() | 0x20;
        if (e == u'e' && d == u'd' && !tok.capitalized)
            return WordTense::Past;
    }
    return WordTense::None;
}

// A verb of putting off ("postponed", "delayed", "extended") among the three words before `deadline`.
bool deferralBefore(QStringView text, const std::vector<Token> &tokens, qsizetype sentenceFirst,
                    qsizetype deadline) {
    for (qsizetype k = deadline - 1; k >= std::max(sentenceFirst, deadline - 3); --k) {
        const Token &t = tokens[size_t(k)];
        if (isWordAt(text, t, "postponed") || isWordAt(text, t, "delayed") || isWordAt(text, t, "extended") ||
            isWordAt(text, t, "deferred") || isWordAt(text, t, "adjourned") || isWordAt(text, t, "pushed") ||
            isWordAt(text, t, "suspended") || isWordAt(text, t, "recessed"))
            return true;
    }
    return false;
}

// Whether the word after the "to" at `to` reads as a verb ("due to meet") rather than the start of a noun
// phrase ("due to the storm", "due to heavy rain", "due to Israel's objections").
bool verbAfterTo(QStringView text, const std::vector<Token> &tokens, qsizetype to, qsizetype end) {
    if (to + 1 > end)
        return false;
    const Token &w = tokens[size_t(to + 1)];
    if (w.kind != TokenKind::Word || w.capitalized)
        return false;
    return !(isWordAt(text, w, "the") || isWordAt(text, w, "a") || isWordAt(text, w, "an") ||
             isWordAt(text, w, "his") || isWordAt(text, w, "her") || isWordAt(text, w, "its") ||
             isWordAt(text, w, "their") || isWordAt(text, w, "our") || isWordAt(text, w, "this") ||
             isWordAt(text, w, "that") || isWordAt(text, w, "these") || isWordAt(text, w, "those") ||
             isWordAt(text, w, "heavy") || isWordAt(text, w, "high") || isWordAt(text, w, "low") ||
             isWordAt(text, w, "bad") || isWordAt(text, w, "poor") || isWordAt(text, w, "lack"));
}

bool isThrough(QStringView text, const Token &tok) {
    return isWordAt(text, tok, "through") || isWordAt(text, tok, "thru");
}

Tense toTense(WordTense t) {
    switch (t) {
    case WordTense::Past:
    case WordTense::Reporting:
        return Tense::Past;
    case WordTense::Present:
        return Tense::Present;
    case WordTense::Future:
    case WordTense::Modal:
    case WordTense::Deadline:
        return Tense::Future;
    default:
        return Tense::Unknown;
    }
}

} // namespace

Tense tenseAround(QStringView text, const std::vector<Token> &tokens, qsizetype sentenceFirst,
                  qsizetype sentenceLast, qsizetype first, qsizetype last, bool deadlines) {
    Tense best = Tense::Unknown;
    qsizetype bestDistance = 1 << 30;
    const qsizetype end = std::min(sentenceLast, qsizetype(tokens.size()) - 1);
    // Clause boundaries: commas, semicolons and the conjunctions that join clauses ("won the title in May
    // and hopes to defend it in June").
    const auto isBoundary = [&](qsizetype k) {
        const Token &t = tokens[size_t(k)];
        if (t.kind == TokenKind::Punct)
            return t.punct == u',' || t.punct == u';';
        return isWordAt(text, t, "and") || isWordAt(text, t, "but");
    };
    // Whether the expression's own clause (between boundaries) has a verb of its own: then a verb across a
    // comma ("who visited Kyiv on Monday, will travel") governs its own clause, not the expression; a
    // fronted "On Wednesday, the minister said" has none and takes the verb after the comma.
    bool ownVerb = false;
    const auto verbAt = [&](qsizetype k) {
        const WordTense w = wordTense(text, tokens[size_t(k)]);
        return w == WordTense::Past || w == WordTense::Future || w == WordTense::Modal;
    };
    for (qsizetype k = first - 1; k >= sentenceFirst && !isBoundary(k) && !ownVerb; --k)
        ownVerb = verbAt(k);
    for (qsizetype k = last + 1; k <= end && !isBoundary(k) && !ownVerb; ++k)
        ownVerb = verbAt(k);
    // A past perfect after the expression ("By Thursday evening, the fires had been contained") or before it
    // in its own clause ("had reached the town by Friday"); not one in an aside ("The sale, which had been
    // expected, is part of a plan to pay down the loan by February"). Asked only of a deadline.
    const auto pastPerfect = [&] {
        const auto had = [&](qsizetype k) { return isWordAt(text, tokens[size_t(k)], "had"); };
        for (qsizetype k = first - 1; k >= sentenceFirst && !isBoundary(k); --k)
            if (had(k))
                return true;
        for (qsizetype k = last + 1; k <= end; ++k)
            if (had(k))
                return true;
        return false;
    };
    for (qsizetype i = sentenceFirst; i <= end; ++i) {
        if (i >= first && i <= last)
            continue;
        WordTense word = wordTense(text, tokens[size_t(i)]);
        // "Voters go to the polls on Sunday": an election ahead, told in the present.
        if (word == WordTense::None && i + 3 <= end && isWordAt(text, tokens[size_t(i + 3)], "polls") &&
            isWordAt(text, tokens[size_t(i + 1)], "to") &&
            (isWordAt(text, tokens[size_t(i)], "go") || isWordAt(text, tokens[size_t(i)], "goes") ||
             isWordAt(text, tokens[size_t(i)], "head") || isWordAt(text, tokens[size_t(i)], "heads")))
            word = WordTense::Future;
        // "Voting takes place on the 15th", "the law takes effect (comes into force) on January 1": a
        // scheduled event, told in the present.
        if (word == WordTense::None && i + 1 <= end &&
            (((isWordAt(text, tokens[size_t(i)], "takes") || isWordAt(text, tokens[size_t(i)], "take")) &&
              (isWordAt(text, tokens[size_t(i + 1)], "place") ||
               isWordAt(text, tokens[size_t(i + 1)], "effect"))) ||
             ((isWordAt(text, tokens[size_t(i)], "comes") || isWordAt(text, tokens[size_t(i)], "come")) &&
              isWordAt(text, tokens[size_t(i + 1)], "into"))))
            word = WordTense::Future;
        // "The final is on Sunday": a present "is" right before "on" and a weekday names a day ahead.
        if (word == WordTense::Present && i + 2 == first && isWordAt(text, tokens[size_t(i + 1)], "on") &&
            tokens[size_t(first)].lex && tokens[size_t(first)].lex->weekday &&
            (isWordAt(text, tokens[size_t(i)], "is") || isWordAt(text, tokens[size_t(i)], "are")))
            word = WordTense::Future;
        // "City play United on Saturday", "Riverton host Dunwick": a fixture ahead, told in the present; the
        // opponent's name tells the verb from the noun ("face value", "the play").
        if (word == WordTense::None && i + 1 <= end && !tokens[size_t(i)].capitalized &&
            tokens[size_t(i + 1)].capitalized && tokens[size_t(i + 1)].kind == TokenKind::Word &&
            !(tokens[size_t(i + 1)].lex && tokens[size_t(i + 1)].lex->isTrigger()) &&
            (isWordAt(text, tokens[size_t(i)], "play") || isWordAt(text, tokens[size_t(i)], "face") ||
             isWordAt(text, tokens[size_t(i)], "host") || isWordAt(text, tokens[size_t(i)], "hosts") ||
             isWordAt(text, tokens[size_t(i)], "visit") || isWordAt(text, tokens[size_t(i)], "faces")))
            word = WordTense::Future;
        if (word == WordTense::None)
            continue; // most words: skip before the switch below
        Tense t = toTense(word);
        if (t == Tense::Unknown)
            continue;
        // "adjourned until next month on Monday", "talks that began last week": "next" and "last" before a
        // unit or a calendar name belong to that other expression, and do not date this one.
        if ((word == WordTense::Future || word == WordTense::Past) && i + 1 <= end &&
            !(i + 1 >= first && i + 1 <= last) &&
            (isWordAt(text, tokens[size_t(i)], "next") || isWordAt(text, tokens[size_t(i)], "last"))) {
            const Lexeme *n = tokens[size_t(i + 1)].lex;
            if (n && (n->unit != Unit::None || n->weekday || n->month || n->season))
                continue;
        }
        // "expect a cut by the summer", "the accused": a past form after an article is a noun or adjective
        // ("the former minister" and "the last time" do look back); "expected to last until the weekend",
        // "to hit": after "to" it is an infinitive.
        if (word == WordTense::Past && i > sentenceFirst && isWordAt(text, tokens[size_t(i - 1)], "to"))
            continue;
        if (word == WordTense::Past && i > sentenceFirst &&
            (isWordAt(text, tokens[size_t(i - 1)], "a") || isWordAt(text, tokens[size_t(i - 1)], "an") ||
             isWordAt(text, tokens[size_t(i - 1)], "the")) &&
            !isWordAt(text, tokens[size_t(i)], "former") && !isWordAt(text, tokens[size_t(i)], "last"))
            continue;
        // "would step down in the spring if he lost": a past form after "if" is a condition, not the past,
        // when a "would" says what follows from it ("asked if he met them on Monday" does look back).
        if (word == WordTense::Past) {
            bool condition = false;
            for (qsizetype k = i - 1; k >= std::max(sentenceFirst, i - 3) && !condition; --k)
                condition = isWordAt(text, tokens[size_t(k)], "if");
            bool would = false;
            for (qsizetype k = sentenceFirst; k <= end && condition && !would; ++k)
                would = isWordAt(text, tokens[size_t(k)], "would");
            if (would)
                continue;
        }
        // "were planning to", "was expected", "was set for": an auxiliary before a word of intention takes
        // that word's tense, which the loop reads next.
        if (t == Tense::Past && i + 1 <= end && !(i + 1 >= first && i + 1 <= last) &&
            wordTense(text, tokens[size_t(i + 1)]) == WordTense::Future &&
            (isWordAt(text, tokens[size_t(i)], "was") || isWordAt(text, tokens[size_t(i)], "were")))
            continue;
        const qsizetype distance = i < first ? first - i : i - last;
        // "will meet on Tuesday, officials said": the attribution does not date what was said.
        if (word == WordTense::Reporting && distance > 2)
            continue;
        const bool toFollows = (word == WordTense::Future || word == WordTense::Present) && i + 1 <= end &&
                               isWordAt(text, tokens[size_t(i + 1)], "to");
        if (word == WordTense::Future) {
            const Token &tok = tokens[size_t(i)];
            // "to meet demand", "agreed to resume": an infinitive takes the tense of the verb it follows.
            if (i > sentenceFirst && isWordAt(text, tokens[size_t(i - 1)], "to"))
                continue;
            // "next to the embassy", "due to the storm": a place or a cause, not the future; "is due to
            // meet Monday" is an arrangement ahead.
            if (toFollows && (isWordAt(text, tok, "next") ||
                              (isWordAt(text, tok, "due") && !verbAfterTo(text, tokens, i + 1, end))))
                continue;
            // "set to resume", "plan to leave", "forecast to slow", "the vote is set for Sunday": intentions,
            // arrangements and outlooks; alone the words are not.
            const bool forFollows = i + 1 <= end && isWordAt(text, tokens[size_t(i + 1)], "for");
            if (!toFollows && !(forFollows && isWordAt(text, tok, "set")) &&
                (isWordAt(text, tok, "set") || isWordAt(text, tok, "plan") ||
                 isWordAt(text, tok, "forecast")))
                continue;
            // "had been scheduled to expire Friday", "had planned to": an intention already overtaken.
            bool overtaken = false;
            for (qsizetype k = std::max(sentenceFirst, i - 3); k < i && !overtaken; ++k)
                overtaken = isWordAt(text, tokens[size_t(k)], "had");
            if (overtaken)
                t = Tense::Past;
            // "three days later": a step from another date, not the future.
            if (i > sentenceFirst && tokens[size_t(i - 1)].lex &&
                tokens[size_t(i - 1)].lex->unit != Unit::None && isWordAt(text, tok, "later"))
                continue;
        }
        // "are to resume Tuesday", "has to leave by Friday": an arrangement or obligation ahead.
        if (toFollows && word == WordTense::Present && !isWordAt(text, tokens[size_t(i)], "now"))
            t = Tense::Future;
        // "until Tuesday", "by Friday": a deadline counts only right before the expression, and not in a
        // story told in the past perfect ("By Thursday evening, the fires had been contained").
        if (word == WordTense::Deadline && (!deadlines || !(i < first && distance == 1) || pastPerfect()))
            continue;
        // "since 2019", "since shortly after the Oct. 23 slaying" date their own object only: not "votes on
        // Sept. 10, its first election since 2019".
        if (word == WordTense::Past && !(i < first && distance <= 4) &&
            isWordAt(text, tokens[size_t(i)], "since"))
            continue;
        // "runs through Sunday" looks ahead; "bought shares through Sept. 29", "sales this year through
        // August" sum up a stretch that has passed.
        if (word == WordTense::Deadline && isThrough(text, tokens[size_t(i)]) &&
            !(tokens[size_t(first)].lex && tokens[size_t(first)].lex->weekday))
            continue;
        // "Stores open from Monday", "the ban applies from Friday": a start ahead; only a weekday's, as
        // "from March" is as often a stretch told in the past.
        if (word == WordTense::Deadline && isWordAt(text, tokens[size_t(i)], "from") &&
            !(tokens[size_t(first)].lex && tokens[size_t(first)].lex->weekday))
            continue;
        // "postponed until Tuesday", "extended its deadline until Friday": the new date lies ahead
        // whatever the verb's tense.
        const bool deferred = word == WordTense::Deadline && deferralBefore(text, tokens, sentenceFirst, i);
        // "will be held", "would have signed": a modal shortly before a participle makes the clause future.
        if (t == Tense::Past)
            for (qsizetype k = std::max(sentenceFirst, i - 3); k < i; ++k)
                if (wordTense(text, tokens[size_t(k)]) == WordTense::Modal) {
                    t = Tense::Future;
                    break;
                }
        // Present forms ("is", "says") and deadlines are weaker evidence than past or future verbs, and so
        // is a verb across a comma when the expression's clause has its own (above).
        qsizetype boundaries = 0;
        if (ownVerb)
            for (qsizetype k = std::min(i, last) + 1; k < std::max(i, first); ++k)
                boundaries += isBoundary(k) ? 1 : 0;
        const qsizetype weighted =
            deferred ? 0
                     : (t == Tense::Present || word == WordTense::Deadline ? distance + 3 : distance) +
                           3 * boundaries;
        if (weighted < bestDistance) {
            bestDistance = weighted;
            best = t;
        }
    }
    return best;
}

bool pastVerbGoverns(QStringView text, const std::vector<Token> &tokens, qsizetype sentenceFirst,
                     qsizetype first) {
    qsizetype verb = first - 1;
    if (verb >= sentenceFirst &&
        (isWordAt(text, tokens[size_t(verb)], "on") || isWordAt(text, tokens[size_t(verb)], "in")))
        --verb;
    if (verb < sentenceFirst || toTense(wordTense(text, tokens[size_t(verb)])) != Tense::Past)
        return false;
    // "will be held on", "to be completed in", "when the case is heard in May": a participle after a modal
    // or a present form of "be" is no past event.
    for (qsizetype k = std::max(sentenceFirst, verb - 3); k < verb; ++k) {
        const Token &t = tokens[size_t(k)];
        if (wordTense(text, t) == WordTense::Modal || isWordAt(text, t, "be") || isWordAt(text, t, "is") ||
            isWordAt(text, t, "are") || isWordAt(text, t, "am") || isWordAt(text, t, "being"))
            return false;
    }
    return true;
}

} // namespace annals::timex
