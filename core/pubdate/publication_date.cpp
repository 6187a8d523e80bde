#include "pubdate/publication_date.h"

#include "pubdate/date_mentions.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace annals {

namespace {

using pubdate::DateMention;

// Header lines and datelines sit at the top of a page; beyond this many blocks nothing is trusted as a
// statement of when the page was written.
constexpr int kTopBlocks = 30;

const QString kNoDateWarning =
    u"no publication date found in the text; relative dates cannot be resolved (use --dct YYYY-MM-DD)"_s;

QString quoted(QStringView text) {
    return u'"' + text.trimmed().toString() + u'"';
}

void accept(Document &document, const QDate &date, DateSource source, std::optional<TextSpan> span) {
    document.publicationDate = date;
    document.publicationDateSource = source;
    document.publicationDateSpan = span;
}

bool startsWithHeaderWord(QStringView text) {
    for (QStringView cue : {u"Updated"_s, u"Last updated"_s, u"Published"_s, u"First published"_s,
                            u"Posted"_s, u"Last modified"_s, u"Date:"_s}) {
        if (text.trimmed().startsWith(cue, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// The dates in one block with a year, impossible ones reported as warnings and dropped.
QList<DateMention> fullDates(Document &document, const Block &block, QStringView where) {
    const QStringView text = document.blockText(block);
    QList<DateMention> result;
    for (const DateMention &m : pubdate::findDateMentions(text)) {
        if (!m.hasYear())
            continue;
        if (!m.date().isValid()) {
            document.warnings.append(u"ignored impossible date "_s +
                                     quoted(text.mid(m.start, m.end - m.start)) + u" in "_s +
                                     where.toString());
            continue;
        }
        result.append(m);
    }
    return result;
}

// The first date after "Published", "Posted" or "First published" (the first cue found), or the first date.
DateMention dateAfterPublishingCue(QStringView text, const QList<DateMention> &dates) {
    for (const QString &cue : {u"Published"_s, u"Posted"_s, u"First published"_s}) {
        const qsizetype at = text.indexOf(cue, 0, Qt::CaseInsensitive);
        if (at < 0)
            continue;
        for (const DateMention &m : dates) {
            if (m.start > at)
                return m;
        }
        break;
    }
    return dates.first();
}

TextSpan spanOf(const Block &block, const DateMention &m) {
    return {block.span.start + m.start, block.span.start + m.end};
}

bool fromMetadata(Document &document) {
    const QString raw = document.metadata.publishedRaw.trimmed();
    if (raw.isEmpty())
        return false;
    QString problem;
    if (const auto date = pubdate::parseMetadataDate(raw, &problem)) {
        accept(document, *date, DateSource::Metadata, std::nullopt);
        return true;
    }
    document.warnings.append(u"metadata publication date "_s + quoted(raw) + u" could not be read ("_s +
                             problem + u"); looking for one in the text"_s);
    return false;
}

// "5 May 2024, 13:39 | Updated: 5 May 2024, 23:22" -> the first date (publication, not the update);
// "Updated: ... | Published: ..." -> the date after "Published".
bool fromHeader(Document &document) {
    const int limit = std::min<int>(int(document.blocks.size()), kTopBlocks);
    for (int i = 0; i < limit; ++i) {
        const Block &block = document.blocks[i];
        const QStringView text = document.blockText(block);
        const bool header =
            block.zone == Zone::Dateline || (startsWithHeaderWord(text) && block.zone != Zone::Caption &&
                                             block.zone != Zone::Boilerplate && text.size() < 120);
        if (!header)
            continue;
        const QList<DateMention> dates = fullDates(document, block, u"header line");
        if (dates.isEmpty()) {
            // "03/02/2024": 3 February or 2 March; say so rather than guess.
            QString problem;
            if (!pubdate::parseMetadataDate(text, &problem) &&
                problem == u"day and month cannot be told apart")
                document.warnings.append(u"header date "_s + quoted(text) +
                                         u": day and month cannot be told "_s
                                         u"apart; not used"_s);
            continue;
        }
        // With two dates ("Published ... Updated ..."), the one after a publishing cue; a single date is
        // taken whatever the cues say, so the (case-insensitive, costly) cue search is left out.
        const DateMention chosen = dates.size() > 1 ? dateAfterPublishingCue(text, dates) : dates.first();
        accept(document, chosen.date(), DateSource::Header, spanOf(block, chosen));
        return true;
    }
    return false;
}

// The year stated by a copyright or header line near the page ("© 2024 Reuters"), when there is one.
int yearNearby(const Document &document) {
    int year = 0;
    for (const Block &block : document.blocks) {
        const QStringView text = document.blockText(block).trimmed();
        if (!(text.startsWith(u'\u00A9') || text.startsWith(u"Copyright", Qt::CaseInsensitive)))
            continue;
        for (qsizetype k = 0; k + 4 <= text.size(); ++k) {
            const QStringView w = text.mid(k, 4);
            const bool digits = std::all_of(w.begin(), w.end(), [](QChar c) { return c.isDigit(); });
            const bool bounded =
                (k == 0 || !text[k - 1].isDigit()) && (k + 4 == text.size() || !text[k + 4].isDigit());
            if (digits && bounded && (w.startsWith(u"19") || w.startsWith(u"20"))) {
                const int found = w.toInt();
                if (year != 0 && year != found)
                    return 0; // two different years: no single answer
                year = found;
            }
        }
    }
    return year;
}

// "CAIRO, Feb 7 (Reuters) -", "WASHINGTON, Feb. 7, 2024 —": a date inside the place-name prefix.
bool fromDateline(Document &document) {
    const int limit = std::min<int>(int(document.blocks.size()), kTopBlocks);
    for (int i = 0; i < limit; ++i) {
        const Block &block = document.blocks[i];
        if (block.zone != Zone::Body && block.zone != Zone::Dateline)
            continue;
        const QStringView text = document.blockText(block);
        if (text.isEmpty() || !text.front().isUpper())
            continue;
        qsizetype dash = -1;
        const QStringView head = text.first(std::min<qsizetype>(text.size(), 84));
        for (QStringView d : {u" \u2014"_s, u" \u2013"_s, u" - "_s}) {
            const qsizetype at = head.indexOf(d);
            if (at > 0 && (dash < 0 || at < dash))
                dash = at;
        }
        if (dash < 0 || dash > 80)
            continue;
        const QStringView prefix = text.first(dash);
        // A dateline opens with a place name in capitals: "CAIRO", "TEL AVIV".
        if (prefix.size() < 3 || !prefix[0].isUpper() || !prefix[1].isUpper())
            continue;
        const QList<DateMention> dates = pubdate::findDateMentions(prefix);
        if (dates.isEmpty())
            continue;
        DateMention m = dates.first();
        if (!m.hasYear()) {
            m.year = yearNearby(document);
            if (!m.year) {
                document.warnings.append(u"dateline "_s + quoted(prefix) + u" states no year; not used"_s);
                continue;
            }
        }
        if (!m.date().isValid()) {
            document.warnings.append(u"ignored impossible date "_s +
                                     quoted(prefix.mid(m.start, m.end - m.start)) + u" in dateline"_s);
            continue;
        }
        accept(document, m.date(), DateSource::Dateline, spanOf(block, m));
        return true;
    }
    return false;
}

bool bodyMentionsWeekday(const Document &document, int weekday) {
    static const QString names[] = {u"Monday"_s, u"Tuesday"_s,  u"Wednesday"_s, u"Thursday"_s,
                                    u"Friday"_s, u"Saturday"_s, u"Sunday"_s};
    const QString &name = names[weekday - 1];
    for (const Block &block : document.blocks) {
        if (block.zone == Zone::Body && document.blockText(block).contains(name))
            return true;
    }
    return false;
}

// Last resort: a caption near the top dating its photo in full ("Wednesday, Feb. 7, 2024. (AP Photo...)").
// Photos are often old (file photos), so the date counts only when the article is about that day: the
// caption names the date's weekday correctly, or the body speaks of that weekday ("on Wednesday").
bool fromCaption(Document &document) {
    const int limit = std::max<int>(kTopBlocks / 2, int(document.blocks.size()) / 2);
    for (int i = 0; i < std::min<int>(limit, int(document.blocks.size())); ++i) {
        const Block &block = document.blocks[i];
        if (block.zone != Zone::Caption)
            continue;
        const QStringView text = document.blockText(block);
        if (text.contains(u"file photo", Qt::CaseInsensitive))
            continue;
        for (const DateMention &m : fullDates(document, block, u"caption")) {
            const int weekday = m.date().dayOfWeek();
            const bool aboutThatDay = (m.weekday != 0 && m.weekdayAgrees()) ||
                                      (m.weekday == 0 && bodyMentionsWeekday(document, weekday));
            if (!aboutThatDay)
                continue;
            accept(document, m.date(), DateSource::Caption, spanOf(block, m));
            document.warnings.append(
                u"publication date "_s + m.date().toString(Qt::ISODate) + u" taken from a photo caption ("_s +
                quoted(text.mid(m.start, m.end - m.start)) +
                u"): no metadata, header or dateline states it; check it or use --dct"_s);
            return true;
        }
    }
    return false;
}

} // namespace

void findPublicationDate(Document &document) {
    if (document.publicationDateSource == DateSource::User && document.publicationDate)
        return; // --dct: the user's word beats anything the page says
    document.publicationDate.reset();
    document.publicationDateSource.reset();
    document.publicationDateSpan.reset();
    if (fromMetadata(document) || fromHeader(document) || fromDateline(document) || fromCaption(document))
        return;
    document.warnings.append(kNoDateWarning);
}

} // namespace annals
