// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/training/TrainingService.h"

#include "models/core/BuildInfo.h"
#include "services/datasets/DatasetStore.h"
#include "services/quality/QualityService.h"
#include "services/system/LibraryVersions.h"
#include "services/system/ServicesLog.h"
#include "services/training/RunStore.h"
#include "services/workspace/Transaction.h"
#include "services/workspace/Workspace.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>

namespace valuator {
namespace {

ProgressFn phase(const ProgressFn& progress, int from, int to)
{
    if (!progress)
        return {};
    return [progress, from, to](qint64 done, qint64 total) {
        const double share = total > 0 ? double(done) / double(total) : 0.0;
        return progress(from + qint64((to - from) * share), 1000);
    };
}

QJsonObject versionsJson()
{
    QJsonObject o;
    for (const auto& [name, version] : LibraryVersions::current().asList())
        o.insert(name, version);
    return o;
}

QJsonArray curveJson(const QList<CurvePoint>& curve)
{
    QJsonArray points;
    for (const CurvePoint& p : curve)
        points.append(QJsonArray {p.iteration, p.trainRmse, p.validRmse});
    return points;
}

QJsonObject configJson(const TrainingConfig& c)
{
    QJsonObject overrides;
    for (auto it = c.learner.overrides.begin(); it != c.learner.overrides.end(); ++it)
        overrides.insert(it.key(), it.value());
    return {{QStringLiteral("learner"), c.learner.learner}, {QStringLiteral("preset"), c.learner.preset},
        {QStringLiteral("overrides"), overrides}, {QStringLiteral("split"), c.split.toJson()},
        {QStringLiteral("log_target"), c.features.logTarget}, {QStringLiteral("threads"), c.threads}};
}

/// The version's gate, profiling it first when it has none. A failed gate without a reason is refused; the
/// override itself is audited together with the run (so a cancelled training records no override).
Result<QString> checkGate(const QString& workspacePath, Database& db, const DatasetVersionInfo& version,
    const TrainRequest& request, const ProgressFn& progress)
{
    auto gate = QualityService::gate(db, version.id);
    if (!gate && gate.error().code == ErrorCode::NotFound) {
        QualityRequest q;
        q.dataset = *DatasetRef::parse(version.refString());
        q.actor = request.actor;
        auto profiled = QualityService::profile(workspacePath, q, progress);
        if (!profiled)
            return fail(profiled.error());
        gate = profiled->gate;
    }
    if (!gate)
        return fail(gate.error());
    if (*gate == QualityGate::Fail) {
        if (request.gateOverrideReason.trimmed().isEmpty())
            return fail(ErrorCode::Conflict,
                TrainingService::tr("The quality gate of %1 failed. Clean the data, or train anyway with a "
                                    "reason for the override (it is written to the audit log).")
                    .arg(version.refString()));
    }
    return qualityGateName(*gate);
}

} // namespace

Result<TrainResult> TrainingService::train(const QString& workspacePath, const TrainRequest& request,
    const ProgressFn& progress, const Trainer::CurveFn& onIteration)
{
    QElapsedTimer clock;
    clock.start();
    if (auto learner = LearnerFactory::create(request.config.learner); !learner)
        return fail(learner.error()); // parameters are validated before any work
    auto ws = Workspace::open(workspacePath, request.actor);
    if (!ws)
        return fail(ws.error());
    Database& db = (*ws)->db();
    auto version = DatasetStore::resolve(db, request.dataset);
    if (!version)
        return fail(version.error());
    auto gate = checkGate(workspacePath, db, *version, request, phase(progress, 0, 50));
    if (!gate)
        return fail(gate.error());
    auto table = DatasetStore::loadTable(db, version->id, {}, phase(progress, 50, 100));
    if (!table)
        return fail(table.error());
    auto training = Trainer::run(*table, request.config, phase(progress, 100, 990), onIteration);
    if (!training)
        return fail(training.error());

    RunRecord run;
    run.name = request.name.trimmed().isEmpty()
        ? QStringLiteral("%1 on %2").arg(request.config.learner.learner, version->refString())
        : request.name.trimmed();
    run.tags = request.tags;
    run.learner = request.config.learner.learner;
    run.datasetVersionId = version->id;
    run.datasetRef = version->refString();
    run.datasetSha256 = version->contentSha256;
    run.qualityGate = *gate;
    run.gateOverride = *gate == QStringLiteral("fail") ? request.gateOverrideReason.trimmed() : QString();
    run.config = configJson(request.config);
    run.parameters = training->parameters;
    run.featureSpec = training->spec.toJson();
    for (const FoldResult& f : training->folds)
        run.folds.append(f.toJson());
    run.metrics = training->overall;
    QJsonArray foldCurves;
    for (const FoldResult& f : training->folds)
        foldCurves.append(curveJson(f.curve));
    run.curve = {{QStringLiteral("final"), curveJson(training->finalCurve)}, {QStringLiteral("folds"), foldCurves}};
    run.seconds = clock.elapsed() / 1000.0;
    run.versions = versionsJson();
    run.gitRevision = BuildInfo::gitRevision();
    run.createdAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    run.createdBy = request.actor;

    QByteArray modelBytes;
    if (training->model) {
        auto bytes = training->model->serialize();
        if (!bytes)
            return fail(bytes.error());
        modelBytes = *bytes;
    }
    RunPredictions predictions {
        {training->testRows.begin(), training->testRows.end()}, training->actual, training->predicted};
    auto tx = Transaction::begin(db);
    if (!tx)
        return fail(tx.error());
    if (!run.gateOverride.isEmpty())
        if (Status o = QualityService::overrideGate(db, version->id, run.gateOverride, request.actor); !o)
            return fail(o.error());
    auto id = RunStore::insert(db, run, predictions, QStringLiteral("native"), modelBytes);
    if (!id)
        return fail(id.error());
    if (Status committed = tx->commit(); !committed)
        return fail(committed.error());
    run.id = *id;
    run.hasModel = !modelBytes.isEmpty();
    reportProgress(progress, 1000, 1000);
    qCInfo(lcTraining).noquote() << "run" << run.id << run.learner << "on" << run.datasetRef << "MAE" << run.metrics.mae
                                 << "in" << run.seconds << "s";
    return TrainResult {run, std::move(*training)};
}

Result<LoadedModel> TrainingService::loadModel(Database& db, qint64 modelId)
{
    auto run = RunStore::run(db, modelId);
    if (!run && run.error().code == ErrorCode::NotFound) // the caller asked for a model, not a run
        return fail(ErrorCode::NotFound, tr("There is no model %1 in this workspace.").arg(modelId),
            QStringLiteral("training_runs has no row %1").arg(modelId));
    if (!run)
        return fail(run.error());
    auto blob = RunStore::model(db, modelId);
    if (!blob)
        return fail(blob.error());
    auto spec = FeatureSpec::fromJson(run->featureSpec);
    if (!spec)
        return fail(spec.error());
    auto model = LearnerFactory::load(blob->first, blob->second);
    if (!model)
        return fail(model.error());
    return LoadedModel {*run, *spec, std::shared_ptr<TrainedModel>(std::move(*model))};
}

} // namespace valuator
