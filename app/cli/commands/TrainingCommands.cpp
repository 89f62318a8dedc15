// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commands/TrainingCommands.h"

#include "app/cli/commands/WorkspaceCommands.h"
#include "services/jobs/ConsoleProgress.h"
#include "services/system/Settings.h"
#include "services/training/PredictionService.h"
#include "services/training/RunStore.h"
#include "services/training/TrainingService.h"
#include "services/workspace/Workspace.h"

#include <QJsonArray>

namespace valuator {
namespace {

QString metricsLine(const Metrics& m)
{
    return QStringLiteral("MAE %1  RMSE %2  MAPE %3%  median APE %4%  R² %5  within ±10% %6%")
        .arg(m.mae, 0, 'f', 0)
        .arg(m.rmse, 0, 'f', 0)
        .arg(m.mape * 100, 0, 'f', 2)
        .arg(m.medianApe * 100, 0, 'f', 2)
        .arg(m.r2, 0, 'f', 3)
        .arg(m.within10 * 100, 0, 'f', 1);
}

} // namespace

// ---- train ------------------------------------------------------------------------------------------------

QString TrainCommand::summary() const
{
    return tr("Train and validate a model on a dataset version and store the run.");
}

void TrainCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption(workspaceOption());
    parser.addOption({QStringLiteral("dataset"), tr("Dataset version (NAME[@V])."), QStringLiteral("NAME[@V]")});
    parser.addOption({QStringLiteral("learner"), tr("xgboost, linear or baseline (default xgboost)."),
                      QStringLiteral("L"), QStringLiteral("xgboost")});
    parser.addOption({QStringLiteral("preset"), tr("fast, balanced or accurate (default balanced)."),
                      QStringLiteral("P"), QStringLiteral("balanced")});
    parser.addOption({QStringLiteral("split"), tr("Validation: time (default), kfold or group (by plate)."),
                      QStringLiteral("S"), QStringLiteral("time")});
    parser.addOption({QStringLiteral("folds"), tr("Folds for kfold/group (default 5)."), QStringLiteral("K"),
                      QStringLiteral("5")});
    parser.addOption({QStringLiteral("seed"), tr("Random seed (default 42)."), QStringLiteral("N"),
                      QStringLiteral("42")});
    parser.addOption({QStringLiteral("threads"), tr("Threads (default 2)."), QStringLiteral("N"), QStringLiteral("2")});
    parser.addOption({QStringLiteral("set"), tr("Learner parameter, repeatable: --set max_depth=6."),
                      QStringLiteral("KEY=VALUE")});
    parser.addOption({QStringLiteral("name"), tr("Run name."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("tag"), tr("Tag, repeatable."), QStringLiteral("TAG")});
    parser.addOption({QStringLiteral("override-gate"),
                      tr("Train although the quality gate failed; the reason goes to the audit log."),
                      QStringLiteral("REASON")});
}

int TrainCommand::run(CliContext& context)
{
    const QCommandLineParser& p = context.parser;
    const QString workspace = context.requiredValue(QStringLiteral("workspace"));
    const QString dataset = context.requiredValue(QStringLiteral("dataset"));
    if (context.usageFailed)
        return kExitUsage;
    TrainRequest request;
    auto ref = DatasetRef::parse(dataset);
    if (!ref)
        return context.usageError(ref.error().userMessage);
    request.dataset = *ref;
    request.actor = context.settings.actingUser();
    request.name = p.value(QStringLiteral("name"));
    request.tags = p.values(QStringLiteral("tag"));
    request.gateOverrideReason = p.value(QStringLiteral("override-gate"));
    TrainingConfig& config = request.config;
    config.learner.learner = p.value(QStringLiteral("learner"));
    config.learner.preset = p.value(QStringLiteral("preset"));
    for (const QString& kv : p.values(QStringLiteral("set"))) {
        const qsizetype eq = kv.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return context.usageError(tr("--set needs KEY=VALUE, not '%1'").arg(kv));
        config.learner.overrides.insert(kv.left(eq).trimmed(), kv.mid(eq + 1).trimmed());
    }
    const auto kind = splitKindFromName(p.value(QStringLiteral("split")));
    if (!kind)
        return context.usageError(tr("--split must be time, kfold or group"));
    config.split.kind = *kind;
    bool ok = false;
    config.split.folds = p.value(QStringLiteral("folds")).toInt(&ok);
    if (!ok || config.split.folds < 2 || config.split.folds > 20)
        return context.usageError(tr("--folds must be a number from 2 to 20"));
    config.split.seed = p.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        return context.usageError(tr("--seed must be a non-negative whole number"));
    config.threads = p.value(QStringLiteral("threads")).toInt(&ok);
    if (!ok || config.threads < 1 || config.threads > 256)
        return context.usageError(tr("--threads must be a number from 1 to 256"));

    ConsoleProgress progress(tr("Training %1 on %2").arg(config.learner.learner, ref->toString()), QStringLiteral("‰"));
    auto result = TrainingService::train(workspace, request, progress.progressFn());
    progress.finish();
    if (!result)
        return context.failWith(result.error());
    if (context.json()) {
        context.printJson(result->run.toJson());
        return kExitOk;
    }
    context.out << tr("Run %1 (%2): %3 on %4, %5 s").arg(result->run.id).arg(result->run.name, result->run.learner,
                                                                             result->run.datasetRef)
                       .arg(result->run.seconds, 0, 'f', 1)
                << '\n'
                << QStringLiteral("  ") << metricsLine(result->run.metrics) << '\n';
    for (const FoldResult& f : result->training.folds)
        context.out << QStringLiteral("  fold %1: ").arg(f.fold) << metricsLine(f.metrics) << '\n';
    return kExitOk;
}

// ---- runs -------------------------------------------------------------------------------------------------

QString RunsCommand::summary() const
{
    return tr("List training runs (list), or rename, tag or delete one.");
}

void RunsCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("action"), tr("list (default), rename ID NAME, tag ID TAG,..., delete ID"),
                                 QStringLiteral("[list|rename|tag|delete] [ID] [VALUE]"));
    parser.addOption(workspaceOption());
}

