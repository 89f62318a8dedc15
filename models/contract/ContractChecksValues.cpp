// SPDX-License-Identifier: GPL-3.0-or-later
// ContractChecks, second half: allowed values, uniqueness, row count, freshness and the year/date rules.
#include "models/contract/ContractChecks.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <bit>
#include <cmath>
#include <unordered_set>

namespace valuator {

namespace {

/// Up to five offending values with their counts: "'Petrol' ×2, 'gas' ×1".
QString topValues(const Dictionary& dict, const std::vector<qint64>& counts)
{
    std::vector<int32_t> codes;
    for (int32_t c = 0; c < int32_t(counts.size()); ++c)
        if (counts[size_t(c)] > 0)
            codes.push_back(c);
    std::stable_sort(
        codes.begin(), codes.end(), [&](int32_t a, int32_t b) { return counts[size_t(a)] > counts[size_t(b)]; });
    QStringList parts;
    for (size_t i = 0; i < codes.size() && i < 5; ++i)
        parts << QStringLiteral("'%1' ×%2").arg(dict.text(codes[i])).arg(counts[size_t(codes[i])]);
    if (codes.size() > 5)
        parts << QStringLiteral("…");
    return parts.join(QStringLiteral(", "));
}

/// Equality and hashing of the key columns of one row, for duplicate detection without building keys.
struct RowKey {
    const std::vector<const Column*>& columns;

