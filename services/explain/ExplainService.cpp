// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/explain/ExplainService.h"

#include "models/explain/CarExplainer.h"
#include "services/datasets/DatasetStore.h"
#include "services/workspace/Workspace.h"

#include <QJsonArray>

namespace valuator {

namespace {

/// Maps a sub-range of work onto [from, to] per mille of the whole.
ProgressFn scaled(const ProgressFn& progress, qint64 from, qint64 to)
{
    if (!progress)
        return {};
    return [progress, from, to](qint64 done, qint64 total) {
        return progress(from + (total > 0 ? (to - from) * done / total : 0), 1000);
    };
}

} // namespace

QJsonObject DatasetExplanation::toJson(bool withSummary) const
{
    QJsonObject out = global.toJson(withSummary);
    out.insert(QStringLiteral("model"), modelId);
    out.insert(QStringLiteral("dataset"), datasetRef);
    QJsonArray list;
    for (qsizetype i = 0; i < cars.size(); ++i) {
        QJsonObject car = cars[i].toJson();
        car.insert(QStringLiteral("row"), qint64(carRows.value(i)));
        list.append(car);
    }
    out.insert(QStringLiteral("cars"), list);
    return out;
}

Result<LoadedModel> ExplainService::loadModel(const QString& workspacePath, qint64 modelId)
{
    auto ws = Workspace::open(workspacePath);
    if (!ws)
        return fail(ws.error());
    auto loaded = TrainingService::loadModel((*ws)->db(), modelId);
    if (!loaded)
        return fail(loaded.error());
    if (!loaded->model)
        return fail(ErrorCode::NotFound, tr("Run %1 has no stored model to explain.").arg(modelId));
    return loaded;
}

Result<CarExplanation> ExplainService::explainCar(
    const LoadedModel& model, const QJsonObject& car, const QDate& valuationDate)
{
    if (!model.model)
        return fail(ErrorCode::InvalidArgument, tr("No model is loaded."));
    return CarExplainer::explain(model.spec, *model.model, car, valuationDate);
}

Result<DatasetExplanation> ExplainService::explainDataset(
    const QString& workspacePath, const ExplainRequest& request, const ProgressFn& progress)
{
    auto ws = Workspace::open(workspacePath);
    if (!ws)
        return fail(ws.error());
    Database& db = (*ws)->db();
    auto loaded = TrainingService::loadModel(db, request.modelId);
    if (!loaded)
        return fail(loaded.error());
    if (!loaded->model)
        return fail(ErrorCode::NotFound, tr("Run %1 has no stored model to explain.").arg(request.modelId));
    auto version = DatasetStore::resolve(db, request.dataset);
    if (!version)
        return fail(version.error());
    auto table = DatasetStore::loadTable(db, version->id, {}, scaled(progress, 0, 300));
    if (!table)
        return fail(table.error());
    auto x = loaded->spec.transform(*table);
    if (!x)
        return fail(x.error());
    auto global
        = GlobalExplainer::explain(loaded->spec, *loaded->model, *x, request.options, scaled(progress, 300, 950));
    if (!global)
        return fail(global.error());
    DatasetExplanation out;
    out.modelId = request.modelId;
    out.datasetRef = version->refString();
    out.global = std::move(*global);
    const std::vector<int64_t>& rows = out.global.summary.rows;
    for (size_t i = 0; i < rows.size() && i < size_t(std::max(0, request.cars)); ++i) {
        auto car = CarExplainer::explain(loaded->spec, *loaded->model, *table, rows[i]);
        if (!car)
            return fail(car.error());
        out.carRows.append(rows[i]);
        out.cars.append(std::move(*car));
    }
    if (!reportProgress(progress, 1000, 1000))
        return fail(Error::cancelled());
    return out;
}

} // namespace valuator
