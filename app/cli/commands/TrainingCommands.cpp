// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commands/TrainingCommands.h"

#include "app/cli/commands/WorkspaceCommands.h"
#include "services/jobs/ConsoleProgress.h"
#include "services/system/Settings.h"
#include "services/training/PredictionService.h"
#include "services/training/RunStore.h"
#include "services/training/TrainingService.h"
#include "services/workspace/Database.h"
#include "services/workspace/Workspace.h"

#include <QFileInfo>
#include <QJsonArray>

namespace valuator {
namespace {

constexpr qsizetype kMaxListedRows = 20; // unscored rows listed in the text output (all of them with --json)

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
    parser.addOption(
        {QStringLiteral("folds"), tr("Folds for kfold/group (default 5)."), QStringLiteral("K"), QStringLiteral("5")});
    parser.addOption(
        {QStringLiteral("seed"), tr("Random seed (default 42)."), QStringLiteral("N"), QStringLiteral("42")});
    parser.addOption({QStringLiteral("threads"), tr("Threads (default 2)."), QStringLiteral("N"), QStringLiteral("2")});
    parser.addOption(
        {QStringLiteral("set"), tr("Learner parameter, repeatable: --set max_depth=6."), QStringLiteral("KEY=VALUE")});
    parser.addOption({QStringLiteral("name"), tr("Run name."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("tag"), tr("Tag, repeatable."), QStringLiteral("TAG")});
    parser.addOption({QStringLiteral("override-gate"),
        tr("Train although the quality gate failed; the reason goes to the audit log."), QStringLiteral("REASON")});
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

    ConsoleProgress progress(tr("Training %1 on %2").arg(config.learner.learner, ref->toString()), QStringLiteral("%"));
    auto result = TrainingService::train(workspace, request, progress.progressFn());
    progress.finish();
    if (!result)
        return context.failWith(result.error());
    if (context.json()) {
        context.printJson(result->run.toJson());
        return kExitOk;
    }
    context.out << tr("Run %1 (%2): %3 on %4, %5 s")
                       .arg(result->run.id)
                       .arg(result->run.name, result->run.learner, result->run.datasetRef)
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
    return tr("List training runs, or show, rename, tag or delete one.");
}

void RunsCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("action"),
        tr("What to do (default list):\n"
           "list: all runs, newest first\n"
           "show ID: one run in detail\n"
           "rename ID NAME: give a run a new name\n"
           "tag ID TAG...: replace its tags (none clears them)\n"
           "delete ID: delete a run and its model\n"
           "rename, tag and delete go to the audit log."),
        QStringLiteral("[list | show ID | rename ID NAME | tag ID TAG... | delete ID]"));
    parser.addOption(workspaceOption());
}

int RunsCommand::run(CliContext& context)
{
    QStringList args = context.parser.positionalArguments();
    const QString action = args.isEmpty() ? QStringLiteral("list") : args.takeFirst();
    static const QStringList kActions {QStringLiteral("list"), QStringLiteral("show"), QStringLiteral("rename"),
        QStringLiteral("tag"), QStringLiteral("delete")};
    if (!kActions.contains(action))
        return context.usageError(tr("unknown action '%1': expected list, show, rename, tag or delete").arg(action));
    int code = kExitOk;
    const auto ws = context.openWorkspace(code);
    if (!ws)
        return code;
    if (action == QStringLiteral("list")) {
        if (!args.isEmpty())
            return context.usageError(tr("list takes no arguments"));
        return listRuns(context, ws->db());
    }
    bool ok = false;
    const qint64 id = args.isEmpty() ? 0 : args.takeFirst().toLongLong(&ok);
    if (!ok || id <= 0)
        return context.usageError(tr("%1 needs a run id (a number)").arg(action));
    const QString actor = context.settings.actingUser();
    Status done;
    if (action == QStringLiteral("show") && args.isEmpty())
        done = {};
    else if (action == QStringLiteral("rename") && args.size() == 1)
        done = RunStore::rename(ws->db(), id, args.first(), actor);
    else if (action == QStringLiteral("tag")) {
        QStringList tags;
        for (const QString& a : std::as_const(args))
            tags << a.split(QLatin1Char(','), Qt::SkipEmptyParts);
        done = RunStore::setTags(ws->db(), id, tags, actor);
    } else if (action == QStringLiteral("delete") && args.isEmpty())
        done = RunStore::remove(ws->db(), id, actor);
    else
        return context.usageError(tr("expected show ID, rename ID NAME, tag ID TAG... or delete ID"));
    if (!done)
        return context.failWith(done.error());
    if (action == QStringLiteral("delete")) {
        if (context.json())
            context.printJson(
                {{QStringLiteral("ok"), true}, {QStringLiteral("run"), id}, {QStringLiteral("deleted"), true}});
        else
            context.out << tr("Deleted run %1 and its model.").arg(id) << '\n';
        return kExitOk;
    }
    auto record = RunStore::run(ws->db(), id);
    if (!record)
        return context.failWith(record.error());
    if (context.json())
        context.printJson(record->toJson());
    else
        printRun(context, *record);
    return kExitOk;
}

