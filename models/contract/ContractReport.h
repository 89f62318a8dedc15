// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/contract/ContractTypes.h"
#include "models/core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <limits>

namespace valuator {

/// One offending row of a rule, for drill-down.
struct RuleSample {
    qint64 row = -1; ///< 0-based row index in the evaluated Table
    qint64 sourceLine = -1; ///< 1-based line in the imported file (the `source_line` column); -1 when unknown
    QString value; ///< the offending value as text; personal fields (the plate) masked
};

/// The outcome of one contract rule on one table.
struct RuleResult {
    QString id; ///< unique in the report: the ODCS rule id, else "<field>.<kind>" ("mileage_km.range")
    QString name; ///< the rule's ODCS name/description, may be empty
    QStringList fields; ///< the checked column(s); empty for table-level rules (row count)
    RuleKind kind = RuleKind::Schema;
    RuleSeverity severity = RuleSeverity::Error;
    RuleStatus status = RuleStatus::Pass;
    QString observed; ///< what the data shows, for people ("0.87 % missing (87 of 10000 rows)")
    /// The number the threshold was compared with, in the rule's unit (rows, percent, days); NaN when none.
    double observedValue = std::numeric_limits<double>::quiet_NaN();
    QString expected; ///< what the contract asks, for people ("missing <= 5 % (warn above 1 %)")
    qint64 count = 0; ///< offending rows
    qint64 checked = 0; ///< rows the rule looked at (e.g. non-null rows for a range)
    QList<RuleSample> samples; ///< the first offending rows in table order, at most EvaluationOptions::sampleSize

    QJsonObject toJson() const;
    static Result<RuleResult> fromJson(const QJsonObject& json);
};

/// A data contract evaluated on a table: one RuleResult per rule and the overall gate.
///
/// Gate = the worst rule status. A violated rule of severity error fails the gate; warning-level rules (and
/// warnThreshold levels) only warn, however many there are: warnings never add up to a fail.
struct ContractReport {
    Q_DECLARE_TR_FUNCTIONS(ContractReport)
public:
    QString contractId;
    QString contractVersion;
    QString contractName;
    QString apiVersion;
    QString object; ///< the schema object the table was checked against
    QDate referenceDate; ///< the "today" used for freshness; may be invalid when no rule needed it
    qint64 rows = 0;
    QList<RuleResult> rules;
    RuleStatus gate = RuleStatus::Pass;
    QStringList contractWarnings; ///< DataContract::warnings, carried along for the report

    int count(RuleStatus status) const;
    const RuleResult* rule(const QString& id) const;

    /// Keys: contract {id, version, name, api_version, object}, reference_date (ISO or null), rows, gate,
    /// counts {pass, warn, fail}, rules [RuleResult::toJson()], contract_warnings.
    QJsonObject toJson() const;
    static Result<ContractReport> fromJson(const QJsonObject& json);
};

} // namespace valuator
