// Sentence-splitter throughput: the five seed articles repeated to about 20 MB of UTF-8, split block by
// block with one SentenceSplitter, as the pipeline does. Prints MB/s (input UTF-8 bytes). Not a test.

#include "sentences/sentence_splitter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace annals;

namespace {

QString seedText() {
    const QDir dir(QStringLiteral(ANNALS_SHARED_DIR "/seeds"));
    QString all;
    for (const QString &name : dir.entryList({u"*.txt"_s}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            all += QString::fromUtf8(file.readAll()) + u"\n\n"_s;
    }
    return all;
}

// One block per non-empty line, as the plain-text loader makes them.
QList<Block> blocksOf(const QString &text) {
    QList<Block> blocks;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        if (end > start)
            blocks.append(Block{{start, end}, QString(), -1.0, Zone::Body});
        start = end + 1;
    }
    return blocks;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const QString seeds = seedText();
    if (seeds.isEmpty()) {
        std::fprintf(stderr, "no seed articles under %s/seeds\n", ANNALS_SHARED_DIR);
        return 1;
    }
    const qsizetype targetBytes = 20 * 1000 * 1000;
    const qsizetype seedBytes = seeds.toUtf8().size();
    Document document;
    document.text.reserve(seeds.size() * (targetBytes / seedBytes + 1));
    while (document.text.size() < seeds.size() * (targetBytes / seedBytes + 1))
        document.text += seeds;
    document.blocks = blocksOf(document.text);
    const double megabytes = double(document.text.toUtf8().size()) / 1e6;

    SentenceSplitter splitter;
    double best = 0.0;
    qsizetype sentences = 0;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer timer;
        timer.start();
        sentences = splitter.split(document).size();
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        best = std::max(best, megabytes / seconds);
    }
    std::printf("sentences_bench: %.1f MB UTF-8, %lld blocks, %lld sentences, best of 3: %.1f MB/s\n",
                megabytes, static_cast<long long>(document.blocks.size()), static_cast<long long>(sentences),
                best);
    return 0;
}
