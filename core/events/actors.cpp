#include "events/actors.h"

#include "events/actor_tables.h"
#include "events/actor_tokens.h"

#include <QList>

#include <algorithm>
#include <functional>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace annals {

using actors::isWordChar;
using actors::Token;

namespace {

// A QString sharing the view's characters, for looking up QString-keyed tables without a copy. Valid
// only while the viewed text lives; never stored.
QString lookupKey(QStringView w) {
    return QString::fromRawData(w.data(), w.size());
}

// Lower-case particles inside names ("Mohammed bin Salman", "Abu Bakr al Saadi", "Secretary of State").
bool isNameConnector(QStringView w) {
    return w == u"of" || w == u"bin" || w == u"ibn" || w == u"al" || w == u"de" || w == u"van" ||
           w == u"von" || w == u"der" || w == u"du" || w == u"da" || w == u"la";
}

QStringView withoutTrailingDot(QStringView w) {
    return w.endsWith(u'.') ? w.chopped(1) : w;
}

using Run = std::vector<Token>;

qsizetype sizeOf(const Run &run) {
    return qsizetype(run.size());
}

class Finder {
public:
    Finder(QStringView sentence, const std::function<bool(QStringView)> &capitalisedElsewhere,
           ActorFinder::Buffers &buffers)
        : m_tables(ActorTables::instance())
        , m_sentence(sentence)
        , m_capitalisedElsewhere(capitalisedElsewhere)
        , m_buffers(buffers) {}

    QStringList run() {
        Run &tokens = m_buffers.tokens;
        actors::tokenize(m_sentence.mid(actors::skipDateline(m_sentence)), tokens);
        m_titleCase = isTitleCase(tokens);
        Run &name = m_buffers.name;
        name.clear();
        for (std::size_t i = 0; i < tokens.size(); ++i) {
            const Token &t = tokens[i];
            const bool connector = !name.empty() && !name.back().breakAfter && isNameConnector(t.text) &&
                                   i + 1 < tokens.size() && tokens[i + 1].capitalised;
            if (!t.capitalised && !connector) {
                if (!name.empty()) // most words are lower-case ones between names
                    flush(name);
                continue;
            }
            if (!name.empty() && name.back().breakAfter)
                flush(name);
            name.push_back(t);
        }
        flush(name);
        return dedupe();
    }

private:
    // A headline written in title case capitalises every word; only known names count there.
    static bool isTitleCase(const Run &tokens) {
        int words = 0;
        int capitals = 0;
        for (const Token &t : tokens) {
            if (!t.text.front().isLetter())
                continue;
            ++words;
            capitals += t.capitalised ? 1 : 0;
        }
        return words >= 4 && capitals * 10 >= words * 7;
    }

    void flush(Run &name) {
        while (!name.empty() && !name.back().capitalised)
            name.pop_back(); // a trailing connector
        if (!name.empty())
            splitAtStopWords(name);
        name.clear();
    }

    // Month and weekday names, "The", "But"... split a run of capitalised words into names.
    void splitAtStopWords(const Run &run) {
        Run &part = m_buffers.part;
        part.clear();
        bool opensClause = false; // a dropped "The" that opened the sentence passes that on
        for (Token t : run) {
            t.opensClause = t.opensClause || opensClause;
            opensClause = false;
            const QStringView bare = withoutTrailingDot(t.text);
            t.canonical = canonicalName(t.text);
            if (!t.canonical && bare.size() != t.text.size())
                t.canonical = canonicalName(bare);
            if (!t.canonical && !isAcronym(bare) && t.capitalised) {
                if (m_tables.isStopWord(bare)) {
                    handleName(part);
                    part.clear();
                    opensClause = t.opensClause;
                    continue;
                }
                t.notStopWord = true;
            }
            part.push_back(t);
        }
        handleName(part);
    }

    // The tables' name for a word or words, or nullptr.
    const QString *canonicalName(QStringView words) const {
        const auto it = m_tables.canonical.constFind(lookupKey(words));
        return it == m_tables.canonical.cend() ? nullptr : &it.value();
    }

    bool isCoreTitle(const Token &t) const {
        return t.capitalised && m_tables.coreTitles.contains(lookupKey(withoutTrailingDot(t.text)));
    }

    bool isModifier(const Token &t) const {
        return t.capitalised && m_tables.titleModifiers.contains(lookupKey(withoutTrailingDot(t.text)));
    }

