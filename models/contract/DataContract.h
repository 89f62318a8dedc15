// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/contract/ContractTypes.h"
#include "models/core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace valuator {

/// What a quality rule measures (the ODCS library metric, or a Car Valuator extension).
enum class QualityMetric {
    NullValues, ///< ODCS nullValues (v3.0 spelling: nullCheck): rows whose value is null
    MissingValues, ///< ODCS missingValues: null or one of `arguments.missingValues`
    InvalidValues, ///< ODCS invalidValues (v3.0: validValues): non-null rows outside `validValues` / `pattern`
    DuplicateValues, ///< ODCS duplicateValues (v3.0: duplicateCount): rows repeating an earlier row's key
    RowCount, ///< ODCS rowCount (schema level)
    MaxYearOffset, ///< Car Valuator: rows whose year is after year(`arguments.field`) + `arguments.years`
    NotAfterReferenceDate, ///< Car Valuator: rows whose date is after the evaluation's reference date
};

/// Unit of a count metric's threshold (ODCS `unit`): a row count or a percentage (0..100) of the rows checked.
enum class MetricUnit { Rows, Percent };

/// One ODCS `quality` entry of type library that Car Valuator evaluates.
struct QualityRule {
    QString id; ///< ODCS `id` when given; else empty and the report generates one ("mileage_km.completeness")
    QString name; ///< ODCS `name` or `description`, for people
    QualityMetric metric = QualityMetric::NullValues;
    QString property; ///< the property it belongs to; empty for schema-level rules
    QStringList properties; ///< DuplicateValues: the key columns (one for a property-level rule)
    QStringList validValues; ///< InvalidValues: the allowed values (exact, case-sensitive)
    QString pattern; ///< InvalidValues: ECMA-262 pattern a value must contain a match of
    QStringList missingValues; ///< MissingValues: extra values counted as missing
    QString referenceField; ///< MaxYearOffset: the date field whose year bounds this one
    int offsetYears = 0; ///< MaxYearOffset
    MetricUnit unit = MetricUnit::Rows;
    Threshold threshold; ///< must hold; a rule without an operator uses "mustBe: 0" (rowCount: "> 0")
    std::optional<double> warnLevel; ///< customProperties warnThreshold: same operator, earlier warning
    RuleSeverity severity = RuleSeverity::Error;
    QString dimension; ///< ODCS dimension (completeness, conformity, ...), informational
    SourceLocation location;
};

/// One ODCS schema property (a column of the dataset).
struct ContractProperty {
    QString name;
    std::optional<LogicalType> type; ///< none: only presence is checked
    bool required = false; ///< must exist; without an explicit nullValues rule also no nulls at all
    bool unique = false;
    QString description;
    // logicalTypeOptions. Dates are days since 1970-01-01, like Column::days().
    std::optional<double> minimum;
    std::optional<double> maximum;
    bool exclusiveMinimum = false;
    bool exclusiveMaximum = false;
    std::optional<int> minLength;
    std::optional<int> maxLength;
    QString pattern;
    std::optional<int> minItems;
    std::optional<int> maxItems;
    QList<QualityRule> quality;
    SourceLocation location;
};

/// One ODCS schema object (the dataset table).
struct ContractObject {
    QString name;
    QString description;
    QList<ContractProperty> properties;
    QList<QualityRule> quality; ///< schema-level rules (rowCount, composite duplicateValues)
    SourceLocation location;

    const ContractProperty* property(const QString& name) const;
};

/// ODCS slaProperties entry `latency` (synonyms `ly`, `freshness`) on a date element: the newest value of that
/// element must be at most maxAgeDays old at the evaluation's reference date.
struct FreshnessRule {
    QString object; ///< schema object named by the element ("sales" in "sales.sale_date"), may be empty
    QString property;
    int maxAgeDays = 0;
    RuleSeverity severity = RuleSeverity::Warning; ///< stale data is still valid data: warn by default
    SourceLocation location;
};

/// A parsed data contract following the Open Data Contract Standard v3 (apiVersion v3.0.x or v3.1.0).
///
/// Car Valuator reads the ODCS fields it can evaluate and accepts (ignores) the other ODCS fields; keys that
/// are not ODCS give a warning. What is evaluated and how the extensions are spelt is documented in
/// resources/contracts/README.md. A value type: parse once, evaluate many times, any thread.
struct DataContract {
    Q_DECLARE_TR_FUNCTIONS(DataContract)
public:
    QString origin; ///< file name used in messages ("default-contract.yaml")
    QString apiVersion;
    QString id;
    QString name;
    QString version;
    QString status;
    QList<ContractObject> schema;
    QList<FreshnessRule> freshness;
    /// Non-fatal findings, each "origin:line:column: message" (unknown keys, rules that are not evaluated).
    QStringList warnings;

    /// Parses an ODCS YAML document. Errors (ErrorCode::Parse or Unsupported) carry a userMessage
    /// "origin:line:column: what was expected", line and column 1-based. Pure: no file access.
    static Result<DataContract> parse(const QByteArray& yaml, const QString& origin);

    /// The apiVersion values parse() accepts.
    static QStringList supportedApiVersions();
    /// The schema object named `name`, or the first one when `name` is empty; nullptr if none.
    const ContractObject* object(const QString& name = {}) const;
};

} // namespace valuator
