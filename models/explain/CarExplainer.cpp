// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/explain/CarExplainer.h"

#include "models/features/FeatureSpec.h"
#include "models/learners/Learner.h"

#include <cmath>
#include <numeric>

namespace valuator {

namespace {

/// Equipment items get a line of their own when the car has them or their amount is at least this share of the
/// price; the others are summed into "equipment_other".
constexpr double kOwnLineShare = 0.005;

QString displayOf(const FeatureSpec& spec, const QString& feature, FeatureKind kind, double v)
{
    if (std::isnan(v))
        return {};
    switch (kind) {
    case FeatureKind::Categorical:
        return spec.categories(feature).value(qsizetype(v));
    case FeatureKind::Indicator:
        return v != 0 ? CarExplainer::tr("yes") : CarExplainer::tr("no");
    case FeatureKind::Numeric:
        break;
    }
    return std::abs(v) >= 100 ? QString::number(v, 'f', 0) : QString::number(v, 'g', 4);
}

QString lineLabel(const QString& key)
{
    if (key == QLatin1String("base"))
        return CarExplainer::tr("Base value (brand, model, year)");
    if (key == QLatin1String("specification"))
        return CarExplainer::tr("Specification (fuel, gearbox, body, power)");
    if (key == QLatin1String("mileage"))
        return CarExplainer::tr("Mileage adjustment");
    if (key == QLatin1String("equipment_other"))
        return CarExplainer::tr("Other equipment");
    if (key == QLatin1String("condition"))
        return CarExplainer::tr("Condition and owners");
    if (key == QLatin1String("region"))
        return CarExplainer::tr("Region");
    if (key == QLatin1String("timing"))
        return CarExplainer::tr("Market timing (sale date)");
    if (key.startsWith(FeatureSpec::equipmentPrefix()))
        return CarExplainer::tr("Equipment: %1").arg(key.mid(FeatureSpec::equipmentPrefix().size()));
    return CarExplainer::tr("Other factors");
}

/// Groups the per-feature amounts into dealer lines; the base line absorbs basePrice and the float residual.
QList<DealerLine> dealerLines(const CarExplanation& e)
{
    QStringList order {QStringLiteral("base"), QStringLiteral("specification"), QStringLiteral("mileage")};
    for (const FeatureContribution& c : e.contributions) {
        const QString key = CarExplainer::lineKey(c.feature);
        if (key.startsWith(FeatureSpec::equipmentPrefix())
            && (c.value == 1 || std::abs(c.amount) >= kOwnLineShare * std::abs(e.price)) && !order.contains(key))
            order << key;
    }
    order << QStringLiteral("equipment_other") << QStringLiteral("condition") << QStringLiteral("region")
          << QStringLiteral("timing") << QStringLiteral("other");
    QList<DealerLine> lines;
    for (const QString& key : order)
        lines.append({key, lineLabel(key), 0, {}, {}});
    for (const FeatureContribution& c : e.contributions) {
        QString key = CarExplainer::lineKey(c.feature);
        if (key.startsWith(FeatureSpec::equipmentPrefix()) && !order.contains(key))
            key = QStringLiteral("equipment_other");
        DealerLine& line = lines[order.indexOf(key)];
        line.amount += c.amount;
        line.features << c.feature;
        const QString value = c.displayValue.isEmpty() ? CarExplainer::tr("missing") : c.displayValue;
        line.carValues
            += (line.carValues.isEmpty() ? QString() : QStringLiteral(", ")) + c.feature + QLatin1Char(' ') + value;
    }
    double sum = e.basePrice;
    for (const DealerLine& l : lines)
        sum += l.amount;
    lines[0].amount += e.basePrice + (e.price - sum); // rounding residual (< 1e-6 of the price) into the base line
    return lines;
}

} // namespace

QString CarExplainer::lineKey(const QString& feature)
{
    static const QStringList base {QStringLiteral("brand"), QStringLiteral("model"), QStringLiteral("variant"),
        QStringLiteral("age_years"), QStringLiteral("model_year"), QStringLiteral("first_registration")};
    static const QStringList spec {QStringLiteral("fuel"), QStringLiteral("transmission"), QStringLiteral("body_type"),
        QStringLiteral("power_kw"), QStringLiteral("engine_l"), QStringLiteral("colour")};
    static const QStringList mileage {QStringLiteral("mileage_km"), QStringLiteral("mileage_per_year")};
    if (base.contains(feature))
        return QStringLiteral("base");
    if (spec.contains(feature))
        return QStringLiteral("specification");
    if (mileage.contains(feature))
        return QStringLiteral("mileage");
    if (feature.startsWith(FeatureSpec::equipmentPrefix()))
        return feature;
    if (feature == QLatin1String("owners") || feature == QLatin1String("seller_type")
        || feature.contains(QLatin1String("condition")) || feature.contains(QLatin1String("damage"))
        || feature.contains(QLatin1String("accident")))
        return QStringLiteral("condition");
    if (feature == QLatin1String("region"))
        return QStringLiteral("region");
    if (feature.startsWith(QLatin1String("sale_")))
        return QStringLiteral("timing");
    return QStringLiteral("other");
}

Result<CarExplanation> CarExplainer::explain(
    const FeatureSpec& spec, const TrainedModel& model, const QJsonObject& car, const QDate& valuationDate)
{
    auto table = carTable(car, valuationDate);
    if (!table)
        return fail(table.error());
    return explain(spec, model, *table, 0);
}

Result<CarExplanation> CarExplainer::explain(
    const FeatureSpec& spec, const TrainedModel& model, const Table& table, int64_t row)
{
    const int64_t rows[] {row};
    auto x = spec.transform(table, rows);
    if (!x)
        return fail(x.error());
    auto predicted = model.predict(*x);
    if (!predicted)
        return fail(predicted.error());
    auto contrib = model.contributions(*x);
    if (!contrib)
        return fail(contrib.error());
    if (predicted->size() != 1 || contrib->bias.size() != 1)
        return fail(ErrorCode::Unknown, tr("The model returned no prediction for the car."));
    CarExplanation e;
    e.learner = model.learner();
    e.logTarget = spec.options().logTarget;
    e.baseValue = contrib->bias[0];
    e.basePrice = spec.toPrice(e.baseValue);
    e.prediction = (*predicted)[0];
    e.price = spec.toPrice(e.prediction);
    const double total = std::accumulate(contrib->values.begin(), contrib->values.end(), 0.0);
    // Log models: amount_i = c_i * exp(base) * expm1(S) / S (see CarExplanation); price models: amount_i = c_i.
    const double factor = !e.logTarget ? 1.0 : (total == 0 ? e.basePrice : e.basePrice * std::expm1(total) / total);
    for (int c = 0; c < contrib->columns; ++c) {
        FeatureContribution fc;
        fc.feature = contrib->names.value(c);
        const int column = x->indexOf(fc.feature);
        fc.value = column >= 0 ? double(x->at(0, column)) : std::nan("");
        if (column >= 0)
            fc.displayValue = displayOf(spec, fc.feature, x->kinds[size_t(column)], fc.value);
        fc.contribution = contrib->values[size_t(c)];
        fc.amount = fc.contribution * factor;
        e.contributions.append(fc);
    }
    e.dealerLines = dealerLines(e);
    return e;
}

} // namespace valuator