    // Index just past the title chain ending in the last core title of the run, or -1 without a title.
    // Also reports where the chain starts (its modifiers included).
    qsizetype titleEnd(const Run &run, qsizetype *chainStart) const {
        qsizetype last = -1;
        for (qsizetype i = 0; i < sizeOf(run); ++i) {
            if (isCoreTitle(run[i]))
                last = i;
        }
        if (last < 0)
            return -1;
        qsizetype first = last;
        while (first > 0 && (isModifier(run[first - 1]) || isCoreTitle(run[first - 1])))
            --first;
        *chainStart = first;
        qsizetype end = last + 1;
        // "Secretary of State Antony Blinken": the "of ..." belongs to the title when a name follows it.
        if (end + 2 < sizeOf(run) && run[end].text == u"of")
            end += 2;
        return end;
    }

    void handleName(const Run &run) {
        if (run.empty())
            return;
        qsizetype chainStart = 0;
        const qsizetype end = titleEnd(run, &chainStart);
        if (end < 0) {
            matchNames(run, 0, sizeOf(run), false);
            return;
        }
        matchNames(run, 0, chainStart, true);
        if (end < sizeOf(run))
            matchNames(run, end, sizeOf(run), false);
    }

    // Tokens [from, to): known countries and organisations by longest match; whatever is left between them
    // is a name of its own unless `tablesOnly` (the words before a title: "U.S. Secretary of State").
    void matchNames(const Run &run, qsizetype from, qsizetype to, bool tablesOnly) {
        qsizetype pendingStart = from;
        qsizetype i = from;
        while (i < to) {
            bool matched = false;
            const bool mayStartLonger = m_tables.multiWordStarts.contains(lookupKey(run[i].text));
            for (qsizetype len = mayStartLonger ? std::min<qsizetype>(m_tables.longestAlias, to - i) : 1;
                 len >= 1; --len) {
                // One word was looked up when the run was split.
                const QString *name = len == 1 ? run[i].canonical : nullptr;
                if (len > 1) {
                    const QString key = joinedView(run, i, i + len);
                    name = canonicalName(key);
                    if (!name && key.endsWith(u'.'))
                        name = canonicalName(QStringView(key).chopped(1)); // "the US." at an end
                }
                if (!name)
                    continue;
                if (!tablesOnly && pendingStart < i)
                    addPerson(run, pendingStart, i);
                add(*name);
                i += len;
                pendingStart = i;
                matched = true;
                break;
            }
            if (!matched) {
                if (matchHyphenated(run[i])) {
                    if (!tablesOnly && pendingStart < i)
                        addPerson(run, pendingStart, i);
                    pendingStart = i + 1;
                }
                ++i;
            }
        }
        if (!tablesOnly && pendingStart < to)
            addPerson(run, pendingStart, to);
    }

    // "Israel-Hamas" (two known names), "Iran-backed" (a known name and a lower-case word).
    bool matchHyphenated(const Token &t) {
        if (!t.text.contains(u'-'))
            return false;
        QStringList known;
        for (QStringView part : t.text.split(u'-')) {
            const auto it = m_tables.canonical.constFind(lookupKey(part));
            if (it != m_tables.canonical.cend())
                known.append(it.value());
            else if (!part.isEmpty() && part.front().isUpper())
                return false; // "Abdel-Al": a name of its own
        }
        for (const QString &k : std::as_const(known))
            add(k);
        return !known.isEmpty();
    }

    // joined() for a lookup: when the words sit in the sentence separated by single spaces (nearly always),
    // a view of the sentence holds the same characters and nothing is copied.
    static QString joinedView(const Run &run, qsizetype from, qsizetype to) {
        for (qsizetype i = from + 1; i < to; ++i) {
            const QStringView before = run[i - 1].text;
            if (before.data() + before.size() + 1 != run[i].text.data() ||
                before.data()[before.size()] != u' ')
                return joined(run, from, to);
        }
        const QChar *begin = run[from].text.data();
        const QStringView last = run[to - 1].text;
        return lookupKey(QStringView(begin, last.data() + last.size()));
    }

    static QString joined(const Run &run, qsizetype from, qsizetype to) {
        QString s;
        for (qsizetype i = from; i < to; ++i) {
            if (i > from)
                s += u' ';
            s += run[i].text;
        }
        return s;
    }

    static bool isAcronym(QStringView w) {
        int upper = 0;
        for (QChar c : w) {
            if (c.isLower())
                return false;
            upper += c.isUpper() ? 1 : 0;
        }
        return upper >= 2;
    }

    // A lone capitalised word, or any word of a title-case headline, needs more evidence than its capital
    // when it opens the sentence: being capitalised elsewhere in the document after a lower-case word.
    bool acceptedWord(const Token &t) const {
        const QStringView w = withoutTrailingDot(t.text);
        if (!t.notStopWord && m_tables.isStopWord(w))
            return false;
        if (!t.opensClause && !m_titleCase)
            return true;
        return isAcronym(w) || (m_capitalisedElsewhere && m_capitalisedElsewhere(w));
    }

