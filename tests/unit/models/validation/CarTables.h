// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A synthetic car-sales table for the split and trainer tests: resold cars (shared plates), sale dates over
// six years, a price that depends on brand, model, age and mileage, and a "row_id" column (= row index) that a
// recording learner reads back from its feature matrix to see which rows it was given.

#include "models/features/FeatureMatrix.h"
#include "models/validation/SplitMix64.h"

#include <cmath>
#include <string>

#include "../features/TestTables.h"

namespace valuator::testing {

/// `cars` cars sold `salesPerCar` times each (rows interleaved, so one car's sales are far apart); every 17th
/// row has no price (not usable), every 23rd no plate.
inline Table carSales(int cars, int salesPerCar, uint64_t seed = 1)
{
    Column plate(QStringLiteral("plate"), ColumnType::Text);
    Column brand(QStringLiteral("brand"), ColumnType::Text);
    Column model(QStringLiteral("model"), ColumnType::Text);
    Column modelYear(QStringLiteral("model_year"), ColumnType::Int64);
    Column mileage(QStringLiteral("mileage_km"), ColumnType::Float64);
    Column saleDate(QStringLiteral("sale_date"), ColumnType::Date);
    Column price(QStringLiteral("sale_price"), ColumnType::Float64);
    Column rowId(QStringLiteral("row_id"), ColumnType::Int64);
    const char* brands[] = {"BMW", "Audi", "Volkswagen", "Skoda"};
    const char* models[] = {"1er", "3er", "A3", "A4", "Golf", "Polo", "Octavia", "Fabia"};
    SplitMix64 rng(seed);
    auto uniform = [&rng] { return double(rng.next() >> 11) * 0x1.0p-53; };
    int64_t row = 0;
    for (int sale = 0; sale < salesPerCar; ++sale) {
        for (int car = 0; car < cars; ++car, ++row) {
            const int b = car % 4;
            const int m = b * 2 + (car / 4) % 2;
            const int year = 2008 + car % 12;
            const int32_t sold = days("2018-01-01") + int32_t(uniform() * 6 * 365);
            const double km = 10000 + uniform() * 200000;
            // Spelling varies per sale ("FR-GO 101" vs "fr go 101"): still one car.
            const std::string p = (sale % 2 ? "fr go " : "FR-GO ") + std::to_string(100 + car);
            if (row % 23 == 7)
                plate.appendNull();
            else
                plate.appendText(p);
            brand.appendText(brands[b]);
            model.appendText(models[m]);
            modelYear.appendInt(year);
            mileage.appendDouble(km);
            saleDate.appendDate(sold);
            const double age = (sold - days("2008-07-01")) / 365.25 - (year - 2008);
            const double value
                = 30000 * std::exp(0.2 * b + 0.1 * (m % 2) - 0.09 * age - 1.5e-6 * km) * (0.95 + 0.1 * uniform());
            price.appendDouble(row % 17 == 5 ? std::nan("") : std::round(value));
            rowId.appendInt(row);
        }
    }
    return makeTable({plate, brand, model, modelYear, mileage, saleDate, price, rowId});
}

/// The row_id feature values of a matrix, as table rows.
inline std::vector<int64_t> rowIds(const FeatureMatrix& x)
{
    std::vector<int64_t> out;
    const int column = x.indexOf(QStringLiteral("row_id"));
    if (column < 0)
        return out;
    for (int64_t r = 0; r < x.rows; ++r)
        out.push_back(int64_t(x.at(r, column)));
    return out;
}

} // namespace valuator::testing
