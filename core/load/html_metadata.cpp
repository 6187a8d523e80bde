#include "load/html_metadata.h"

#include "load/html_dom.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>

#include <array>
#include <cctype>

using namespace Qt::StringLiterals;

namespace annals {

namespace {

// <meta name="..."> values that carry the publication date on various sites (compared lower-case).
constexpr std::array dateMetaNames{
    "date"_L1,
    "pubdate"_L1,
    "publishdate"_L1,
    "publish-date"_L1,
    "publish_date"_L1,
    "dc.date"_L1,
    "dc.date.issued"_L1,
    "dcterms.issued"_L1,
    "dcterms.created"_L1,
    "sailthru.date"_L1,
    "parsely-pub-date"_L1,
    "article.published"_L1,
    "og:published_time"_L1,
    "original-publish-date"_L1,
};

bool isDateMetaName(QStringView name) {
    for (QLatin1StringView candidate : dateMetaNames) {
        if (name.compare(candidate, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString attributeText(const GumboNode *node, const char *name) {
    return QString::fromUtf8(attributeValue(node, name)).trimmed();
}

void setIfEmpty(QString &target, const QString &value) {
    if (target.isEmpty() && !value.isEmpty())
        target = value;
}

// First datePublished (and headline) found in a JSON-LD value, looking through @graph arrays and nested
// objects. Depth is bounded so that a hostile document cannot exhaust the stack.
void scanJsonLd(const QJsonValue &value, int depth, QString &date, QString &headline) {
    if (depth > 16 || !date.isEmpty())
        return;
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            scanJsonLd(item, depth + 1, date, headline);
        return;
    }
    if (!value.isObject())
        return;
    const QJsonObject object = value.toObject();
    const QJsonValue published = object.value("datePublished"_L1);
    if (published.isString())
        setIfEmpty(date, published.toString().trimmed());
    const QJsonValue title = object.value("headline"_L1);
    if (title.isString())
        setIfEmpty(headline, collapseWhiteSpace(title.toString()));
    for (auto it = object.begin(); it != object.end() && date.isEmpty(); ++it) {
        if (it.value().isObject() || it.value().isArray())
            scanJsonLd(it.value(), depth + 1, date, headline);
    }
}

// Everything collected in one pass over the tree; resolved by priority afterwards.
struct Candidates {
    QString title;
    QString ogTitle;
    QString jsonLdHeadline;
    QString articlePublishedTime;
    QString jsonLdDate;
    QString itempropDate;
    QString namedMetaDate;
    QString articleTime;
    QString otherTime;
    QString canonical;
    QString ogUrl;
    QString siteName;
};

void readMeta(const GumboNode *node, Candidates &found) {
    QString key = attributeText(node, "property");
    if (key.isEmpty())
        key = attributeText(node, "name");
    const QString content = attributeText(node, "content");
    if (content.isEmpty())
        return;
    if (key.compare("article:published_time"_L1, Qt::CaseInsensitive) == 0)
        setIfEmpty(found.articlePublishedTime, content);
    else if (key.compare("og:title"_L1, Qt::CaseInsensitive) == 0)
        setIfEmpty(found.ogTitle, collapseWhiteSpace(content));
    else if (key.compare("og:url"_L1, Qt::CaseInsensitive) == 0)
        setIfEmpty(found.ogUrl, content);
    else if (key.compare("og:site_name"_L1, Qt::CaseInsensitive) == 0)
        setIfEmpty(found.siteName, collapseWhiteSpace(content));
    else if (isDateMetaName(key))
        setIfEmpty(found.namedMetaDate, content);
}

bool relIsCanonical(const GumboNode *node) {
    const QString rel = attributeText(node, "rel");
    const auto tokens = QStringView(rel).split(u' ', Qt::SkipEmptyParts);
    for (QStringView token : tokens) {
        if (token.compare("canonical"_L1, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

void readJsonLd(const GumboNode *script, Candidates &found) {
    const QString type = attributeText(script, "type");
    if (type.compare("application/ld+json"_L1, Qt::CaseInsensitive) != 0)
        return;
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(descendantText(script).trimmed().toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return; // broken JSON-LD is common and not the user's problem: other sources remain
    const QJsonValue root = json.isArray() ? QJsonValue(json.array()) : QJsonValue(json.object());
    scanJsonLd(root, 0, found.jsonLdDate, found.jsonLdHeadline);
}

bool isChrome(const GumboNode *node) {
    return isElement(node, GUMBO_TAG_NAV) || isElement(node, GUMBO_TAG_FOOTER) ||
           isElement(node, GUMBO_TAG_ASIDE);
}

// "Harbour talks resume | The Coastal Ledger" -> "Harbour talks resume", when the site's name is known.
QString withoutSiteName(const QString &title, const QString &siteName) {
    if (siteName.isEmpty() || title.size() <= siteName.size() ||
        !title.endsWith(siteName, Qt::CaseInsensitive))
        return title;
    QStringView rest = QStringView(title).chopped(siteName.size()).trimmed();
    if (rest.isEmpty())
        return title;
    const QChar separator = rest.back();
    if (separator != u'|' && separator != u'-' && separator != u'\u2013' && separator != u'\u2014' &&
        separator != u':' && separator != u'\u00b7' && separator != u'\u2022')
        return title;
    rest = rest.chopped(1).trimmed();
    return rest.isEmpty() ? title : rest.toString();
}

} // namespace

HtmlMetadata readHtmlMetadata(const GumboOutput *output) {
    Candidates found;
    struct Frame {
        const GumboNode *node;
        bool inArticle;
        bool inChrome;
    };
    QList<Frame> stack{{output->document, false, false}};
    while (!stack.isEmpty()) {
        const Frame frame = stack.takeLast();
        const GumboNode *node = frame.node;
        if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT)
            continue;
        if (node->type == GUMBO_NODE_ELEMENT) {
            switch (node->v.element.tag) {
            case GUMBO_TAG_TITLE:
                // An <svg><title> is a tooltip, not the page's title.
                if (node->v.element.tag_namespace == GUMBO_NAMESPACE_HTML)
                    setIfEmpty(found.title, collapseWhiteSpace(descendantText(node)));
                continue;
            case GUMBO_TAG_META:
                readMeta(node, found);
                break;
            case GUMBO_TAG_LINK:
                if (relIsCanonical(node))
                    setIfEmpty(found.canonical, attributeText(node, "href"));
                continue;
            case GUMBO_TAG_SCRIPT:
                readJsonLd(node, found);
                continue;
            case GUMBO_TAG_TIME:
                if (!frame.inChrome)
                    setIfEmpty(frame.inArticle ? found.articleTime : found.otherTime,
                               attributeText(node, "datetime"));
                break;
            default:
                break;
            }
            if (attributeValue(node, "itemprop") == "datePublished") {
                QString value = attributeText(node, "content");
                setIfEmpty(value, attributeText(node, "datetime"));
                setIfEmpty(value, collapseWhiteSpace(descendantText(node)));
                setIfEmpty(found.itempropDate, value);
            }
        }
        const bool inArticle =
            frame.inArticle || isElement(node, GUMBO_TAG_ARTICLE) || isElement(node, GUMBO_TAG_MAIN);
        const bool inChrome = frame.inChrome || isChrome(node);
        if (const GumboVector *children = nodeChildren(node)) {
            for (unsigned i = children->length; i > 0; --i)
                stack.append({static_cast<const GumboNode *>(children->data[i - 1]), inArticle, inChrome});
        }
    }

    HtmlMetadata metadata;
    metadata.title = found.title;
    setIfEmpty(metadata.title, found.ogTitle);
    setIfEmpty(metadata.title, found.jsonLdHeadline);
    for (const QString *date : {&found.articlePublishedTime, &found.jsonLdDate, &found.itempropDate,
                                &found.namedMetaDate, &found.articleTime, &found.otherTime})
        setIfEmpty(metadata.publishedRaw, *date);
    metadata.title = withoutSiteName(metadata.title, found.siteName);
    metadata.url = found.canonical;
    setIfEmpty(metadata.url, found.ogUrl);
    metadata.siteName = found.siteName;
    return metadata;
}

QByteArray declaredHtmlCharset(QByteArrayView bytes) {
    // Browsers look at the first 1024 bytes; pages with long headers put the tag a little later.
    const QByteArray head = bytes.first(std::min<qsizetype>(bytes.size(), 4096)).toByteArray().toLower();
    qsizetype from = 0;
    for (;;) {
        const qsizetype at = head.indexOf("charset", from);
        if (at < 0)
            return {};
        from = at + 7;
        const qsizetype tagStart = head.lastIndexOf('<', at);
        if (tagStart < 0 || !QByteArrayView(head).sliced(tagStart).startsWith("<meta"))
            continue;
        qsizetype i = from;
        while (i < head.size() && (head[i] == ' ' || head[i] == '\t'))
            ++i;
        if (i >= head.size() || head[i] != '=')
            continue;
        ++i;
        while (i < head.size() && (head[i] == ' ' || head[i] == '"' || head[i] == '\''))
            ++i;
        const qsizetype nameStart = i;
        while (i < head.size() && (std::isalnum(static_cast<unsigned char>(head[i])) || head[i] == '-' ||
                                   head[i] == '_' || head[i] == '.' || head[i] == ':'))
            ++i;
        if (i > nameStart)
            return head.sliced(nameStart, i - nameStart);
    }
}

} // namespace annals
