// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/learners/BaselineModel.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace valuator {

namespace {

const QString kFormat = QStringLiteral("valuator-baseline");

/// A category code as an int, or -1 for NaN, negatives, fractions and codes too large for a key.
int code(float v, int limit)
{
    if (!(v >= 0) || v != std::floor(v) || v >= float(limit))
        return -1;
    return int(v);
}

} // namespace

BaselineModel::BaselineModel(
    Columns columns, int ageBandYears, int minGroupRows, double globalMedian, std::vector<BaselineGroup> groups)
    : m_columns(std::move(columns))
    , m_ageBandYears(std::max(1, ageBandYears))
    , m_minGroupRows(minGroupRows)
    , m_globalMedian(globalMedian)
    , m_groups(std::move(groups))
{
    m_index.reserve(m_groups.size());
    for (const BaselineGroup& g : m_groups)
        m_index.emplace(key(g.level, g.brand, g.model, g.band), g.median);
}

int BaselineModel::band(double ageYears, int bandYears)
{
    if (std::isnan(ageYears))
        return -1;
    return int(std::clamp(std::floor(std::max(0.0, ageYears) / double(bandYears)), 0.0, 65535.0));
}

uint64_t BaselineModel::key(BaselineGroup::Level level, int brand, int model, int band)
{
    return (uint64_t(level) << 62) | (uint64_t(uint32_t(brand) & 0xfffffu) << 40)
        | (uint64_t(uint32_t(model) & 0xffffffu) << 16) | uint64_t(uint32_t(band) & 0xffffu);
}

Result<BaselineModel::Located> BaselineModel::locate(const FeatureMatrix& x) const
{
    Located at;
    const QList<QPair<const QString*, int*>> wanted {
        {&m_columns.brand, &at.brand}, {&m_columns.model, &at.model}, {&m_columns.age, &at.age}};
    for (const auto& [name, index] : wanted) {
        if (name->isEmpty())
            continue;
        *index = x.indexOf(*name);
        if (*index < 0)
            return fail(
                ErrorCode::InvalidArgument, tr("The data lacks the feature \"%1\" the model needs.").arg(*name));
    }
    return at;
}

double BaselineModel::lookup(const FeatureMatrix& x, const Located& at, int64_t row) const
{
    using Level = BaselineGroup::Level;
    const int brand = at.brand >= 0 ? code(x.at(row, at.brand), 1 << 20) : -1;
    if (brand < 0)
        return m_globalMedian;
    const int model = at.model >= 0 ? code(x.at(row, at.model), 1 << 24) : -1;
    // Without an age feature every row is in band 0; a row whose age is missing skips the band levels.
    const int ageBand = at.age >= 0 ? band(x.at(row, at.age), m_ageBandYears) : 0;
    auto find = [this](Level level, int b, int m, int a) -> const double* {
        auto it = m_index.find(key(level, b, m, a));
        return it == m_index.end() ? nullptr : &it->second;
    };
    if (ageBand >= 0) {
        if (model >= 0)
            if (const double* v = find(Level::BrandModelBand, brand, model, ageBand))
                return *v;
        if (const double* v = find(Level::BrandBand, brand, -1, ageBand))
            return *v;
    }
    if (const double* v = find(Level::Brand, brand, -1, -1))
        return *v;
    return m_globalMedian;
}

Result<std::vector<double>> BaselineModel::predict(const FeatureMatrix& x) const
{
    auto at = locate(x);
    if (!at)
        return fail(at.error());
    std::vector<double> out(size_t(x.rows));
    for (int64_t r = 0; r < x.rows; ++r)
        out[size_t(r)] = lookup(x, *at, r);
    return out;
}

Result<Contributions> BaselineModel::contributions(const FeatureMatrix& x) const
{
    auto values = predict(x);
    if (!values)
        return fail(values.error());
    Contributions out;
    out.columns = 1;
    out.names = QStringList {QStringLiteral("group")};
    out.bias.assign(values->size(), m_globalMedian);
    out.values.resize(values->size());
    for (size_t r = 0; r < values->size(); ++r)
        out.values[r] = (*values)[r] - m_globalMedian;
    return out;
}

Result<QByteArray> BaselineModel::serialize() const
{
    QJsonArray groups;
    for (const BaselineGroup& g : m_groups)
        groups.append(QJsonArray {int(g.level), g.brand, g.model, g.band, g.median, g.rows});
    const QJsonObject root {{QStringLiteral("format"), kFormat}, {QStringLiteral("version"), 1},
        {QStringLiteral("brand"), m_columns.brand}, {QStringLiteral("model"), m_columns.model},
        {QStringLiteral("age"), m_columns.age}, {QStringLiteral("age_band_years"), m_ageBandYears},
        {QStringLiteral("min_group_rows"), m_minGroupRows}, {QStringLiteral("global_median"), m_globalMedian},
        {QStringLiteral("groups"), groups}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

Result<std::unique_ptr<BaselineModel>> BaselineModel::load(const QByteArray& bytes)
{
    const QJsonObject root = QJsonDocument::fromJson(bytes).object();
    if (root.value(QStringLiteral("format")).toString() != kFormat
        || root.value(QStringLiteral("version")).toInt() != 1)
        return fail(ErrorCode::Parse, tr("The baseline model is damaged or not a baseline model."));
    std::vector<BaselineGroup> groups;
    for (const QJsonValue& v : root.value(QStringLiteral("groups")).toArray()) {
        const QJsonArray a = v.toArray();
        const int level = a.at(0).toInt(-1);
        if (a.size() != 6 || level < 0 || level > 2)
            return fail(ErrorCode::Parse, tr("The baseline model is damaged or not a baseline model."));
        groups.push_back({BaselineGroup::Level(level), a.at(1).toInt(), a.at(2).toInt(), a.at(3).toInt(),
            a.at(4).toDouble(), qint64(a.at(5).toDouble())});
    }
    Columns columns {root.value(QStringLiteral("brand")).toString(), root.value(QStringLiteral("model")).toString(),
        root.value(QStringLiteral("age")).toString()};
    return std::make_unique<BaselineModel>(std::move(columns), root.value(QStringLiteral("age_band_years")).toInt(3),
        root.value(QStringLiteral("min_group_rows")).toInt(5), root.value(QStringLiteral("global_median")).toDouble(),
        std::move(groups));
}

QJsonObject BaselineModel::summary() const
{
    int counts[3] = {0, 0, 0};
    for (const BaselineGroup& g : m_groups)
        ++counts[int(g.level)];
    QJsonArray used;
    for (const QString& name : {m_columns.brand, m_columns.model, m_columns.age})
        if (!name.isEmpty())
            used.append(name);
    return QJsonObject {{QStringLiteral("age_band_years"), m_ageBandYears},
        {QStringLiteral("min_group_rows"), m_minGroupRows}, {QStringLiteral("global_median"), m_globalMedian},
        {QStringLiteral("features_used"), used},
        {QStringLiteral("groups"),
            QJsonObject {{QStringLiteral("brand_model_band"), counts[0]}, {QStringLiteral("brand_band"), counts[1]},
                {QStringLiteral("brand"), counts[2]}}}};
}

} // namespace valuator
