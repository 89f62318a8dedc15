// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/explain/CarExplanation.h"

#include <QJsonArray>

#include <cmath>

namespace valuator {

namespace {

QJsonValue finiteOrNull(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue();
}

} // namespace

QJsonObject CarExplanation::toJson() const
{
    QJsonObject byFeature;
    QJsonArray features;
    for (const FeatureContribution& c : contributions) {
        byFeature.insert(c.feature, c.contribution);
        features.append(QJsonObject {{QStringLiteral("feature"), c.feature},
            {QStringLiteral("value"), finiteOrNull(c.value)}, {QStringLiteral("display"), c.displayValue},
            {QStringLiteral("contribution"), c.contribution}, {QStringLiteral("amount"), c.amount}});
    }
    QJsonArray sheet;
    for (const DealerLine& l : dealerLines)
        sheet.append(QJsonObject {{QStringLiteral("key"), l.key}, {QStringLiteral("label"), l.label},
            {QStringLiteral("amount"), l.amount}, {QStringLiteral("features"), QJsonArray::fromStringList(l.features)},
            {QStringLiteral("car_values"), l.carValues}});
    return {{QStringLiteral("learner"), learner}, {QStringLiteral("log_target"), logTarget},
        {QStringLiteral("base_value"), baseValue}, {QStringLiteral("base_price"), basePrice},
        {QStringLiteral("prediction"), prediction}, {QStringLiteral("price"), price},
        {QStringLiteral("contributions"), byFeature}, {QStringLiteral("features"), features},
        {QStringLiteral("dealer_sheet"), sheet}};
}

const FeatureContribution* CarExplanation::find(const QString& feature) const
{
    for (const FeatureContribution& c : contributions)
        if (c.feature == feature)
            return &c;
    return nullptr;
}

const DealerLine* CarExplanation::line(const QString& key) const
{
    for (const DealerLine& l : dealerLines)
        if (l.key == key)
            return &l;
    return nullptr;
}

} // namespace valuator