    uint64_t cell(const Column& c, int64_t row) const
    {
        const auto r = size_t(row);
        switch (c.type()) {
        case ColumnType::Float64:
            return std::bit_cast<uint64_t>(c.doubles()[r] == 0 ? 0.0 : c.doubles()[r]);
        case ColumnType::Int64:
            return uint64_t(c.ints()[r]);
        case ColumnType::Date:
            return uint64_t(int64_t(c.days()[r]));
        case ColumnType::Text:
            return uint64_t(int64_t(c.codes()[r]));
        case ColumnType::TextList: {
            uint64_t h = 1469598103934665603ull;
            for (int32_t code : c.listCodes(row))
                h = (h ^ uint64_t(uint32_t(code))) * 1099511628211ull;
            return h;
        }
        }
        return 0;
    }
    bool hasNull(int64_t row) const
    {
        return std::any_of(columns.begin(), columns.end(), [&](const Column* c) { return c->isNull(row); });
    }
    size_t operator()(int64_t row) const
    {
        uint64_t h = 0x9e3779b97f4a7c15ull;
        for (const Column* c : columns)
            h = (h ^ cell(*c, row)) * 0xbf58476d1ce4e5b9ull;
        return size_t(h ^ (h >> 31));
    }
    bool operator()(int64_t a, int64_t b) const
    {
        for (const Column* c : columns) {
            if (c->type() == ColumnType::TextList) {
                const auto x = c->listCodes(a);
                const auto y = c->listCodes(b);
                if (!std::equal(x.begin(), x.end(), y.begin(), y.end()))
                    return false;
            } else if (cell(*c, a) != cell(*c, b)) {
                return false;
            }
        }
        return true;
    }
};

} // namespace

void ContractChecks::allowedValues(
    const CheckContext& ctx, const QualityRule& rule, const Column& column, RuleResult& out)
{
    const QSet<QString> valid(rule.validValues.begin(), rule.validValues.end());
    const QRegularExpression re(rule.pattern);
    const auto fits = [&](const QString& s) {
        return (valid.isEmpty() || valid.contains(s)) && (rule.pattern.isEmpty() || re.match(s).hasMatch());
    };
    const int64_t rows = column.size();
    QString offenders;
    if (column.type() == ColumnType::Text || column.type() == ColumnType::TextList) {
        // Decide once per distinct value, then count rows by code.
        const Dictionary& dict = column.dictionary();
        std::vector<uint8_t> bad(size_t(dict.size()));
        for (int32_t code = 0; code < dict.size(); ++code)
            bad[size_t(code)] = !fits(dict.text(code));
        std::vector<qint64> badRows(size_t(dict.size()), 0);
        for (int64_t r = 0; r < rows; ++r) {
            if (column.isNull(r))
                continue;
            ++out.checked;
            bool rowBad = false;
            for (int32_t code : column.listCodes(r))
                if (bad[size_t(code)]) {
                    rowBad = true;
                    ++badRows[size_t(code)];
                }
            if (rowBad && out.count++ < ctx.sampleSize)
                out.samples << ctx.sample(r, ctx.cellText(column, r));
        }
        offenders = topValues(dict, badRows);
    } else {
        // Numbers and dates: compare the cell's text, as written in the contract ("2", "2024-01-31").
        for (int64_t r = 0; r < rows; ++r) {
            if (column.isNull(r))
                continue;
            ++out.checked;
            const QString text = column.displayText(r);
            if (!fits(text) && out.count++ < ctx.sampleSize)
                out.samples << ctx.sample(r, ctx.cellText(column, r));
        }
    }
    QString allowed = rule.validValues.isEmpty() ? tr("matching /%1/").arg(rule.pattern)
                                                 : tr("one of %1").arg(rule.validValues.join(QStringLiteral(", ")));
    out.expected = tr("%1; other values %2").arg(allowed, limitText(rule));
    out.observed = tr("%1 of %2 values not allowed").arg(out.count).arg(out.checked);
    if (!offenders.isEmpty())
        out.observed += QStringLiteral(": ") + offenders;
    applyThreshold(rule, out);
}

void ContractChecks::uniqueness(
    const CheckContext& ctx, const std::vector<const Column*>& keys, const QualityRule* rule, RuleResult& out)
{
    const RowKey key {keys};
    const int64_t rows = ctx.table.rowCount();
    std::unordered_set<int64_t, RowKey, RowKey> seen(size_t(rows), key, key);
    qint64 distinct = 0;
    for (int64_t r = 0; r < rows; ++r) {
        if (key.hasNull(r)) // SQL semantics: a key with a null part equals nothing
            continue;
        ++out.checked;
        const auto [first, inserted] = seen.insert(r);
        if (inserted) {
            ++distinct;
            continue;
        }
        if (out.count++ >= ctx.sampleSize)
            continue;
        QStringList parts;
        for (const Column* c : keys)
            parts << ctx.cellText(*c, r);
        const RuleSample firstSample = ctx.sample(*first, {});
        const QString where
            = firstSample.sourceLine >= 0 ? tr("line %1").arg(firstSample.sourceLine) : tr("row %1").arg(*first);
        out.samples << ctx.sample(r, tr("%1 (same as %2)").arg(parts.join(QStringLiteral(", ")), where));
    }
    out.observed
        = tr("%1 of %2 rows repeat an earlier key (%3 distinct keys)").arg(out.count).arg(out.checked).arg(distinct);
    if (rule) {
        out.expected = tr("duplicate rows %1").arg(limitText(*rule));
        applyThreshold(*rule, out);
    } else {
        out.expected = tr("every value unique");
        applyHard(out);
    }
}

void ContractChecks::rowCount(const CheckContext& ctx, const QualityRule& rule, RuleResult& out)
{
    out.checked = ctx.table.rowCount();
    out.observedValue = double(out.checked);
    out.observed = tr("%1 rows").arg(out.checked);
    out.expected = tr("rows %1").arg(rule.threshold.describe());
    out.status = rule.threshold.holds(out.observedValue) ? RuleStatus::Pass : statusFor(rule.severity);
    if (out.status == RuleStatus::Pass && rule.warnLevel
        && !Threshold {rule.threshold.op, *rule.warnLevel, 0}.holds(out.observedValue))
        out.status = RuleStatus::Warn;
}

void ContractChecks::freshness(
    const CheckContext& ctx, const FreshnessRule& rule, const Column& column, RuleResult& out)
{
    const std::vector<int32_t>& days = column.days();
    int64_t newestRow = -1;
    for (int64_t r = 0; r < int64_t(days.size()); ++r) {
        if (days[size_t(r)] == Column::kNullDate)
            continue;
        ++out.checked;
        if (newestRow < 0 || days[size_t(r)] > days[size_t(newestRow)])
            newestRow = r;
    }
    const QString reference = ctx.referenceDate.toString(Qt::ISODate);
    out.expected = tr("newest value at most %1 days before %2").arg(rule.maxAgeDays).arg(reference);
    if (newestRow < 0) {
        out.observed = tr("no dates");
        out.status = statusFor(rule.severity);
        return;
    }
    const int32_t newest = days[size_t(newestRow)];
    const qint64 age = QDate(1970, 1, 1).addDays(newest).daysTo(ctx.referenceDate);
    out.observedValue = double(age);
    out.observed = age >= 0 ? tr("newest %1, %2 days before %3").arg(dateText(newest)).arg(age).arg(reference)
                            : tr("newest %1, %2 days after %3").arg(dateText(newest)).arg(-age).arg(reference);
    out.samples << ctx.sample(newestRow, dateText(newest));
    out.status = age <= rule.maxAgeDays ? RuleStatus::Pass : statusFor(rule.severity);
}

void ContractChecks::yearNotAfter(
    const CheckContext& ctx, const QualityRule& rule, const Column& column, const Column& reference, RuleResult& out)
{
    const std::vector<int32_t>& refDays = reference.days();
    for (int64_t r = 0; r < column.size(); ++r) {
        const double v = column.number(r);
        if (std::isnan(v) || refDays[size_t(r)] == Column::kNullDate)
            continue;
        ++out.checked;
        const int year = column.type() == ColumnType::Date ? yearOfDays(int64_t(v)) : int(std::floor(v));
        if (year <= yearOfDays(refDays[size_t(r)]) + rule.offsetYears)
            continue;
        if (out.count++ < ctx.sampleSize)
            out.samples << ctx.sample(
                r, tr("%1 (%2 %3)").arg(ctx.cellText(column, r), reference.name(), dateText(refDays[size_t(r)])));
    }
    out.expected = tr("%1 at most year of %2 + %3; rows after %4")
                       .arg(column.name(), reference.name())
                       .arg(rule.offsetYears)
                       .arg(limitText(rule));
    out.observed = tr("%1 of %2 rows after the limit").arg(out.count).arg(out.checked);
    applyThreshold(rule, out);
}

void ContractChecks::notAfterReference(
    const CheckContext& ctx, const QualityRule& rule, const Column& column, RuleResult& out)
{
    const qint64 limitDays = QDate(1970, 1, 1).daysTo(ctx.referenceDate);
    const int limitYear = ctx.referenceDate.year();
    for (int64_t r = 0; r < column.size(); ++r) {
        const double v = column.number(r);
        if (std::isnan(v))
            continue;
        ++out.checked;
        const bool after = column.type() == ColumnType::Date ? v > double(limitDays) : v > double(limitYear);
        if (after && out.count++ < ctx.sampleSize)
            out.samples << ctx.sample(r, ctx.cellText(column, r));
    }
    out.expected = tr("not after %1; rows after it %2").arg(ctx.referenceDate.toString(Qt::ISODate), limitText(rule));
    out.observed
        = tr("%1 of %2 values after %3").arg(out.count).arg(out.checked).arg(ctx.referenceDate.toString(Qt::ISODate));
    applyThreshold(rule, out);
}

} // namespace valuator
