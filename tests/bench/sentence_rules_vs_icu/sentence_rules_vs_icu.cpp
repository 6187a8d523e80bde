// Compares findSentenceBreaks with ICU's sentence BreakIterator (English, as SentenceSplitter asks for) on
// real text: gettext catalogs (*.mo, their translated messages joined into paragraphs in several ways) and
// UTF-8 text files (whole and line by line), found under the paths given. Prints how much text the rules
// handled themselves, how often each terminator occurred there, and every boundary the two disagree on.
// Exits 1 on any disagreement. Not a test: the catalogs on a machine vary (/usr/share/locale has 168
// languages on Debian). Catalog paragraphs are also compared with their combining marks and format
// characters removed: most Indic, Thai, Myanmar and Tibetan text goes to ICU for its marks, and this way the
// rules still meet those scripts' terminators in real context.
// Usage: sentence_rules_vs_icu PATH...    e.g. sentence_rules_vs_icu /usr/share/locale
#include "sentences/sentence_rules.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QSet>
#include <QStringList>

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>

#include <cstdio>
#include <cstring>
#include <memory>
#include <set>
#include <vector>

using namespace Qt::StringLiterals;
using annals::sentences::findSentenceBreaks;

namespace {

// The translated messages of a gettext catalog, plural forms apart, the header left out.
QStringList catalogMessages(const QByteArray &data) {
    QStringList messages;
    const auto word = [&](qsizetype at) {
        quint32 v = 0;
        if (at >= 0 && at + 4 <= data.size())
            std::memcpy(&v, data.constData() + at, 4);
        return v;
    };
    if (word(0) != 0x950412de) // little-endian magic, as every catalog on Linux is written
        return messages;
    const quint32 count = word(8);
    const quint32 translations = word(16);
    for (quint32 k = 0; k < count; ++k) {
        const quint32 length = word(translations + 8 * k);
        const quint32 offset = word(translations + 8 * k + 4);
        if (qsizetype(offset) + qsizetype(length) > data.size())
            break;
        const QByteArray message = data.mid(offset, length);
        if (message.contains("Content-Type:"))
            continue;
        for (const QByteArray &form : message.split('\0')) {
            if (!form.isEmpty())
                messages.append(QString::fromUtf8(form));
        }
    }
    return messages;
}

// text without the characters the rules leave to ICU: combining marks, format characters, surrogates.
QString withoutMarks(const QString &text) {
    QString kept;
    kept.reserve(text.size());
    for (const QChar c : text) {
        const int sb = u_getIntPropertyValue(c.unicode(), UCHAR_SENTENCE_BREAK);
        if (sb != U_SB_EXTEND && sb != U_SB_FORMAT && !c.isSurrogate())
            kept.append(c);
    }
    return kept;
}

struct Comparison {
    std::unique_ptr<icu::BreakIterator> icu;
    qint64 characters = 0;
    qint64 byRules = 0;
    qint64 disagreements = 0;
    QMap<char16_t, qint64> terminators; // in the text the rules handled
    QSet<QString> sources;              // catalog languages and text files

    std::vector<qsizetype> icuBreaks(QStringView text) {
        std::vector<qsizetype> out;
        UErrorCode status = U_ZERO_ERROR;
        UText utext = UTEXT_INITIALIZER;
        utext_openUChars(&utext, reinterpret_cast<const UChar *>(text.utf16()), text.size(), &status);
        icu->setText(&utext, status);
        for (int32_t b = icu->next(); b != icu::BreakIterator::DONE && b < text.size(); b = icu->next())
            out.push_back(b);
        utext_close(&utext);
        return out;
    }

