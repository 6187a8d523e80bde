#include "zones/zone_classifier.h"

#include "model/unit_search.h"
#include "zones/block_features.h"
#include "zones/cue_phrases.h"
#include "zones/topic_overlap.h"
#include "zones/word_scanner.h"

#include <QHash>

#include <algorithm>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

namespace annals {

namespace {

using namespace zones;

// What the classifier knows about one block while it works through the passes below.
struct BlockInfo {
    QStringView text;
    int words = 0;             // counted up to 31 (41 for link-heavy blocks): see classifyZones
    bool sentence = false;     // ends like a sentence
    bool headlineLike = false; // short, unterminated
    int group = 0;             // lines not separated by a blank line share a group (plain text)
    bool endMarker = false;    // copyright line or "More Latest News"-style heading
    std::optional<Zone> zone;  // decided so far
};

constexpr int kHeadlineSearchBlocks = 25;
// The topic is set by the lead; more paragraphs add cost, not evidence.
constexpr int kTopicParagraphs = 8;

// Zone from the block's own wording and HTML tag, or nothing when the text alone does not tell.
std::optional<Zone> zoneFromCues(const Block &block, BlockInfo &info) {
    const QStringView t = info.text;
    if (std::none_of(t.begin(), t.end(),
                     [](QChar c) { return c.isLetter(); })) // "0:00 0:00", bullets, padding
        return isNumericDateLine(t) ? Zone::Dateline : Zone::Boilerplate;
    const QString &tag = block.tag;
    if (!tag.isEmpty()) { // HTML blocks only: plain text has no tags
        if (tag == u"nav" || tag == u"footer" || tag == u"aside" || tag == u"header" || tag == u"menu" ||
            tag == u"form" || tag == u"button")
            return Zone::Boilerplate;
        if (tag == u"figcaption")
            return Zone::Caption;
    }
    if (block.linkDensity >= 0.6 && info.words <= 40)
        return Zone::Boilerplate; // link lists, related-story teasers
    if (isCopyrightOrStationLine(t, info.words)) {
        info.endMarker = true;
        return Zone::Boilerplate;
    }
    if (isSectionEndMarker(t)) {
        info.endMarker = true;
        return Zone::Boilerplate;
    }
    if (hasBoilerplatePrefix(t) || isAuthorBio(t) || isContributorLine(t) || isReaderAppeal(t))
        return Zone::Boilerplate;
    if (hasPhotoCredit(t))
        return Zone::Caption;
    if (isBylineLine(t) || isDateHeaderLine(t, info.words) || isStandaloneDateline(t))
        return Zone::Dateline;
    if (isLabelLine(t))
        return Zone::Boilerplate;
    if (!info.sentence && info.words <= 12 && hasNavigationSeparators(t))
        return Zone::Boilerplate;
    return std::nullopt;
}

// A short line of capitalised words only: a name such as "Ann Example".
bool isNameLine(const BlockInfo &info) {
    return info.words >= 2 && info.words <= 4 && !info.sentence && titleCaseRatio(info.text) >= 0.99 &&
           !info.text.contains(u'.') && !info.text.contains(u':');
}

// "Ann Example" next to "By Ann Example" is part of the byline; "Ann Example" above "Ann Example is
// the paper's foreign editor." is part of the bio.
void classifyNameLines(std::vector<BlockInfo> &infos) {
    const int n = int(infos.size());
    for (int i = 0; i < n; ++i) {
        if (infos[i].zone || !isNameLine(infos[i]))
            continue;
        for (int j = std::max(0, i - 3); j <= std::min(n - 1, i + 3); ++j) {
            if (j == i)
                continue;
            const QStringView other = infos[j].text;
            if (isBylineLine(other) && other.contains(infos[i].text)) {
                infos[i].zone = Zone::Dateline;
                break;
            }
            if (j > i && isAuthorBio(other) && other.trimmed().startsWith(infos[i].text.trimmed())) {
                infos[i].zone = Zone::Boilerplate;
                break;
            }
        }
    }
}

// Lines glued to a photo credit (no blank line between) describe the photo: "Benjamin Netanyahu" above
// "Benjamin Netanyahu. Picture: Getty", a photographer's name above "Pool/AFP via Getty Images".
void spreadCaptionsInGroups(std::vector<BlockInfo> &infos) {
    QHash<int, bool> groupHasCredit;
    for (const BlockInfo &info : infos) {
        if (info.zone == Zone::Caption)
            groupHasCredit[info.group] = true;
    }
    for (BlockInfo &info : infos) {
        if (!info.zone && groupHasCredit.value(info.group))
            info.zone = Zone::Caption;
    }
}

// Calls f(text) for the paragraphs that set the article's topic: its first long, sentence-shaped
// paragraphs not yet classified, until f returns false.
template <typename F> void forEachTopicParagraph(const std::vector<BlockInfo> &infos, F &&f) {
    int read = 0;
    for (const BlockInfo &info : infos) {
        if (!info.zone && info.sentence && info.words >= 12) {
            if (!f(info.text) || ++read == kTopicParagraphs)
                return;
        }
    }
}

// The headline is the first short unterminated line near the top that is about what the body is about;
// menus and section names above it share no words with the body.
int findHeadline(const Document &document, const std::vector<BlockInfo> &infos) {
    const int n = int(infos.size());
    for (int i = 0; i < n; ++i) {
        if (!infos[i].zone && document.blocks[i].tag.size() == 2 && document.blocks[i].tag == u"h1")
            return i;
    }
    const int limit = std::min(n, kHeadlineSearchBlocks);
    std::vector<int> candidates;
    for (int i = 0; i < limit; ++i) {
        if (!infos[i].zone && infos[i].headlineLike)
            candidates.push_back(i);
    }
    if (!candidates.empty()) {
        TopicOverlap topic;
        for (const int i : candidates)
            topic.addCandidate(infos[i].text);
        const auto aboutTopic = [&](int c) {
            return topic.sharedWords(c) >= 2 && topic.sharedRatio(c) >= 0.25;
        };
        // Once the first candidate is about the topic, further words cannot change the choice: it is taken
        // below whatever the other candidates share. The scan stops at that word.
        const auto firstAboutTopic = [&](const TopicOverlap &) { return aboutTopic(0); };
        forEachTopicParagraph(infos, [&](QStringView text) {
            return topic.addTopicParagraph(text, firstAboutTopic) && !aboutTopic(0);
        });
        int best = -1;
        int bestShared = 0;
        for (int c = 0; c < int(candidates.size()); ++c) {
            if (aboutTopic(c))
                return candidates[c];
            const int shared = topic.sharedWords(c);
            if (shared > bestShared) {
                best = candidates[c];
                bestShared = shared;
            }
        }
        if (best >= 0)
            return best;
        bool topicHasWords = false;
        forEachTopicParagraph(infos, [&](QStringView text) {
            topicHasWords = TopicOverlap::hasContentWord(text);
            return !topicHasWords;
        });
        if (!topicHasWords)
            return candidates.front();
    }
    // Pages without a headline-like line: take a short first unclassified line, if any.
    for (int i = 0; i < limit; ++i) {
        if (!infos[i].zone)
            return infos[i].words <= 30 && !infos[i].sentence ? i : -1;
    }
    return -1;
}

// A standfirst ("An Israeli official said ...") directly under the headline, before the body starts.
void markStandfirst(std::vector<BlockInfo> &infos, int headline) {
    int taken = 0;
    for (int i = headline + 1; i < int(infos.size()) && taken < 2; ++i) {
        BlockInfo &info = infos[i];
        if (info.zone)
            continue;
        if (!info.headlineLike || looksLikeTeaserHeadline(info.text))
            return;
        info.zone = Zone::Headline;
        ++taken;
    }
}

// After a copyright line or a "More Latest News"/"Related Content" heading that follows the article,
// the page lists other stories: everything from there on is boilerplate.
void markTail(std::vector<BlockInfo> &infos, int headline) {
    int bodySeen = 0;
    for (int i = headline + 1; i < int(infos.size()); ++i) {
        if (!infos[i].zone && infos[i].sentence)
            ++bodySeen;
        if (infos[i].endMarker && bodySeen >= 2) {
            for (int j = i + 1; j < int(infos.size()); ++j)
                infos[j].zone = Zone::Boilerplate;
            return;
        }
    }
}

// Teaser lists: three or more list-like lines (bullets or unterminated headlines), at least two of them
// unterminated, possibly with a short blurb (at most two blocks) between items.
void markTeaserLists(std::vector<BlockInfo> &infos, int from) {
    const int n = int(infos.size());
    auto listLike = [&](int i) {
        const BlockInfo &b = infos[i];
        return !b.zone && (startsWithBullet(b.text) || b.headlineLike);
    };
    int i = from;
    while (i < n) {
        if (!listLike(i)) {
            ++i;
            continue;
        }
        int last = i;
        int items = 0;
        int unterminated = 0;
        int j = i;
        int gap = 0;
        for (; j < n; ++j) {
            const BlockInfo &b = infos[j];
            if (b.zone == Zone::Boilerplate)
                continue; // another furniture line inside the list
            // After a blurb only a bulleted item continues the list; an unbulleted headline there is
            // more likely the article's next subhead.
            if (listLike(j) && (gap == 0 || startsWithBullet(b.text))) {
                ++items;
                unterminated += b.sentence ? 0 : 1;
                last = j;
                gap = 0;
            } else if (!b.zone && b.words <= 30 && gap < 2) {
                ++gap;
            } else {
                break;
            }
        }
        if (items >= 3 && unterminated >= 2) {
            for (int k = i; k <= last; ++k) {
                if (!infos[k].zone)
                    infos[k].zone = Zone::Boilerplate;
            }
        }
        i = last + 1;
    }
}

// A line repeated word for word elsewhere as a caption is a caption too (pages print captions twice).
void spreadRepeatedCaptions(std::vector<BlockInfo> &infos, int headline) {
    QHash<QStringView, bool> captionTexts;
    for (const BlockInfo &info : infos) {
        if (info.zone == Zone::Caption)
            captionTexts.insert(info.text.trimmed(), true);
    }
    if (captionTexts.isEmpty())
        return;
    for (int i = 0; i < int(infos.size()); ++i) {
        if (i != headline && infos[i].zone == Zone::Body && captionTexts.contains(infos[i].text.trimmed()))
            infos[i].zone = Zone::Caption;
    }
}

// Lines that are separated from the next by a single newline belong to one visual group.
void assignGroups(const Document &document, std::vector<BlockInfo> &infos) {
    int group = 0;
    for (int i = 0; i < int(infos.size()); ++i) {
        if (i > 0) {
            const qsizetype gapStart = document.blocks[i - 1].span.end;
            const qsizetype gapEnd = document.blocks[i].span.start;
            const QStringView gap =
                QStringView(document.text).mid(gapStart, std::max<qsizetype>(0, gapEnd - gapStart));
            const bool glued = document.blocks[i].tag.isEmpty() && countUnit(gap, u'\n') == 1;
            if (!glued)
                ++group;
        }
        infos[i].group = group;
    }
}

} // namespace

void classifyZones(Document &document) {
    const int n = int(document.blocks.size());
    if (n == 0)
        return;
    std::vector<BlockInfo> infos(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) {
        const Block &block = document.blocks[i];
        BlockInfo &info = infos[std::size_t(i)];
        if (block.span.start < 0 || block.span.end > document.text.size() || block.span.isEmpty()) {
            info.zone = Zone::Boilerplate; // an out-of-range block carries no readable text
            continue;
        }
        info.text = document.blockText(block);
        // Every rule below compares the count with 30 or less, except the link-list rule (40): counting
        // stops one word past what the block's rules can ask about.
        info.words = countWordsUpTo(info.text, block.linkDensity >= 0.6 ? 40 : 30);
        info.sentence = endsLikeSentence(info.text);
        info.headlineLike = isHeadlineLike(info.text, info.words);
        info.zone = zoneFromCues(block, info);
    }
    assignGroups(document, infos);
    classifyNameLines(infos);
    spreadCaptionsInGroups(infos);

    const int headline = findHeadline(document, infos);
    if (headline >= 0) {
        infos[std::size_t(headline)].zone = Zone::Headline;
        // Above the headline sit menus and section names; keep only dates and captions found there.
        for (int i = 0; i < headline; ++i) {
            if (!infos[i].zone || infos[i].zone == Zone::Body)
                infos[i].zone = Zone::Boilerplate;
        }
        markStandfirst(infos, headline);
    }
    markTail(infos, headline);
    markTeaserLists(infos, headline + 1);

    for (BlockInfo &info : infos) {
        if (info.zone)
            continue;
        if (looksLikeTeaserHeadline(info.text) || (info.words <= 2 && !info.sentence))
            info.zone = Zone::Boilerplate; // inline link teasers, "Exclusive", stray letters
        else
            info.zone = Zone::Body;
    }
    spreadRepeatedCaptions(infos, headline);

    for (int i = 0; i < n; ++i)
        document.blocks[i].zone = *infos[std::size_t(i)].zone;
    if (document.title.isEmpty() && headline >= 0)
        document.title = infos[std::size_t(headline)].text.trimmed().toString();
}

} // namespace annals
