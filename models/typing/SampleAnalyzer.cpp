// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/typing/SampleAnalyzer.h"

#include "models/typing/DateParser.h"
#include "models/typing/NumberParser.h"
#include "models/typing/TypeInference.h"
#include "models/typing/Utf8Text.h"

#include <QSet>

namespace valuator {

namespace {

enum class CellKind { Missing, Integer, Decimal, Date, Text };

/// Kind of a cell without knowing the file's number format: either common format may read it.
CellKind cellKind(std::string_view field, const MissingValues& missing)
{
    static const NumberParser kPoint(NumberFormat {'.', ','});
    static const NumberParser kComma(NumberFormat {',', '.'});
    const std::string_view t = Utf8Text::trimmed(field);
    if (missing.isMissingTrimmed(t)) {
        return CellKind::Missing;
    }
    if (DateParser::candidates(t) != 0) {
        return CellKind::Date;
    }
    auto number = kPoint.parse(t);
    if (!number) {
        number = kComma.parse(t);
    }
    if (number) {
        return number->hasFraction ? CellKind::Decimal : CellKind::Integer;
    }
    return CellKind::Text;
}

size_t widest(const SampleAnalyzer::Records& records)
{
    size_t n = 0;
    for (const auto& record : records) {
        n = std::max(n, record.size());
    }
    return n;
}

std::string_view cell(const SampleAnalyzer::Records& records, size_t row, size_t column)
{
    return column < records[row].size() ? std::string_view(records[row][column]) : std::string_view();
}

/// The vote of one column (see the class comment); `recurs` tells whether the first cell appears again below.
int columnVote(const SampleAnalyzer::Records& records, size_t column, const MissingValues& missing, bool& recurs)
{
    const std::string_view firstText = Utf8Text::trimmed(cell(records, 0, column));
    const CellKind first = cellKind(firstText, missing);
    qint64 ints = 0, decimals = 0, dates = 0, texts = 0;
    recurs = false;
    for (size_t row = 1; row < records.size(); ++row) {
        const std::string_view value = cell(records, row, column);
        switch (cellKind(value, missing)) {
        case CellKind::Missing:
            break;
        case CellKind::Integer:
            ++ints;
            break;
        case CellKind::Decimal:
            ++decimals;
            break;
        case CellKind::Date:
            ++dates;
            break;
        case CellKind::Text:
            ++texts;
            break;
        }
        recurs = recurs || (!firstText.empty() && Utf8Text::trimmed(value) == firstText);
    }
    const qint64 rest = ints + decimals + dates + texts;
    const bool typed = 2 * (ints + decimals + dates) > rest;
    if (rest == 0 || first == CellKind::Missing) {
        return 0;
    }
    if (first == CellKind::Text) {
        return typed ? 2 : (recurs ? -1 : 0);
    }
    if (!typed) {
        return 0; // a number above text (a model called "3008"): says nothing
    }
    const bool mostlyDecimalOrDate = 2 * (decimals + dates) > rest;
    return (first == CellKind::Integer && mostlyDecimalOrDate && decimals + dates > 0 && ints == 0) ? 1 : -2;
}

QStringList headerNames(const std::vector<std::string>& header, size_t columns)
{
    QStringList names;
    QSet<QString> seen;
    for (size_t c = 0; c < columns; ++c) {
        const std::string_view raw = c < header.size() ? Utf8Text::trimmed(header[c]) : std::string_view();
        QString name = QString::fromUtf8(raw.data(), qsizetype(raw.size()));
        if (name.isEmpty()) {
            name = QStringLiteral("column_%1").arg(c + 1);
        }
        QString unique = name;
        for (int k = 2; seen.contains(unique); ++k) {
            unique = QStringLiteral("%1_%2").arg(name).arg(k);
        }
        seen.insert(unique);
        names.append(unique);
    }
    return names;
}

} // namespace

HeaderDetection SampleAnalyzer::detectHeader(const Records& records, const MissingValues& missing)
{
    HeaderDetection out;
    const size_t columns = widest(records);
    int score = 0, typedColumns = 0;
    bool anyRecurs = false, anyMissing = false;
    QSet<QByteArray> firstCells;
    for (size_t c = 0; !records.empty() && c < columns; ++c) {
        bool recurs = false;
        const int vote = columnVote(records, c, missing, recurs);
        score += vote;
        typedColumns += vote > 0 ? 1 : 0;
        anyRecurs = anyRecurs || recurs;
        const std::string_view first = Utf8Text::trimmed(cell(records, 0, c));
        anyMissing = anyMissing || missing.isMissingTrimmed(first);
        firstCells.insert(QByteArray(first.data(), qsizetype(first.size())));
    }
    const bool distinct = firstCells.size() == qsizetype(columns);
    if (score > 0) {
        out.hasHeader = true;
        out.reason = tr("The first row holds names above %n numeric or date column(s).", nullptr, typedColumns);
    } else if (score == 0 && !records.empty() && !anyMissing && distinct && !anyRecurs) {
        out.hasHeader = true;
        out.reason = tr("The first row's values are distinct and do not recur below, so they are taken as names.");
    } else {
        out.reason = records.empty() ? tr("The sample is empty.")
                                     : tr("The first row looks like data; columns are named column_1, column_2, ...");
    }
    static const std::vector<std::string> kNoHeader;
    out.names = headerNames(out.hasHeader ? records.front() : kNoHeader, columns);
    return out;
}

QList<DateFormatDecision> SampleAnalyzer::detectDateFormats(
    const Records& records, bool hasHeader, const MissingValues& missing)
{
    const size_t columns = widest(records);
    std::vector<DateFormatVote> votes(columns);
    for (size_t row = hasHeader ? 1 : 0; row < records.size(); ++row) {
        for (size_t c = 0; c < records[row].size(); ++c) {
            const std::string_view t = Utf8Text::trimmed(records[row][c]);
            if (!missing.isMissingTrimmed(t)) {
                votes[c].add(DateParser::candidates(t), qint64(row) + 1);
            }
        }
    }
    QList<DateFormatDecision> out;
    for (const DateFormatVote& vote : votes) {
        out.append(vote.decide());
    }
    return out;
}

SampleAnalysis SampleAnalyzer::analyze(
    const Records& records, char delimiter, const InferenceOptions& base, qint64 firstLine)
{
    SampleAnalysis out;
    out.header = detectHeader(records, base.missing);
    out.numberFormat = detectNumberFormat(records, out.header.hasHeader, delimiter, base.missing);
    InferenceOptions options = base;
    options.numberFormat = out.numberFormat.format;
    TypeInference inference(int(out.header.names.size()), options);
    const size_t first = out.header.hasHeader ? 1 : 0;
    inference.addRecords(records, first, firstLine + qint64(first));
    out.columns = inference.propose();
    return out;
}

} // namespace valuator