    void compare(const QString &text, const QString &origin) {
        characters += text.size();
        std::vector<qsizetype> mine;
        if (!findSentenceBreaks(text, mine))
            return; // ICU's own text: nothing to compare
        byRules += text.size();
        sources.insert(origin);
        for (const QChar c : text) {
            const int sb = u_getIntPropertyValue(c.unicode(), UCHAR_SENTENCE_BREAK);
            if (sb == U_SB_ATERM || sb == U_SB_STERM)
                ++terminators[c.unicode()];
        }
        const std::vector<qsizetype> expected = icuBreaks(text);
        if (mine == expected)
            return;
        const std::set<qsizetype> inIcu(expected.begin(), expected.end());
        const std::set<qsizetype> inRules(mine.begin(), mine.end());
        std::set<qsizetype> all = inIcu;
        all.insert(inRules.begin(), inRules.end());
        for (const qsizetype at : all) {
            if (inIcu.count(at) == inRules.count(at))
                continue;
            ++disagreements;
            QString context = text.mid(std::max<qsizetype>(0, at - 30), std::min<qsizetype>(30, at)) +
                              u"\u2551"_s + text.mid(at, 30);
            context.replace(u'\n', u"\u21B5"_s);
            std::printf("%s: break at %lld only by %s: %s\n", qPrintable(origin), static_cast<long long>(at),
                        inIcu.count(at) ? "ICU" : "the rules", qPrintable(context));
        }
    }

    void compareCatalog(const QString &path) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return;
        const QStringList messages = catalogMessages(file.readAll());
        // LANGUAGE/LC_MESSAGES/domain.mo
        const QString language = QFileInfo(path).dir().dirName() == u"LC_MESSAGES"_s
                                     ? QFileInfo(QFileInfo(path).path()).dir().dirName()
                                     : path;
        for (const QString &message : messages)
            compare(message, language);
        // Paragraphs of forty messages, joined as prose, as lines and run together.
        for (qsizetype k = 0; k < messages.size(); k += 40) {
            const QStringList group = messages.mid(k, 40);
            for (const QString &glue : {u" "_s, u"  "_s, u"\n"_s, u"\r\n"_s, QString()})
                compare(group.join(glue), language);
        }
        compare(messages.join(u' '), language);
        for (qsizetype k = 0; k < messages.size(); k += 40)
            compare(withoutMarks(messages.mid(k, 40).join(u' ')), language);
    }

    void compareTextFile(const QString &path) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return;
        const QString text = QString::fromUtf8(file.readAll());
        compare(text, path);
        for (const QStringView line : QStringView(text).split(u'\n'))
            compare(line.toString(), path);
    }
};

} // namespace

int main(int argc, char **argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s PATH...   (folders of *.mo catalogs or UTF-8 text files)\n", argv[0]);
        return 2;
    }
    Comparison comparison;
    UErrorCode status = U_ZERO_ERROR;
    comparison.icu.reset(icu::BreakIterator::createSentenceInstance(icu::Locale::getEnglish(), status));
    if (U_FAILURE(status)) {
        std::fprintf(stderr, "no ICU sentence rules: %s\n", u_errorName(status));
        return 2;
    }
    for (int a = 1; a < argc; ++a) {
        const QString root = QString::fromLocal8Bit(argv[a]);
        QStringList paths;
        if (QFileInfo(root).isDir()) {
            QDirIterator files(root, QDir::Files, QDirIterator::Subdirectories);
            while (files.hasNext())
                paths.append(files.next());
            paths.sort();
        } else {
            paths.append(root);
        }
        for (const QString &path : paths) {
            if (path.endsWith(u".mo"_s))
                comparison.compareCatalog(path);
            else
                comparison.compareTextFile(path);
        }
    }
    std::printf("terminators in the text the rules handled:\n");
    for (auto t = comparison.terminators.cbegin(); t != comparison.terminators.cend(); ++t)
        std::printf("  U+%04X %s %lld\n", unsigned(t.key()), qPrintable(QString(QChar(t.key()))),
                    static_cast<long long>(t.value()));
    std::printf(
        "%lld languages or files, %lld characters compared, %lld handled by the rules, %lld disagreements\n",
        static_cast<long long>(comparison.sources.size()), static_cast<long long>(comparison.characters),
        static_cast<long long>(comparison.byRules), static_cast<long long>(comparison.disagreements));
    return comparison.disagreements == 0 ? 0 : 1;
}
