// The loader seen from outside: seeds, plain-text blocks, JSON lines, folders, and every kind of bad input.
#include "load/loader.h"
#include "scratch_files.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace annals;
using annals::testing::writeFile;

namespace {

QStringList blockTexts(const Document &document) {
    QStringList texts;
    for (const Block &block : document.blocks)
        texts.append(document.blockText(block).toString());
    return texts;
}

QStringList documentPaths(const LoadResult &result) {
    QStringList paths;
    for (const Document &document : result.documents)
        paths.append(document.path);
    return paths;
}

QString errorsAsText(const LoadResult &result) {
    QStringList lines;
    for (const LoadError &error : result.errors)
        lines.append(error.path + u": "_s + error.message);
    return lines.join(u'\n');
}

} // namespace

class TestLoad : public QObject {
    Q_OBJECT

private slots:
    void seeds_data();
    void seeds();
    void plainTextBlocks_data();
    void plainTextBlocks();
    void unknownExtensions();
    void jsonLines();
    void badInput_data();
    void badInput();
    void fifoIsRefusedWithoutHanging();
    void permissionDenied();
    void folderOrderAndSkips();
    void folderWithTrailingSlash();
    void thousandsOfFiles();
    void largeFile();
    void progressAndCancel();

private:
    QTemporaryDir m_dir;
};

void TestLoad::seeds_data() {
    QTest::addColumn<QString>("path");
    const QDir seeds(QStringLiteral(ANNALS_SHARED_DIR "/seeds"));
    const QStringList names = seeds.entryList({u"*.txt"_s}, QDir::Files, QDir::Name);
    QCOMPARE(names.size(), 5);
    for (const QString &name : names)
        QTest::newRow(qPrintable(name)) << seeds.filePath(name);
}

void TestLoad::seeds() {
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString content = QString::fromUtf8(file.readAll());

    const LoadResult result = loadPaths({path});
    QVERIFY2(result.errors.isEmpty(), qPrintable(errorsAsText(result)));
    QCOMPARE(result.documents.size(), 1);
    const Document &document = result.documents.first();
    QCOMPARE(document.path, path);
    QCOMPARE(document.metadata.format, u"text"_s);
    QCOMPARE(document.text, content);
    QVERIFY(document.warnings.isEmpty());

    // Every line with visible characters is one block, in order, its span the line without its margins;
    // lines of white space only (the seeds have one holding a lone no-break space) are no block.
    qsizetype lineStart = 0;
    qsizetype blockIndex = 0;
    for (const QStringView line : QStringView(content).split(u'\n')) {
        const QStringView trimmed = line.trimmed();
        if (!trimmed.isEmpty()) {
            QVERIFY(blockIndex < document.blocks.size());
            const Block &block = document.blocks.at(blockIndex++);
            QCOMPARE(document.blockText(block), trimmed);
            QCOMPARE(block.span.start, lineStart + (trimmed.data() - line.data()));
            QVERIFY(block.tag.isEmpty());
            QCOMPARE(block.linkDensity, -1.0);
        }
        lineStart += line.size() + 1;
    }
    QCOMPARE(document.blocks.size(), blockIndex);
    QVERIFY(document.blocks.size() >= 10);
}

void TestLoad::plainTextBlocks_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("blocks");

    QTest::newRow("paragraphs") << "First paragraph.\n\nSecond paragraph.\n"_ba
                                << QStringList{u"First paragraph."_s, u"Second paragraph."_s};
    QTest::newRow("consecutive lines are separate")
        << "Caption line\nPhoto: Agency\nBody text."_ba
        << QStringList{u"Caption line"_s, u"Photo: Agency"_s, u"Body text."_s};
    QTest::newRow("windows line ends")
        << "One\r\n\r\nTwo\r\nThree\r\n"_ba << QStringList{u"One"_s, u"Two"_s, u"Three"_s};
    QTest::newRow("old mac line ends")
        << "One\rTwo\r\rThree"_ba << QStringList{u"One"_s, u"Two"_s, u"Three"_s};
    QTest::newRow("margins trimmed") << "   indented \t\n\t tabbed\n"_ba
                                     << QStringList{u"indented"_s, u"tabbed"_s};
    QTest::newRow("white-space lines are no block")
        << "A\n \t \n\xc2\xa0\n\nB"_ba << QStringList{u"A"_s, u"B"_s};
    QTest::newRow("no final newline") << "Only line"_ba << QStringList{u"Only line"_s};
    QTest::newRow("leading blank lines") << "\n\n\nLate start"_ba << QStringList{u"Late start"_s};
}

