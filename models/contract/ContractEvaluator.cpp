// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/contract/ContractEvaluator.h"

#include "models/contract/ContractChecks.h"
#include "models/importing/ImportTypes.h"

#include <QHash>

#include <algorithm>

namespace valuator {

namespace {

RuleResult makeResult(const QString& id, const QString& name, QStringList fields, RuleKind kind, RuleSeverity severity)
{
    RuleResult r;
    r.id = id;
    r.name = name;
    r.fields = std::move(fields);
    r.kind = kind;
    r.severity = severity;
    return r;
}

RuleKind kindOf(QualityMetric metric)
{
    switch (metric) {
    case QualityMetric::NullValues:
    case QualityMetric::MissingValues:
        return RuleKind::Completeness;
    case QualityMetric::InvalidValues:
        return RuleKind::AllowedValues;
    case QualityMetric::DuplicateValues:
        return RuleKind::Uniqueness;
    case QualityMetric::RowCount:
        return RuleKind::RowCount;
    case QualityMetric::MaxYearOffset:
        return RuleKind::YearNotAfter;
    case QualityMetric::NotAfterReferenceDate:
        return RuleKind::NotAfterReference;
    }
    return RuleKind::Schema;
}

RuleResult fromQuality(const QualityRule& q, const QString& owner)
{
    const QStringList fields
        = q.properties.isEmpty() && !q.property.isEmpty() ? QStringList {q.property} : q.properties;
    const RuleKind kind = kindOf(q.metric);
    return makeResult(
        q.id.isEmpty() ? owner + QLatin1Char('.') + ruleKindName(kind) : q.id, q.name, fields, kind, q.severity);
}

bool needsReferenceDate(const DataContract& contract, const ContractObject& object)
{
    if (!contract.freshness.isEmpty())
        return true;
    for (const ContractProperty& p : object.properties)
        for (const QualityRule& q : p.quality)
            if (q.metric == QualityMetric::NotAfterReferenceDate)
                return true;
    return false;
}

/// The property's quality rules, in file order.
void evaluateQuality(const CheckContext& ctx, const ContractProperty& p, const Column& column, QList<RuleResult>& out)
{
    for (const QualityRule& q : p.quality) {
        RuleResult r = fromQuality(q, p.name);
        switch (q.metric) {
        case QualityMetric::NullValues:
        case QualityMetric::MissingValues:
            ContractChecks::completeness(ctx, column, &q, r);
            break;
        case QualityMetric::InvalidValues:
            ContractChecks::allowedValues(ctx, q, column, r);
            break;
        case QualityMetric::DuplicateValues:
            ContractChecks::uniqueness(ctx, {&column}, &q, r);
            break;
        case QualityMetric::NotAfterReferenceDate:
            ContractChecks::notAfterReference(ctx, q, column, r);
            break;
        case QualityMetric::MaxYearOffset: {
            const Column* reference = ctx.table.find(q.referenceField);
            if (!reference || reference->type() != ColumnType::Date)
                continue; // its own schema rule reports the missing or mistyped column
            r.fields << q.referenceField;
            ContractChecks::yearNotAfter(ctx, q, column, *reference, r);
            break;
        }
        case QualityMetric::RowCount:
            continue; // schema level only (the parser enforces it)
        }
        out << r;
    }
}

void evaluateProperty(const CheckContext& ctx, const ContractProperty& p, QList<RuleResult>& out)
{
    const QString prefix = p.name + QLatin1Char('.');
    const QStringList fields {p.name};
    const auto make
        = [&](RuleKind kind) { return makeResult(prefix + ruleKindName(kind), {}, fields, kind, RuleSeverity::Error); };
    const Column* column = ctx.table.find(p.name);
    RuleResult schema = make(RuleKind::Schema);
    const bool usable = ContractChecks::schema(ctx, p, column, schema);
    out << schema;
    if (!usable)
        return;
    const bool explicitCompleteness = std::any_of(p.quality.begin(), p.quality.end(), [](const QualityRule& q) {
        return q.metric == QualityMetric::NullValues || q.metric == QualityMetric::MissingValues;
    });
    if (p.required && !explicitCompleteness) {
        RuleResult r = make(RuleKind::Completeness);
        ContractChecks::completeness(ctx, *column, nullptr, r);
        out << r;
    }
    const ColumnType type = column->type();
    const bool numeric = type == ColumnType::Float64 || type == ColumnType::Int64 || type == ColumnType::Date;
    if (numeric && (p.minimum || p.maximum)) {
        RuleResult r = make(RuleKind::Range);
        ContractChecks::range(ctx, p, *column, r);
        out << r;
    }
    if (type == ColumnType::Text && (p.minLength || p.maxLength || !p.pattern.isEmpty())) {
        RuleResult r = make(RuleKind::Format);
        ContractChecks::format(ctx, p, *column, r);
        out << r;
    }
    if (type == ColumnType::TextList && (p.minItems || p.maxItems)) {
        RuleResult r = make(RuleKind::Items);
        ContractChecks::items(ctx, p, *column, r);
        out << r;
    }
    if (p.unique) {
        RuleResult r = make(RuleKind::Uniqueness);
        ContractChecks::uniqueness(ctx, {column}, nullptr, r);
        out << r;
    }
    evaluateQuality(ctx, p, *column, out);
}

void evaluateObjectRules(const CheckContext& ctx, const ContractObject& object, QList<RuleResult>& out)
{
    for (const QualityRule& q : object.quality) {
        RuleResult r = fromQuality(q, object.name);
        if (q.metric == QualityMetric::RowCount) {
            ContractChecks::rowCount(ctx, q, r);
        } else if (q.metric == QualityMetric::DuplicateValues) {
            std::vector<const Column*> keys;
            for (const QString& name : q.properties)
                if (const Column* c = ctx.table.find(name))
                    keys.push_back(c);
            if (keys.size() != size_t(q.properties.size()))
                continue; // a key column is missing: its schema rule says so
            r.id = q.id.isEmpty() ? q.properties.join(QLatin1Char('+')) + QStringLiteral(".uniqueness") : q.id;
            ContractChecks::uniqueness(ctx, keys, &q, r);
        } else {
            continue;
        }
        out << r;
    }
}

/// Ids must be unique in a report (the GUI and the CLI address rules by id): repeats get "#2", "#3", ...
void makeIdsUnique(QList<RuleResult>& rules)
{
    QHash<QString, int> seen;
    for (RuleResult& r : rules) {
        const int n = ++seen[r.id];
        if (n > 1)
            r.id += QStringLiteral("#%1").arg(n);
    }
}

} // namespace

Result<ContractReport> ContractEvaluator::evaluate(
    const DataContract& contract, const Table& table, const EvaluationOptions& options, const ProgressFn& progress)
{
    const ContractObject* object = contract.object(options.object);
    if (!object)
        return fail(ErrorCode::InvalidArgument,
            options.object.isEmpty() ? tr("The data contract declares no schema object.")
                                     : tr("The data contract has no schema object '%1'.").arg(options.object));
    if (needsReferenceDate(contract, *object) && !options.referenceDate.isValid())
        return fail(ErrorCode::InvalidArgument,
            tr("The data contract checks dates against today: a reference date is needed."));
    const CheckContext ctx {table, table.find(sourceLineColumnName()), std::max(0, options.sampleSize),
        options.maskPersonal, options.referenceDate};
    ContractReport report;
    report.contractId = contract.id;
    report.contractVersion = contract.version;
    report.contractName = contract.name;
    report.apiVersion = contract.apiVersion;
    report.object = object->name;
    report.referenceDate = options.referenceDate;
    report.rows = table.rowCount();
    report.contractWarnings = contract.warnings;
    const qint64 total = object->properties.size() + 1;
    for (qsizetype i = 0; i < object->properties.size(); ++i) {
        if (!reportProgress(progress, i, total))
            return fail(Error::cancelled());
        evaluateProperty(ctx, object->properties[i], report.rules);
    }
    evaluateObjectRules(ctx, *object, report.rules);
    for (const FreshnessRule& f : contract.freshness) {
        const Column* column = f.object == object->name ? table.find(f.property) : nullptr;
        if (!column || column->type() != ColumnType::Date)
            continue; // another object's SLA, or the column's schema rule already failed
        RuleResult r
            = makeResult(f.property + QStringLiteral(".freshness"), {}, {f.property}, RuleKind::Freshness, f.severity);
        ContractChecks::freshness(ctx, f, *column, r);
        report.rules << r;
    }
    makeIdsUnique(report.rules);
    for (const RuleResult& r : std::as_const(report.rules))
        report.gate = std::max(report.gate, r.status);
    if (!reportProgress(progress, total, total))
        return fail(Error::cancelled());
    return report;
}

} // namespace valuator
