// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/explain/CarExplanation.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace valuator {

/// One bar of a waterfall: from `start` to `end` in currency.
struct WaterfallStep {
    enum class Kind { Base, Contribution, Price };
    Kind kind = Kind::Contribution;
    QString label; ///< "Base value", "mileage_km = 85,000", "Other 12 features", "Price"
    double start = 0;
    double end = 0;
    double delta() const { return end - start; }
};

/// A car's valuation as a waterfall in currency: base value, then the largest contributions (by |amount|, the rest
/// summed into one "other features" step), then the price. The steps chain: each starts where the previous one
/// ended, so base + sum of the contribution deltas = the last contribution's end = the price (up to rounding).
struct Waterfall {
    Q_DECLARE_TR_FUNCTIONS(Waterfall)
public:
    QList<WaterfallStep> steps;

    /// `maxSteps` contributions at most (the rest are summed into one step).
    static Waterfall build(const CarExplanation& car, int maxSteps = 10);
};

} // namespace valuator
