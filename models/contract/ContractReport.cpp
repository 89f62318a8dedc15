// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/contract/ContractReport.h"

#include <QJsonArray>

#include <cmath>

namespace valuator {

namespace {

QJsonValue numberOrNull(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

QJsonArray toArray(const QStringList& list)
{
    QJsonArray out;
    for (const QString& s : list)
        out.append(s);
    return out;
}

QStringList fromArray(const QJsonArray& array)
{
    QStringList out;
    for (const QJsonValue& v : array)
        out << v.toString();
    return out;
}

} // namespace

QJsonObject RuleResult::toJson() const
{
    QJsonArray sample;
    for (const RuleSample& s : samples)
        sample.append(QJsonObject {{QStringLiteral("row"), s.row},
            {QStringLiteral("source_line"), s.sourceLine < 0 ? QJsonValue() : QJsonValue(s.sourceLine)},
            {QStringLiteral("value"), s.value}});
    return {{QStringLiteral("id"), id}, {QStringLiteral("name"), name},
        {QStringLiteral("field"), fields.join(QStringLiteral(", "))}, {QStringLiteral("fields"), toArray(fields)},
        {QStringLiteral("kind"), ruleKindName(kind)}, {QStringLiteral("severity"), ruleSeverityName(severity)},
        {QStringLiteral("status"), ruleStatusName(status)}, {QStringLiteral("observed"), observed},
        {QStringLiteral("observed_value"), numberOrNull(observedValue)}, {QStringLiteral("expected"), expected},
        {QStringLiteral("count"), count}, {QStringLiteral("checked"), checked}, {QStringLiteral("sample"), sample}};
}

Result<RuleResult> RuleResult::fromJson(const QJsonObject& json)
{
    RuleResult r;
    r.id = json.value(QStringLiteral("id")).toString();
    r.name = json.value(QStringLiteral("name")).toString();
    r.fields = fromArray(json.value(QStringLiteral("fields")).toArray());
    const auto kind = ruleKindFromName(json.value(QStringLiteral("kind")).toString());
    const auto status = ruleStatusFromName(json.value(QStringLiteral("status")).toString());
    if (r.id.isEmpty() || !kind || !status)
        return fail(ErrorCode::Parse, ContractReport::tr("The stored contract report is damaged."),
            QStringLiteral("rule without id, kind or status"));
    r.kind = *kind;
    r.status = *status;
    r.severity = json.value(QStringLiteral("severity")).toString() == QLatin1String("warning") ? RuleSeverity::Warning
                                                                                               : RuleSeverity::Error;
    r.observed = json.value(QStringLiteral("observed")).toString();
    const QJsonValue ov = json.value(QStringLiteral("observed_value"));
    r.observedValue = ov.isDouble() ? ov.toDouble() : std::numeric_limits<double>::quiet_NaN();
    r.expected = json.value(QStringLiteral("expected")).toString();
    r.count = json.value(QStringLiteral("count")).toInteger();
    r.checked = json.value(QStringLiteral("checked")).toInteger();
    for (const QJsonValue& v : json.value(QStringLiteral("sample")).toArray()) {
        const QJsonObject s = v.toObject();
        const QJsonValue line = s.value(QStringLiteral("source_line"));
        r.samples << RuleSample {s.value(QStringLiteral("row")).toInteger(-1), line.isNull() ? -1 : line.toInteger(-1),
            s.value(QStringLiteral("value")).toString()};
    }
    return r;
}

int ContractReport::count(RuleStatus status) const
{
    int n = 0;
    for (const RuleResult& r : rules)
        n += r.status == status;
    return n;
}

const RuleResult* ContractReport::rule(const QString& id) const
{
    for (const RuleResult& r : rules)
        if (r.id == id)
            return &r;
    return nullptr;
}

QJsonObject ContractReport::toJson() const
{
    QJsonArray array;
    for (const RuleResult& r : rules)
        array.append(r.toJson());
    const QJsonObject contract {{QStringLiteral("id"), contractId}, {QStringLiteral("version"), contractVersion},
        {QStringLiteral("name"), contractName}, {QStringLiteral("api_version"), apiVersion},
        {QStringLiteral("object"), object}};
    const QJsonObject counts {{QStringLiteral("pass"), count(RuleStatus::Pass)},
        {QStringLiteral("warn"), count(RuleStatus::Warn)}, {QStringLiteral("fail"), count(RuleStatus::Fail)}};
    return {{QStringLiteral("contract"), contract},
        {QStringLiteral("reference_date"),
            referenceDate.isValid() ? QJsonValue(referenceDate.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("rows"), rows}, {QStringLiteral("gate"), ruleStatusName(gate)},
        {QStringLiteral("counts"), counts}, {QStringLiteral("rules"), array},
        {QStringLiteral("contract_warnings"), toArray(contractWarnings)}};
}

Result<ContractReport> ContractReport::fromJson(const QJsonObject& json)
{
    ContractReport report;
    const QJsonObject contract = json.value(QStringLiteral("contract")).toObject();
    report.contractId = contract.value(QStringLiteral("id")).toString();
    report.contractVersion = contract.value(QStringLiteral("version")).toString();
    report.contractName = contract.value(QStringLiteral("name")).toString();
    report.apiVersion = contract.value(QStringLiteral("api_version")).toString();
    report.object = contract.value(QStringLiteral("object")).toString();
    report.referenceDate = QDate::fromString(json.value(QStringLiteral("reference_date")).toString(), Qt::ISODate);
    report.rows = json.value(QStringLiteral("rows")).toInteger();
    const auto gate = ruleStatusFromName(json.value(QStringLiteral("gate")).toString());
    if (!gate)
        return fail(ErrorCode::Parse, ContractReport::tr("The stored contract report is damaged."),
            QStringLiteral("missing or unknown gate"));
    report.gate = *gate;
    for (const QJsonValue& v : json.value(QStringLiteral("rules")).toArray()) {
        auto rule = RuleResult::fromJson(v.toObject());
        if (!rule)
            return fail(rule.error());
        report.rules << *rule;
    }
    report.contractWarnings = fromArray(json.value(QStringLiteral("contract_warnings")).toArray());
    return report;
}

} // namespace valuator
