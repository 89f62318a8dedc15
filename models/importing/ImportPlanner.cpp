// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/importing/ImportPlanner.h"

#include "models/csv/CsvSniffer.h"
#include "models/typing/TypeInference.h"

#include <QJsonArray>
#include <QSet>

#include <cstring>

namespace valuator {
namespace {

bool isUtf16(TextEncoding e)
{
    return e == TextEncoding::Utf16LE || e == TextEncoding::Utf16BE;
}

QString delimiterLabel(char d)
{
    return CsvDialect::delimiterName(d);
}

} // namespace

std::vector<CsvSniffResult::Record> ImportPreview::rows() const
{
    std::vector<CsvSniffResult::Record> out;
    const size_t first = settings.hasHeader ? 1 : 0;
    for (size_t i = first; i < sniff.sampleRecords.size(); ++i)
        out.push_back(sniff.sampleRecords[i]);
    return out;
}

QJsonObject ImportPreview::dialectJson() const
{
    QJsonObject dates;
    for (qsizetype i = 0; i < settings.proposals.size(); ++i)
        if (settings.proposals[i].type == InferredType::Date)
            dates.insert(settings.headers.value(i), dateFormatName(settings.proposals[i].dateFormat));
    const NumberFormat nf = settings.inference.numberFormat;
    return {{QStringLiteral("encoding"), textEncodingName(settings.dialect.encoding)},
        {QStringLiteral("delimiter"), delimiterLabel(settings.dialect.delimiter)},
        {QStringLiteral("decimal"), QString(QLatin1Char(nf.decimal))},
        {QStringLiteral("grouping"), nf.grouping ? QString(QLatin1Char(nf.grouping)) : QString()},
        {QStringLiteral("header"), settings.hasHeader},
        {QStringLiteral("line_ending"), CsvSniffResult::lineEndingName(sniff.lineEnding)},
        {QStringLiteral("date_formats"), dates}};
}

QStringList ImportPlanner::headerNames(const std::vector<std::string>& record, qsizetype count)
{
    QStringList names;
    QSet<QString> seen;
    for (qsizetype i = 0; i < count; ++i) {
        QString name = i < qsizetype(record.size()) ? QString::fromStdString(record[size_t(i)]).trimmed() : QString();
        if (name.isEmpty())
            name = QStringLiteral("column_%1").arg(i + 1);
        const QString base = name;
        for (int n = 2; seen.contains(name); ++n)
            name = QStringLiteral("%1_%2").arg(base).arg(n);
        seen.insert(name);
        names << name;
    }
    return names;
}

Result<ImportPreview> ImportPlanner::plan(QByteArrayView head, bool isWholeFile, const ImportOverrides& overrides)
{
    if (head.isEmpty())
        return fail(ErrorCode::Parse, tr("The file is empty."));
    CsvSniffer::Options sniffOptions;
    sniffOptions.encoding = overrides.encoding;
    sniffOptions.delimiter = overrides.delimiter;
    ImportPreview preview;
    preview.sniff = CsvSniffer::sniff(head, isWholeFile, sniffOptions);
    if (!isUtf16(preview.sniff.encoding)) {
        const void* nul = std::memchr(head.data(), 0, size_t(head.size()));
        if (nul)
            return fail(ErrorCode::Parse,
                tr("This looks like a binary file, not CSV text (a NUL byte at offset %1).")
                    .arg(static_cast<const char*>(nul) - head.data()));
    }
    if (preview.sniff.sampleRecords.empty())
        return fail(ErrorCode::Parse, tr("The file holds no CSV records."));

    SampleAnalyzer::Records records;
    for (const auto& r : preview.sniff.sampleRecords)
        records.push_back(r.fields);
    InferenceOptions options;
    preview.header = SampleAnalyzer::detectHeader(records, options.missing);
    if (overrides.hasHeader && *overrides.hasHeader != preview.header.hasHeader) {
        preview.header.hasHeader = *overrides.hasHeader;
        const qsizetype count = preview.header.names.size();
        if (preview.header.hasHeader) {
            preview.header.names = headerNames(records.front(), count);
        } else {
            preview.header.names.clear();
            for (qsizetype i = 0; i < count; ++i)
                preview.header.names << QStringLiteral("column_%1").arg(i + 1);
        }
        preview.header.reason = tr("Set by you.");
    }
    const bool hasHeader = preview.header.hasHeader;
    // The header's own field count is the file's column count (the widest record would let one ragged row add
    // phantom columns); without a header, the most frequent count is.
    const qsizetype columnCount = hasHeader ? qsizetype(records.front().size()) : preview.sniff.fieldCount;
    if (columnCount > 0 && columnCount != preview.header.names.size()) {
        preview.header.names
            = hasHeader ? headerNames(records.front(), columnCount) : preview.header.names.mid(0, columnCount);
        for (qsizetype i = preview.header.names.size(); i < columnCount; ++i)
            preview.header.names << QStringLiteral("column_%1").arg(i + 1);
    }
    preview.numberFormat
        = SampleAnalyzer::detectNumberFormat(records, hasHeader, preview.sniff.delimiter, options.missing);
    if (overrides.decimal) {
        NumberFormat nf = preview.numberFormat.format;
        nf.decimal = *overrides.decimal;
        if (nf.grouping == nf.decimal)
            nf.grouping = nf.decimal == ',' ? '.' : ',';
        preview.numberFormat = {nf, false, 0, tr("Set by you.")};
    }
    options.numberFormat = preview.numberFormat.format;

    TypeInference inference(int(preview.header.names.size()), options);
    const size_t first = hasHeader ? 1 : 0;
    if (records.size() > first)
        inference.addRecords(records, first, preview.sniff.sampleRecords[first].line);
    QList<ColumnProposal> proposals = inference.propose();
    for (qsizetype i = 0; i < proposals.size(); ++i) {
        ColumnProposal& p = proposals[i];
        if (p.type == InferredType::Date && p.dateOrderAmbiguous && overrides.dateOrder) {
            p.dateFormat = *overrides.dateOrder;
            p.dateOrderAmbiguous = false;
        }
        for (const ColumnIssue& issue : p.issues)
            preview.issues.append({preview.header.names.value(i), issue});
    }

    ImportSettings& s = preview.settings;
    s.dialect = preview.sniff.dialect();
    s.hasHeader = hasHeader;
    s.headers = preview.header.names;
    s.proposals = proposals;
    s.dateDecisions = SampleAnalyzer::detectDateFormats(records, hasHeader, options.missing);
    if (overrides.dateOrder)
        for (DateFormatDecision& d : s.dateDecisions)
            if (d.orderAmbiguous) {
                d.primary = *overrides.dateOrder;
                d.orderAmbiguous = false;
            }
    s.inference = options;
    s.mapping = overrides.mapping ? *overrides.mapping : ColumnMapping::autoMap(s.headers);
    s.dateOrder = overrides.dateOrder;

    if (!overrides.delimiter && preview.sniff.delimiterConfidence < 0.5)
        preview.warnings << tr("The delimiter '%1' is a guess (confidence %2 %); check the preview.")
                                .arg(delimiterLabel(preview.sniff.delimiter))
                                .arg(qRound(preview.sniff.delimiterConfidence * 100));
    if (hasHeader) {
        const QStringList raw = [&] {
            QStringList l;
            for (const std::string& f : records.front())
                l << QString::fromStdString(f).trimmed();
            return l;
        }();
        if (QSet<QString>(raw.begin(), raw.end()).size() != raw.size())
            preview.warnings << tr("The header repeats column names; repeats were renamed (%1).")
                                    .arg(s.headers.join(QStringLiteral(", ")));
    }
    return preview;
}

} // namespace valuator
