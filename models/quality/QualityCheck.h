// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <vector>

namespace valuator {

/// How bad a finding is when it occurs.
enum class Severity { Info, Warning, Error };
/// The outcome: pass (nothing found), warn (found, severity info or warning), fail (found, severity error).
enum class CheckStatus { Pass, Warn, Fail };

QString severityName(Severity severity);
QString checkStatusName(CheckStatus status);

/// One offending row as shown in a report: its index in the table, its line in the source file and the values
/// that matter for the check (display text; null as JSON null).
struct CheckSampleRow {
    qint64 row = -1;
    qint64 sourceLine = -1; ///< -1 when the table has no source_line column
    QJsonObject values;
    QJsonObject toJson() const;
};

/// Result of one quality check. `count` is the number of offending rows (0 for dataset-level checks that pass);
/// `rows` lists all of them (sorted, for drill-down; not written by toJson), `sample` the first few.
struct QualityCheck {
    QString id; ///< stable machine name, e.g. "completeness.sale_price", "duplicates.exact_rows"
    QString title; ///< translated short name
    Severity severity = Severity::Warning;
    CheckStatus status = CheckStatus::Pass;
    qint64 count = 0;
    qint64 evaluated = 0; ///< rows the check looked at
    QString description; ///< translated: what was checked and what was found
    QList<CheckSampleRow> sample;
    std::vector<qint64> rows;
    QJsonObject details; ///< check-specific figures (thresholds, per-value counts, clusters)

    /// Sets status from count and severity.
    void settle();
    /// {"id", "title", "severity", "status", "count", "evaluated", "share", "description", "sample", "details"}
    QJsonObject toJson() const;
};

} // namespace valuator
