// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/quality/QualityCharts.h"

#include "models/drift/DriftReport.h"
#include "models/schema/CarSchema.h"

#include <QJsonArray>

namespace valuator {
namespace {

QList<double> numbers(const QJsonArray& array)
{
    QList<double> out;
    out.reserve(array.size());
    for (const QJsonValue& v : array)
        out << v.toDouble();
    return out;
}

QString displayName(const QString& name)
{
    if (const FieldDef* def = CarSchema::byKey(name))
        return CarSchema::displayName(def->field);
    return name;
}

/// "month", "year" or "day", from the labels the profile gave a date histogram ("2024-03", "2024", "2024-03-01").
QString dateBinUnit(const QJsonArray& labels)
{
    const int length = labels.isEmpty() ? 0 : int(labels.first().toString().size());
    if (length == 4)
        return QualityCharts::tr("year");
    if (length == 7)
        return QualityCharts::tr("month");
    return QualityCharts::tr("day");
}

// Okabe-Ito: blue, orange, vermillion (distinguishable with colour-blindness; names say it too).
const QColor kOk(0x00, 0x72, 0xB2);
const QColor kWarn(0xE6, 0x9F, 0x00);
const QColor kAlert(0xD5, 0x5E, 0x00);

} // namespace

QString QualityCharts::currency(const QJsonObject& report)
{
    const QJsonArray top = columnJson(report, QStringLiteral("currency")).value(QStringLiteral("top")).toArray();
    const QString value = top.isEmpty() ? QString() : top.first().toObject().value(QStringLiteral("value")).toString();
    return value.isEmpty() ? QStringLiteral("EUR") : value;
}

QJsonObject QualityCharts::columnJson(const QJsonObject& report, const QString& name)
{
    for (const QJsonValue& c : report.value(QStringLiteral("columns")).toArray())
        if (c.toObject().value(QStringLiteral("name")).toString() == name)
            return c.toObject();
    return {};
}

QString QualityCharts::axisLabel(const QJsonObject& column, const QString& currency)
{
    const QString name = column.value(QStringLiteral("name")).toString();
    const QString type = column.value(QStringLiteral("type")).toString();
    const QString shown = displayName(name);
    if (type == QLatin1String("date"))
        return tr("%1 (%2)").arg(shown,
            dateBinUnit(
                column.value(QStringLiteral("histogram")).toObject().value(QStringLiteral("labels")).toArray()));
    if (type == QLatin1String("list"))
        return tr("%1 (items per row)").arg(shown);
    const FieldDef* def = CarSchema::byKey(name);
    if (def && def->unit == FieldUnit::Money)
        return tr("%1 (%2)").arg(shown, currency.isEmpty() ? QStringLiteral("EUR") : currency);
    return shown; // canonical names carry their unit already ("Mileage (km)", "Power (kW)")
}

ChartSpec QualityCharts::column(const QJsonObject& column, const QString& currency)
{
    const QString name = displayName(column.value(QStringLiteral("name")).toString());
    const QString type = column.value(QStringLiteral("type")).toString();
    const QString rows = tr("Rows (count)");
    const QJsonObject histogram = column.value(QStringLiteral("histogram")).toObject();
    ChartSpec spec;
    if (type == QLatin1String("text")) {
        QStringList values;
        QList<double> counts;
        for (const QJsonValue& v : column.value(QStringLiteral("top")).toArray()) {
            values << v.toObject().value(QStringLiteral("value")).toString();
            counts << v.toObject().value(QStringLiteral("count")).toDouble();
        }
        spec = ChartSpec::horizontalBars(tr("Most frequent values of %1").arg(name), rows, name, values, counts);
    } else if (type == QLatin1String("date")) {
        QStringList labels;
        for (const QJsonValue& l : histogram.value(QStringLiteral("labels")).toArray())
            labels << l.toString();
        spec = ChartSpec::labelledBins(tr("Distribution of %1").arg(name), axisLabel(column, currency), rows, labels,
            numbers(histogram.value(QStringLiteral("counts")).toArray()));
    } else {
        spec = ChartSpec::histogram(tr("Distribution of %1").arg(name), axisLabel(column, currency), rows,
            numbers(histogram.value(QStringLiteral("edges")).toArray()),
            numbers(histogram.value(QStringLiteral("counts")).toArray()));
        const qint64 below = histogram.value(QStringLiteral("below")).toInteger();
        const qint64 above = histogram.value(QStringLiteral("above")).toInteger();
        if (below > 0 || above > 0)
            spec.title += QLatin1Char('\n')
                + tr("central 99 %: %n row(s) below and %1 above the axis not shown", nullptr, int(below))
                      .arg(QLocale().toString(above));
    }
    spec.emptyText = tr("%1 has no values to chart.").arg(name);
    return spec;
}

ChartSpec QualityCharts::missingPerColumn(const QJsonObject& report)
{
    QStringList names;
    QList<double> shares;
    for (const QJsonValue& c : report.value(QStringLiteral("columns")).toArray()) {
        const QJsonObject column = c.toObject();
        names << column.value(QStringLiteral("name")).toString();
        shares << column.value(QStringLiteral("missing_share")).toDouble() * 100.0;
    }
    ChartSpec spec = ChartSpec::labelledBins(
        tr("Missing values per column"), tr("Column"), tr("Missing (% of rows)"), names, shares);
    spec.emptyText = tr("The report has no columns.");
    return spec;
}

ChartSpec QualityCharts::psi(const DriftReport& report)
{
    QStringList names;
    QList<double> values;
    QList<int> groups;
    for (const FeatureDrift& f : report.features) {
        names << f.name;
        values << f.psi;
        groups << int(f.status);
    }
    const QString warn = QString::number(report.warnPsi, 'g', 3);
    const QString alert = QString::number(report.alertPsi, 'g', 3);
    ChartSpec spec = ChartSpec::groupedBars(tr("Population Stability Index per feature"), tr("Feature"),
        tr("PSI (index, 0 = no drift)"), names, values, groups,
        {tr("OK (PSI ≤ %1)").arg(warn), tr("Warn (PSI > %1)").arg(warn), tr("Alert (PSI > %1)").arg(alert)},
        {kOk, kWarn, kAlert},
        {{report.warnPsi, tr("warn %1").arg(warn), kWarn.darker(120)},
            {report.alertPsi, tr("alert %1").arg(alert), kAlert.darker(120)}});
    spec.emptyText = tr("No features were compared.");
    return spec;
}

ChartSpec QualityCharts::driftBins(
    const FeatureDrift& feature, const QString& referenceName, const QString& currentName)
{
    QStringList bins;
    QList<double> reference, current;
    for (const DriftBin& b : feature.bins) {
        bins << b.label;
        reference << b.referenceShare * 100.0;
        current << b.currentShare * 100.0;
    }
    const QString name = displayName(feature.name);
    const QString axis = feature.kind == DriftFeatureKind::Numeric ? tr("%1 bins (reference quantiles)").arg(name)
                                                                   : tr("%1 categories").arg(name);
    ChartSpec spec
        = ChartSpec::overlaid(tr("Reference vs current: %1 (PSI %2)").arg(name, QString::number(feature.psi, 'f', 3)),
            axis, tr("Share of rows (%)"), bins,
            {{tr("Reference %1").arg(referenceName), reference, {}}, {tr("Current %1").arg(currentName), current, {}}});
    spec.emptyText = tr("%1 has no bins.").arg(name);
    return spec;
}

} // namespace valuator
