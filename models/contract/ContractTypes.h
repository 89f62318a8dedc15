// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <cmath>
#include <optional>

namespace valuator {

/// ODCS `logicalType` of a property.
enum class LogicalType { String, Integer, Number, Date, Array, Boolean, Object };

/// Outcome of one contract rule, and of the whole gate. Ordered: a worse status compares greater.
enum class RuleStatus { Pass = 0, Warn = 1, Fail = 2 };

/// What a rule's violation means (ODCS `severity`): Error → fail, Warning (and info) → warn.
enum class RuleSeverity { Warning, Error };

/// What a contract rule checks. One value per row of the report.
enum class RuleKind {
    Schema, ///< the column exists and has the declared logicalType
    Completeness, ///< share of non-null values (ODCS nullValues / missingValues, or `required`)
    Range, ///< logicalTypeOptions minimum/maximum (numbers and dates)
    AllowedValues, ///< ODCS validValues / invalidValues (a value list or a pattern)
    Format, ///< string logicalTypeOptions minLength/maxLength/pattern
    Items, ///< array logicalTypeOptions minItems/maxItems
    Uniqueness, ///< `unique: true` or ODCS duplicateValues / duplicateCount (one or several properties)
    RowCount, ///< ODCS rowCount
    Freshness, ///< ODCS SLA `latency`: age of the newest date relative to the reference date
    YearNotAfter, ///< Car Valuator rule maxYearOffset: year value <= year(other date field) + offset, per row
    NotAfterReference, ///< Car Valuator rule notAfterReferenceDate: date value <= the reference date, per row
};

/// ODCS comparison operators (`mustBe`, `mustBeLessThan`, ...).
enum class CompareOp { Equal, NotEqual, Greater, GreaterOrEqual, Less, LessOrEqual, Between, NotBetween };

/// 1-based line and column in the contract file (0 = unknown).
struct SourceLocation {
    int line = 0;
    int column = 0;
};

/// A metric threshold: "observed <op> value" (Between: value <= observed <= value2, inclusive as in ODCS).
struct Threshold {
    CompareOp op = CompareOp::Equal;
    double value = 0;
    double value2 = 0;

    bool holds(double observed) const;
    /// ODCS key of the operator ("mustBeLessOrEqualTo").
    QString keyName() const;
    /// "<= 5", "between 1 and 3".
    QString describe() const;
    /// One-sided operators only: a warn level may be set for them.
    bool isOneSided() const;
};

/// Stable machine names used in JSON and contract files.
QString logicalTypeName(LogicalType type);
std::optional<LogicalType> logicalTypeFromName(const QString& name);
QString ruleStatusName(RuleStatus status);
std::optional<RuleStatus> ruleStatusFromName(const QString& name);
QString ruleSeverityName(RuleSeverity severity);
QString ruleKindName(RuleKind kind);
std::optional<RuleKind> ruleKindFromName(const QString& name);

/// Status of a violated rule of this severity.
inline RuleStatus statusFor(RuleSeverity severity)
{
    return severity == RuleSeverity::Error ? RuleStatus::Fail : RuleStatus::Warn;
}

/// Shortest round-trip text of a number ("5", "0.25", "1500000"), independent of the locale.
QString formatNumber(double value);

} // namespace valuator