    void addPerson(const Run &run, qsizetype from, qsizetype to) {
        if (from >= to)
            return;
        if (to - from > 1 && !m_titleCase) {
            const QString name = joined(run, from, to);
            add(name.endsWith(u'.') && !name.chopped(1).contains(u'.') ? name.chopped(1) : name);
            return;
        }
        qsizetype groupStart = from;
        for (qsizetype i = from; i <= to; ++i) {
            if (i < to && acceptedWord(run[i]))
                continue;
            if (groupStart < i) {
                const QString name = joined(run, groupStart, i);
                add(name.endsWith(u'.') && !name.chopped(1).contains(u'.') ? name.chopped(1) : name);
            }
            groupStart = i + 1;
        }
    }

    void add(const QString &name) {
        if (!name.isEmpty() && !m_found.contains(name))
            m_found.append(name);
    }

    // Drops names contained word-wise in a longer one ("Netanyahu" beside "Benjamin Netanyahu").
    QStringList dedupe() {
        if (m_found.size() < 2)
            return std::move(m_found); // nothing to compare: most sentences name one actor or none
        QStringList out;
        for (const QString &name : std::as_const(m_found)) {
            bool contained = false;
            for (const QString &other : std::as_const(m_found)) {
                if (other.size() > name.size() &&
                    (containsAsLastWords(other, name) || containsAsFirstWords(other, name))) {
                    contained = true;
                    break;
                }
            }
            if (!contained)
                out.append(name);
        }
        return out;
    }

    // other ends with " " + name (other is the longer one); compared in place, without building strings.
    static bool containsAsLastWords(QStringView other, QStringView name) {
        return other.endsWith(name) && other[other.size() - name.size() - 1] == u' ';
    }

    // other starts with name + " ".
    static bool containsAsFirstWords(QStringView other, QStringView name) {
        return other.startsWith(name) && other[name.size()] == u' ';
    }

    const ActorTables &m_tables;
    QStringView m_sentence;
    const std::function<bool(QStringView)> &m_capitalisedElsewhere;
    ActorFinder::Buffers &m_buffers;
    bool m_titleCase = false;
    QStringList m_found;
};

} // namespace

ActorFinder::ActorFinder(QStringView document)
    : m_document(document) {}

ActorFinder::~ActorFinder() = default;

// Is the capitalised word at [i, end) (after a space) a name rather than a sentence opener? The word
// before must be a lower-case one (or end in a comma), or a capitalised one inside a name followed by a
// lower-case word ("Rosa Delgado spoke"); in a title-case headline every word follows and precedes
// capitalised words.
bool ActorFinder::followsLowerCase(qsizetype i, qsizetype end) const {
    const QStringView d = m_document;
    const qsizetype n = d.size();
    qsizetype prev = i - 2;
    if (d[prev] == u',')
        return true;
    // "ended. Kowalski": a lower-case word with a full stop, question or exclamation mark ends a sentence.
    const bool endsSentence = d[prev] == u'.' || d[prev] == u'?' || d[prev] == u'!';
    while (prev > 0 && isWordChar(d[prev - 1]))
        --prev;
    if (d[prev].isLower())
        return !endsSentence;
    if (!d[prev].isUpper())
        return false; // after a sentence's end, a number, a quote...
    const bool nextLower = end + 1 < n && d[end] == u' ' && d[end + 1].isLower();
    const bool afterSentenceEnd =
        prev >= 2 && d[prev - 1] == u' ' && (d[prev - 2] == u'.' || d[prev - 2] == u'\n');
    return nextLower && !afterSentenceEnd;
}

namespace {

// The first i >= from (and >= 2) where " " + word starts at i - 1 in text, or -1. Asked only about words
// opening with a capital outside ASCII (see capitalisedMidSentence), rare enough for a plain loop.
qsizetype findAfterSpace(QStringView text, QStringView word, qsizetype from) {
    const char16_t *const s = text.utf16();
    const qsizetype n = text.size();
    const qsizetype length = word.size();
    const char16_t first = word.front().unicode();
    for (qsizetype i = std::max<qsizetype>(from, 2); i < n; ++i) {
        if (s[i] == first && s[i - 1] == u' ' && i + length <= n && QStringView(s + i, length) == word)
            return i;
    }
    return -1;
}

} // namespace

