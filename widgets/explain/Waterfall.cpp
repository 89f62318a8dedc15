// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/explain/Waterfall.h"

#include "widgets/explain/ExplainCharts.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace valuator {
namespace {

QString valueText(const FeatureContribution& c)
{
    if (c.displayValue.isEmpty())
        return Waterfall::tr("%1 (missing)").arg(ExplainCharts::featureTitle(c.feature));
    bool isNumber = false;
    const double number = c.displayValue.toDouble(&isNumber);
    const QString shown = isNumber ? QLocale().toString(number, 'g', 7) : c.displayValue;
    return QStringLiteral("%1 = %2").arg(ExplainCharts::featureTitle(c.feature), shown);
}

} // namespace

Waterfall Waterfall::build(const CarExplanation& car, int maxSteps)
{
    Waterfall w;
    w.steps.append({WaterfallStep::Kind::Base, tr("Base value"), 0, car.basePrice});
    QList<const FeatureContribution*> order;
    for (const FeatureContribution& c : car.contributions)
        order << &c;
    std::stable_sort(order.begin(), order.end(), [](const FeatureContribution* a, const FeatureContribution* b) {
        return std::abs(a->amount) > std::abs(b->amount);
    });
    double level = car.basePrice;
    const int shown = std::min<int>(maxSteps, int(order.size()));
    for (int i = 0; i < shown; ++i) {
        w.steps.append(
            {WaterfallStep::Kind::Contribution, valueText(*order.at(i)), level, level + order.at(i)->amount});
        level += order.at(i)->amount;
    }
    if (order.size() > shown) {
        double rest = 0;
        for (qsizetype i = shown; i < order.size(); ++i)
            rest += order.at(i)->amount;
        const int n = int(order.size()) - shown;
        w.steps.append({WaterfallStep::Kind::Contribution, tr("%n other feature(s)", nullptr, n), level, level + rest});
    }
    w.steps.append({WaterfallStep::Kind::Price, tr("Price"), 0, car.price});
    return w;
}

} // namespace valuator
