#include "load/loader.h"

#include "load/binary_sniffer.h"
#include "load/file_reader.h"
#include "load/html_loader.h"
#include "load/html_metadata.h"
#include "load/html_nesting_probe.h"
#include "load/input_files.h"
#include "load/jsonl_loader.h"
#include "load/plain_text_loader.h"
#include "load/text_decoder.h"

#include "timeml/timeml_reader.h"

using namespace Qt::StringLiterals;

namespace annals {

namespace {

enum class Format { Text, Html, JsonLines, Unknown };

Format formatFromSuffix(const QString &suffix) {
    if (suffix.compare("txt"_L1, Qt::CaseInsensitive) == 0 ||
        suffix.compare("text"_L1, Qt::CaseInsensitive) == 0)
        return Format::Text;
    if (suffix.compare("html"_L1, Qt::CaseInsensitive) == 0 ||
        suffix.compare("htm"_L1, Qt::CaseInsensitive) == 0 ||
        suffix.compare("xhtml"_L1, Qt::CaseInsensitive) == 0)
        return Format::Html;
    if (suffix.compare("jsonl"_L1, Qt::CaseInsensitive) == 0 ||
        suffix.compare("ndjson"_L1, Qt::CaseInsensitive) == 0)
        return Format::JsonLines;
    return Format::Unknown;
}

// For files whose name says nothing: a saved web page starts with a doctype or an <html> tag.
bool looksLikeHtml(QByteArrayView bytes) {
    if (const auto form = detectUnicodeForm(bytes); form && form->encoding == QStringConverter::Utf8)
        bytes = bytes.sliced(form->bomLength);
    qsizetype i = 0;
    while (i < bytes.size() && i < 1024 &&
           (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\n' || bytes[i] == '\r'))
        ++i;
    const QByteArray head =
        bytes.sliced(i, std::min<qsizetype>(bytes.size() - i, 64)).toByteArray().toLower();
    return head.startsWith("<!doctype html") || head.startsWith("<html");
}

QString megabytes(qint64 bytes) {
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1) + u" MB"_s;
}

// A TimeML document announces itself within its first lines; looking further would only cost time on
// very large plain-text files.
QByteArrayView timeMLProbe(QByteArrayView bytes) {
    return bytes.first(std::min<qsizetype>(bytes.size(), 1024 * 1024));
}

// Whether a file that failed to read as TimeML was meant to be TimeML (then the failure is an error): its
// name says so, or it starts with markup, as TimeML and TempEval files do.
bool claimsToBeTimeML(const QString &suffix, QByteArrayView bytes) {
    if (suffix.compare("tml"_L1, Qt::CaseInsensitive) == 0 ||
        suffix.compare("timeml"_L1, Qt::CaseInsensitive) == 0 ||
        suffix.compare("xml"_L1, Qt::CaseInsensitive) == 0)
        return true;
    if (const auto form = detectUnicodeForm(bytes); form && form->encoding == QStringConverter::Utf8)
        bytes = bytes.sliced(form->bomLength);
    for (const char c : bytes) {
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            return c == '<';
    }
    return false;
}

class FileLoader {
public:
    FileLoader(const LoadOptions &options, LoadResult &result)
        : m_options(options)
        , m_result(result) {}

    void load(const InputFile &input);

private:
    void fail(const InputFile &input, const QString &message) {
        m_result.errors.append({input.displayPath, message});
    }
    void add(const InputFile &input, Document document, const DecodedText &decoded);

    const LoadOptions &m_options;
    LoadResult &m_result;
};

void FileLoader::add(const InputFile &input, Document document, const DecodedText &decoded) {
    document.path = input.displayPath;
    if (!decoded.warning.isEmpty())
        document.warnings.prepend(decoded.warning);
    if (QStringView(document.text).trimmed().isEmpty()) {
        fail(input, document.metadata.format == "html"_L1 ? u"no visible text in the page"_s
                                                          : u"empty file (only white space)"_s);
        return;
    }
    m_result.documents.append(std::move(document));
}

void FileLoader::load(const InputFile &input) {
    const qint64 size = input.info.size();
    if (size > m_options.maxFileBytes) {
        fail(input, u"file too large ("_s + megabytes(size) + u"; the limit is "_s +
                        megabytes(m_options.maxFileBytes) + u')');
        return;
    }
    const FileBytes file(input.info.filePath());
    if (!file.ok()) {
        fail(input, u"cannot be read: "_s + file.error());
        return;
    }
    const QByteArrayView bytes = file.bytes();
    if (bytes.isEmpty()) {
        fail(input, u"empty file"_s);
        return;
    }

    Format format = formatFromSuffix(input.info.suffix());
    if (const auto reason = binaryReason(bytes)) {
        // Inside a folder, an unknown kind of file that is not text is simply not an article.
        if (!(input.fromFolder && format == Format::Unknown))
            fail(input, u"binary file ("_s + *reason + u"), not an article"_s);
        return;
    }

    QString timeMLWarning;
    if (format != Format::JsonLines && looksLikeTimeML(timeMLProbe(bytes))) {
        QString error;
        std::optional<Document> document = readTimeML(input.displayPath, file.rawByteArray(), &error);
        if (document) {
            document->metadata.format = u"timeml"_s;
            add(input, std::move(*document), {});
            return;
        }
        if (error.isEmpty())
            error = u"not a readable TimeML document"_s;
        if (claimsToBeTimeML(input.info.suffix(), bytes)) {
            fail(input, error);
            return;
        }
        // Prose that merely mentions <DCT> and <TEXT> (notes about TimeML, say) is still an article.
        timeMLWarning = u"mentions TimeML tags but is not a TimeML document; read as "_s +
                        (format == Format::Html ? u"HTML"_s : u"plain text"_s);
    }

    if (format == Format::Unknown)
        format = looksLikeHtml(bytes) ? Format::Html : Format::Text;

    switch (format) {
    case Format::JsonLines: {
        // JSON is UTF-8; a file saved as UTF-16/32 with a mark is converted first.
        const auto form = detectUnicodeForm(bytes);
        LoadResult lines = form && form->encoding != QStringConverter::Utf8
                               ? loadJsonLines(input.displayPath, decodeText(bytes).text.toUtf8())
                               : loadJsonLines(input.displayPath, bytes);
        if (lines.documents.isEmpty() && lines.errors.isEmpty())
            fail(input, u"empty file (no article lines)"_s);
        m_result.documents.append(std::move(lines.documents));
        m_result.errors.append(std::move(lines.errors));
        return;
    }
    case Format::Html: {
        if (const HtmlNesting nesting = probeHtmlNesting(bytes); nesting.work > maxHtmlNestingWork) {
            fail(input, u"HTML elements nested too deeply (about "_s + QString::number(nesting.maxDepth) +
                            u" levels) to be an article page"_s);
            return;
        }
        // gumbo reads UTF-8: valid UTF-8 goes in as it is, anything else is decoded and re-encoded.
        DecodedText decoded;
        Document document;
        if (!detectUnicodeForm(bytes) && isValidUtf8(bytes)) {
            document = htmlDocument(bytes);
        } else {
            decoded = decodeText(bytes, declaredHtmlCharset(bytes));
            document = htmlDocument(decoded.text.toUtf8());
        }
        if (!timeMLWarning.isEmpty())
            document.warnings.append(timeMLWarning);
        add(input, std::move(document), decoded);
        return;
    }
    case Format::Text:
    case Format::Unknown: {
        DecodedText decoded = decodeText(bytes);
        Document document = plainTextDocument(std::move(decoded.text));
        if (!timeMLWarning.isEmpty())
            document.warnings.append(timeMLWarning);
        add(input, std::move(document), decoded);
        return;
    }
    }
}

} // namespace

LoadResult loadPaths(const QStringList &paths, const LoadOptions &options) {
    LoadResult result;
    const QList<InputFile> files = listInputFiles(paths, result.errors);
    FileLoader loader(options, result);
    for (qsizetype i = 0; i < files.size(); ++i) {
        loader.load(files[i]);
        if (options.progress && !options.progress(i + 1, files.size())) {
            result.cancelled = i + 1 < files.size();
            break;
        }
    }
    return result;
}

} // namespace annals
