// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/learners/Learner.h"

#include <QCoreApplication>

namespace valuator {

/// The naive benchmark every leaderboard shows the lift against: the median training target of the rows with
/// the same brand, model and age band, falling back to brand + band, brand, then the global median whenever a
/// group has fewer than `minGroupRows` rows (see BaselineModel for the lookup).
///
/// Features are found by name: "brand" and "model" (categorical codes) and "age_years" (numeric years). When
/// one is absent the learner still fits: no "model" -> the brand + band level is the first; no "age_years" ->
/// one band for all rows (brand + model, brand, global); no "brand" -> the global median for every row.
/// Fast and deterministic; `validX` and FitOptions are ignored except for cancellation between levels.
class BaselineLearner : public Learner {
    Q_DECLARE_TR_FUNCTIONS(BaselineLearner)
public:
    BaselineLearner(int ageBandYears, int minGroupRows)
        : m_ageBandYears(ageBandYears)
        , m_minGroupRows(minGroupRows)
    {
    }
    QString name() const override { return QStringLiteral("baseline"); }
    QJsonObject parameters() const override;
    Result<std::unique_ptr<TrainedModel>> fit(const FeatureMatrix& x, std::span<const float> y,
        const FeatureMatrix* validX, std::span<const float> validY, const FitOptions& options) const override;

    /// Median of `values` (mean of the two middle ones for an even count); reorders `values`.
    static double median(std::vector<float>& values);

private:
    int m_ageBandYears = 3;
    int m_minGroupRows = 5;
};

} // namespace valuator
