// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/plots/ChartSpec.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace valuator {

struct DriftReport;
struct FeatureDrift;

/// The quality charts, as ChartSpecs built from a quality report's JSON (QualityRun::toJson, which is also what
/// the workspace stores) and from drift reports. Shared by the Data Quality page and the exported report so both
/// show the same figures with the same titles and units.
class QualityCharts {
    Q_DECLARE_TR_FUNCTIONS(QualityCharts)
public:
    /// A column's distribution: a histogram for numeric, date (by month or year) and list columns, the most
    /// frequent values as horizontal bars for text columns. `column` is one entry of the report's "columns".
    static ChartSpec column(const QJsonObject& column, const QString& currency = {});
    /// Share of missing values per column, in percent.
    static ChartSpec missingPerColumn(const QJsonObject& report);
    /// PSI per feature, coloured by drift status, with the warn and alert thresholds as lines.
    static ChartSpec psi(const DriftReport& report);
    /// Reference and current shares per bin of one feature, overlaid.
    static ChartSpec driftBins(const FeatureDrift& feature, const QString& referenceName, const QString& currentName);

    /// The column's display name with its unit for an axis ("Mileage (km)", "Sale price (EUR)", "Sale date
    /// (month)"): CarSchema names for canonical fields, else the column name.
    static QString axisLabel(const QJsonObject& column, const QString& currency = {});
    /// The report's currency: the most frequent value of its currency column, else "EUR".
    static QString currency(const QJsonObject& report);
    /// The entry of the report's "columns" named `name` (empty when absent).
    static QJsonObject columnJson(const QJsonObject& report, const QString& name);
};

} // namespace valuator