int RunsCommand::run(CliContext& context)
{
    QStringList args = context.parser.positionalArguments();
    const QString action = args.isEmpty() ? QStringLiteral("list") : args.takeFirst();
    int code = kExitOk;
    const auto ws = context.openWorkspace(code);
    if (!ws)
        return code;
    const QString actor = context.settings.actingUser();
    if (action == QStringLiteral("list")) {
        auto runs = RunStore::list(ws->db());
        if (!runs)
            return context.failWith(runs.error());
        if (context.json()) {
            QJsonArray list;
            for (const RunRecord& r : *runs)
                list.append(r.toJson());
            context.printJson({{QStringLiteral("runs"), list}});
        } else {
            for (const RunRecord& r : *runs)
                context.out << QStringLiteral("%1  %2  %3  %4  ").arg(r.id, 4).arg(r.learner, -8).arg(r.datasetRef, -20)
                                   .arg(r.name)
                            << metricsLine(r.metrics) << '\n';
        }
        return kExitOk;
    }
    bool ok = false;
    const qint64 id = args.value(0).toLongLong(&ok);
    if (!ok)
        return context.usageError(tr("'%1' needs a run id").arg(action));
    Status done;
    if (action == QStringLiteral("rename") && args.size() == 2)
        done = RunStore::rename(ws->db(), id, args.at(1), actor);
    else if (action == QStringLiteral("tag") && args.size() == 2)
        done = RunStore::setTags(ws->db(), id, args.at(1).split(QLatin1Char(','), Qt::SkipEmptyParts), actor);
    else if (action == QStringLiteral("delete") && args.size() == 1)
        done = RunStore::remove(ws->db(), id, actor);
    else
        return context.usageError(tr("expected list, rename ID NAME, tag ID TAGS or delete ID"));
    if (!done)
        return context.failWith(done.error());
    if (context.json())
        context.printJson({{QStringLiteral("ok"), true}, {QStringLiteral("run"), id}});
    return kExitOk;
}

// ---- predict ----------------------------------------------------------------------------------------------

QString PredictCommand::summary() const
{
    return tr("Score a CSV of cars with a stored model and write the predicted prices.");
}

void PredictCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption(workspaceOption());
    parser.addOption({QStringLiteral("model"), tr("Model id (= run id)."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("input"), tr("CSV to score (any dialect the import reads)."),
                      QStringLiteral("FILE.csv")});
    parser.addOption({QStringLiteral("output"), tr("Where to write the scored CSV."), QStringLiteral("FILE.csv")});
    parser.addOption({QStringLiteral("valuation-date"),
                      tr("Sale date assumed for rows without one (YYYY-MM-DD; default today)."), QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("show-plates"), tr("Write licence plates unmasked (personal data).")});
}

int PredictCommand::run(CliContext& context)
{
    const QString workspace = context.requiredValue(QStringLiteral("workspace"));
    const QString model = context.requiredValue(QStringLiteral("model"));
    const QString input = context.requiredValue(QStringLiteral("input"));
    const QString output = context.requiredValue(QStringLiteral("output"));
    if (context.usageFailed)
        return kExitUsage;
    PredictRequest request;
    bool ok = false;
    request.modelId = model.toLongLong(&ok);
    if (!ok)
        return context.usageError(tr("--model needs a model id (a number), not '%1'").arg(model));
    request.inputPath = input;
    request.outputPath = output;
    request.showPlates = context.parser.isSet(QStringLiteral("show-plates"));
    if (const QString d = context.parser.value(QStringLiteral("valuation-date")); !d.isEmpty()) {
        request.valuationDate = QDate::fromString(d, Qt::ISODate);
        if (!request.valuationDate.isValid())
            return context.usageError(tr("--valuation-date must be a date like 2025-06-30, not '%1'").arg(d));
    }
    ConsoleProgress progress(tr("Scoring %1").arg(input), QStringLiteral("‰"));
    auto result = PredictionService::predict(workspace, request, progress.progressFn());
    progress.finish();
    if (!result)
        return context.failWith(result.error());
    if (context.json()) {
        context.printJson(result->toJson());
        return kExitOk;
    }
    context.out << tr("Scored %1 of %2 rows with model %3 into %4 (%5 s).")
                       .arg(result->rowsScored)
                       .arg(result->rowsRead)
                       .arg(result->modelId)
                       .arg(output)
                       .arg(result->seconds, 0, 'f', 2)
                << '\n';
    for (const RejectedRow& r : result->unscored.mid(0, 20))
        context.out << tr("  line %1: not scored: %2").arg(r.line).arg(r.reason) << '\n';
    return kExitOk;
}

} // namespace valuator
