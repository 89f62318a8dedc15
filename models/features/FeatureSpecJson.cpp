// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON forms of FeatureOptions, TransformReport and FeatureSpec. The spec travels with every model, so its
// JSON holds everything transform() reads: a spec read back transforms any table exactly as the original did.
#include "models/features/FeatureSpec.h"

#include <QJsonArray>

#include <algorithm>

namespace valuator {

namespace {

constexpr int kSpecVersion = 1;

QJsonArray toArray(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

/// Reads a string array; false when `v` is not an array of strings.
bool readStrings(const QJsonValue& v, QStringList& out)
{
    if (!v.isArray())
        return false;
    out.clear();
    for (const QJsonValue& item : v.toArray()) {
        if (!item.isString())
            return false;
        out << item.toString();
    }
    return true;
}

/// Reads an optional whole number in [min, max] into `out`; false when present but invalid.
bool readInt(const QJsonObject& json, const QString& key, int min, int max, int& out)
{
    if (!json.contains(key))
        return true;
    const QJsonValue v = json.value(key);
    const double d = v.toDouble(-1e300);
    if (!v.isDouble() || d != double(int(d)) || d < min || d > max)
        return false;
    out = int(d);
    return true;
}

tl::unexpected<Error> parseError(const QString& detail)
{
    return fail(ErrorCode::Parse, FeatureSpec::tr("The stored feature specification is damaged."), detail);
}

QJsonObject categoricalToJson(const FeatureSpec::Categorical& c)
{
    return {{QStringLiteral("name"), c.name}, {QStringLiteral("categories"), toArray(c.categories)},
        {QStringLiteral("folded"), toArray(c.folded)}};
}

} // namespace

QJsonObject FeatureOptions::toJson() const
{
    return {{QStringLiteral("log_target"), logTarget}, {QStringLiteral("categoricals"), toArray(categoricals)},
        {QStringLiteral("numerics"), toArray(numerics)}, {QStringLiteral("equipment_min_rows"), equipmentMinRows},
        {QStringLiteral("equipment_max_tokens"), equipmentMaxTokens},
        {QStringLiteral("min_category_rows"), minCategoryRows}};
}

Result<FeatureOptions> FeatureOptions::fromJson(const QJsonObject& json)
{
    FeatureOptions o;
    if (json.contains(QStringLiteral("log_target"))) {
        if (!json.value(QStringLiteral("log_target")).isBool())
            return parseError(QStringLiteral("log_target is not a boolean"));
        o.logTarget = json.value(QStringLiteral("log_target")).toBool();
    }
    for (const auto& [name, list] : {std::pair {QStringLiteral("categoricals"), &o.categoricals},
             std::pair {QStringLiteral("numerics"), &o.numerics}})
        if (json.contains(name) && !readStrings(json.value(name), *list))
            return parseError(name + QStringLiteral(" is not an array of strings"));
    if (!readInt(json, QStringLiteral("equipment_min_rows"), 1, 1 << 30, o.equipmentMinRows)
        || !readInt(json, QStringLiteral("equipment_max_tokens"), 0, 10000, o.equipmentMaxTokens)
        || !readInt(json, QStringLiteral("min_category_rows"), 1, 1 << 30, o.minCategoryRows))
        return parseError(QStringLiteral("a row/token limit is not a whole number in range"));
    return o;
}

QJsonObject TransformReport::toJson() const
{
    QJsonObject unseen;
    for (const auto& [feature, rows] : unseenCategories)
        unseen.insert(feature, rows);
    return {{QStringLiteral("unseen_categories"), unseen}, {QStringLiteral("rows_missing_target"), rowsMissingTarget},
        {QStringLiteral("missing_columns"), toArray(missingColumns)}};
}

void TransformReport::merge(const TransformReport& other)
{
    for (const auto& [feature, rows] : other.unseenCategories) {
        auto it = std::find_if(unseenCategories.begin(), unseenCategories.end(),
            [&](const QPair<QString, qint64>& p) { return p.first == feature; });
        if (it == unseenCategories.end())
            unseenCategories.append({feature, rows});
        else
            it->second += rows;
    }
    rowsMissingTarget += other.rowsMissingTarget;
    for (const QString& c : other.missingColumns)
        if (!missingColumns.contains(c))
            missingColumns << c;
}

QJsonObject FeatureSpec::toJson() const
{
    QJsonArray cats;
    for (const Categorical& c : m_categoricals)
        cats.append(categoricalToJson(c));
    return {{QStringLiteral("version"), kSpecVersion}, {QStringLiteral("options"), m_options.toJson()},
        {QStringLiteral("first_registration"), m_hasFirstRegistration}, {QStringLiteral("model_year"), m_hasModelYear},
        {QStringLiteral("mileage"), m_hasMileage}, {QStringLiteral("numerics"), toArray(m_numerics)},
        {QStringLiteral("categoricals"), cats}, {QStringLiteral("equipment"), toArray(m_equipment)},
        {QStringLiteral("features"), toArray(featureNames())}};
}

Result<FeatureSpec> FeatureSpec::fromJson(const QJsonObject& json)
{
    if (json.value(QStringLiteral("version")).toInt() != kSpecVersion)
        return fail(ErrorCode::Unsupported, tr("The feature specification was written by another version."),
            QStringLiteral("version %1").arg(json.value(QStringLiteral("version")).toVariant().toString()));
    FeatureSpec spec;
    auto options = FeatureOptions::fromJson(json.value(QStringLiteral("options")).toObject());
    if (!options)
        return fail(options.error());
    spec.m_options = *options;
    for (const auto& [name, flag] : {std::pair {QStringLiteral("first_registration"), &spec.m_hasFirstRegistration},
             std::pair {QStringLiteral("model_year"), &spec.m_hasModelYear},
             std::pair {QStringLiteral("mileage"), &spec.m_hasMileage}}) {
        if (!json.value(name).isBool())
            return parseError(name + QStringLiteral(" is not a boolean"));
        *flag = json.value(name).toBool();
    }
    if (!readStrings(json.value(QStringLiteral("numerics")), spec.m_numerics)
        || !readStrings(json.value(QStringLiteral("equipment")), spec.m_equipment))
        return parseError(QStringLiteral("numerics or equipment is not an array of strings"));
    if (!json.value(QStringLiteral("categoricals")).isArray())
        return parseError(QStringLiteral("categoricals is not an array"));
    for (const QJsonValue& v : json.value(QStringLiteral("categoricals")).toArray()) {
        const QJsonObject o = v.toObject();
        Categorical c;
        c.name = o.value(QStringLiteral("name")).toString();
        if (c.name.isEmpty() || !readStrings(o.value(QStringLiteral("categories")), c.categories)
            || !readStrings(o.value(QStringLiteral("folded")), c.folded))
            return parseError(QStringLiteral("a categorical feature is malformed"));
        spec.m_categoricals << c;
    }
    // The stored names are redundant; a mismatch means the JSON was edited or written by a different layout.
    QStringList stored;
    if (json.contains(QStringLiteral("features"))
        && (!readStrings(json.value(QStringLiteral("features")), stored) || stored != spec.featureNames()))
        return parseError(QStringLiteral("the feature list does not match the spec"));
    return spec;
}

} // namespace valuator
