// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/learners/BaselineLearner.h"

#include "models/learners/BaselineModel.h"

#include <algorithm>
#include <cmath>

namespace valuator {

namespace {

/// A category code as an int, or -1 (NaN, negative, fraction, too large for a group key).
int code(float v, int limit)
{
    if (!(v >= 0) || v != std::floor(v) || v >= float(limit))
        return -1;
    return int(v);
}

} // namespace

QJsonObject BaselineLearner::parameters() const
{
    return QJsonObject {
        {QStringLiteral("age_band_years"), m_ageBandYears}, {QStringLiteral("min_group_rows"), m_minGroupRows}};
}

double BaselineLearner::median(std::vector<float>& values)
{
    if (values.empty())
        return std::numeric_limits<double>::quiet_NaN();
    const size_t mid = values.size() / 2;
    std::nth_element(values.begin(), values.begin() + ptrdiff_t(mid), values.end());
    const double upper = values[mid];
    if (values.size() % 2)
        return upper;
    const double lower = *std::max_element(values.begin(), values.begin() + ptrdiff_t(mid));
    return (lower + upper) / 2;
}

Result<std::unique_ptr<TrainedModel>> BaselineLearner::fit(const FeatureMatrix& x, std::span<const float> y,
    const FeatureMatrix*, std::span<const float>, const FitOptions& options) const
{
    using Level = BaselineGroup::Level;
    if (x.rows < 1 || y.size() != size_t(x.rows)
        || !std::all_of(y.begin(), y.end(), [](float v) { return std::isfinite(v); }))
        return fail(ErrorCode::InvalidArgument, tr("Training needs at least one row, each with a finite target."),
            QStringLiteral("rows %1, targets %2").arg(x.rows).arg(y.size()));
    auto column = [&x](const char* name, FeatureKind kind) {
        const int i = x.indexOf(QLatin1String(name));
        return i >= 0 && x.kinds[size_t(i)] == kind ? i : -1;
    };
    const int brandAt = column("brand", FeatureKind::Categorical);
    const int modelAt = brandAt >= 0 ? column("model", FeatureKind::Categorical) : -1;
    const int ageAt = brandAt >= 0 ? column("age_years", FeatureKind::Numeric) : -1;

    std::vector<float> all(y.begin(), y.end());
    const double globalMedian = median(all);

    // (key, target) per row and level, sorted by key: each run of equal keys is one group.
    std::vector<BaselineGroup> groups;
    for (Level level : {Level::BrandModelBand, Level::BrandBand, Level::Brand}) {
        if (brandAt < 0 || (level == Level::BrandModelBand && modelAt < 0))
            continue;
        std::vector<std::pair<uint64_t, float>> keyed;
        keyed.reserve(size_t(x.rows));
        for (int64_t r = 0; r < x.rows; ++r) {
            const int brand = code(x.at(r, brandAt), 1 << 20);
            const int model = level == Level::BrandModelBand ? code(x.at(r, modelAt), 1 << 24) : -1;
            const int band = level == Level::Brand ? -1
                : ageAt >= 0                       ? BaselineModel::band(x.at(r, ageAt), m_ageBandYears)
                                                   : 0;
            if (brand < 0 || (level == Level::BrandModelBand && model < 0) || (level != Level::Brand && band < 0))
                continue;
            keyed.emplace_back(BaselineModel::key(level, brand, model, band), y[size_t(r)]);
        }
        std::sort(keyed.begin(), keyed.end());
        std::vector<float> values;
        for (size_t i = 0; i < keyed.size();) {
            size_t j = i;
            values.clear();
            while (j < keyed.size() && keyed[j].first == keyed[i].first)
                values.push_back(keyed[j++].second);
            if (int64_t(values.size()) >= m_minGroupRows) {
                const uint64_t k = keyed[i].first;
                groups.push_back(
                    {level, int((k >> 40) & 0xfffffu), level == Level::BrandModelBand ? int((k >> 16) & 0xffffffu) : -1,
                        level == Level::Brand ? -1 : int(k & 0xffffu), median(values), qint64(values.size())});
            }
            i = j;
        }
        if (!reportProgress(options.progress, int(level) + 1, 3))
            return fail(Error::cancelled());
    }
    BaselineModel::Columns columns {brandAt >= 0 ? x.names[brandAt] : QString(),
        modelAt >= 0 ? x.names[modelAt] : QString(), ageAt >= 0 ? x.names[ageAt] : QString()};
    return std::unique_ptr<TrainedModel>(std::make_unique<BaselineModel>(
        std::move(columns), m_ageBandYears, m_minGroupRows, globalMedian, std::move(groups)));
}

} // namespace valuator
