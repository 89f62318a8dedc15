// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/quality/ImpossibleRules.h"

#include "models/quality/CivilDate.h"
#include "models/quality/TableRows.h"

#include <QCoreApplication>

#include <climits>

namespace valuator {

namespace {

void checkRange(const Table& table, const char* field, double low, bool lowInclusive, double high,
    ImpossibleRules::Rule rule, std::vector<uint8_t>& out)
{
    const Column* c = table.find(QString::fromLatin1(field));
    if (!c)
        return;
    const std::vector<double> v = TableRows::numbers(*c);
    for (size_t r = 0; r < v.size(); ++r) {
        const double x = v[r];
        if (std::isnan(x))
            continue;
        if ((lowInclusive ? x < low : x <= low) || x > high)
            out[r] |= rule;
    }
}

} // namespace

std::vector<uint8_t> ImpossibleRules::evaluate(const Table& table) const
{
    std::vector<uint8_t> out(size_t(table.rowCount()), 0);
    constexpr double inf = std::numeric_limits<double>::infinity();
    checkRange(table, "mileage_km", 0, true, maxMileageKm, Mileage, out);
    checkRange(table, "sale_price", 0, false, inf, Price, out);
    checkRange(table, "power_kw", 0, false, maxPowerKw, Power, out);

    const Column* sale = table.find(QStringLiteral("sale_date"));
    const std::vector<int> saleYears = sale ? TableRows::years(*sale) : std::vector<int>(out.size(), INT_MIN);
    if (sale && sale->type() == ColumnType::Date) {
        const int32_t low = CivilDate::fromQDate(minSaleDate, INT32_MIN + 1);
        const int32_t high = CivilDate::fromQDate(maxSaleDate, INT32_MAX);
        for (size_t r = 0; r < out.size(); ++r) {
            const int32_t d = sale->days()[r];
            if (d != Column::kNullDate && (d < low || d > high))
                out[r] |= SaleDate;
        }
    }
    if (const Column* year = table.find(QStringLiteral("model_year"))) {
        const std::vector<int> years = TableRows::years(*year);
        const int fallbackMax = maxSaleDate.isValid() ? maxSaleDate.year() + maxYearsAfterSale : INT_MAX;
        for (size_t r = 0; r < out.size(); ++r) {
            const int y = years[r];
            if (y == INT_MIN)
                continue;
            const int high = saleYears[r] != INT_MIN ? saleYears[r] + maxYearsAfterSale : fallbackMax;
            if (y < minModelYear || y > high)
                out[r] |= ModelYear;
        }
    }
    return out;
}

QString ImpossibleRules::fieldOf(Rule rule)
{
    switch (rule) {
    case ModelYear:
        return QStringLiteral("model_year");
    case Mileage:
        return QStringLiteral("mileage_km");
    case Price:
        return QStringLiteral("sale_price");
    case Power:
        return QStringLiteral("power_kw");
    case SaleDate:
        return QStringLiteral("sale_date");
    }
    return {};
}

QJsonObject ImpossibleRules::toJson() const
{
    QJsonObject o {{QStringLiteral("min_model_year"), minModelYear},
        {QStringLiteral("max_years_after_sale"), maxYearsAfterSale}, {QStringLiteral("max_mileage_km"), maxMileageKm},
        {QStringLiteral("max_power_kw"), maxPowerKw},
        {QStringLiteral("min_sale_date"), minSaleDate.toString(Qt::ISODate)}};
    if (maxSaleDate.isValid())
        o.insert(QStringLiteral("max_sale_date"), maxSaleDate.toString(Qt::ISODate));
    return o;
}

Result<ImpossibleRules> ImpossibleRules::fromJson(const QJsonObject& json)
{
    ImpossibleRules r;
    auto bad = [](const QString& key) {
        return fail(ErrorCode::Parse,
            QCoreApplication::translate("valuator::ImpossibleRules", "The cleaning plan has an invalid value for %1.")
                .arg(key),
            QStringLiteral("impossible rules: bad %1").arg(key));
    };
    auto number = [&](const char* key, double& into) {
        const QJsonValue v = json.value(QLatin1String(key));
        if (v.isUndefined())
            return true;
        if (!v.isDouble())
            return false;
        into = v.toDouble();
        return true;
    };
    double minYear = r.minModelYear, after = r.maxYearsAfterSale;
    if (!number("min_model_year", minYear))
        return bad(QStringLiteral("min_model_year"));
    if (!number("max_years_after_sale", after))
        return bad(QStringLiteral("max_years_after_sale"));
    if (!number("max_mileage_km", r.maxMileageKm))
        return bad(QStringLiteral("max_mileage_km"));
    if (!number("max_power_kw", r.maxPowerKw))
        return bad(QStringLiteral("max_power_kw"));
    r.minModelYear = int(minYear);
    r.maxYearsAfterSale = int(after);
    for (auto [key, into] :
        {std::pair {"min_sale_date", &r.minSaleDate}, std::pair {"max_sale_date", &r.maxSaleDate}}) {
        const QJsonValue v = json.value(QLatin1String(key));
        if (v.isUndefined())
            continue;
        *into = QDate::fromString(v.toString(), Qt::ISODate);
        if (!into->isValid())
            return bad(QLatin1String(key));
    }
    return r;
}

} // namespace valuator
