// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/explain/ExplainJob.h"

#include "services/datasets/DatasetStore.h"
#include "services/workspace/Workspace.h"

#include <QLocale>

namespace valuator {
namespace {

ProgressFn scaled(const ProgressFn& progress, qint64 from, qint64 to)
{
    if (!progress)
        return {};
    return [progress, from, to](qint64 done, qint64 total) {
        const qint64 part = total > 0 ? (to - from) * done / total : 0;
        return progress(from + part, 1000);
    };
}

Result<QList<QJsonObject>> readCars(const QString& path, const QString& ref, const QList<int64_t>& rows)
{
    auto ws = Workspace::open(path);
    if (!ws)
        return fail(ws.error());
    auto parsed = DatasetRef::parse(ref);
    if (!parsed)
        return fail(parsed.error());
    auto version = DatasetStore::resolve((*ws)->db(), *parsed);
    if (!version)
        return fail(version.error());
    auto table = DatasetStore::loadTable((*ws)->db(), version->id);
    if (!table)
        return fail(table.error());
    QList<QJsonObject> cars;
    for (int64_t row : rows)
        cars << ExplainJob::carJson(*table, row);
    return cars;
}

} // namespace

Result<ExplainOutcome> ExplainJob::run(
    const QString& workspacePath, const ExplainRequest& request, const ProgressFn& progress)
{
    ExplainOutcome out;
    auto model = ExplainService::loadModel(workspacePath, request.modelId);
    if (!model)
        return fail(model.error());
    out.model = std::move(*model);
    if (progress && !progress(100, 1000))
        return fail(Error::cancelled());
    auto explained = ExplainService::explainDataset(workspacePath, request, scaled(progress, 100, 900));
    if (!explained)
        return fail(explained.error());
    out.explanation = std::move(*explained);
    auto cars = readCars(workspacePath, out.explanation.datasetRef, out.explanation.carRows);
    if (!cars)
        return fail(cars.error());
    out.cars = std::move(*cars);
    if (progress && !progress(1000, 1000))
        return fail(Error::cancelled());
    return out;
}

QJsonObject ExplainJob::carJson(const Table& table, int64_t row)
{
    QJsonObject car;
    for (const Column& column : table.columns()) {
        const QString& name = column.name();
        if (name == QLatin1String("plate") || name == QLatin1String("sale_price")
            || name == QLatin1String("source_line") || row >= column.size() || column.isNull(row))
            continue;
        if (column.type() == ColumnType::Float64 || column.type() == ColumnType::Int64)
            car.insert(name, column.number(row));
        else
            car.insert(name, column.displayText(row));
    }
    return car;
}

QString ExplainJob::carLabel(const QJsonObject& car)
{
    const QLocale locale;
    QStringList parts;
    for (const char* key : {"brand", "model"})
        if (car.contains(QLatin1String(key)))
            parts << car.value(QLatin1String(key)).toString();
    if (car.contains(QStringLiteral("model_year")))
        parts << QString::number(car.value(QStringLiteral("model_year")).toInteger());
    QString label = parts.join(QLatin1Char(' '));
    if (car.contains(QStringLiteral("mileage_km")))
        label = tr("%1, %2 km").arg(label, locale.toString(car.value(QStringLiteral("mileage_km")).toDouble(), 'f', 0));
    return label;
}

} // namespace valuator
