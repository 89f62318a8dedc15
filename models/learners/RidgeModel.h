// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/learners/Learner.h"

#include <QCoreApplication>

#include <limits>

namespace valuator {

/// One input feature of a ridge model and how its missing values are filled.
struct RidgeFeature {
    QString name;
    FeatureKind kind = FeatureKind::Numeric;
    double impute = 0; ///< Numeric/Indicator: the training mean that replaces NaN
};

/// One column of the encoded design matrix. Encoded raw value e(x) of the feature's value x:
/// Value: x (NaN -> impute); Missing: 1 when x is NaN else 0; Level: 1 when x is category code `level` else 0
/// (NaN and unseen codes are 0 in every level: an all-zero one-hot row).
/// Standardised value z = (e - center) / scale; scale is the training standard deviation for Value terms and 1
/// for the 0/1 Missing and Level terms (the penalty then shrinks a category's effect like k/(k + lambda) for k
/// rows of it: rare categories are pulled towards the mean, frequent ones barely).
struct RidgeTerm {
    enum class Kind { Value, Missing, Level };
    int feature = 0; ///< index into RidgeModel's features (= FeatureMatrix column)
    Kind kind = Kind::Value;
    int level = -1; ///< Level: the category code
    double center = 0; ///< training mean of e
    double scale = 1;
    double beta = 0; ///< per unit of e (= standardised coefficient / scale)
    double stdError = std::numeric_limits<double>::quiet_NaN(); ///< of the standardised coefficient
    QString label() const; ///< "value", "missing", "level:3"
};

/// Everything a ridge fit learned besides the terms (for the run record).
struct RidgeFitStats {
    double lambda = 1;
    qint64 rows = 0;
    double sigma = 0; ///< residual standard deviation: sqrt(RSS / (n - 1 - effective dof))
    double effectiveDof = 0; ///< trace((Z'Z + lambda I)^-1 Z'Z)
};

/// A fitted ridge regression: prediction = meanTarget + sum over terms of beta * (e - center).
/// Contributions: bias = meanTarget (the intercept together with every centring term), a feature's contribution
/// = the sum of its terms' beta * (e - center); predict() adds exactly these numbers in this order, so
/// bias + sum(contributions) == prediction bit for bit. Serialized as compact JSON (format "valuator-ridge").
class RidgeModel : public TrainedModel {
    Q_DECLARE_TR_FUNCTIONS(RidgeModel)
public:
    RidgeModel(
        std::vector<RidgeFeature> features, std::vector<RidgeTerm> terms, double meanTarget, RidgeFitStats stats);
    static Result<std::unique_ptr<RidgeModel>> load(const QByteArray& bytes);

    QString learner() const override { return QStringLiteral("linear"); }
    Result<std::vector<double>> predict(const FeatureMatrix& x) const override;
    Result<Contributions> contributions(const FeatureMatrix& x) const override;
    Result<QByteArray> serialize() const override;
    /// {"lambda", "rows", "sigma", "effective_dof", "mean_target", "intercept" (on the raw encoded scale),
    ///  "coefficients": [{"feature", "term", "coefficient" (standardised), "raw_coefficient", "std_error",
    ///  "ci_low", "ci_high"}]}. Standard errors (standardised scale) are the square roots of the diagonal of
    /// sigma^2 (Z'Z + lambda I)^-1 Z'Z (Z'Z + lambda I)^-1 — the sampling covariance of the ridge estimate for a
    /// fixed design; the 95 % interval is coefficient +- 1.96 SE. It ignores the shrinkage bias, so for large
    /// lambda the intervals sit around the shrunk value, not the unpenalised one.
    QJsonObject summary() const override;

    const std::vector<RidgeTerm>& terms() const { return m_terms; }
    double meanTarget() const { return m_meanTarget; }

private:
    Status checkColumns(const FeatureMatrix& x) const;
    /// Per-feature contributions of one row into `out` (features() entries, zeroed first).
    void rowContributions(std::span<const float> row, double* out) const;

    std::vector<RidgeFeature> m_features;
    std::vector<RidgeTerm> m_terms;
    double m_meanTarget = 0;
    RidgeFitStats m_stats;
};

} // namespace valuator
