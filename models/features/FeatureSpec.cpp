// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/features/FeatureSpec.h"

#include "models/features/TextCodes.h"
#include "models/schema/CarSchema.h"
#include "models/typing/ListTokens.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <numeric>

namespace valuator {

namespace {

QString key(CarField field)
{
    return QLatin1String(CarSchema::field(field).key);
}

bool isNumeric(const Column* c)
{
    return c && (c->type() == ColumnType::Float64 || c->type() == ColumnType::Int64);
}

/// Source columns that are never features: personal data (the plate: an identifier, it would only let a model
/// memorise cars) and the target itself (a model given the price would look perfect and be useless).
bool isForbidden(const QString& column)
{
    const FieldDef* def = CarSchema::byKey(column);
    return (def && def->personal) || column == key(CarField::SalePrice);
}

/// Categories of `column` over `rows`, grouped by ListTokens::key (so "BMW", "bmw " and "Bmw" are one category),
/// in key order. The display spelling is the group's most frequent one (ties: the smaller string).
FeatureSpec::Categorical learnCategories(const Column& column, std::span<const int64_t> rows, int minRows)
{
    const TextCodes text(column);
    std::vector<int64_t> counts(text.values().size(), 0);
    for (int64_t r : rows) {
        const int32_t c = text.code(r);
        if (c >= 0)
            ++counts[size_t(c)];
    }
    struct Group {
        int64_t total = 0;
        int64_t bestCount = -1;
        std::string best;
    };
    std::map<std::string, Group> groups;
    for (size_t code = 0; code < counts.size(); ++code) {
        if (counts[code] == 0)
            continue;
        const std::string& value = text.values()[code];
        std::string k = ListTokens::key(value);
        if (k.empty())
            continue; // whitespace only: missing
        Group& g = groups[k];
        g.total += counts[code];
        if (counts[code] > g.bestCount || (counts[code] == g.bestCount && value < g.best)) {
            g.bestCount = counts[code];
            g.best = value;
        }
    }
    FeatureSpec::Categorical out;
    out.name = column.name();
    for (const auto& [k, g] : groups) {
        if (g.total >= minRows)
            out.categories << QString::fromStdString(ListTokens::normalised(g.best));
        else
            out.folded << QString::fromStdString(k);
    }
    return out;
}

/// Equipment token keys present in at least `minRows` of `rows` (a token counts once per row), most frequent
/// first (ties by key), at most `maxTokens`.
QStringList learnEquipment(const Column& column, std::span<const int64_t> rows, int minRows, int maxTokens)
{
    const Dictionary& dict = column.dictionary();
    std::map<std::string, int> keyIds;
    std::vector<int> idOfCode(size_t(dict.size()));
    for (int32_t code = 0; code < dict.size(); ++code)
        idOfCode[size_t(code)] = keyIds.try_emplace(ListTokens::key(dict.at(code)), int(keyIds.size())).first->second;
    std::vector<int64_t> counts(keyIds.size(), 0);
    std::vector<int64_t> lastRow(keyIds.size(), -1);
    for (int64_t r : rows) {
        for (int32_t code : column.listCodes(r)) {
            const int id = idOfCode[size_t(code)];
            if (lastRow[size_t(id)] != r) {
                lastRow[size_t(id)] = r;
                ++counts[size_t(id)];
            }
        }
    }
    std::vector<std::pair<int64_t, std::string>> frequent; // (count, key)
    for (const auto& [k, id] : keyIds)
        if (!k.empty() && counts[size_t(id)] >= minRows)
            frequent.emplace_back(counts[size_t(id)], k);
    std::sort(frequent.begin(), frequent.end(),
        [](const auto& a, const auto& b) { return a.first != b.first ? a.first > b.first : a.second < b.second; });
    QStringList out;
    for (const auto& f : frequent) {
        if (out.size() >= maxTokens)
            break;
        out << QString::fromStdString(f.second);
    }
    return out;
}

} // namespace

Result<FeatureSpec> FeatureSpec::build(const Table& table, const FeatureOptions& options, std::span<const int64_t> rows)
{
    if (options.minCategoryRows < 1 || options.equipmentMinRows < 1 || options.equipmentMaxTokens < 0)
        return fail(ErrorCode::InvalidArgument, tr("The feature options are invalid."),
            QStringLiteral("minCategoryRows and equipmentMinRows must be >= 1, equipmentMaxTokens >= 0"));
    if (!isNumeric(table.find(key(CarField::SalePrice))))
        return fail(ErrorCode::InvalidArgument, tr("The data has no numeric sale_price column to learn from."));
    const Column* saleDate = table.find(key(CarField::SaleDate));
    if (!saleDate || saleDate->type() != ColumnType::Date)
        return fail(ErrorCode::InvalidArgument, tr("The data has no sale_date column: the age at sale is unknown."));
    const Column* firstReg = table.find(key(CarField::FirstRegistration));
    const Column* modelYear = table.find(key(CarField::ModelYear));
    FeatureSpec spec;
    spec.m_options = options;
    spec.m_hasFirstRegistration = firstReg && firstReg->type() == ColumnType::Date;
    spec.m_hasModelYear = isNumeric(modelYear);
    if (!spec.m_hasFirstRegistration && !spec.m_hasModelYear)
        return fail(ErrorCode::InvalidArgument,
            tr("The data has neither a model_year nor a first_registration column: the age at sale is unknown."));
    spec.m_hasMileage = isNumeric(table.find(key(CarField::MileageKm)));

    std::vector<int64_t> all;
    if (rows.empty()) {
        all.resize(size_t(table.rowCount()));
        std::iota(all.begin(), all.end(), int64_t(0));
        rows = all;
    }
    for (int64_t r : rows)
        if (r < 0 || r >= table.rowCount())
            return fail(ErrorCode::InvalidArgument, tr("A training row is out of range."),
                QStringLiteral("row %1 of %2").arg(r).arg(table.rowCount()));

    for (const QString& name : options.numerics)
        if (!isForbidden(name) && isNumeric(table.find(name)) && !spec.m_numerics.contains(name))
            spec.m_numerics << name;
    QStringList seen;
    for (const QString& name : options.categoricals) {
        const Column* c = table.find(name);
        if (isForbidden(name) || !c || c->type() == ColumnType::TextList || seen.contains(name))
            continue;
        seen << name;
        Categorical cat = learnCategories(*c, rows, options.minCategoryRows);
        if (cat.codeCount() > 0)
            spec.m_categoricals << cat;
    }
    const Column* equipment = table.find(key(CarField::Equipment));
    if (equipment && equipment->type() == ColumnType::TextList && options.equipmentMaxTokens > 0)
        spec.m_equipment = learnEquipment(*equipment, rows, options.equipmentMinRows, options.equipmentMaxTokens);
    return spec;
}

Result<std::vector<float>> FeatureSpec::target(const Table& table) const
{
    const Column* price = table.find(key(CarField::SalePrice));
    if (!isNumeric(price))
        return fail(ErrorCode::InvalidArgument, tr("The data has no numeric sale_price column."));
    std::vector<float> y(size_t(table.rowCount()));
    for (int64_t r = 0; r < table.rowCount(); ++r) {
        const double p = price->number(r);
        if (!(p > 0) || !std::isfinite(p))
            y[size_t(r)] = std::numeric_limits<float>::quiet_NaN();
        else
            y[size_t(r)] = float(m_options.logTarget ? std::log(p) : p);
    }
    return y;
}

double FeatureSpec::toPrice(double target) const
{
    return m_options.logTarget ? std::exp(target) : target;
}

QStringList FeatureSpec::featureNames() const
{
    QStringList names {QStringLiteral("age_years")};
    if (m_hasMileage)
        names << QStringLiteral("mileage_per_year");
    names << m_numerics;
    for (const Categorical& c : m_categoricals)
        names << c.name;
    for (const QString& token : m_equipment)
        names << equipmentPrefix() + token;
    return names;
}

std::vector<FeatureKind> FeatureSpec::featureKinds() const
{
    std::vector<FeatureKind> kinds(m_hasMileage ? 2 : 1, FeatureKind::Numeric);
    kinds.insert(kinds.end(), size_t(m_numerics.size()), FeatureKind::Numeric);
    kinds.insert(kinds.end(), size_t(m_categoricals.size()), FeatureKind::Categorical);
    kinds.insert(kinds.end(), size_t(m_equipment.size()), FeatureKind::Indicator);
    return kinds;
}

QStringList FeatureSpec::categories(const QString& feature) const
{
    for (const Categorical& c : m_categoricals) {
        if (c.name != feature)
            continue;
        QStringList out = c.categories;
        if (!c.folded.isEmpty())
            out << QStringLiteral("other");
        return out;
    }
    return {};
}

} // namespace valuator
