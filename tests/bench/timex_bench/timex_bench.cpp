// Times TemporalTagger::tag() over the text of the TimeML corpora in ../shared/corpora, repeated to about
// 50 MB (UTF-8), tagging it in article-sized pieces with each article's DCT. Prints MB/s on one core.
// Usage: timex_bench [CORPORA_DIR] [TARGET_MB]
#include "timex/temporal_tagger.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

struct Article {
    QString text;
    QDate dct;
};

// The text between <TEXT> and </TEXT> with markup removed, and the DCT's value.
Article readTimeML(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString xml = QString::fromUtf8(file.readAll());
    Article a;
    const qsizetype dct = xml.indexOf(u"functionInDocument=\"CREATION_TIME\""_s);
    const qsizetype valueAt = xml.lastIndexOf(u"value=\""_s, dct) >= 0 ? xml.lastIndexOf(u"value=\""_s, dct)
                                                                       : xml.indexOf(u"value=\""_s, dct);
    if (valueAt >= 0)
        a.dct = QDate::fromString(xml.mid(valueAt + 7, 10), Qt::ISODate);
    const qsizetype start = xml.indexOf(u"<TEXT>"_s);
    const qsizetype end = xml.indexOf(u"</TEXT>"_s);
    if (start < 0 || end < start)
        return a;
    bool inTag = false;
    for (qsizetype i = start + 6; i < end; ++i) {
        const QChar c = xml[i];
        if (c == u'<')
            inTag = true;
        else if (c == u'>')
            inTag = false;
        else if (!inTag)
            a.text.append(c);
    }
    return a;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const QString dir =
        argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(ANNALS_SHARED_DIR "/corpora");
    const double targetMb = argc > 2 ? std::atof(argv[2]) : 50.0;

    QList<Article> corpus;
    qint64 corpusBytes = 0;
    QDirIterator it(dir, {u"*.tml"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        Article a = readTimeML(it.next());
        if (a.text.isEmpty())
            continue;
        corpusBytes += a.text.toUtf8().size();
        corpus.append(std::move(a));
    }
    if (corpus.isEmpty()) {
        std::fprintf(stderr, "timex_bench: no .tml files with a <TEXT> under %s\n", qPrintable(dir));
        return 1;
    }
    const int rounds = std::max(1, int(targetMb * 1e6 / double(corpusBytes)));

    annals::TemporalTagger tagger;
    QElapsedTimer timer;
    timer.start();
    qint64 expressions = 0;
    for (int r = 0; r < rounds; ++r)
        for (const Article &a : corpus)
            expressions += tagger.tag(a.text, a.dct.isValid() ? std::optional(a.dct) : std::nullopt).size();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const double mb = double(corpusBytes) * rounds / 1e6;
    std::printf(
        "timex_bench: %d documents x %d rounds = %.1f MB (UTF-8), %lld expressions, %.3f s, %.1f MB/s\n",
        int(corpus.size()), rounds, mb, static_cast<long long>(expressions), seconds, mb / seconds);
    return 0;
}
