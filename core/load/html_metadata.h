#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <gumbo.h>

namespace annals {

// What an HTML page says about itself outside its visible text.
struct HtmlMetadata {
    QString title;        // <title>, else og:title, else JSON-LD headline; without a trailing "| Site name"
    QString publishedRaw; // publication date/time exactly as the page states it
    QString url;          // <link rel="canonical">, else og:url
    QString siteName;     // og:site_name
};

// Reads the metadata from a parsed page. Publication date sources, most trusted first:
// <meta property="article:published_time">, JSON-LD datePublished (also inside @graph),
// itemprop="datePublished", <meta name="date|pubdate|publishdate|dc.date|DC.date.issued|...">, and the
// first <time datetime> of the article (outside navigation, asides and footers).
HtmlMetadata readHtmlMetadata(const GumboOutput *output);

// The charset a page declares in its first bytes (<meta charset="..."> or http-equiv content="...;
// charset=..."), or an empty array.
QByteArray declaredHtmlCharset(QByteArrayView bytes);

} // namespace annals