void TestLoad::plainTextBlocks() {
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, blocks);
    const QString path = m_dir.filePath(u"blocks.txt"_s);
    QVERIFY(writeFile(path, bytes));
    const LoadResult result = loadPaths({path});
    QVERIFY2(result.errors.isEmpty(), qPrintable(errorsAsText(result)));
    QCOMPARE(result.documents.size(), 1);
    // The text is the file's, line ends included, so that offsets are the user's offsets.
    QCOMPARE(result.documents.first().text, QString::fromUtf8(bytes));
    QCOMPARE(blockTexts(result.documents.first()), blocks);
}

void TestLoad::unknownExtensions() {
    const QString text = m_dir.filePath(u"unknown/notes.md"_s);
    const QString page = m_dir.filePath(u"unknown/saved_page"_s);
    QVERIFY(writeFile(text, "# Notes\n\nTalks resumed on Thursday.\n"));
    QVERIFY(writeFile(page, "<!DOCTYPE html><title>Saved</title><p>Talks resumed.</p>"));

    const LoadResult result = loadPaths({text, page});
    QVERIFY2(result.errors.isEmpty(), qPrintable(errorsAsText(result)));
    QCOMPARE(result.documents.size(), 2);
    QCOMPARE(result.documents[0].metadata.format, u"text"_s);
    QCOMPARE(blockTexts(result.documents[0]), (QStringList{u"# Notes"_s, u"Talks resumed on Thursday."_s}));
    // A file without a telling name that starts like a web page is read as one.
    QCOMPARE(result.documents[1].metadata.format, u"html"_s);
    QCOMPARE(result.documents[1].title, u"Saved"_s);
    QCOMPARE(result.documents[1].text, u"Talks resumed."_s);
}

void TestLoad::jsonLines() {
    const QString path = m_dir.filePath(u"articles.jsonl"_s);
    const QByteArray lines =
        R"({"title": "Talks resume", "date": "2024-02-08", "text": "Talks resumed on Thursday.\n\nA second paragraph.", "url": "https://example.org/a"})"
        "\n"
        "\n" // a blank line is not an article, nor an error
        R"({"title": "Broken", "text": "unterminated)"
        "\n"
        R"(["not", "an", "object"])"
        "\n"
        R"({"title": "No text here"})"
        "\r\n"
        R"({"text": "Only text, with a Windows line end.", "date": 20240208})"
        "\r\n"_ba;
    QVERIFY(writeFile(path, lines));

    const LoadResult result = loadPaths({path});
    QCOMPARE(documentPaths(result), (QStringList{path + u":1"_s, path + u":6"_s}));

    const Document &first = result.documents[0];
    QCOMPARE(first.metadata.format, u"jsonl"_s);
    QCOMPARE(first.title, u"Talks resume"_s);
    QCOMPARE(first.metadata.publishedRaw, u"2024-02-08"_s);
    QCOMPARE(first.metadata.url, u"https://example.org/a"_s);
    QCOMPARE(first.text, u"Talks resumed on Thursday.\n\nA second paragraph."_s);
    QCOMPARE(blockTexts(first), (QStringList{u"Talks resumed on Thursday."_s, u"A second paragraph."_s}));
    QVERIFY(first.warnings.isEmpty());

    const Document &last = result.documents[1];
    QCOMPARE(last.text, u"Only text, with a Windows line end."_s);
    QVERIFY(last.metadata.publishedRaw.isEmpty());
    QCOMPARE(last.warnings, QStringList{u"field \"date\" is not a string; ignored"_s});

    QCOMPARE(result.errors.size(), 3);
    QCOMPARE(result.errors[0].path, path + u":3"_s);
    QVERIFY2(result.errors[0].message.startsWith(u"line 3: invalid JSON: "_s),
             qPrintable(result.errors[0].message));
    QCOMPARE(result.errors[1].path, path + u":4"_s);
    QCOMPARE(result.errors[1].message, u"line 4: expected a JSON object for an article"_s);
    QCOMPARE(result.errors[2].path, path + u":5"_s);
    QVERIFY(result.errors[2].message.contains(u"\"text\""_s));
}