int RunsCommand::listRuns(CliContext& context, Database& db)
{
    auto runs = RunStore::list(db);
    if (!runs)
        return context.failWith(runs.error());
    if (context.json()) {
        QJsonArray list;
        for (const RunRecord& r : *runs)
            list.append(r.toJson());
        context.printJson({{QStringLiteral("runs"), list}});
        return kExitOk;
    }
    for (const RunRecord& r : *runs) {
        context.out
            << QStringLiteral("%1  %2  %3  %4").arg(r.id, 4).arg(r.learner, -8).arg(r.datasetRef, -20).arg(r.name);
        if (!r.tags.isEmpty())
            context.out << QStringLiteral(" [%1]").arg(r.tags.join(QStringLiteral(", ")));
        context.out << '\n' << QStringLiteral("      ") << metricsLine(r.metrics) << '\n';
    }
    return kExitOk;
}

void RunsCommand::printRun(CliContext& context, const RunRecord& r)
{
    context.out << tr("Run %1: %2").arg(r.id).arg(r.name) << '\n'
                << tr("  learner: %1, dataset: %2 (sha256 %3), quality gate: %4")
                       .arg(r.learner, r.datasetRef, r.datasetSha256.left(12), r.qualityGate)
                << '\n';
    if (!r.gateOverride.isEmpty())
        context.out << tr("  gate override: %1").arg(r.gateOverride) << '\n';
    if (!r.tags.isEmpty())
        context.out << tr("  tags: %1").arg(r.tags.join(QStringLiteral(", "))) << '\n';
    context.out << QStringLiteral("  ") << metricsLine(r.metrics) << '\n'
                << tr("  trained by %1 at %2 in %3 s").arg(r.createdBy, r.createdAt).arg(r.seconds, 0, 'f', 1) << '\n';
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
    parser.addOption(
        {QStringLiteral("input"), tr("CSV to score (any dialect the import reads)."), QStringLiteral("FILE.csv")});
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
    const QString fileName = QFileInfo(input).fileName();
    ConsoleProgress reading(tr("Reading %1").arg(fileName), tr("bytes"));
    ConsoleProgress scoring(tr("Scoring %1").arg(fileName), tr("rows"));
    PredictProgress progress;
    progress.reading = reading.progressFn();
    progress.scoring = [&](qint64 done, qint64 total) {
        reading.finish(); // the reading line ends before the scoring line starts
        return scoring.update(done, total);
    };
    auto result = PredictionService::predict(workspace, request, progress);
    reading.finish();
    scoring.finish();
    if (!result)
        return context.failWith(result.error());
    if (context.json()) {
        context.printJson(result->toJson());
        return kExitOk;
    }
    printResult(context, *result);
    return kExitOk;
}

void PredictCommand::printResult(CliContext& context, const PredictResult& result)
{
    context.out << tr("Scored %1 of %2 rows with model %3 into %4 (%5 s).")
                       .arg(result.rowsScored)
                       .arg(result.rowsRead)
                       .arg(result.modelId)
                       .arg(result.outputPath)
                       .arg(result.seconds, 0, 'f', 2)
                << '\n';
    for (const RejectedRow& r : result.unscored.mid(0, kMaxListedRows))
        context.out << tr("  line %1: not scored: %2").arg(r.line).arg(r.reason) << '\n';
    if (result.unscored.size() > kMaxListedRows)
        context.out << tr("  ... and %1 more (see --json).").arg(result.unscored.size() - kMaxListedRows) << '\n';
    for (auto it = result.unseenCategories.begin(); it != result.unseenCategories.end(); ++it)
        context.out << tr("  %1: %n row(s) with a category the model never saw (scored as missing)", nullptr,
            int(it.value().toInteger()))
                           .arg(it.key())
                    << '\n';
    if (!result.missingColumns.isEmpty())
        context.out
            << tr("  missing columns (scored as missing): %1").arg(result.missingColumns.join(QStringLiteral(", ")))
            << '\n';
}

} // namespace valuator
