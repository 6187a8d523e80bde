#include "extract_options.h"

#include <QCommandLineParser>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace annals {

const char extractHelp[] =
    "Usage: annals extract [OPTIONS] FILE|DIR...\n"
    "\n"
    "Finds the dated events in news articles and prints them on standard output.\n"
    "Inputs: .txt, .html/.htm, .jsonl (one article per line: {\"title\", \"date\", \"text\", \"url\"}) and\n"
    "TimeML documents (recognised by their content). Folders are read recursively, in sorted order.\n"
    "\n"
    "Options:\n"
    "  --dct YYYY-MM-DD       The publication date to resolve relative dates against (\"on Sunday\",\n"
    "                         \"last month\"). Applies to every input and wins over a date the text states\n"
    "                         (its source is then \"user\"). Without it, an article that states no date "
    "gets\n"
    "                         publication_date null and a warning, and relative dates stay unresolved.\n"
    "  --format FORMAT        json (default): one object {\"documents\": [...], \"events\": [...]}; ids d1, "
    "d2...\n"
    "                           and e1, e2... in input order; offsets count Unicode code points of the\n"
    "                           document's plain text, end exclusive.\n"
    "                         jsonl: one event per line, with the same members as in json except that\n"
    "                           \"document\" holds the whole document object (id, path, title,\n"
    "                           publication_date, publication_date_source, warnings) instead of its id.\n"
    "                           Documents without events write no line.\n"
    "                         csv: RFC 4180, a header row, one row per event (actors joined with \"; \").\n"
    "                         timelinejs: TimelineJS3 JSON, for publishing the timeline.\n"
    "                         timeml: one TimeML 1.2.1 document per input with a TIMEX3 around each time\n"
    "                           expression; TimeML inputs keep their TEXT byte for byte. Written to "
    "standard\n"
    "                           output one after another, or one file per input with --out-dir.\n"
    "  --out-dir DIR          With --format timeml: write one file per input into DIR (created if needed),\n"
    "                         named like the input (\"file.jsonl:3\" becomes \"file.jsonl-3.tml\").\n"
    "  --include-boilerplate  Also make events from boilerplate (teasers, \"Read More\" links, appeals, "
    "bios)\n"
    "                         and dateline/byline paragraphs.\n"
    "  -h, --help             Show this help.\n"
    "\n"
    "Errors and warnings go to standard error, one per line: \"annals: FILE: message\".\n"
    "\n"
    "Exit status:\n"
    "  0  every input was read (warnings, such as a missing publication date, may have been printed)\n"
    "  1  some input could not be read (missing, unreadable, empty or binary file, ...) or the output could\n"
    "     not be written; every other input was still processed\n"
    "  2  bad usage: unknown option, no input, invalid --dct or --format, --out-dir without timeml\n";

std::optional<QDate> parseIsoDate(QStringView text, QString *why) {
    const bool shaped = text.size() == 10 && text[4] == u'-' && text[7] == u'-';
    bool digits = shaped;
    for (qsizetype i = 0; digits && i < text.size(); ++i) {
        if (i != 4 && i != 7 && !text[i].isDigit())
            digits = false;
    }
    if (!digits) {
        *why = u"expected a date written YYYY-MM-DD"_s;
        return std::nullopt;
    }
    const int year = text.first(4).toInt();
    const int month = text.mid(5, 2).toInt();
    const int day = text.mid(8, 2).toInt();
    if (year < 1) {
        *why = u"there is no year 0"_s;
        return std::nullopt;
    }
    if (month < 1 || month > 12) {
        *why = u"there is no month "_s + QString::number(month) + u" (months run 01 to 12)"_s;
        return std::nullopt;
    }
    const int days = QDate(year, month, 1).daysInMonth();
    if (day < 1 || day > days) {
        const QString monthName = QLocale::c().standaloneMonthName(month);
        *why = monthName + u' ' + QString::number(year) + u" has "_s + QString::number(days) + u" days"_s;
        return std::nullopt;
    }
    return QDate(year, month, day);
}

ParsedExtractCommand parseExtractCommand(const QStringList &arguments) {
    ParsedExtractCommand result;
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(QStringList{u"h"_s, u"help"_s});
    const QCommandLineOption dct(u"dct"_s, {}, u"YYYY-MM-DD"_s);
    const QCommandLineOption format(u"format"_s, {}, u"FORMAT"_s, u"json"_s);
    const QCommandLineOption outDir(u"out-dir"_s, {}, u"DIR"_s);
    const QCommandLineOption boilerplate(u"include-boilerplate"_s);
    parser.addOptions({help, dct, format, outDir, boilerplate});
    // QCommandLineParser expects the program name first.
    if (!parser.parse(QStringList{u"annals extract"_s} + arguments)) {
        result.error = parser.errorText();
        return result;
    }
    if (parser.isSet(help)) {
        result.help = true;
        return result;
    }
    ExtractOptions &o = result.options;
    if (parser.isSet(dct)) {
        const QString text = parser.value(dct);
        QString why;
        o.dct = parseIsoDate(text, &why);
        if (!o.dct) {
            result.error = u"--dct "_s + text + u": "_s + why;
            return result;
        }
    }
    const QString f = parser.value(format);
    if (f == u"json")
        o.format = OutputFormat::Json;
    else if (f == u"jsonl")
        o.format = OutputFormat::JsonLines;
    else if (f == u"csv")
        o.format = OutputFormat::Csv;
    else if (f == u"timelinejs")
        o.format = OutputFormat::TimelineJs;
    else if (f == u"timeml")
        o.timeml = true;
    else {
        result.error =
            u"--format "_s + f + u": unknown format (use json, jsonl, csv, timelinejs or timeml)"_s;
        return result;
    }
    o.outDir = parser.value(outDir);
    if (parser.isSet(outDir) && !o.timeml) {
        result.error = u"--out-dir is only used with --format timeml"_s;
        return result;
    }
    if (parser.isSet(outDir) && o.outDir.isEmpty()) {
        result.error = u"--out-dir: the folder name is empty"_s;
        return result;
    }
    o.includeBoilerplate = parser.isSet(boilerplate);
    o.inputs = parser.positionalArguments();
    if (o.inputs.isEmpty())
        result.error = u"no input: name at least one FILE or DIR"_s;
    return result;
}

} // namespace annals