void TestLoad::badInput_data() {
    QTest::addColumn<QString>("name");     // file created in the temporary folder, or a path to use as is
    QTest::addColumn<QByteArray>("bytes"); // content; a null array: create nothing
    QTest::addColumn<qint64>("maxFileBytes");
    QTest::addColumn<QString>("message");

    const qint64 noLimit = LoadOptions().maxFileBytes;
    QTest::newRow("empty file") << u"empty.txt"_s << ""_ba << noLimit << u"empty file"_s;
    QTest::newRow("white space only")
        << u"blank.txt"_s << " \n\t\n\n"_ba << noLimit << u"empty file (only white space)"_s;
    QTest::newRow("png named txt") << u"photo.txt"_s << "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"_ba << noLimit
                                   << u"binary file (looks like PNG image), not an article"_s;
    QTest::newRow("pdf given explicitly") << u"paper.pdf"_s << "%PDF-1.4\n%\xe2\xe3\n1 0 obj"_ba << noLimit
                                          << u"binary file (looks like PDF document), not an article"_s;
    QTest::newRow("zip named html")
        << u"page.html"_s << "PK\x03\x04\x14\x00\x06\x00"_ba << noLimit
        << u"binary file (looks like ZIP archive (or an office document)), not an article"_s;
    QTest::newRow("elf") << u"program"_s
                         << "\x7f"
                            "ELF\x02\x01\x01\x00\x00\x00"_ba
                         << noLimit << u"binary file (looks like ELF executable), not an article"_s;
    QTest::newRow("nul bytes") << u"data.txt"_s << QByteArray("text\x00with\x00nuls", 15) << noLimit
                               << u"binary file (contains NUL bytes), not an article"_s;
    QTest::newRow("too large") << u"big.txt"_s << QByteArray(3 * 1024 * 1024, 'a') << qint64(2 * 1024 * 1024)
                               << u"file too large (3.0 MB; the limit is 2.0 MB)"_s;
    QTest::newRow("does not exist") << u"missing.txt"_s << QByteArray() << noLimit
                                    << u"cannot be read: No such file or directory"_s;
    QTest::newRow("file used as a folder")
        << u"empty.txt/inside.txt"_s << QByteArray() << noLimit << u"cannot be read: Not a directory"_s;
    QTest::newRow("device") << u"/dev/null"_s << QByteArray() << noLimit << u"not a regular file or folder"_s;
    QTest::newRow("empty jsonl") << u"none.jsonl"_s << "\n\n"_ba << noLimit
                                 << u"empty file (no article lines)"_s;
    QTest::newRow("html without text") << u"blank.html"_s << "<html><script>var x;</script><p> </p></html>"_ba
                                       << noLimit << u"no visible text in the page"_s;
    QTest::newRow("empty path") << QString() << QByteArray() << noLimit << u"empty path"_s;
}

void TestLoad::badInput() {
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(qint64, maxFileBytes);
    QFETCH(QString, message);

    // "empty.txt" must exist for the "file used as a folder" row.
    QVERIFY(writeFile(m_dir.filePath(u"empty.txt"_s), {}));
    const QString path = name.isEmpty() || name.startsWith(u'/') ? name : m_dir.filePath(name);
    if (!bytes.isNull())
        QVERIFY(writeFile(path, bytes));
    const QString good = m_dir.filePath(u"good.txt"_s);
    QVERIFY(writeFile(good, "A good article.\n"));

    LoadOptions options;
    options.maxFileBytes = maxFileBytes;
    const LoadResult result = loadPaths({path, good}, options);
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.first().path, path);
    QCOMPARE(result.errors.first().message, message);
    // The bad input does not stop the others.
    QCOMPARE(documentPaths(result), QStringList{good});
}

