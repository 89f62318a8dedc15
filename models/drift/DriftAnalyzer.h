// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Progress.h"
#include "models/core/Result.h"
#include "models/drift/DriftReport.h"
#include "models/table/Table.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <vector>

namespace valuator {

/// How DriftAnalyzer::compare bins and judges features.
struct DriftOptions {
    int bins = 10; ///< numeric features: quantile bins of the reference (2..1000); fewer when quantiles repeat
    double floor = 1e-4; ///< PSI: every share is raised to at least this before the log (empty bins), (0, 0.1]
    double warnPsi = 0.1; ///< PSI > warnPsi: warn
    double alertPsi = 0.25; ///< PSI > alertPsi: alert
    /// Categorical features: categories whose share is below this in both versions are grouped into one
    /// "(other)" bin, so dozens of tiny categories do not each add floor noise to the PSI. 0 = never group.
    double rareShare = 0.005;
    int maxCategories = 50; ///< categorical bins beyond this many (largest first) are grouped into "(other)" too
    /// Columns that are not features. Personal fields of the car schema (the plate) are never compared either.
    QStringList exclude {QStringLiteral("source_line"), QStringLiteral("plate")};
    QStringList features; ///< compare only these columns; empty = every eligible column
    /// Explicit interior bin edges (ascending) per numeric feature, replacing the reference quantiles. Dates are
    /// days since 1970-01-01.
    QHash<QString, std::vector<double>> edges;
};

/// Compares two versions of a dataset column by column and reports the drift of each feature.
///
/// Numeric features (decimal, integer, date columns): the Population Stability Index over bins at the
/// reference's quantiles (the same edges applied to both versions, reported), and the two-sample
/// Kolmogorov-Smirnov statistic D on all non-null values (exact: both sides sorted once, then merged).
/// Categorical features (text columns): the PSI over categories (rare ones grouped, see DriftOptions), and the
/// unseen share: current non-null rows whose value never occurs in the reference, divided by the current
/// non-null rows. Nulls form their own "(missing)" bin when either version has any, so a change in the missing
/// rate counts as drift. Shares are of all rows of a version. Lists (equipment) are not compared.
///
/// The status comes from the PSI alone (> warnPsi warn, > alertPsi alert): PSI and KS D are effect sizes that
/// stay put as samples grow. The KS p-value is reported for reference but never used, since on a million rows
/// every negligible difference is "significant".
///
/// Pure and synchronous; any thread. Progress unit: reference columns; returning false cancels
/// (ErrorCode::Cancelled). Two 1M-row versions with the car schema take about 0.2 s on one core.
class DriftAnalyzer {
    Q_DECLARE_TR_FUNCTIONS(DriftAnalyzer)
public:
    static Result<DriftReport> compare(
        const Table& reference, const Table& current, const DriftOptions& options, const ProgressFn& progress = {});
};

} // namespace valuator
