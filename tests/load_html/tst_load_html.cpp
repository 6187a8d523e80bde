// HTML pages: block structure, dropped content, entities, link density, metadata and malformed markup.
#include "load/loader.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <unicode/ucnv.h>

using namespace Qt::StringLiterals;
using namespace annals;

namespace {

QStringList taggedBlocks(const Document &document) {
    QStringList out;
    for (const Block &block : document.blocks)
        out.append(block.tag + u": "_s + document.blockText(block));
    return out;
}

} // namespace

class TestLoadHtml : public QObject {
    Q_OBJECT

private slots:
    void articleFixture();
    void blockTags_data();
    void blockTags();
    void publicationDate_data();
    void publicationDate();
    void titleAndUrlFallbacks_data();
    void titleAndUrlFallbacks();
    void malformed_data();
    void malformed();
    void declaredCharset();
    void damagedPagesNeverCrash();

private:
    Document loadHtml(const QByteArray &html, QString *error = nullptr);
    QTemporaryDir m_dir;
    int m_files = 0;
};

Document TestLoadHtml::loadHtml(const QByteArray &html, QString *error) {
    const QString path = m_dir.filePath(u"page%1.html"_s.arg(++m_files));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(html);
    file.close();
    const LoadResult result = loadPaths({path});
    if (error)
        *error = result.errors.isEmpty() ? QString() : result.errors.first().message;
    return result.documents.value(0);
}

void TestLoadHtml::articleFixture() {
    const QString path = QStringLiteral(ANNALS_TEST_DATA_DIR "/article.html");
    const LoadResult result = loadPaths({path});
    QVERIFY(result.errors.isEmpty());
    QCOMPARE(result.documents.size(), 1);
    const Document &document = result.documents.first();

    QCOMPARE(document.path, path);
    QCOMPARE(document.metadata.format, u"html"_s);
    // The <title> without the site's name, which og:site_name gives.
    QCOMPARE(document.title, u"Harbour talks resume after a week of silence"_s);
    QCOMPARE(document.metadata.publishedRaw, u"2024-03-14T09:30:00+01:00"_s);
    QCOMPARE(document.metadata.url, u"https://ledger.example/2024/03/harbour-talks"_s);
    QCOMPARE(document.metadata.siteName, u"The Coastal Ledger"_s);
    QVERIFY(document.warnings.isEmpty());

    const QStringList expected{
        u"header: The Coastal Ledger"_s,
        u"header: News"_s,
        u"header: Sport"_s,
        u"nav: World Business"_s,
        u"h1: Harbour talks resume after a week of silence"_s,
        u"p: By Mira Okafor"_s,
        u"p: 14 March 2024"_s,
        u"figcaption: Fishing boats at the old pier on Tuesday. Photo: Jo Lind"_s,
        u"p: Union leaders and the port authority met again on Wednesday, their first session since talks "
        u"collapsed & both sides walked out last week."_s,
        u"p: The mediator, who asked not to be named, said a deal was \u201cwithin reach\u201d \u2014 and "
        u"our "
        u"timeline shows how the dispute began."_s,
        u"blockquote: We are closer than we have been in months."_s,
        u"li: Strike began: 2 February"_s,
        u"li: Ships delayed: 41"_s,
        u"td: Cargo"_s,
        u"td: down 12%"_s,
        u"pre: line one"_s,
        u"pre: line two"_s,
        u"aside: Most read"_s,
        u"aside: Storm warning for the weekend"_s,
        u"footer: \u00a9 2024 The Coastal Ledger. Privacy"_s,
    };
    QCOMPARE(taggedBlocks(document), expected);

    // Blocks are joined by exactly one blank line, and nothing else is in the text.
    QStringList texts;
    for (const Block &block : document.blocks)
        texts.append(document.blockText(block).toString());
    QCOMPARE(document.text, texts.join(u"\n\n"_s));
    QVERIFY(!document.text.contains(u"tracker"_s));
    QVERIFY(!document.text.contains(u"color"_s));
    QVERIFY(!document.text.contains(u"Hidden teaser"_s));
    QVERIFY(!document.text.contains(u"invisible"_s));
    QVERIFY(!document.text.contains(u"JavaScript"_s));
    QVERIFY(!document.text.contains(u"inert"_s));

    // Link density: all-link navigation, a paragraph with one short link, and a paragraph with none.
    QCOMPARE(document.blocks[3].linkDensity, 1.0);
    const Block &mediator = document.blocks[9];
    const double linked = QStringLiteral("ourtimeline").size();
    qsizetype visible = 0;
    for (const QChar c : document.blockText(mediator))
        visible += !c.isSpace();
    QCOMPARE(mediator.linkDensity, linked / double(visible));
    QCOMPARE(document.blocks[8].linkDensity, 0.0);
    const Block &footer = document.blocks.last();
    QVERIFY(footer.linkDensity > 0.2 && footer.linkDensity < 0.4);
}

