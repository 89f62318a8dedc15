// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/quality/Profiler.h"

#include "models/quality/CivilDate.h"
#include "models/quality/SortedStats.h"
#include "models/quality/TableRows.h"

#include <algorithm>
#include <memory>
#include <numeric>

namespace valuator {

namespace {

QString numberLabel(double v)
{
    return QString::number(v, 'g', 12);
}

QString dateLabel(double v)
{
    return CivilDate::toQDate(int32_t(v)).toString(Qt::ISODate);
}

QList<ValueCount> topCodes(
    const Column& column, const std::vector<qint64>& counts, const std::vector<uint8_t>& missingCode, int limit)
{
    std::vector<int32_t> codes;
    for (int32_t c = 0; c < int32_t(counts.size()); ++c)
        if (counts[size_t(c)] > 0 && !missingCode[size_t(c)])
            codes.push_back(c);
    const Dictionary& dict = column.dictionary();
    const auto k = std::min(codes.size(), size_t(std::max(0, limit)));
    std::partial_sort(codes.begin(), codes.begin() + ptrdiff_t(k), codes.end(), [&](int32_t a, int32_t b) {
        return counts[size_t(a)] != counts[size_t(b)] ? counts[size_t(a)] > counts[size_t(b)] : dict.at(a) < dict.at(b);
    });
    QList<ValueCount> out;
    for (size_t i = 0; i < k; ++i)
        out.append({dict.text(codes[i]), counts[size_t(codes[i])]});
    return out;
}

void profileText(const Column& column, const MissingValues& missing, const ProfileOptions& options, ColumnProfile& p)
{
    const std::vector<uint8_t> missingCode = Profiler::missingCodes(column, missing);
    std::vector<qint64> counts(size_t(column.dictionary().size()), 0);
    for (int32_t code : column.codes()) {
        if (code < 0)
            ++p.missing;
        else
            ++counts[size_t(code)];
    }
    for (size_t c = 0; c < counts.size(); ++c) {
        if (counts[c] == 0)
            continue;
        if (missingCode[c])
            p.sentinels += counts[c];
        else
            ++p.distinct;
    }
    p.missing += p.sentinels;
    p.top = topCodes(column, counts, missingCode, options.topValues);
}

void profileList(const Column& column, const MissingValues& missing, const ProfileOptions& options, ColumnProfile& p)
{
    const std::vector<uint8_t> missingCode = Profiler::missingCodes(column, missing);
    std::vector<qint64> counts(size_t(column.dictionary().size()), 0);
    for (int32_t code : column.codes())
        ++counts[size_t(code)];
    std::vector<double> lengths;
    lengths.reserve(size_t(column.size()));
    const std::vector<uint32_t>& offsets = column.offsets();
    for (size_t r = 0; r + 1 < offsets.size(); ++r) {
        uint32_t n = 0;
        for (uint32_t i = offsets[r]; i < offsets[r + 1]; ++i)
            n += missingCode[size_t(column.codes()[i])] ? 0 : 1;
        if (n == 0)
            ++p.missing;
        else
            lengths.push_back(double(n));
    }
    for (size_t c = 0; c < counts.size(); ++c)
        p.distinct += counts[c] > 0 && !missingCode[c] ? 1 : 0;
    p.tokens = topCodes(column, counts, missingCode, column.dictionary().size());
    p.top = p.tokens.mid(0, options.topValues);
    SortedStats::sort(lengths);
    ColumnProfile lengthStats; // distinct/top of lengths are not what a list column's distinct/top mean
    SortedStats::describe(lengths, 0, numberLabel, lengthStats);
    p.min = lengthStats.min;
    p.max = lengthStats.max;
    p.mean = lengthStats.mean;
    p.std = lengthStats.std;
    p.quantiles = lengthStats.quantiles;
    p.histogram = SortedStats::equalWidth(lengths, options.histogramBins, true);
}

void profileNumeric(const Column& column, const ProfileOptions& options, ColumnProfile& p)
{
    std::vector<double> values = TableRows::numbers(column);
    values.erase(std::remove_if(values.begin(), values.end(), [](double v) { return std::isnan(v); }), values.end());
    p.missing = p.count - qint64(values.size());
    SortedStats::sort(values);
    const bool date = column.type() == ColumnType::Date;
    SortedStats::describe(values, options.topValues, date ? dateLabel : numberLabel, p);
    if (date) {
        p.histogram = SortedStats::dates(values, options.dateBinning, options.maxDateBins, options.histogramBins);
        if (!values.empty() && options.referenceDate.isValid())
            p.freshnessDays = int(CivilDate::fromQDate(options.referenceDate, 0) - int32_t(values.back()));
    } else {
        p.histogram = SortedStats::robust(values, options.histogramBins, column.type() == ColumnType::Int64);
    }
}

} // namespace

std::vector<uint8_t> Profiler::missingCodes(const Column& column, const MissingValues& missing)
{
    const Dictionary& dict = column.dictionary();
    std::vector<uint8_t> out(size_t(dict.size()), 0);
    for (int32_t c = 0; c < dict.size(); ++c)
        out[size_t(c)] = missing.isMissing(dict.at(c)) ? 1 : 0;
    return out;
}

ColumnProfile Profiler::profileColumn(const Column& column, const ProfileOptions& options, const MissingValues& missing)
{
    ColumnProfile p;
    p.name = column.name();
    p.type = column.type();
    p.count = column.size();
    switch (column.type()) {
    case ColumnType::Text:
        profileText(column, missing, options, p);
        break;
    case ColumnType::TextList:
        profileList(column, missing, options, p);
        break;
    default:
        profileNumeric(column, options, p);
        break;
    }
    return p;
}

std::vector<ParallelTasks::Task> Profiler::tasks(const Table& table, const ProfileOptions& options, DatasetProfile& out)
{
    out.rows = table.rowCount();
    out.referenceDate = options.referenceDate;
    out.columns.clear();
    std::vector<int> columns = TableRows::columnsExcept(table, options.excludedColumns);
    out.columns.resize(qsizetype(columns.size()));
    auto missing = std::make_shared<MissingValues>(options.missingTokens);
    std::vector<ParallelTasks::Task> tasks;
    for (size_t i = 0; i < columns.size(); ++i) {
        const Column* column = &table.column(columns[i]);
        ColumnProfile* into = &out.columns[qsizetype(i)];
        tasks.push_back([column, into, missing, options](const std::atomic<bool>& cancelled) {
            if (!cancelled.load(std::memory_order_relaxed))
                *into = Profiler::profileColumn(*column, options, *missing);
        });
    }
    return tasks;
}

Result<DatasetProfile> Profiler::profile(const Table& table, const ProfileOptions& options, const ProgressFn& progress)
{
    DatasetProfile out;
    auto work = tasks(table, options, out);
    if (Status s = ParallelTasks::run(std::move(work), options.threads, progress); !s)
        return fail(s.error());
    return out;
}

} // namespace valuator
