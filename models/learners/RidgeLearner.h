// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/learners/Learner.h"

#include <QCoreApplication>

namespace valuator {

/// Ridge regression (L2-regularised least squares) on standardised features, solved with Eigen.
///
/// Encoding (learned from the training rows, see RidgeTerm): numeric and indicator columns are centred and
/// divided by their standard deviation; a column with missing values gets them imputed with its training mean
/// plus a 0/1 "missing" term; categorical columns are one-hot encoded over the codes 0..categoryCounts-1 seen in
/// training (NaN and unseen codes -> all zeros) and centred. Constant terms are dropped.
///
/// Solve: with Z the centred design and y the centred target, b = (Z'Z + lambda I)^-1 Z'y by an LDLT
/// factorisation of the (positive definite, p x p) normal matrix; the intercept is the mean target and is not
/// penalised. Z'Z is accumulated over blocks of 1024 rows, so memory is O(p^2), not O(n p).
/// Progress: done/total in rows over two passes; returning false cancels (ErrorCode::Cancelled).
/// `validX` is not used (no iterations); the fit is deterministic and single-threaded.
class RidgeLearner : public Learner {
    Q_DECLARE_TR_FUNCTIONS(RidgeLearner)
public:
    explicit RidgeLearner(double lambda)
        : m_lambda(lambda)
    {
    }
    QString name() const override { return QStringLiteral("linear"); }
    QJsonObject parameters() const override;
    Result<std::unique_ptr<TrainedModel>> fit(const FeatureMatrix& x, std::span<const float> y,
        const FeatureMatrix* validX, std::span<const float> validY, const FitOptions& options) const override;

private:
    double m_lambda = 1;
};

} // namespace valuator