void TestLoadHtml::blockTags_data() {
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QStringList>("blocks");

    QTest::newRow("inline elements stay in their block")
        << "<p>One <b>bold</b> and <i>italic</i><span> word</span>.</p>"_ba
        << QStringList{u"p: One bold and italic word."_s};
    QTest::newRow("headings") << "<h2>Section</h2><h3>Sub</h3><p>Text</p>"_ba
                              << QStringList{u"h2: Section"_s, u"h3: Sub"_s, u"p: Text"_s};
    QTest::newRow("div text around a paragraph")
        << "<div>Before <p>Inside</p> after</div>"_ba
        << QStringList{u"div: Before"_s, u"p: Inside"_s, u"div: after"_s};
    QTest::newRow("white space collapsed")
        << "<p>  many \n\t spaces&nbsp;&nbsp;here </p>"_ba << QStringList{u"p: many spaces here"_s};
    QTest::newRow("entities") << "<p>Caf&eacute; &lt;b&gt; &#x2019; &#169;</p>"_ba
                              << QStringList{u"p: Caf\u00e9 <b> \u2019 \u00a9"_s};
    QTest::newRow("line break splits") << "<p>Line one<br>Line two<br/><br/>Line three</p>"_ba
                                       << QStringList{u"p: Line one"_s, u"p: Line two"_s, u"p: Line three"_s};
    QTest::newRow("article header is content")
        << "<article><header><h1>Title</h1><p>By A. Writer</p></header><p>Body</p></article>"_ba
        << QStringList{u"h1: Title"_s, u"p: By A. Writer"_s, u"p: Body"_s};
    QTest::newRow("page header is furniture") << "<header><h1>Site name</h1></header><p>Body</p>"_ba
                                              << QStringList{u"header: Site name"_s, u"p: Body"_s};
    QTest::newRow("nav inside article")
        << "<article><nav><ul><li>Home</li></ul></nav><p>Body</p></article>"_ba
        << QStringList{u"nav: Home"_s, u"p: Body"_s};
    QTest::newRow("definition list") << "<dl><dt>Term</dt><dd>Meaning</dd></dl>"_ba
                                     << QStringList{u"dt: Term"_s, u"dd: Meaning"_s};
    QTest::newRow("text directly in body")
        << "Loose text <em>here</em>"_ba << QStringList{u"body: Loose text here"_s};
    QTest::newRow("unknown element is inline")
        << "<p>A <my-widget>custom</my-widget> tag</p>"_ba << QStringList{u"p: A custom tag"_s};
    QTest::newRow("svg and buttons dropped")
        << "<p>Share<svg><title>icon</title><text>svg text</text></svg><button>Click</button></p>"_ba
        << QStringList{u"p: Share"_s};
    QTest::newRow("comments dropped")
        << "<p>Kept<!-- a comment --> text</p>"_ba << QStringList{u"p: Kept text"_s};
}

