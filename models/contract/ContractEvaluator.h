// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/contract/ContractReport.h"
#include "models/contract/DataContract.h"
#include "models/core/Progress.h"
#include "models/core/Result.h"
#include "models/table/Table.h"

#include <QCoreApplication>
#include <QDate>

namespace valuator {

/// How ContractEvaluator::evaluate checks a table.
struct EvaluationOptions {
    /// "Today" for the freshness SLA and notAfterReferenceDate rules. The core never reads the clock: the caller
    /// passes the date (usually the current date, or the import date to re-check an old version as it was).
    /// Required when the contract has such rules.
    QDate referenceDate;
    QString object; ///< schema object to check the table against; empty = the contract's first
    int sampleSize = 10; ///< offending rows kept per rule (the first ones in table order)
    bool maskPersonal = true; ///< mask personal fields (CarSchema: the plate) in sample values
};

/// Checks a Table against a DataContract, rule by rule.
///
/// Rules, in report order, per property of the schema object: `schema` (column present, type matches the
/// logicalType); then, when the column is usable, `completeness` (an implicit "no nulls" rule for `required`
/// unless the property declares a nullValues/missingValues rule), `range`, `format`, `items`, `uniqueness`
/// (for `unique: true`) and the property's quality rules in file order. Then the schema object's rules (rowCount,
/// composite duplicateValues) and the freshness SLAs. A missing required column fails its schema rule; a missing
/// optional column passes it; either way its other rules are not listed.
///
/// Constraints from the schema itself (type, required without a rule, ranges, lengths, unique) are hard: one
/// offending row fails. Quality rules compare their metric with their operator and fail or warn by severity;
/// a `warnThreshold` custom property warns earlier. Nulls never count against range, format or allowed-value
/// rules (completeness covers them). Gate: see ContractReport.
///
/// Pure and synchronous; any thread. Progress unit: properties; returning false from `progress` cancels
/// (ErrorCode::Cancelled). The default contract on a million rows takes about 0.1 s on one core.
class ContractEvaluator {
    Q_DECLARE_TR_FUNCTIONS(ContractEvaluator)
public:
    static Result<ContractReport> evaluate(const DataContract& contract, const Table& table,
        const EvaluationOptions& options, const ProgressFn& progress = {});
};

} // namespace valuator
