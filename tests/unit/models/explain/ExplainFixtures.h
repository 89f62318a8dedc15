// SPDX-License-Identifier: GPL-3.0-or-later
// Real and synthetic data with quickly trained models for the explain tests.
#pragma once

#include "models/features/FeatureSpec.h"
#include "models/importing/TableSink.h"
#include "models/learners/LearnerFactory.h"
#include "models/quality/CivilDate.h"
#include "models/validation/SplitMix64.h"

#include <QFile>

#include <cmath>
#include <memory>

namespace valuator::testing {

/// The header and the first `rows` records of a fixture CSV, imported into a Table.
inline Table fixtureCut(const QString& name, int rows)
{
    QFile in(QStringLiteral(VALUATOR_FIXTURES_DIR "/") + name);
    if (!in.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    QByteArray bytes = in.readLine();
    for (int i = 0; i < rows; ++i)
        bytes += in.readLine();
    auto imported = importCsvToTable(bytes);
    if (!imported)
        qFatal("import failed: %s", qPrintable(imported.error().detail));
    return std::move(imported->table);
}

/// A trained model with its spec and the matrix it was trained on.
struct Trained {
    FeatureSpec spec;
    FeatureMatrix x;
    std::unique_ptr<TrainedModel> model;
};

/// Trains `learner` ("xgboost" with 30 rounds on one thread, or "linear") on all rows of `table`.
inline Trained train(const Table& table, const QString& learner)
{
    auto spec = FeatureSpec::build(table, FeatureOptions {});
    if (!spec)
        qFatal("spec: %s", qPrintable(spec.error().detail));
    auto x = spec->transform(table);
    auto y = spec->target(table);
    LearnerConfig config;
    config.learner = learner;
    config.preset = QStringLiteral("fast");
    if (learner == QLatin1String("xgboost"))
        config.overrides = {{QStringLiteral("rounds"), QStringLiteral("30")}};
    auto l = LearnerFactory::create(config);
    if (!l || !x || !y)
        qFatal("learner/matrix failed");
    FitOptions options;
    options.threads = 1;
    auto model = (*l)->fit(*x, *y, nullptr, {}, options);
    if (!model)
        qFatal("fit: %s %s", qPrintable(model.error().userMessage), qPrintable(model.error().detail));
    return {std::move(*spec), std::move(*x), std::move(*model)};
}

/// `rows` synthetic cars whose price depends (strongly) on power_kw only: brand, model, year, mileage and sale
/// date vary at random around it.
inline Table powerDrivenCars(int rows, uint64_t seed)
{
    Column brand(QStringLiteral("brand"), ColumnType::Text);
    Column model(QStringLiteral("model"), ColumnType::Text);
    Column year(QStringLiteral("model_year"), ColumnType::Int64);
    Column km(QStringLiteral("mileage_km"), ColumnType::Float64);
    Column power(QStringLiteral("power_kw"), ColumnType::Float64);
    Column sold(QStringLiteral("sale_date"), ColumnType::Date);
    Column price(QStringLiteral("sale_price"), ColumnType::Float64);
    SplitMix64 rng(seed);
    auto uniform = [&rng] { return double(rng.next() >> 11) * 0x1.0p-53; };
    const char* brands[] = {"BMW", "Audi", "Skoda"};
    for (int r = 0; r < rows; ++r) {
        brand.appendText(brands[r % 3]);
        model.appendText(r % 2 ? "A" : "B");
        year.appendInt(2010 + int(uniform() * 10));
        km.appendDouble(10000 + uniform() * 150000);
        const double kw = 50 + uniform() * 250;
        power.appendDouble(kw);
        sold.appendDate(CivilDate::toDays(2022, 1, 1) + int32_t(uniform() * 700));
        price.appendDouble(std::round(5000 * std::exp(kw / 100.0) * (0.99 + 0.02 * uniform())));
    }
    Table t;
    for (Column* c : {&brand, &model, &year, &km, &power, &sold, &price})
        t.addColumn(std::move(*c));
    return t;
}

} // namespace valuator::testing