void TestLoadHtml::blockTags() {
    QFETCH(QByteArray, html);
    QFETCH(QStringList, blocks);
    QCOMPARE(taggedBlocks(loadHtml(html)), blocks);
}

void TestLoadHtml::publicationDate_data() {
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QString>("published");

    QTest::newRow("article:published_time")
        << R"(<meta property="article:published_time" content="2024-02-07T18:13:00Z"><p>x</p>)"_ba
        << u"2024-02-07T18:13:00Z"_s;
    QTest::newRow("meta name date") << R"(<meta name="date" content="2024-02-07"><p>x</p>)"_ba
                                    << u"2024-02-07"_s;
    QTest::newRow("meta pubdate") << R"(<meta name="pubdate" content="20240207"><p>x</p>)"_ba
                                  << u"20240207"_s;
    QTest::newRow("meta publishdate")
        << R"(<meta name="publishdate" content="2024-02-07"><p>x</p>)"_ba << u"2024-02-07"_s;
    QTest::newRow("meta dc.date") << R"(<meta name="dc.date" content="2024-02-06"><p>x</p>)"_ba
                                  << u"2024-02-06"_s;
    QTest::newRow("meta DC.date.issued")
        << R"(<meta name="DC.date.issued" content="2024-02-05"><p>x</p>)"_ba << u"2024-02-05"_s;
    QTest::newRow("meta itemprop") << R"(<meta itemprop="datePublished" content="2024-02-04"><p>x</p>)"_ba
                                   << u"2024-02-04"_s;
    QTest::newRow("time itemprop")
        << R"(<p><time itemprop="datePublished" datetime="2024-02-03">Feb 3</time></p>)"_ba
        << u"2024-02-03"_s;
    QTest::newRow("json-ld object")
        << R"(<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-02-02T10:00:00Z"}</script><p>x</p>)"_ba
        << u"2024-02-02T10:00:00Z"_s;
    QTest::newRow("json-ld graph")
        << R"(<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"S"},{"@type":"Article","datePublished":"2024-02-01"}]}</script><p>x</p>)"_ba
        << u"2024-02-01"_s;
    QTest::newRow("json-ld top-level array")
        << R"(<script type="application/ld+json">[{"@type":"Organization"},{"@type":"NewsArticle","datePublished":"2024-01-31"}]</script><p>x</p>)"_ba
        << u"2024-01-31"_s;
    QTest::newRow("broken json-ld falls back to time")
        << R"(<script type="application/ld+json">{"datePublished": "2024-01-30",}</script><article><p><time datetime="2024-01-29">x</time></p></article>)"_ba
        << u"2024-01-29"_s;
    QTest::newRow("first time in the article, not the nav")
        << R"(<nav><time datetime="2020-01-01">old</time></nav><article><p>Text <time datetime="2024-01-28">28 Jan</time><time datetime="2024-01-01">later</time></p></article>)"_ba
        << u"2024-01-28"_s;
    QTest::newRow("article time before a teaser time")
        << R"(<p><time datetime="2023-12-31">teaser</time></p><article><time datetime="2024-01-27">x</time></article>)"_ba
        << u"2024-01-27"_s;
    QTest::newRow("meta wins over time")
        << R"(<meta property="article:published_time" content="2024-01-26"><article><time datetime="2024-01-20">x</time></article>)"_ba
        << u"2024-01-26"_s;
    QTest::newRow("json-ld wins over meta name")
        << R"(<meta name="date" content="2024-01-01"><script type="application/ld+json">{"datePublished":"2024-01-25"}</script><p>x</p>)"_ba
        << u"2024-01-25"_s;
    QTest::newRow("nothing stated") << "<p>Just text, no date metadata.</p>"_ba << QString();
}

void TestLoadHtml::publicationDate() {
    QFETCH(QByteArray, html);
    QFETCH(QString, published);
    const Document document = loadHtml(html);
    QVERIFY(!document.text.isEmpty());
    QCOMPARE(document.metadata.publishedRaw, published);
}

