// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <limits>
#include <optional>
#include <vector>

namespace valuator {

/// Drift verdict of a feature (by PSI only) and of the whole comparison (the worst feature). Ordered.
enum class DriftStatus { Ok = 0, Warn = 1, Alert = 2 };

enum class DriftFeatureKind { Numeric, Categorical };

QString driftStatusName(DriftStatus status); ///< "ok", "warn", "alert"
std::optional<DriftStatus> driftStatusFromName(const QString& name);

/// One bin of a feature: a value range (numeric), a category, the grouped rare categories, or the missing values.
struct DriftBin {
    QString label; ///< for people: "(2011, 2014]", "petrol", "(other: 12 categories)", "(missing)"
    /// Numeric: the bin is (lower, upper]; NaN lower = unbounded below, NaN upper = unbounded above.
    double lower = std::numeric_limits<double>::quiet_NaN();
    double upper = std::numeric_limits<double>::quiet_NaN();
    QString category; ///< categorical: the value; empty for the other/missing bins
    bool missing = false; ///< the null values
    bool other = false; ///< rare categories grouped together
    qint64 referenceCount = 0;
    qint64 currentCount = 0;
    double referenceShare = 0; ///< of all reference rows (the missing bin included)
    double currentShare = 0;
    double psi = 0; ///< this bin's term of the PSI sum (after the floor)
};

/// Drift of one feature (column) between the reference and the current version.
struct FeatureDrift {
    QString name;
    DriftFeatureKind kind = DriftFeatureKind::Numeric;
    QString valueType; ///< column type ("decimal", "integer", "date", "text"): how to format edges
    double psi = 0; ///< effect size; decides the status
    double ks = std::numeric_limits<double>::quiet_NaN(); ///< numeric: KS D, effect size (0..1); NaN otherwise
    double ksPValue = std::numeric_limits<double>::quiet_NaN(); ///< numeric: reported only, never a status input
    double unseenShare = std::numeric_limits<double>::quiet_NaN(); ///< categorical: see DriftAnalyzer
    qint64 unseenCategories = 0; ///< categorical: distinct current values absent from the reference
    DriftStatus status = DriftStatus::Ok;
    qint64 referenceValues = 0; ///< non-null values
    qint64 currentValues = 0;
    double referenceMissingShare = 0;
    double currentMissingShare = 0;
    std::vector<double> edges; ///< numeric: interior bin edges (quantiles of the reference, or as configured)
    bool customEdges = false; ///< edges came from DriftOptions::edges
    QList<DriftBin> bins;

    QJsonObject toJson() const;
    static Result<FeatureDrift> fromJson(const QJsonObject& json);
};

/// A column that was not compared, and why.
struct SkippedFeature {
    QString name;
    QString reason; ///< translated
};

/// Result of DriftAnalyzer::compare.
struct DriftReport {
    Q_DECLARE_TR_FUNCTIONS(DriftReport)
public:
    qint64 referenceRows = 0;
    qint64 currentRows = 0;
    // The settings used (shown with the report so bins and thresholds can be read back).
    int bins = 10;
    double floor = 1e-4;
    double warnPsi = 0.1;
    double alertPsi = 0.25;
    double rareShare = 0;
    QList<FeatureDrift> features;
    QList<SkippedFeature> skipped;
    DriftStatus overall = DriftStatus::Ok; ///< the worst feature status

    int count(DriftStatus status) const;
    const FeatureDrift* feature(const QString& name) const;

    /// Keys: reference_rows, current_rows, settings {bins, floor, warn_psi, alert_psi, rare_share},
    /// p_values_used_for_status (always false), features [FeatureDrift::toJson(): name, kind, value_type, psi, ks,
    /// ks_p_value, unseen_share, unseen_categories, status, reference_values, current_values,
    /// reference_missing_share, current_missing_share, edges, custom_edges, bins [label, lower, upper, category,
    /// missing, other, ref_count, cur_count, ref_share, cur_share, psi]], skipped [name, reason],
    /// overall {status, features, ok, warn, alert, max_psi, max_psi_feature}. NaN and infinities are null.
    QJsonObject toJson() const;
    static Result<DriftReport> fromJson(const QJsonObject& json);
};

} // namespace valuator