void TestLoad::fifoIsRefusedWithoutHanging() {
    const QString path = m_dir.filePath(u"pipe"_s);
    QVERIFY(::mkfifo(QFile::encodeName(path).constData(), 0600) == 0);
    const LoadResult result = loadPaths({path});
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.first().message, u"not a regular file or folder"_s);

    // Inside a folder, a pipe is not even listed (reading it would block).
    const QString folder = m_dir.filePath(u"with_pipe"_s);
    QVERIFY(writeFile(folder + u"/a.txt"_s, "Article."));
    QVERIFY(::mkfifo(QFile::encodeName(folder + u"/pipe.txt"_s).constData(), 0600) == 0);
    const LoadResult inFolder = loadPaths({folder});
    QVERIFY(inFolder.errors.isEmpty());
    QCOMPARE(documentPaths(inFolder), QStringList{folder + u"/a.txt"_s});
}

void TestLoad::permissionDenied() {
    if (::geteuid() == 0)
        QSKIP("running as root: file permissions do not stop root from reading, so there is nothing to test");
    const QString path = m_dir.filePath(u"secret.txt"_s);
    QVERIFY(writeFile(path, "Not for everyone."));
    QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));
    const LoadResult result = loadPaths({path});
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.first().message, u"cannot be read: Permission denied"_s);
}

void TestLoad::folderOrderAndSkips() {
    const QString root = m_dir.filePath(u"corpus"_s);
    QVERIFY(writeFile(root + u"/b.txt"_s, "Second by name."));
    QVERIFY(writeFile(root + u"/a.html"_s, "<p>First by name.</p>"));
    QVERIFY(writeFile(root + u"/sub/z.txt"_s, "In a subfolder."));
    QVERIFY(writeFile(root + u"/sub/deeper/y.jsonl"_s, R"({"text": "Deep line."})"));
    QVERIFY(writeFile(root + u"/c.notes"_s, "Unknown extension, text content."));
    QVERIFY(writeFile(root + u"/.hidden.txt"_s, "Hidden file."));
    QVERIFY(writeFile(root + u"/.git/config.txt"_s, "Hidden folder."));
    QVERIFY(writeFile(root + u"/image.png"_s, "\x89PNG\r\n\x1a\n"));              // known binary extension
    QVERIFY(writeFile(root + u"/blob.dat"_s, QByteArray("\x01\x02\x00\x03", 4))); // unknown, binary content
    QVERIFY(writeFile(root + u"/fake.txt"_s, "%PDF-1.5\n"));                      // says text, is not
    QVERIFY(QFile::link(root + u"/sub"_s, root + u"/sub/loop"_s)); // a link back up: no endless walk

    const LoadResult result = loadPaths({root});
    QCOMPARE(documentPaths(result),
             (QStringList{root + u"/a.html"_s, root + u"/b.txt"_s, root + u"/c.notes"_s,
                          root + u"/sub/z.txt"_s, root + u"/sub/deeper/y.jsonl:1"_s}));
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.first().path, root + u"/fake.txt"_s);
    QCOMPARE(result.errors.first().message, u"binary file (looks like PDF document), not an article"_s);
    QCOMPARE(result.documents[0].metadata.format, u"html"_s);
    QCOMPARE(result.documents[2].metadata.format, u"text"_s);
    QCOMPARE(result.documents[4].metadata.format, u"jsonl"_s);

    // The same call gives the same order every time.
    QCOMPARE(documentPaths(loadPaths({root})), documentPaths(result));

    const QString emptyFolder = m_dir.filePath(u"nothing_here"_s);
    QVERIFY(QDir().mkpath(emptyFolder));
    const LoadResult none = loadPaths({emptyFolder});
    QCOMPARE(none.errors.size(), 1);
    QCOMPARE(none.errors.first().message, u"folder holds no article files"_s);
}