void TestLoadHtml::titleAndUrlFallbacks_data() {
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("url");

    QTest::newRow("title collapsed") << "<title>\n  Spaced   title \n</title><p>x</p>"_ba << u"Spaced title"_s
                                     << QString();
    QTest::newRow("og title when no title")
        << R"(<meta property="og:title" content="From Open Graph"><meta property="og:url" content="https://a.example/og"><p>x</p>)"_ba
        << u"From Open Graph"_s << u"https://a.example/og"_s;
    QTest::newRow("json-ld headline")
        << R"(<script type="application/ld+json">{"headline":"From JSON-LD"}</script><p>x</p>)"_ba
        << u"From JSON-LD"_s << QString();
    QTest::newRow("site name kept when not known") << "<title>Talks resume - The Ledger</title><p>x</p>"_ba
                                                   << u"Talks resume - The Ledger"_s << QString();
    QTest::newRow("site name after a dash")
        << R"(<title>Talks resume – The Ledger</title><meta property="og:site_name" content="The Ledger"><p>x</p>)"_ba
        << u"Talks resume"_s << QString();
    QTest::newRow("title that is only the site name")
        << R"(<title>The Ledger</title><meta property="og:site_name" content="The Ledger"><p>x</p>)"_ba
        << u"The Ledger"_s << QString();
    QTest::newRow("first h1 as last resort")
        << "<p>intro</p><h1>Heading title</h1>"_ba << u"Heading title"_s << QString();
    QTest::newRow("canonical over og:url")
        << R"(<link rel="canonical" href="https://a.example/c"><meta property="og:url" content="https://a.example/og"><p>x</p>)"_ba
        << QString() << u"https://a.example/c"_s;
}

void TestLoadHtml::titleAndUrlFallbacks() {
    QFETCH(QByteArray, html);
    QFETCH(QString, title);
    QFETCH(QString, url);
    const Document document = loadHtml(html);
    QCOMPARE(document.title, title);
    QCOMPARE(document.metadata.url, url);
}

void TestLoadHtml::malformed_data() {
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QString>("expectedText"); // empty: the page has no text and is refused

    QTest::newRow("unclosed tags") << "<p>One<p>Two<div><span>Three"_ba << u"One\n\nTwo\n\nThree"_s;
    QTest::newRow("stray end tags") << "</div></p>Text</span></article>"_ba << u"Text"_s;
    QTest::newRow("misnested formatting")
        << "<p><b>bold <i>both</b> italic</i></p>"_ba << u"bold both italic"_s;
    QTest::newRow("unterminated attribute") << "<p class=\"oops>Lost?</p>"_ba << QString();
    QTest::newRow("lone angle brackets") << "<<<>>> a < b > c"_ba << u"<<<>>> a < b > c"_s;
    QTest::newRow("unterminated comment") << "<p>Before</p><!-- never closed <p>hidden"_ba << u"Before"_s;
    QTest::newRow("unterminated script") << "<p>Before</p><script>var a = '<p>no</p>"_ba << u"Before"_s;
    QTest::newRow("bad entities") << "<p>&bogus; &#xZZ; &#99999999; &amp</p>"_ba
                                  << u"&bogus; &#xZZ; \uFFFD &"_s;
    QByteArray deep;
    for (int i = 0; i < 5000; ++i)
        deep += "<div><span>";
    deep += "deep text";
    QTest::newRow("ten thousand nested elements") << deep << u"deep text"_s;
    // Nesting that would make parsing quadratic (seconds to minutes) is refused at once.
    QByteArray pathological = "<script>var s = '<div><div><div>';</script>";
    for (int i = 0; i < 200000; ++i)
        pathological += "<div>";
    QTest::newRow("two hundred thousand nested divs") << pathological << u"refused"_s;
    QByteArray wide;
    for (int i = 0; i < 20000; ++i)
        wide += "<li>item " + QByteArray::number(i) + "</li>";
    QTest::newRow("twenty thousand list items") << wide << QString();
}

