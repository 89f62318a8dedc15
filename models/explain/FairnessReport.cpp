// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/explain/FairnessReport.h"

#include "models/table/Table.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <map>

namespace valuator {

namespace {

struct Sum {
    qint64 count = 0;
    double abs = 0;
    double ape = 0;
    void add(double actual, double predicted)
    {
        ++count;
        abs += std::abs(predicted - actual);
        ape += std::abs(predicted - actual) / actual;
    }
};

bool counted(double actual, double predicted)
{
    return actual > 0 && std::isfinite(actual) && std::isfinite(predicted);
}

/// The number a band label starts with ("10-14" -> 10, "15+" -> 15, "900-5600" -> 900).
double lowerEdge(const QString& label)
{
    qsizetype end = 0;
    while (end < label.size() && (label[end].isDigit() || label[end] == QLatin1Char('.')))
        ++end;
    return label.left(end).toDouble();
}

QString ageBand(double years)
{
    if (!std::isfinite(years))
        return {};
    const int y = int(std::floor(std::max(0.0, years)));
    if (y <= 2)
        return QStringLiteral("0-2");
    if (y <= 5)
        return QStringLiteral("3-5");
    if (y <= 9)
        return QStringLiteral("6-9");
    if (y <= 14)
        return QStringLiteral("10-14");
    return QStringLiteral("15+");
}

Result<SegmentDimension> priceBands(const Table& table)
{
    const Column* price = table.find(QStringLiteral("sale_price"));
    if (!price)
        return fail(ErrorCode::InvalidArgument, FairnessReport::tr("The data has no sale_price column."));
    std::vector<double> sorted;
    for (int64_t r = 0; r < table.rowCount(); ++r)
        if (const double p = price->number(r); p > 0 && std::isfinite(p))
            sorted.push_back(p);
    std::sort(sorted.begin(), sorted.end());
    SegmentDimension d {QStringLiteral("price_band"), {}};
    std::vector<double> edges; // upper edges of the first four quintiles
    for (int q = 1; q < 5 && !sorted.empty(); ++q)
        edges.push_back(sorted[std::min(sorted.size() - 1, sorted.size() * size_t(q) / 5)]);
    const auto label = [](double lo, double hi) {
        return QStringLiteral("%1-%2")
            .arg(std::round(lo / 100) * 100, 0, 'f', 0)
            .arg(std::round(hi / 100) * 100, 0, 'f', 0);
    };
    for (int64_t r = 0; r < table.rowCount(); ++r) {
        const double p = price->number(r);
        if (!(p > 0) || !std::isfinite(p)) {
            d.labels << QString();
            continue;
        }
        const size_t band = size_t(std::upper_bound(edges.begin(), edges.end(), p) - edges.begin());
        const double lo = band == 0 ? sorted.front() : edges[band - 1];
        const double hi = band == edges.size() ? sorted.back() : edges[band];
        d.labels << label(lo, hi);
    }
    return d;
}

} // namespace

QJsonObject FairnessOptions::toJson() const
{
    return {{QStringLiteral("by"), QJsonArray::fromStringList(by)}, {QStringLiteral("factor"), factor},
        {QStringLiteral("min_segment_rows"), minSegmentRows}};
}

Result<FairnessOptions> FairnessOptions::fromJson(const QJsonObject& json)
{
    FairnessOptions o;
    if (json.contains(QStringLiteral("by"))) {
        o.by.clear();
        for (const QJsonValue& v : json.value(QStringLiteral("by")).toArray())
            o.by << v.toString();
    }
    o.factor = json.value(QStringLiteral("factor")).toDouble(o.factor);
    o.minSegmentRows = json.value(QStringLiteral("min_segment_rows")).toInteger(o.minSegmentRows);
    if (!(o.factor > 0) || o.minSegmentRows < 0)
        return fail(ErrorCode::InvalidArgument,
            FairnessReport::tr("The fairness factor must be above 0 and the minimum segment size at least 0."),
            QStringLiteral("factor %1, min_segment_rows %2").arg(o.factor).arg(o.minSegmentRows));
    return o;
}

Result<FairnessReport> FairnessReport::compute(std::span<const double> actual, std::span<const double> predicted,
    const QList<SegmentDimension>& dimensions, const FairnessOptions& options)
{
    if (actual.size() != predicted.size())
        return fail(ErrorCode::InvalidArgument, tr("Actual and predicted prices differ in length."),
            QStringLiteral("%1 vs %2").arg(actual.size()).arg(predicted.size()));
    for (const SegmentDimension& d : dimensions)
        if (size_t(d.labels.size()) != actual.size())
            return fail(ErrorCode::InvalidArgument, tr("The segment labels do not match the rows."),
                QStringLiteral("%1: %2 labels for %3 rows").arg(d.name).arg(d.labels.size()).arg(actual.size()));
    FairnessReport report;
    report.options = options;
    Sum all;
    for (size_t i = 0; i < actual.size(); ++i)
        if (counted(actual[i], predicted[i]))
            all.add(actual[i], predicted[i]);
    report.count = all.count;
    report.mae = all.count ? all.abs / double(all.count) : 0;
    report.mape = all.count ? all.ape / double(all.count) : 0;
    for (const SegmentDimension& d : dimensions) {
        std::map<QString, Sum> sums;
        for (size_t i = 0; i < actual.size(); ++i)
            if (!d.labels[qsizetype(i)].isEmpty() && counted(actual[i], predicted[i]))
                sums[d.labels[qsizetype(i)]].add(actual[i], predicted[i]);
        QList<SegmentError> segments;
        for (const auto& [label, s] : sums) {
            SegmentError e {d.name, label, s.count, s.abs / double(s.count), s.ape / double(s.count), 0, false};
            e.ratio = report.mape > 0 ? e.mape / report.mape : 0;
            e.flagged = e.count >= options.minSegmentRows && e.ratio > options.factor;
            report.flaggedCount += e.flagged;
            segments.append(e);
        }
        if (d.name.endsWith(QLatin1String("_band"))) // bands in their natural order, by their lower edge
            std::stable_sort(segments.begin(), segments.end(), [](const SegmentError& a, const SegmentError& b) {
                return lowerEdge(a.segment) < lowerEdge(b.segment);
            });
        else
            std::stable_sort(segments.begin(), segments.end(),
                [](const SegmentError& a, const SegmentError& b) { return a.count > b.count; });
        report.segments += segments;
    }
    return report;
}

Result<SegmentDimension> FairnessReport::dimension(
    const Table& table, const QString& name, std::span<const double> ageYears)
{
    if (name == QLatin1String("price_band"))
        return priceBands(table);
    SegmentDimension d {name, {}};
    if (name == QLatin1String("age_band")) {
        if (int64_t(ageYears.size()) != table.rowCount())
            return fail(ErrorCode::InvalidArgument, tr("The age of the cars is unknown."),
                QStringLiteral("%1 ages for %2 rows").arg(ageYears.size()).arg(table.rowCount()));
        for (double a : ageYears)
            d.labels << ageBand(a);
        return d;
    }
    const Column* column = table.find(name);
    if (!column || column->type() != ColumnType::Text)
        return fail(ErrorCode::InvalidArgument,
            tr("Cannot segment by \"%1\": the data has no such text column (or use age_band, price_band).").arg(name));
    for (int64_t r = 0; r < table.rowCount(); ++r)
        d.labels << column->displayText(r).trimmed();
    return d;
}

QJsonObject FairnessReport::toJson() const
{
    QJsonArray list;
    for (const SegmentError& s : segments)
        list.append(QJsonObject {{QStringLiteral("dimension"), s.dimension}, {QStringLiteral("segment"), s.segment},
            {QStringLiteral("count"), s.count}, {QStringLiteral("mae"), s.mae}, {QStringLiteral("mape"), s.mape},
            {QStringLiteral("ratio"), s.ratio}, {QStringLiteral("flagged"), s.flagged}});
    return {{QStringLiteral("options"), options.toJson()}, {QStringLiteral("count"), count},
        {QStringLiteral("mae"), mae}, {QStringLiteral("mape"), mape}, {QStringLiteral("flagged"), flaggedCount},
        {QStringLiteral("out_of_fold"), outOfFold}, {QStringLiteral("segments"), list}};
}

Result<FairnessReport> FairnessReport::fromJson(const QJsonObject& json)
{
    auto options = FairnessOptions::fromJson(json.value(QStringLiteral("options")).toObject());
    if (!options)
        return fail(options.error());
    FairnessReport r;
    r.options = *options;
    r.count = json.value(QStringLiteral("count")).toInteger();
    r.mae = json.value(QStringLiteral("mae")).toDouble();
    r.mape = json.value(QStringLiteral("mape")).toDouble();
    r.flaggedCount = json.value(QStringLiteral("flagged")).toInt();
    r.outOfFold = json.value(QStringLiteral("out_of_fold")).toBool();
    for (const QJsonValue& v : json.value(QStringLiteral("segments")).toArray()) {
        const QJsonObject o = v.toObject();
        r.segments.append({o.value(QStringLiteral("dimension")).toString(),
            o.value(QStringLiteral("segment")).toString(), o.value(QStringLiteral("count")).toInteger(),
            o.value(QStringLiteral("mae")).toDouble(), o.value(QStringLiteral("mape")).toDouble(),
            o.value(QStringLiteral("ratio")).toDouble(), o.value(QStringLiteral("flagged")).toBool()});
    }
    return r;
}

} // namespace valuator
