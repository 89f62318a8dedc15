// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/quality/PriceOutlierModel.h"

#include "models/quality/NameKeys.h"
#include "models/quality/TableRows.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <climits>
#include <cmath>

namespace valuator {

namespace {

constexpr double kMadScale = 0.6745; // MAD of a standard normal: z = 0.6745 (x - median) / MAD

QString sep()
{
    return QStringLiteral("|");
}

QString modelGroupKey(const QPair<QString, QString>& p, int band)
{
    return QStringLiteral("m") + sep() + p.first + sep() + p.second + sep() + QString::number(band);
}

QString brandAgeGroupKey(const QString& brand, int band)
{
    return QStringLiteral("a") + sep() + brand + sep() + QString::number(band);
}

QString brandGroupKey(const QString& brand)
{
    return QStringLiteral("b") + sep() + brand;
}

double medianInPlace(std::vector<double>& v)
{
    const size_t n = v.size();
    const auto mid = v.begin() + ptrdiff_t(n / 2);
    std::nth_element(v.begin(), mid, v.end());
    if (n % 2 == 1)
        return *mid;
    return (*std::max_element(v.begin(), mid) + *mid) / 2;
}

PriceOutlierModel::Group groupOf(std::vector<double> values)
{
    PriceOutlierModel::Group g;
    g.rows = qint64(values.size());
    if (values.empty())
        return g;
    g.median = medianInPlace(values);
    for (double& v : values)
        v = std::abs(v - g.median);
    g.mad = medianInPlace(values);
    return g;
}

/// Rows are grouped per combination of (brand/model pair, age band): combo = pair * (bands + 1) + band + 1.
int comboCount(const PriceOutlierModel::Rows& rows, int bands)
{
    return int(rows.pairs.size()) * (bands + 1);
}

int comboOf(const PriceOutlierModel::Rows& rows, size_t r, int bands)
{
    return rows.pair[r] * (bands + 1) + rows.band[r] + 1;
}

/// Name of the group a combo belongs to at `level`, empty when the level does not apply.
QString groupName(const PriceOutlierModel::Rows& rows, int combo, int bands, PriceOutlierModel::Level level)
{
    const QPair<QString, QString>& p = rows.pairs[combo / (bands + 1)];
    const int band = combo % (bands + 1) - 1;
    switch (level) {
    case PriceOutlierModel::Level::ModelAge:
        return band < 0 || p.second.isEmpty() ? QString() : modelGroupKey(p, band);
    case PriceOutlierModel::Level::BrandAge:
        return band < 0 ? QString() : brandAgeGroupKey(p.first, band);
    case PriceOutlierModel::Level::Brand:
        return brandGroupKey(p.first);
    default:
        return {};
    }
}

/// Fits every group of one level; keeps those with at least `minRows` rows and MAD > 0.
void fitLevel(const PriceOutlierModel::Rows& rows, int bands, PriceOutlierModel::Level level, int minRows,
    QHash<QString, PriceOutlierModel::Group>& into)
{
    QHash<QString, int> index;
    QStringList names;
    std::vector<int32_t> groupOfCombo(size_t(comboCount(rows, bands)), -1);
    for (int c = 0; c < int(groupOfCombo.size()); ++c) {
        const QString name = groupName(rows, c, bands, level);
        if (name.isEmpty())
            continue;
        auto it = index.find(name);
        if (it == index.end()) {
            it = index.insert(name, int(names.size()));
            names.append(name);
        }
        groupOfCombo[size_t(c)] = *it;
    }
    std::vector<std::vector<double>> buckets(size_t(names.size()));
    for (size_t r = 0; r < rows.logPrice.size(); ++r) {
        if (rows.pair[r] < 0 || std::isnan(rows.logPrice[r]))
            continue;
        const int32_t g = groupOfCombo[size_t(comboOf(rows, r, bands))];
        if (g >= 0)
            buckets[size_t(g)].push_back(rows.logPrice[r]);
    }
    for (int g = 0; g < int(names.size()); ++g) {
        const PriceOutlierModel::Group fitted = groupOf(std::move(buckets[size_t(g)]));
        if (fitted.rows >= minRows && fitted.mad > 0)
            into.insert(names[g], fitted);
    }
}

/// Per row the age band (sale year - model year, in bands of ageBandYears, the last open-ended); -1 when a year is
/// missing or the age impossible.
std::vector<int8_t> ageBands(const Table& table, const PriceOutlierOptions& options)
{
    std::vector<int8_t> out(size_t(table.rowCount()), -1);
    const Column* year = table.find(QStringLiteral("model_year"));
    const Column* sale = table.find(QStringLiteral("sale_date"));
    if (!year || !sale)
        return out;
    const std::vector<int> years = TableRows::years(*year);
    const std::vector<int> saleYears = TableRows::years(*sale);
    const int width = std::max(1, options.ageBandYears);
    for (size_t r = 0; r < out.size(); ++r) {
        if (years[r] == INT_MIN || saleYears[r] == INT_MIN)
            continue;
        const int age = saleYears[r] - years[r];
        if (age < -1 || age > 100) // an impossible year: no age band
            continue;
        out[r] = int8_t(std::min(std::max(age, 0) / width, std::max(0, options.maxAgeBand)));
    }
    return out;
}

} // namespace

QPair<QString, QString> PriceOutlierModel::defaultKeys(const QString& brand, const QString& model)
{
    return {NameKeys::brandRootOf(brand), model.isEmpty() ? QString() : NameKeys::modelKey(model)};
}

PriceOutlierModel::Rows PriceOutlierModel::rowsOf(
    const Table& table, const PriceOutlierOptions& options, const KeyFn& keys)
{
    Rows out;
    const Column* brand = table.find(QStringLiteral("brand"));
    const Column* price = table.find(QStringLiteral("sale_price"));
    if (!brand || !price || brand->type() != ColumnType::Text)
        return out;
    const Column* model = table.find(QStringLiteral("model"));
    if (model && model->type() != ColumnType::Text)
        model = nullptr;
    const auto n = size_t(table.rowCount());
    out.logPrice = TableRows::numbers(*price);
    for (double& v : out.logPrice)
        v = v > 0 ? std::log(v) : std::numeric_limits<double>::quiet_NaN();

    // One key lookup per distinct (brand, model) code pair, then a dense pair index per row.
    std::vector<std::pair<int32_t, int32_t>> codePairs;
    std::vector<int32_t> codePairOfRow;
    if (model) {
        codePairOfRow = TableRows::pairIds(*brand, *model, codePairs);
    } else {
        codePairOfRow.assign(brand->codes().begin(), brand->codes().end());
        for (int32_t c = 0; c < brand->dictionary().size(); ++c)
            codePairs.emplace_back(c, -1);
    }
    std::vector<int32_t> keyPairOf(codePairs.size(), -1);
    QHash<QPair<QString, QString>, int32_t> keyIndex;
    for (size_t i = 0; i < codePairs.size(); ++i) {
        const auto [b, m] = codePairs[i];
        if (b < 0)
            continue;
        const QPair<QString, QString> k
            = keys(brand->dictionary().text(b), m < 0 ? QString() : model->dictionary().text(m));
        auto it = keyIndex.find(k);
        if (it == keyIndex.end()) {
            it = keyIndex.insert(k, int32_t(out.pairs.size()));
            out.pairs.append(k);
        }
        keyPairOf[i] = *it;
    }
    out.pair.assign(n, -1);
    for (size_t r = 0; r < n; ++r)
        out.pair[r] = codePairOfRow[r] < 0 ? -1 : keyPairOf[size_t(codePairOfRow[r])];

    out.band = ageBands(table, options);
    return out;
}

PriceOutlierModel PriceOutlierModel::fit(const Rows& rows, const PriceOutlierOptions& options)
{
    PriceOutlierModel model;
    model.m_options = options;
    const int bands = std::max(0, options.maxAgeBand) + 1;
    const int minRows = std::max(2, options.minGroupSize);
    for (Level level : {Level::ModelAge, Level::BrandAge, Level::Brand})
        fitLevel(rows, bands, level, minRows, model.m_groups);
    std::vector<double> all;
    all.reserve(rows.logPrice.size());
    for (double v : rows.logPrice)
        if (!std::isnan(v))
            all.push_back(v);
    model.m_global = groupOf(std::move(all));
    return model;
}

PriceOutlierModel PriceOutlierModel::unfitted(const PriceOutlierOptions& options)
{
    PriceOutlierModel model;
    model.m_options = options;
    return model;
}

PriceOutlierModel::Scores PriceOutlierModel::score(const Rows& rows, const std::atomic<bool>* cancelled) const
{
    const size_t n = rows.logPrice.size();
    const int bands = std::max(0, m_options.maxAgeBand) + 1;
    Scores out;
    out.z.assign(n, std::numeric_limits<float>::quiet_NaN());
    out.groupMedian.assign(n, std::numeric_limits<float>::quiet_NaN());
    out.level.assign(n, Level::None);
    out.isOutlier.assign(n, 0);
    // Resolve the fallback chain once per combination of pair and band.
    std::vector<const Group*> groupOfCombo(size_t(comboCount(rows, bands)), nullptr);
    std::vector<Level> levelOfCombo(groupOfCombo.size(), Level::None);
    for (int c = 0; c < int(groupOfCombo.size()); ++c) {
        for (Level level : {Level::ModelAge, Level::BrandAge, Level::Brand}) {
            auto it = m_groups.constFind(groupName(rows, c, bands, level));
            if (it != m_groups.cend()) {
                groupOfCombo[size_t(c)] = &it.value();
                levelOfCombo[size_t(c)] = level;
                break;
            }
        }
    }
    const bool globalUsable = m_global.rows > 0 && m_global.mad > 0;
    for (size_t r = 0; r < n; ++r) {
        if ((r & 0xFFFF) == 0 && cancelled && cancelled->load(std::memory_order_relaxed))
            break;
        if (std::isnan(rows.logPrice[r]))
            continue;
        const size_t c = rows.pair[r] < 0 ? SIZE_MAX : size_t(comboOf(rows, r, bands));
        const Group* g = c == SIZE_MAX ? nullptr : groupOfCombo[c];
        Level level = c == SIZE_MAX ? Level::None : levelOfCombo[c];
        if (!g) {
            if (!globalUsable)
                continue;
            g = &m_global;
            level = Level::Global;
        }
        const double z = kMadScale * (rows.logPrice[r] - g->median) / g->mad;
        out.z[r] = float(z);
        out.level[r] = level;
        out.groupMedian[r] = float(std::exp(g->median));
        if (std::abs(z) > m_options.threshold) {
            out.isOutlier[r] = 1;
            ++out.outliers;
        }
    }
    return out;
}

QString PriceOutlierModel::levelName(Level level)
{
    switch (level) {
    case Level::None:
        return QStringLiteral("none");
    case Level::ModelAge:
        return QStringLiteral("brand_model_age");
    case Level::BrandAge:
        return QStringLiteral("brand_age");
    case Level::Brand:
        return QStringLiteral("brand");
    case Level::Global:
        return QStringLiteral("global");
    }
    return {};
}

QJsonObject PriceOutlierModel::toJson() const
{
    QStringList names = m_groups.keys();
    names.sort(); // QHash order is random: sort so equal models serialise to equal JSON
    QJsonArray groups;
    for (const QString& name : names) {
        const Group& g = m_groups[name];
        groups.append(QJsonArray {name, g.median, g.mad, g.rows});
    }
    auto group = [](const Group& g) {
        return QJsonObject {
            {QStringLiteral("median"), g.median}, {QStringLiteral("mad"), g.mad}, {QStringLiteral("rows"), g.rows}};
    };
    return QJsonObject {{QStringLiteral("threshold"), m_options.threshold},
        {QStringLiteral("min_group_size"), m_options.minGroupSize},
        {QStringLiteral("age_band_years"), m_options.ageBandYears},
        {QStringLiteral("max_age_band"), m_options.maxAgeBand}, {QStringLiteral("global"), group(m_global)},
        {QStringLiteral("groups"), groups}};
}

Result<PriceOutlierModel> PriceOutlierModel::fromJson(const QJsonObject& json)
{
    auto bad = [](const QString& what) {
        return fail(ErrorCode::Parse,
            QCoreApplication::translate("valuator::PriceOutlierModel", "The cleaning plan's outlier model is invalid."),
            QStringLiteral("price outlier model: %1").arg(what));
    };
    PriceOutlierModel m;
    const QJsonValue threshold = json.value(QStringLiteral("threshold")); // absent: the default (hand-written plans)
    if (!threshold.isUndefined() && (!threshold.isDouble() || threshold.toDouble() <= 0))
        return bad(QStringLiteral("threshold"));
    m.m_options.threshold = threshold.toDouble(m.m_options.threshold);
    m.m_options.minGroupSize = json.value(QStringLiteral("min_group_size")).toInt(m.m_options.minGroupSize);
    m.m_options.ageBandYears = json.value(QStringLiteral("age_band_years")).toInt(m.m_options.ageBandYears);
    m.m_options.maxAgeBand = json.value(QStringLiteral("max_age_band")).toInt(m.m_options.maxAgeBand);
    if (m.m_options.ageBandYears < 1 || m.m_options.maxAgeBand < 0 || m.m_options.maxAgeBand > 100)
        return bad(QStringLiteral("age bands"));
    const QJsonObject global = json.value(QStringLiteral("global")).toObject();
    m.m_global = {global.value(QStringLiteral("median")).toDouble(), global.value(QStringLiteral("mad")).toDouble(),
        qint64(global.value(QStringLiteral("rows")).toDouble())};
    for (const QJsonValue& v : json.value(QStringLiteral("groups")).toArray()) {
        const QJsonArray g = v.toArray();
        if (g.size() != 4 || !g[0].isString() || !g[1].isDouble() || !g[2].isDouble() || g[2].toDouble() <= 0)
            return bad(QStringLiteral("group entry"));
        m.m_groups.insert(g[0].toString(), Group {g[1].toDouble(), g[2].toDouble(), qint64(g[3].toDouble())});
    }
    return m;
}

} // namespace valuator