void TestLoadHtml::malformed() {
    QFETCH(QByteArray, html);
    QFETCH(QString, expectedText);
    QString error;
    const Document document = loadHtml(html, &error);
    if (QByteArrayView(QTest::currentDataTag()) == "twenty thousand list items") {
        QCOMPARE(document.blocks.size(), 20000);
        QCOMPARE(document.blockText(document.blocks.last()), u"item 19999"_s);
        return;
    }
    if (expectedText == u"refused"_s) {
        QCOMPARE(error, u"HTML elements nested too deeply (about 200000 levels) to be an article page"_s);
        return;
    }
    if (expectedText.isEmpty()) {
        QCOMPARE(error, u"no visible text in the page"_s);
        return;
    }
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(document.text, expectedText);
}

void TestLoadHtml::declaredCharset() {
    // A windows-1251 page that says so: the declaration is honoured, and the user is told.
    const QString russian = u"Переговоры возобновились в четверг."_s;
    UErrorCode status = U_ZERO_ERROR;
    UConverter *converter = ucnv_open("windows-1251", &status);
    QVERIFY(U_SUCCESS(status));
    QByteArray encoded(russian.size() * 2 + 8, Qt::Uninitialized);
    encoded.truncate(ucnv_fromUChars(converter, encoded.data(), int32_t(encoded.size()),
                                     reinterpret_cast<const UChar *>(russian.utf16()),
                                     int32_t(russian.size()), &status));
    ucnv_close(converter);
    QVERIFY(U_SUCCESS(status));

    const Document document =
        loadHtml("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">"
                 "</head><body><p>" +
                 encoded + "</p></body></html>");
    QCOMPARE(document.text, russian);
    QCOMPARE(document.warnings, QStringList{u"decoded as windows-1251 (declared by the page)"_s});

    // A page that declares a legacy charset but is valid UTF-8 is read as UTF-8.
    const Document utf8 = loadHtml("<meta charset=\"iso-8859-1\"><p>" + russian.toUtf8() + "</p>");
    QCOMPARE(utf8.text, russian);
    QVERIFY(utf8.warnings.isEmpty());
}

void TestLoadHtml::damagedPagesNeverCrash() {
    // The fixture cut short, with bytes flipped and with random garbage: every file gives exactly one
    // document or one error, and the loader comes back.
    QFile fixture(QStringLiteral(ANNALS_TEST_DATA_DIR "/article.html"));
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    const QByteArray page = fixture.readAll();
    QRandomGenerator random(20240207); // fixed seed: the same inputs on every run
    QStringList paths;
    for (int i = 0; i < 300; ++i) {
        QByteArray bytes = page.left(random.bounded(page.size()) + 1);
        const int flips = random.bounded(40);
        for (int f = 0; f < flips && !bytes.isEmpty(); ++f)
            bytes[random.bounded(bytes.size())] = char(random.bounded(256));
        if (i % 10 == 0) {
            bytes.resize(random.bounded(2000) + 1);
            for (char &c : bytes)
                c = char(random.bounded(256));
        }
        const QString path = m_dir.filePath(u"damaged/%1.html"_s.arg(i, 3, 10, QLatin1Char('0')));
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        paths.append(path);
    }
    const LoadResult result = loadPaths(paths);
    QCOMPARE(result.documents.size() + result.errors.size(), paths.size());
    QVERIFY(result.documents.size() > 200);
    for (const Document &document : result.documents) {
        for (const Block &block : document.blocks) {
            QVERIFY(block.span.start >= 0 && block.span.end <= document.text.size() && !block.span.isEmpty());
            QVERIFY(block.linkDensity >= 0.0 && block.linkDensity <= 1.0);
        }
    }
}

QTEST_GUILESS_MAIN(TestLoadHtml)
#include "tst_load_html.moc"