void TestLoad::folderWithTrailingSlash() {
    const QString root = m_dir.filePath(u"slash"_s);
    QVERIFY(writeFile(root + u"/one.txt"_s, "One."));
    const LoadResult result = loadPaths({root + u'/'});
    QCOMPARE(documentPaths(result), QStringList{root + u"/one.txt"_s});
}

void TestLoad::thousandsOfFiles() {
    const QString root = m_dir.filePath(u"many"_s);
    QStringList expected;
    for (int folder = 0; folder < 30; ++folder) {
        for (int file = 0; file < 100; ++file) {
            const QString path = root + u"/f%1/article%2.txt"_s.arg(folder, 2, 10, QLatin1Char('0'))
                                            .arg(file, 3, 10, QLatin1Char('0'));
            QVERIFY(writeFile(path, "Talks resumed on day " + QByteArray::number(file) +
                                        ".\n\nSecond paragraph.\n"));
            expected.append(path);
        }
    }
    QElapsedTimer timer;
    timer.start();
    const LoadResult result = loadPaths({root});
    const qint64 elapsed = timer.elapsed();
    qInfo("3000 files loaded in %lld ms", elapsed);
    QVERIFY(result.errors.isEmpty());
    QCOMPARE(documentPaths(result), expected);
    QCOMPARE(result.documents.last().blocks.size(), 2);
    // Generous bound for a shared, busy machine; typically well under a second.
    QVERIFY2(elapsed < 10000, qPrintable(u"took %1 ms"_s.arg(elapsed)));
}

void TestLoad::largeFile() {
    // 200 MB of article-like lines: must load whole, with every line a block, without running out of time.
    const QString path = m_dir.filePath(u"large.txt"_s);
    const QByteArray paragraph = "Negotiators met again on Thursday, officials said, and a further round is "
                                 "planned for next week.\n\n";
    const qint64 target = qint64(200) * 1024 * 1024;
    const qint64 repeats = target / paragraph.size() + 1;
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray chunk = paragraph.repeated(10000);
        for (qint64 written = 0; written < repeats; written += 10000)
            QVERIFY(file.write(chunk) == chunk.size());
    }
    const qint64 size = QFileInfo(path).size();
    QVERIFY(size >= target);

    QElapsedTimer timer;
    timer.start();
    LoadResult result = loadPaths({path});
    const qint64 elapsed = timer.elapsed();
    qInfo("%.0f MB loaded in %lld ms", double(size) / 1048576.0, elapsed);
    QVERIFY2(result.errors.isEmpty(), qPrintable(errorsAsText(result)));
    QCOMPARE(result.documents.size(), 1);
    const Document &document = result.documents.first();
    QCOMPARE(document.text.size(), size);
    QCOMPARE(document.blocks.size(), size / paragraph.size());
    QCOMPARE(document.blockText(document.blocks.last()), QString::fromLatin1(paragraph.trimmed()));
    result = {};
    QFile::remove(path);
}

void TestLoad::progressAndCancel() {
    const QString root = m_dir.filePath(u"progress"_s);
    for (int i = 0; i < 5; ++i)
        QVERIFY(writeFile(root + u"/%1.txt"_s.arg(i), "Article."));

    QList<std::pair<qsizetype, qsizetype>> calls;
    LoadOptions options;
    options.progress = [&calls](qsizetype done, qsizetype total) {
        calls.append({done, total});
        return done < 2; // stop after the second file
    };
    const LoadResult result = loadPaths({root}, options);
    QCOMPARE(calls, (QList<std::pair<qsizetype, qsizetype>>{{1, 5}, {2, 5}}));
    QVERIFY(result.cancelled);
    QCOMPARE(documentPaths(result), (QStringList{root + u"/0.txt"_s, root + u"/1.txt"_s}));

    options.progress = [](qsizetype, qsizetype) { return true; };
    const LoadResult all = loadPaths({root}, options);
    QVERIFY(!all.cancelled);
    QCOMPARE(all.documents.size(), 5);
}

QTEST_GUILESS_MAIN(TestLoad)
#include "tst_load.moc"
