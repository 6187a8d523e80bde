#include "eval/mismatch_report.h"

#include "model/text_span.h"

using namespace Qt::StringLiterals;

namespace annals {

namespace {

// Tabs and line breaks would break the line-per-record format.
QString oneLine(QStringView text) {
    QString out = text.toString();
    for (QChar &c : out) {
        if (c == u'\t' || c == u'\n' || c == u'\r')
            c = u' ';
    }
    return out;
}

qsizetype codePointOffset(const QString &text, qsizetype utf16Offset) {
    const QStringView before = QStringView(text).first(qBound<qsizetype>(0, utf16Offset, text.size()));
    qsizetype surrogates = 0;
    for (QChar c : before) {
        if (c.isLowSurrogate())
            ++surrogates;
    }
    return before.size() - surrogates;
}

QString spanText(const QString &text, const TextSpan &span) {
    if (span.start < 0 || span.end > text.size() || span.isEmpty())
        return {};
    return oneLine(QStringView(text).sliced(span.start, span.length()));
}

QString context(const QString &text, const TextSpan &span) {
    const qsizetype margin = 40;
    const qsizetype start = qBound<qsizetype>(0, span.start - margin, text.size());
    const qsizetype end = qBound<qsizetype>(start, span.end + margin, text.size());
    return oneLine(QStringView(text).sliced(start, end - start)).simplified();
}

QString line(const QString &kind, const DocumentEvaluation &doc, const Timex *gold, const Timex *system) {
    const TextSpan span = gold ? gold->span : system->span;
    QStringList fields{kind, doc.name, QString::number(codePointOffset(doc.text, span.start)),
                       QString::number(codePointOffset(doc.text, span.end))};
    for (const Timex *t : {gold, system}) {
        if (t)
            fields << spanText(doc.text, t->span) << timexTypeName(t->type) << oneLine(t->value);
        else
            fields << QString() << QString() << QString();
    }
    TextSpan around = span;
    if (gold && system)
        around = {qMin(gold->span.start, system->span.start), qMax(gold->span.end, system->span.end)};
    fields << context(doc.text, around);
    return fields.join(u'\t') + u'\n';
}

} // namespace

QString mismatchReport(const QList<DirectoryEvaluation> &evaluations, bool reportType) {
    QString out = u"kind\tdocument\tstart\tend\tgold_text\tgold_type\tgold_value\tsystem_text\tsystem_type\t"
                  u"system_value\tcontext\n"_s;
    for (const DirectoryEvaluation &evaluation : evaluations) {
        for (const DocumentEvaluation &doc : evaluation.documents) {
            const TimexAlignment &a = doc.alignment;
            // In text order: walk gold matches and misses together, then the spurious ones.
            QList<std::pair<qsizetype, QString>> lines;
            for (qsizetype g : a.missed)
                lines.append({doc.gold[g].span.start, line(u"missed"_s, doc, &doc.gold[g], nullptr)});
            for (qsizetype s : a.spurious)
                lines.append({doc.system[s].span.start, line(u"spurious"_s, doc, nullptr, &doc.system[s])});
            for (const TimexMatch &m : a.matches) {
                const Timex *gold = &doc.gold[m.gold];
                const Timex *system = &doc.system[m.system];
                if (!m.strict)
                    lines.append({gold->span.start, line(u"span"_s, doc, gold, system)});
                if (!m.valueCorrect)
                    lines.append({gold->span.start, line(u"value"_s, doc, gold, system)});
                if (reportType && !m.typeCorrect)
                    lines.append({gold->span.start, line(u"type"_s, doc, gold, system)});
            }
            std::stable_sort(lines.begin(), lines.end(),
                             [](const auto &x, const auto &y) { return x.first < y.first; });
            for (const auto &[offset, text] : lines)
                out += text;
        }
    }
    return out;
}

} // namespace annals
