// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/contract/ContractReport.h"
#include "models/contract/DataContract.h"
#include "models/table/Table.h"

#include <QCoreApplication>
#include <QDate>

#include <vector>

namespace valuator {

/// What every check needs besides its rule: the table, how to build samples, the reference date.
struct CheckContext {
    const Table& table;
    const Column* sourceLine = nullptr; ///< the `source_line` column when the table has one
    int sampleSize = 10;
    bool maskPersonal = true;
    QDate referenceDate;

    RuleSample sample(int64_t row, QString value) const;
    /// The cell as text for a sample, masked when the column is a personal field.
    QString cellText(const Column& column, int64_t row) const;
};

/// Internal to ContractEvaluator: one function per rule kind. Each fills `out` (observed, expected, counts,
/// samples, status); `out` arrives with id, fields, kind and severity set.
class ContractChecks {
    Q_DECLARE_TR_FUNCTIONS(ContractEvaluator)
public:
    /// Returns whether the column can be checked further (present and of a matching type).
    static bool schema(const CheckContext& ctx, const ContractProperty& p, const Column* column, RuleResult& out);
    /// `rule` null: the implicit rule of `required` (no nulls at all).
    static void completeness(const CheckContext& ctx, const Column& column, const QualityRule* rule, RuleResult& out);
    static void range(const CheckContext& ctx, const ContractProperty& p, const Column& column, RuleResult& out);
    static void format(const CheckContext& ctx, const ContractProperty& p, const Column& column, RuleResult& out);
    static void items(const CheckContext& ctx, const ContractProperty& p, const Column& column, RuleResult& out);
    static void allowedValues(const CheckContext& ctx, const QualityRule& rule, const Column& column, RuleResult& out);
    /// `rule` null: the implicit rule of `unique: true`.
    static void uniqueness(
        const CheckContext& ctx, const std::vector<const Column*>& keys, const QualityRule* rule, RuleResult& out);
    static void rowCount(const CheckContext& ctx, const QualityRule& rule, RuleResult& out);
    static void freshness(const CheckContext& ctx, const FreshnessRule& rule, const Column& column, RuleResult& out);
    static void yearNotAfter(const CheckContext& ctx, const QualityRule& rule, const Column& column,
        const Column& reference, RuleResult& out);
    static void notAfterReference(
        const CheckContext& ctx, const QualityRule& rule, const Column& column, RuleResult& out);

    /// Compares a count metric (out.count rows, or its percentage of out.checked) with the rule's threshold;
    /// sets observedValue and status.
    static void applyThreshold(const QualityRule& rule, RuleResult& out);
    /// The rule's limit for people: "<= 5 % (warn above 1 %)", "= 0 rows".
    static QString limitText(const QualityRule& rule);
    /// The hard-constraint verdict: any offending row is a fail.
    static void applyHard(RuleResult& out);

    /// Calendar year of a day number (days since 1970-01-01), without QDate (hot loops).
    static int yearOfDays(int64_t days);
    static QString dateText(double days);
};

} // namespace valuator
