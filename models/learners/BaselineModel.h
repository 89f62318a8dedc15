// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/learners/Learner.h"

#include <QCoreApplication>

#include <unordered_map>

namespace valuator {

/// One group median of the baseline.
struct BaselineGroup {
    enum class Level { BrandModelBand = 0, BrandBand = 1, Brand = 2 };
    Level level = Level::Brand;
    int brand = -1; ///< category code
    int model = -1; ///< category code (BrandModelBand only)
    int band = -1; ///< age band index (BrandModelBand, BrandBand)
    double median = 0; ///< of the training targets in the group
    qint64 rows = 0;
};

/// The naive benchmark's lookup table: the median target of the training rows with the same brand, model and
/// age band (band = floor(age_years / ageBandYears)), else brand + band, else brand, else the global median.
/// Groups with fewer than minGroupRows training rows were never stored, so the lookup falls through them.
/// A row without a brand gets the global median; without an age it skips the two band levels.
/// Contributions: one column "group" = prediction - global median; bias = the global median.
class BaselineModel : public TrainedModel {
    Q_DECLARE_TR_FUNCTIONS(BaselineModel)
public:
    /// Columns used, by name; an empty name means the training matrix lacked that feature (see BaselineLearner).
    struct Columns {
        QString brand;
        QString model;
        QString age;
    };
    BaselineModel(
        Columns columns, int ageBandYears, int minGroupRows, double globalMedian, std::vector<BaselineGroup> groups);
    static Result<std::unique_ptr<BaselineModel>> load(const QByteArray& bytes);

    QString learner() const override { return QStringLiteral("baseline"); }
    Result<std::vector<double>> predict(const FeatureMatrix& x) const override;
    Result<Contributions> contributions(const FeatureMatrix& x) const override;
    Result<QByteArray> serialize() const override;
    /// {"age_band_years", "min_group_rows", "global_median", "features_used", "groups": {level: count}}
    QJsonObject summary() const override;

    /// Band index of an age in years (NaN -> -1; ages below zero count as band 0).
    static int band(double ageYears, int bandYears);
    /// Hash key of a group; codes must be in range (brand < 2^20, model < 2^24, band < 2^16).
    static uint64_t key(BaselineGroup::Level level, int brand, int model, int band);

private:
    struct Located {
        int brand = -1;
        int model = -1;
        int age = -1;
    };
    Result<Located> locate(const FeatureMatrix& x) const;
    double lookup(const FeatureMatrix& x, const Located& at, int64_t row) const;

    Columns m_columns;
    int m_ageBandYears = 3;
    int m_minGroupRows = 5;
    double m_globalMedian = 0;
    std::vector<BaselineGroup> m_groups;
    std::unordered_map<uint64_t, double> m_index;
};

} // namespace valuator
