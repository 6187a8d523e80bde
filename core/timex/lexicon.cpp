#include "timex/lexicon.h"

#include "timex/holidays.h"

#include <QString>

#include <cstdlib>
#include <cstring>

namespace annals::timex {

namespace {

// Packs up to 16 ASCII letters into two words, lowercased. Returns false for anything else.
bool pack(QStringView word, std::uint64_t &k0, std::uint64_t &k1) {
    const qsizetype n = word.size();
    if (n == 0 || n > 16)
        return false;
    k0 = 0;
    k1 = 0;
    for (qsizetype i = 0; i < n; ++i) {
        char16_t c = word[i].unicode();
        if (c >= u'A' && c <= u'Z')
            c = char16_t(c + 32);
        else if (c < u'a' || c > u'z')
            return false;
        if (i < 8)
            k0 |= std::uint64_t(c) << (8 * i);
        else
            k1 |= std::uint64_t(c) << (8 * (i - 8));
    }
    return true;
}

} // namespace

bool Lexeme::computeTrigger() const {
    if (month || weekday || season || holiday || unit != Unit::None)
        return true;
    switch (role) {
    case Role::Today:
    case Role::Yesterday:
    case Role::Tomorrow:
    case Role::Tonight:
    case Role::Now:
    case Role::PresentRef:
    case Role::PastRef:
    case Role::FutureRef:
    case Role::Future:
    case Role::Past:
    case Role::Weekend:
    case Role::Half:
    case Role::Quarter:
    case Role::Decade:
    case Role::Century:
    case Role::Morning:
    case Role::Afternoon:
    case Role::Evening:
    case Role::Night:
    case Role::Noon:
    case Role::Midnight:
    case Role::Overnight:
    case Role::SetAdverb:
    case Role::Previously:
    case Role::YearHead:
    case Role::Period:
    case Role::Term:
    case Role::DecadeName:
    case Role::Current:
        return true;
    default:
        return false;
    }
}

void Lexicon::mark(PrefixTable &table, const char *word, std::size_t length) {
    const unsigned second = length == 1 ? 26u : unsigned(word[1] - 'a');
    table[length][std::size_t(word[0] - 'a')] |= 1u << second;
}

Lexeme &Lexicon::entry(const char *word) {
    std::uint64_t k0, k1;
    const QString w = QString::fromLatin1(word);
    if (!pack(w, k0, k1))
        std::abort(); // a table entry that is not 1-16 ASCII letters is a programming error
    std::size_t i = hashKey(k0, k1) & m_mask;
    while (m_keys[i].k0 != 0 && !(m_keys[i].k0 == k0 && m_keys[i].k1 == k1))
        i = (i + 1) & m_mask;
    m_keys[i].k0 = k0;
    m_keys[i].k1 = k1;
    mark(m_anyPrefix, word, std::strlen(word));
    return m_entries[i];
}

const Lexeme *Lexicon::find(QStringView word) const {
    std::uint64_t k0, k1;
    if (!pack(word, k0, k1))
        return nullptr;
    return findPacked(k0, k1);
}

Lexicon::Lexicon() {
    m_keys.resize(1024);
    m_entries.resize(1024);
    m_mask = m_keys.size() - 1;

    static const char *const months[] = {"january",   "february", "march",    "april",
                                         "may",       "june",     "july",     "august",
                                         "september", "october",  "november", "december"};
    static const char *const monthAbbr[] = {"jan", "feb", "mar", "apr", nullptr, "jun",
                                            "jul", "aug", "sep", "oct", "nov",   "dec"};
    for (int m = 0; m < 12; ++m) {
        entry(months[m]).month = std::int8_t(m + 1);
        if (monthAbbr[m]) {
            Lexeme &e = entry(monthAbbr[m]);
            e.month = std::int8_t(m + 1);
            e.abbreviation = true;
        }
    }
    entry("sept").month = 9;
    entry("sept").abbreviation = true;

    static const char *const days[] = {"monday", "tuesday",  "wednesday", "thursday",
                                       "friday", "saturday", "sunday"};
    static const char *const dayAbbr[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    static const char *const dayPlural[] = {"mondays", "tuesdays",  "wednesdays", "thursdays",
                                            "fridays", "saturdays", "sundays"};
    for (int d = 0; d < 7; ++d) {
        entry(days[d]).weekday = std::int8_t(d + 1);
        Lexeme &a = entry(dayAbbr[d]);
        a.weekday = std::int8_t(d + 1);
        a.abbreviation = true;
        Lexeme &p = entry(dayPlural[d]);
        p.weekday = std::int8_t(d + 1);
        p.plural = true;
    }
    entry("tues").weekday = 2;
    entry("tues").abbreviation = true;
    entry("thur").weekday = 4;
    entry("thur").abbreviation = true;
    entry("thurs").weekday = 4;
    entry("thurs").abbreviation = true;

    static const char *const numbers[] = {
        "zero",     "one",     "two",     "three",     "four",     "five",     "six",
        "seven",    "eight",   "nine",    "ten",       "eleven",   "twelve",   "thirteen",
        "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};
    for (int n = 0; n <= 20; ++n)
        entry(numbers[n]).number = std::int16_t(n);
    static const char *const tens[] = {"thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    for (int t = 0; t < 7; ++t)
        entry(tens[t]).number = std::int16_t(30 + 10 * t);
    static const char *const decades[] = {"twenties", "thirties",  "forties",  "fifties",
                                          "sixties",  "seventies", "eighties", "nineties"};
    for (int t = 0; t < 8; ++t) {
        entry(decades[t]).number = std::int16_t(20 + 10 * t);
        entry(decades[t]).role = Role::DecadeName;
    }
    entry("hundred").number = 100;
    entry("thousand").number = 1000;
    entry("dozen").number = 12;

    static const char *const ordinals[] = {
        "first",     "second",    "third",       "fourth",     "fifth",      "sixth",      "seventh",
        "eighth",    "ninth",     "tenth",       "eleventh",   "twelfth",    "thirteenth", "fourteenth",
        "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"};
    for (int n = 0; n < 20; ++n)
        entry(ordinals[n]).ordinal = std::int8_t(n + 1);
    entry("thirtieth").ordinal = 30;

    struct UnitWord {
        const char *singular;
        const char *plural;
        Unit unit;
    };
    static const UnitWord units[] = {
        {"second", "seconds", Unit::Second},     {"minute", "minutes", Unit::Minute},
        {"hour", "hours", Unit::Hour},           {"day", "days", Unit::Day},
        {"week", "weeks", Unit::Week},           {"month", "months", Unit::Month},
        {"year", "years", Unit::Year},           {"decade", "decades", Unit::Decade},
        {"century", "centuries", Unit::Century}, {"quarter", "quarters", Unit::Quarter},
        {"fortnight", "fortnights", Unit::Week}};
    for (const UnitWord &u : units) {
        entry(u.singular).unit = u.unit;
        Lexeme &p = entry(u.plural);
        p.unit = u.unit;
        p.plural = true;
    }
    entry("fortnight").unitMultiple = 2;
    entry("fortnights").unitMultiple = 2;
    entry("hrs").unit = Unit::Hour;
    entry("hrs").plural = true;
    entry("yr").unit = Unit::Year;
    entry("yrs").unit = Unit::Year;
    entry("yrs").plural = true;
    entry("mins").unit = Unit::Minute;
    entry("mins").plural = true;
    // Live blogs' "2h ago", "45 min ago"; the recognizer takes them only right after a number.
    entry("h").unit = Unit::Hour;
    entry("hr").unit = Unit::Hour;
    entry("min").unit = Unit::Minute;
    entry("quarter").role = Role::Quarter;
    entry("quarters").role = Role::Quarter;
    entry("decade").role = Role::Decade;
    entry("decades").role = Role::Decade;
    entry("century").role = Role::Century;
    entry("centuries").role = Role::Century;

    static const char *const seasons[] = {"spring", "summer", "fall", "autumn", "winter"};
    static const std::int8_t seasonIds[] = {1, 2, 3, 3, 4};
    for (int s = 0; s < 5; ++s) {
        entry(seasons[s]).season = seasonIds[s];
        entry(seasons[s]).role = Role::Season;
    }
    entry("springs").season = 1;
    entry("summers").season = 2;
    entry("summers").plural = true;
    entry("winters").season = 4;
    entry("winters").plural = true;

    for (std::size_t h = 0; h < holidays().size(); ++h)
        entry(holidays()[h].word).holiday = std::int8_t(h + 1);

    struct RoleWord {
        const char *word;
        Role role;
    };
    static const RoleWord roles[] = {{"today", Role::Today},
                                     {"yesterday", Role::Yesterday},
                                     {"tomorrow", Role::Tomorrow},
                                     {"tonight", Role::Tonight},
                                     {"now", Role::Now},
                                     {"currently", Role::PresentRef},
                                     {"nowadays", Role::PresentRef},
                                     {"presently", Role::PresentRef},
                                     {"recently", Role::PastRef},
                                     {"lately", Role::PastRef},
                                     {"formerly", Role::PastRef},
                                     {"previously", Role::Previously},
                                     {"soon", Role::Soon},
                                     {"the", Role::The},
                                     {"a", Role::A},
                                     {"an", Role::A},
                                     {"this", Role::This},
                                     {"last", Role::Last},
                                     {"next", Role::Next},
                                     {"coming", Role::Coming},
                                     {"upcoming", Role::Coming},
                                     {"past", Role::Past},
                                     {"previous", Role::Previous},
                                     {"prior", Role::Previous},
                                     {"preceding", Role::Previous},
                                     {"following", Role::Following},
                                     {"same", Role::Same},
                                     {"that", Role::That},
                                     {"early", Role::Early},
                                     {"late", Role::Late},
                                     {"mid", Role::Mid},
                                     {"middle", Role::Middle},
                                     {"beginning", Role::Beginning},
                                     {"start", Role::Start},
                                     {"end", Role::End},
                                     {"earlier", Role::Earlier},
                                     {"later", Role::Later},
                                     {"ago", Role::Ago},
                                     {"before", Role::Before},
                                     {"after", Role::After},
                                     {"every", Role::Every},
                                     {"each", Role::Each},
                                     {"per", Role::Per},
                                     {"fiscal", Role::Fiscal},
                                     {"weekend", Role::Weekend},
                                     {"weekends", Role::Weekend},
                                     {"half", Role::Half},
                                     {"current", Role::Current},
                                     {"recent", Role::Recent},
                                     {"future", Role::Future},
                                     {"few", Role::Few},
                                     {"several", Role::Several},
                                     {"couple", Role::Couple},
                                     {"many", Role::Many},
                                     {"some", Role::Some},
                                     {"about", Role::Approx},
                                     {"around", Role::Approx},
                                     {"approximately", Role::Approx},
                                     {"roughly", Role::Approx},
                                     {"nearly", Role::LessThan},
                                     {"almost", Role::LessThan},
                                     {"over", Role::MoreThan},
                                     {"more", Role::MoreThan},
                                     {"least", Role::AtLeast},
                                     {"noon", Role::Noon},
                                     {"midday", Role::Noon},
                                     {"midnight", Role::Midnight},
                                     {"overnight", Role::Overnight},
                                     {"of", Role::Of},
                                     {"and", Role::And},
                                     {"or", Role::Or},
                                     {"am", Role::Ampm},
                                     {"pm", Role::Ampm},
                                     {"long", Role::Long},
                                     {"old", Role::Old},
                                     {"morning", Role::Morning},
                                     {"mornings", Role::Morning},
                                     {"afternoon", Role::Afternoon},
                                     {"afternoons", Role::Afternoon},
                                     {"evening", Role::Evening},
                                     {"evenings", Role::Evening},
                                     {"night", Role::Night},
                                     {"nights", Role::Night},
                                     {"nineteen", Role::YearHead},
                                     {"eighteen", Role::YearHead},
                                     {"period", Role::Period},
                                     {"term", Role::Term}};
    for (const RoleWord &r : roles)
        entry(r.word).role = r.role;
    // "on weekends", "Sunday mornings": recurrences
    for (const char *w : {"weekends", "mornings", "afternoons", "evenings", "nights"})
        entry(w).plural = true;

    // Tense markers, for tense.cpp.
    static const char *const past[] = {
        "was",    "were",    "had",        "did",     "said",  "met",    "took",     "told",
        "made",   "went",    "came",       "gave",    "got",   "left",   "held",     "began",
        "became", "saw",     "knew",       "thought", "found", "felt",   "brought",  "bought",
        "sought", "fought",  "won",        "lost",    "led",   "fell",   "rose",     "hit",
        "sent",   "spent",   "built",      "struck",  "broke", "spoke",  "wrote",    "ran",
        "shot",   "paid",    "sold",       "stood",   "put",   "quit",   "cut",      "ago",
        "last",   "earlier", "yesterday",  "wasn",    "weren", "didn",   "hadn",     "grew",
        "drew",   "threw",   "flew",       "blew",    "wore",  "tore",   "hid",      "sat",
        "lay",    "lit",     "fed",        "bled",    "dealt", "meant",  "kept",     "slept",
        "swept",  "heard",   "understood", "froze",   "chose", "woke",   "drove",    "rode",
        "arose",  "sank",    "sang",       "rang",    "swam",  "spun",   "stuck",    "dug",
        "hung",   "swung",   "caught",     "taught",  "shook", "forgot", "withdrew", "overtook",
        "ate",    "bit",     "laid",       "lent",    "bent",  "fled",   "shut",     "spread",
        "beat",   "former",  "previously", "recently"};
    for (const char *w : past)
        entry(w).tense = WordTense::Past;
    static const char *const future[] = {"next",    "upcoming", "scheduled", "tomorrow", "plans", "expected",
                                         "expects", "intends",  "coming",    "later",    "soon",  "due",
                                         "slated",  "going",    "planned",   "planning", "aims",  "hopes"};
    for (const char *w : future)
        entry(w).tense = WordTense::Future;
    for (const char *w : {"intend", "intended", "intends", "vowed", "promised", "pledged", "expect", "hope",
                          "aim", "hoped", "aimed", "threatened"})
        entry(w).tense = WordTense::Future;
    // News writes a scheduled event in the present: "the summit opens Monday", "talks resume Friday".
    for (const char *w : {"opens",      "reopens", "begins",    "starts",  "resumes", "resume", "convenes",
                          "reconvenes", "expires", "concludes", "kicks",   "votes",   "meets",  "ends",
                          "closes",     "arrives", "departs",   "travels", "meet",    "vote"})
        entry(w).tense = WordTense::Future;
    for (const char *w : {"said", "told"})
        entry(w).tense = WordTense::Reporting;
    static const char *const modal[] = {"will", "would", "shall", "ll", "should"};
    for (const char *w : modal)
        entry(w).tense = WordTense::Modal;
    static const char *const present[] = {"is",  "are",  "says", "say",  "am",
                                          "isn", "aren", "has",  "have", "now"};
    for (const char *w : present)
        entry(w).tense = WordTense::Present;
    static const char *const notPast[] = {
        "need", "needed", "indeed", "speed", "seed", "feed", "breed", "bed", "red", "hundred", "embed",
        "proceed", "exceed", "succeed", "weed", "shed", "united", "limited", "based", "related", "concerned",
        "interested", "detailed", "advanced", "alleged", "armed", "used", "supposed", "unprecedented", "ted",
        "ned", "fred", "ahmed", "mohammed", "muhammed", "hamed", "sped", "wed", "bred", "speed", "united",
        "hundreds", "reed", "creed", "greed",
        // adjectives, not verbs: "on a still unspecified date"
        "unspecified", "undisclosed", "unidentified", "unnamed", "unconfirmed", "unexpected", "unscheduled"};
    for (const char *w : notPast)
        if (entry(w).tense == WordTense::None)
            entry(w).tense = WordTense::NotPast;

    struct SetWord {
        const char *word;
        Unit unit;
        int count;
    };
    static const SetWord sets[] = {{"hourly", Unit::Hour, 1},   {"daily", Unit::Day, 1},
                                   {"nightly", Unit::Day, 1},   {"weekly", Unit::Week, 1},
                                   {"biweekly", Unit::Week, 2}, {"fortnightly", Unit::Week, 2},
                                   {"monthly", Unit::Month, 1}, {"quarterly", Unit::Quarter, 1},
                                   {"annually", Unit::Year, 1}, {"yearly", Unit::Year, 1}};
    for (const SetWord &s : sets) {
        Lexeme &e = entry(s.word);
        e.role = Role::SetAdverb;
        e.unit = s.unit;
        e.setUnitCount = std::int8_t(s.count);
    }

    for (std::size_t i = 0; i < m_keys.size(); ++i) {
        const Key &key = m_keys[i];
        Lexeme &lexeme = m_entries[i];
        if (key.k0 == 0)
            continue;
        lexeme.trigger = lexeme.computeTrigger();
        if (!lexeme.trigger)
            continue;
        char word[17] = {};
        std::size_t length = 0;
        while (length < 16) {
            const char letter =
                char((length < 8 ? key.k0 >> (8 * length) : key.k1 >> (8 * (length - 8))) & 0xFF);
            if (!letter)
                break;
            word[length++] = letter;
        }
        mark(m_capitalTriggerPrefix, word, length);
        const bool nameOnly = (lexeme.month || lexeme.weekday || lexeme.holiday) &&
                              lexeme.unit == Unit::None && !lexeme.season && lexeme.role == Role::None;
        if (!nameOnly)
            mark(m_triggerPrefix, word, length);
    }
}

} // namespace annals::timex
