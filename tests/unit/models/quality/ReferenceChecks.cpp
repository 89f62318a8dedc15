// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReferenceChecks.h"

#include "models/quality/NameKeys.h"

#include <QDate>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>

namespace valuator::test {

namespace {

double number(const Table& table, const char* column, qint64 row)
{
    const Column* c = table.find(QLatin1String(column));
    return c && !c->isNull(row) ? c->displayText(row).toDouble() : std::nan("");
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

struct Stats {
    double median = 0, mad = 0;
    size_t n = 0;
};

Stats statsOf(const std::vector<double>& v)
{
    Stats s;
    s.n = v.size();
    s.median = median(v);
    std::vector<double> dev;
    for (double x : v)
        dev.push_back(std::abs(x - s.median));
    s.mad = median(dev);
    return s;
}

} // namespace

int ReferenceChecks::yearOf(const Table& table, const char* column, qint64 row)
{
    const Column* c = table.find(QLatin1String(column));
    if (!c || c->isNull(row))
        return 0;
    if (c->type() == ColumnType::Date)
        return QDate::fromString(c->displayText(row), Qt::ISODate).year();
    return c->displayText(row).toInt();
}

std::vector<qint64> ReferenceChecks::mileagePerYear(const Table& table, double limit)
{
    std::vector<qint64> out;
    for (qint64 r = 0; r < table.rowCount(); ++r) {
        const double km = number(table, "mileage_km", r);
        const int year = yearOf(table, "model_year", r);
        const int sale = yearOf(table, "sale_date", r);
        if (std::isnan(km) || year == 0 || sale == 0)
            continue;
        if (km < 0 || km > 1500000 || year < 1950 || year > sale + 1 || sale < 1950)
            continue; // impossible values are the impossible checks' business
        if (km / std::max(1, sale - year) > limit)
            out.push_back(r);
    }
    return out;
}

std::vector<qint64> ReferenceChecks::priceOutliers(const Table& table, const QualityReport& report)
{
    const qint64 n = table.rowCount();
    std::vector<std::vector<QString>> chain(static_cast<size_t>(n)); // group names, most specific first
    std::vector<double> logPrice(static_cast<size_t>(n), std::nan(""));
    std::map<QString, std::vector<double>> groups;
    std::vector<double> all;
    for (qint64 r = 0; r < n; ++r) {
        const double price = number(table, "sale_price", r);
        if (!(price > 0))
            continue;
        logPrice[size_t(r)] = std::log(price);
        all.push_back(logPrice[size_t(r)]);
        if (table.find(QStringLiteral("brand"))->isNull(r))
            continue;
        const QString brand = report.brandSpelling.canonicalOf({}, table.find(QStringLiteral("brand"))->displayText(r));
        const Column* modelColumn = table.find(QStringLiteral("model"));
        const QString model
            = modelColumn->isNull(r) ? QString() : report.modelSpelling.canonicalOf(brand, modelColumn->displayText(r));
        const QString b = NameKeys::brandRootOf(brand);
        const QString m = model.isEmpty() ? QString() : NameKeys::modelKey(model);
        const int year = yearOf(table, "model_year", r), sale = yearOf(table, "sale_date", r);
        const int age = sale - year;
        std::optional<int> band;
        if (year != 0 && sale != 0 && age >= -1 && age <= 100)
            band = std::min(std::max(age, 0) / 3, 5);
        if (band && !m.isEmpty())
            chain[size_t(r)].push_back(QStringLiteral("m|%1|%2|%3").arg(b, m).arg(*band));
        if (band)
            chain[size_t(r)].push_back(QStringLiteral("a|%1|%2").arg(b).arg(*band));
        chain[size_t(r)].push_back(QStringLiteral("b|%1").arg(b));
        for (const QString& g : chain[size_t(r)])
            groups[g].push_back(logPrice[size_t(r)]);
    }
    std::map<QString, Stats> usable;
    for (const auto& [name, values] : groups) {
        const Stats s = statsOf(values);
        if (s.n >= 20 && s.mad > 0)
            usable[name] = s;
    }
    const Stats global = statsOf(all);
    std::vector<qint64> out;
    for (qint64 r = 0; r < n; ++r) {
        if (std::isnan(logPrice[size_t(r)]))
            continue;
        Stats s = global;
        for (const QString& g : chain[size_t(r)])
            if (usable.count(g)) {
                s = usable[g];
                break;
            }
        if (std::abs(0.6745 * (logPrice[size_t(r)] - s.median) / s.mad) > 3.5)
            out.push_back(r);
    }
    return out;
}

} // namespace valuator::test