void ActorFinder::indexCapitals() const {
    m_indexed = true;
    const char16_t *const s = m_document.utf16();
    const qsizetype n = m_document.size();
    std::vector<qsizetype> &starts = m_capitalStarts;
    starts.reserve(std::size_t(n / 32 + 8));
    auto add = [&](qsizetype i) { starts.push_back(i); };
    qsizetype i = 2; // as in findAfterSpace: the word before needs at least one character
#if defined(__SSE2__)
    // Sixteen positions at a time, packed into bytes: a space followed by 'A'..'Z' (anything outside
    // Latin-1 saturates to 0 or 255, neither a space nor a capital).
    if (i < n) {
        const __m128i space = _mm_set1_epi8(' ');
        unsigned spaceBefore = s[i - 1] == u' ' ? 1u : 0u;
        for (; i + 16 <= n; i += 16) {
            const __m128i bytes =
                _mm_packus_epi16(_mm_loadu_si128(reinterpret_cast<const __m128i *>(s + i)),
                                 _mm_loadu_si128(reinterpret_cast<const __m128i *>(s + i + 8)));
            const __m128i offset = _mm_sub_epi8(bytes, _mm_set1_epi8('A'));
            const __m128i capital = _mm_cmpeq_epi8(_mm_min_epu8(offset, _mm_set1_epi8(25)), offset);
            const unsigned spaces = unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(bytes, space)));
            const unsigned capitals = unsigned(_mm_movemask_epi8(capital));
            for (unsigned hits = capitals & ((spaces << 1) | spaceBefore); hits; hits &= hits - 1)
                add(i + __builtin_ctz(hits));
            spaceBefore = spaces >> 15;
        }
    }
#endif
    for (; i < n; ++i) {
        if (s[i] >= u'A' && s[i] <= u'Z' && s[i - 1] == u' ')
            add(i);
    }
}

void ActorFinder::indexNamedWords() const {
    m_wordsIndexed = true;
    const QStringView d = m_document;
    const qsizetype n = d.size();
    for (qsizetype i = 2; i < n; ++i) {
        if (d[i - 1] != u' ' || !d[i].isUpper())
            continue;
        qsizetype end = i + 1;
        while (end < n && isWordChar(d[end]))
            ++end;
        if (followsLowerCase(i, end))
            m_namedWords.insert(d.sliced(i, end - i));
        i = end - 1;
    }
}

// Does the document capitalise the word right after a lower-case word or a comma (a name, not a sentence
// opener)? The places where the document has a capital after a space are listed on the first question
// (one pass, the cost of about one search for a word); each question then looks only at those places.
// Questions answered by scanning before the document's named words are indexed once: a news article asks a
// few dozen, a list of thousands of lines opening with capitalised words would ask one per line.
constexpr int kQuestionsBeforeIndex = 64;

bool ActorFinder::capitalisedMidSentence(QStringView word) const {
    // Only a whole run of letters and digits starting with a capital can be such a word.
    if (word.isEmpty() || !word.front().isUpper() ||
        !std::all_of(word.begin(), word.end(), [](QChar c) { return isWordChar(c); }))
        return false;
    if (++m_questions > kQuestionsBeforeIndex) {
        if (!m_wordsIndexed)
            indexNamedWords();
        return m_namedWords.contains(word);
    }
    const qsizetype n = m_document.size();
    const qsizetype length = word.size();
    auto namedAt = [&](qsizetype i) {
        const qsizetype end = i + length;
        return (end == n || !isWordChar(m_document[end])) && followsLowerCase(i, end);
    };
    const char16_t first = word.front().unicode();
    if (first > u'Z') { // a capital outside ASCII: the document is searched for the word itself
        for (qsizetype i = findAfterSpace(m_document, word, 2); i >= 0;
             i = findAfterSpace(m_document, word, i + 1)) {
            if (namedAt(i))
                return true;
        }
        return false;
    }
    if (!m_indexed)
        indexCapitals();
    const char16_t *const s = m_document.utf16();
    for (const qsizetype i : m_capitalStarts) {
        if (s[i] == first && i + length <= n && QStringView(s + i, length) == word && namedAt(i))
            return true;
    }
    return false;
}

QStringList ActorFinder::find(QStringView sentence) const {
    if (sentence.isEmpty())
        return {};
    if (m_buffers.tokens.capacity() == 0) {
        // Room for a long sentence's words and names at once: one allocation each per document instead of
        // regrowing from sentence to sentence.
        m_buffers.tokens.reserve(64);
        m_buffers.name.reserve(16);
        m_buffers.part.reserve(16);
    }
    const std::function<bool(QStringView)> elsewhere = [this](QStringView w) {
        return capitalisedMidSentence(w);
    };
    return Finder(sentence, elsewhere, m_buffers).run();
}

QStringList findActors(QStringView sentence, QStringView document) {
    return ActorFinder(document).find(sentence);
}

} // namespace annals
