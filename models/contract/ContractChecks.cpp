// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/contract/ContractChecks.h"

#include "models/core/Privacy.h"
#include "models/schema/CarSchema.h"

#include <QRegularExpression>

#include <cmath>

namespace valuator {

namespace {

QString percentText(qint64 part, qint64 whole)
{
    return QString::number(whole > 0 ? 100.0 * double(part) / double(whole) : 0.0, 'f', 2) + QStringLiteral(" %");
}

bool typeMatches(LogicalType logical, ColumnType physical)
{
    switch (logical) {
    case LogicalType::String:
        return physical == ColumnType::Text;
    case LogicalType::Integer:
        return physical == ColumnType::Int64;
    case LogicalType::Number:
        return physical == ColumnType::Float64 || physical == ColumnType::Int64;
    case LogicalType::Date:
        return physical == ColumnType::Date;
    case LogicalType::Array:
        return physical == ColumnType::TextList;
    case LogicalType::Boolean:
        return physical == ColumnType::Text || physical == ColumnType::Int64;
    case LogicalType::Object:
        return true;
    }
    return false;
}

} // namespace

RuleSample CheckContext::sample(int64_t row, QString value) const
{
    const qint64 line = sourceLine && !sourceLine->isNull(row) ? sourceLine->ints()[size_t(row)] : -1;
    return RuleSample {row, line, std::move(value)};
}

QString CheckContext::cellText(const Column& column, int64_t row) const
{
    const QString text = column.displayText(row);
    if (maskPersonal) {
        const FieldDef* field = CarSchema::byKey(column.name());
        if (field && field->personal)
            return maskPlate(text);
    }
    return text;
}

int ContractChecks::yearOfDays(int64_t days)
{
    // Howard Hinnant's civil_from_days, reduced to the year.
    const int64_t z = days + 719468;
    const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const int64_t doe = z - era * 146097;
    const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int64_t mp = (5 * doy + 2) / 153;
    const int64_t month = mp < 10 ? mp + 3 : mp - 9;
    return int(yoe + era * 400 + (month <= 2 ? 1 : 0));
}

QString ContractChecks::dateText(double days)
{
    return QDate(1970, 1, 1).addDays(qint64(days)).toString(Qt::ISODate);
}

QString ContractChecks::limitText(const QualityRule& rule)
{
    const QString unit = rule.unit == MetricUnit::Percent ? QStringLiteral(" %") : tr(" rows");
    QString text = rule.threshold.describe() + unit;
    if (rule.warnLevel) {
        const bool upper = rule.threshold.op == CompareOp::Less || rule.threshold.op == CompareOp::LessOrEqual;
        text += (upper ? tr(" (warn above %1%2)") : tr(" (warn below %1%2)")).arg(formatNumber(*rule.warnLevel), unit);
    }
    return text;
}

void ContractChecks::applyThreshold(const QualityRule& rule, RuleResult& out)
{
    const double value = rule.unit == MetricUnit::Percent
        ? (out.checked > 0 ? 100.0 * double(out.count) / double(out.checked) : 0.0)
        : double(out.count);
    out.observedValue = value;
    if (!rule.threshold.holds(value))
        out.status = statusFor(rule.severity);
    else if (rule.warnLevel && !Threshold {rule.threshold.op, *rule.warnLevel, 0}.holds(value))
        out.status = RuleStatus::Warn;
    else
        out.status = RuleStatus::Pass;
}

void ContractChecks::applyHard(RuleResult& out)
{
    out.observedValue = double(out.count);
    out.status = out.count > 0 ? RuleStatus::Fail : RuleStatus::Pass;
}

bool ContractChecks::schema(const CheckContext& ctx, const ContractProperty& p, const Column* column, RuleResult& out)
{
    out.expected = p.type ? tr("a %1 column").arg(logicalTypeName(*p.type))
                          : (p.required ? tr("column present") : tr("optional column"));
    if (!column) {
        out.observed = p.required ? tr("column missing") : tr("column absent (optional)");
        out.status = p.required ? RuleStatus::Fail : RuleStatus::Pass;
        return false;
    }
    out.checked = ctx.table.rowCount();
    out.observed = tr("%1 column").arg(columnTypeName(column->type()));
    if (p.type && !typeMatches(*p.type, column->type())) {
        out.status = RuleStatus::Fail;
        return false;
    }
    out.status = RuleStatus::Pass;
    return !p.type || *p.type != LogicalType::Object;
}

void ContractChecks::completeness(
    const CheckContext& ctx, const Column& column, const QualityRule* rule, RuleResult& out)
{
    std::vector<uint8_t> missingCode; // Text: codes listed in missingValues
    if (rule && !rule->missingValues.isEmpty() && column.type() == ColumnType::Text) {
        const Dictionary& dict = column.dictionary();
        missingCode.assign(size_t(dict.size()), 0);
        for (const QString& v : rule->missingValues)
            if (const int32_t code = dict.find(v.toStdString()); code >= 0)
                missingCode[size_t(code)] = 1;
    }
    const int64_t rows = column.size();
    const bool byCode = !missingCode.empty();
    for (int64_t r = 0; r < rows; ++r) {
        const bool missing = column.isNull(r) || (byCode && missingCode[size_t(column.codes()[size_t(r)])]);
        if (!missing)
            continue;
        if (out.count++ < ctx.sampleSize)
            out.samples << ctx.sample(r, ctx.cellText(column, r));
    }
    out.checked = rows;
    out.observed
        = tr("%1 of %2 rows missing (%3 complete)").arg(out.count).arg(rows).arg(percentText(rows - out.count, rows));
    if (rule) {
        out.expected = tr("missing %1").arg(limitText(*rule));
        applyThreshold(*rule, out);
    } else {
        out.expected = tr("no missing values (required)");
        applyHard(out);
    }
}

void ContractChecks::range(const CheckContext& ctx, const ContractProperty& p, const Column& column, RuleResult& out)
{
    const bool dates = column.type() == ColumnType::Date;
    const auto show = [&](double v) { return dates ? dateText(v) : formatNumber(v); };
    const double lo = p.minimum.value_or(-INFINITY);
    const double hi = p.maximum.value_or(INFINITY);
    double seenMin = INFINITY;
    double seenMax = -INFINITY;
    const int64_t rows = column.size();
    for (int64_t r = 0; r < rows; ++r) {
        const double v = column.number(r);
        if (std::isnan(v))
            continue;
        ++out.checked;
        seenMin = std::min(seenMin, v);
        seenMax = std::max(seenMax, v);
        const bool bad = v < lo || v > hi || (p.exclusiveMinimum && v == lo) || (p.exclusiveMaximum && v == hi);
        if (bad && out.count++ < ctx.sampleSize)
            out.samples << ctx.sample(r, ctx.cellText(column, r));
    }
    QStringList parts;
    if (p.minimum)
        parts << (p.exclusiveMinimum ? QStringLiteral("> ") : QStringLiteral(">= ")) + show(*p.minimum);
    if (p.maximum)
        parts << (p.exclusiveMaximum ? QStringLiteral("< ") : QStringLiteral("<= ")) + show(*p.maximum);
    out.expected = tr("every value %1").arg(parts.join(tr(" and ")));
    out.observed = out.checked == 0 ? tr("no values")
                                    : tr("%1 of %2 values out of range (min %3, max %4)")
                                          .arg(out.count)
                                          .arg(out.checked)
                                          .arg(show(seenMin), show(seenMax));
    applyHard(out);
}

void ContractChecks::format(const CheckContext& ctx, const ContractProperty& p, const Column& column, RuleResult& out)
{
    const Dictionary& dict = column.dictionary();
    const QRegularExpression re(p.pattern);
    std::vector<uint8_t> bad(size_t(dict.size()), 0);
    for (int32_t code = 0; code < dict.size(); ++code) {
        const QString s = dict.text(code);
        bad[size_t(code)] = (p.minLength && s.size() < *p.minLength) || (p.maxLength && s.size() > *p.maxLength)
            || (!p.pattern.isEmpty() && !re.match(s).hasMatch());
    }
    const std::vector<int32_t>& codes = column.codes();
    for (int64_t r = 0; r < int64_t(codes.size()); ++r) {
        const int32_t code = codes[size_t(r)];
        if (code < 0)
            continue;
        ++out.checked;
        if (bad[size_t(code)] && out.count++ < ctx.sampleSize)
            out.samples << ctx.sample(r, ctx.cellText(column, r));
    }
    QStringList parts;
    if (p.minLength)
        parts << tr("at least %1 characters").arg(*p.minLength);
    if (p.maxLength)
        parts << tr("at most %1 characters").arg(*p.maxLength);
    if (!p.pattern.isEmpty())
        parts << tr("matching /%1/").arg(p.pattern);
    out.expected = tr("every value %1").arg(parts.join(tr(", ")));
    out.observed = tr("%1 of %2 values do not fit").arg(out.count).arg(out.checked);
    applyHard(out);
}

void ContractChecks::items(const CheckContext& ctx, const ContractProperty& p, const Column& column, RuleResult& out)
{
    const std::vector<uint32_t>& offsets = column.offsets();
    for (int64_t r = 0; r < column.size(); ++r) {
        const int n = int(offsets[size_t(r) + 1] - offsets[size_t(r)]);
        if (n == 0) // an empty list is a missing value
            continue;
        ++out.checked;
        const bool bad = (p.minItems && n < *p.minItems) || (p.maxItems && n > *p.maxItems);
        if (bad && out.count++ < ctx.sampleSize)
            out.samples << ctx.sample(r, ctx.cellText(column, r));
    }
    QStringList parts;
    if (p.minItems)
        parts << tr("at least %1 items").arg(*p.minItems);
    if (p.maxItems)
        parts << tr("at most %1 items").arg(*p.maxItems);
    out.expected = tr("every list %1").arg(parts.join(tr(", ")));
    out.observed = tr("%1 of %2 lists do not fit").arg(out.count).arg(out.checked);
    applyHard(out);
}

} // namespace valuator
