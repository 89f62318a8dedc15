// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commands/QualityCommands.h"

#include "app/cli/commands/WorkspaceCommands.h"
#include "services/jobs/ConsoleProgress.h"
#include "services/quality/QualityService.h"
#include "services/system/Settings.h"
#include "widgets/reports/QualityReportDocument.h"

#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace valuator {
namespace {

/// Parses --dataset/--reference/--current; reports a usage error and returns nullopt when malformed.
std::optional<DatasetRef> datasetRef(CliContext& context, const QString& option)
{
    const QString text = context.requiredValue(option);
    if (context.usageFailed)
        return std::nullopt;
    auto ref = DatasetRef::parse(text);
    if (!ref) {
        context.usageError(ref.error().userMessage);
        return std::nullopt;
    }
    return *ref;
}

QString percent(double share)
{
    return QString::number(share * 100.0, 'f', 1) + QLatin1Char('%');
}

} // namespace

// ---- profile ----------------------------------------------------------------------------------------------

QString ProfileCommand::summary() const
{
    return tr("Profile a dataset version, run the quality checks and the data contract, and store the gate.");
}

void ProfileCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption(workspaceOption());
    parser.addOption({QStringLiteral("dataset"), tr("Dataset version: NAME, NAME@VERSION or NAME@latest."),
        QStringLiteral("NAME[@V]")});
    parser.addOption({QStringLiteral("contract"), tr("Data contract (ODCS v3 YAML); default: the shipped contract."),
        QStringLiteral("FILE.yaml")});
    parser.addOption({QStringLiteral("reference-date"),
        tr("'Today' for freshness and stale-data rules (YYYY-MM-DD); default: the current date."),
        QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("strict"), tr("Exit with 1 when the quality gate fails.")});
    parser.addOption({QStringLiteral("report"),
        tr("Also write the report with its charts to this file: .html (self-contained) or .pdf (A4)."),
        QStringLiteral("FILE.html|FILE.pdf")});
}

int ProfileCommand::run(CliContext& context)
{
    QualityRequest request;
    const auto ref = datasetRef(context, QStringLiteral("dataset"));
    const QString workspace = context.requiredValue(QStringLiteral("workspace"));
    if (!ref || context.usageFailed)
        return kExitUsage;
    request.dataset = *ref;
    request.contractPath = context.parser.value(QStringLiteral("contract"));
    request.actor = context.settings.actingUser();
    if (const QString date = context.parser.value(QStringLiteral("reference-date")); !date.isEmpty()) {
        request.referenceDate = QDate::fromString(date, Qt::ISODate);
        if (!request.referenceDate.isValid())
            return context.usageError(tr("--reference-date must be a date like 2025-06-30, not '%1'").arg(date));
    }
    const QString reportPath = context.parser.value(QStringLiteral("report"));
    if (context.parser.isSet(QStringLiteral("report")) && !QualityReportDocument::isSupportedPath(reportPath))
        return context.usageError(tr("--report must name a .html or .pdf file, not '%1'").arg(reportPath));
    ConsoleProgress progress(tr("Profiling %1").arg(ref->toString()), QStringLiteral("%"));
    auto run = QualityService::profile(workspace, request, progress.progressFn());
    progress.finish();
    if (!run)
        return context.failWith(run.error());
    QJsonObject json = run->toJson();
    if (!reportPath.isEmpty()) {
        if (!qobject_cast<QApplication*>(QCoreApplication::instance())) // main() makes one when --report is given
            return context.failWith({ErrorCode::Unsupported, tr("Writing a report needs the widgets module."), {}});
        QualityReportDocument document(json);
        if (const Status written = document.save(reportPath); !written)
            return context.failWith(written.error());
        json.insert(QStringLiteral("report_file"), reportPath);
    }
    const bool gateFailed = run->gate == QualityGate::Fail && context.parser.isSet(QStringLiteral("strict"));
    if (context.json()) {
        context.printJson(json);
        return gateFailed ? kExitFailure : kExitOk;
    }
    context.out << tr("%1: %2 rows, %3 columns. Quality gate: %4 (checks %5, contract %6).")
                       .arg(run->version.refString())
                       .arg(run->report.profile.rows)
                       .arg(run->report.profile.columns.size())
                       .arg(qualityGateName(run->gate).toUpper(), checkStatusName(run->report.status()),
                           ruleStatusName(run->contract.gate))
                << '\n';
    if (!reportPath.isEmpty())
        context.out << tr("Report written to %1.").arg(reportPath) << '\n';
    for (const QualityCheck& c : run->report.checks)
        if (c.status != CheckStatus::Pass)
            context.out << QStringLiteral("  %1 %2 %3  %4\n")
                               .arg(checkStatusName(c.status).toUpper(), -5)
                               .arg(c.id, -36)
                               .arg(c.count, 8)
                               .arg(c.title);
    for (const RuleResult& r : run->contract.rules)
        if (r.status != RuleStatus::Pass)
            context.out << QStringLiteral("  %1 %2 %3  %4\n")
                               .arg(ruleStatusName(r.status).toUpper(), -5)
                               .arg(QStringLiteral("contract:") + r.id, -36)
                               .arg(r.count, 8)
                               .arg(r.expected);
    return gateFailed ? kExitFailure : kExitOk;
}

// ---- drift ------------------------------------------------------------------------------------------------

QString DriftCommand::summary() const
{
    return tr("Compare two dataset versions feature by feature (PSI, KS, unseen categories).");
}

void DriftCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption(workspaceOption());
    parser.addOption({QStringLiteral("reference"), tr("Reference version (NAME@V)."), QStringLiteral("NAME@V")});
    parser.addOption({QStringLiteral("current"), tr("Current version (NAME@V)."), QStringLiteral("NAME@V")});
    parser.addOption({QStringLiteral("bins"), tr("Quantile bins for numeric features (default 10)."),
        QStringLiteral("N"), QStringLiteral("10")});
}

int DriftCommand::run(CliContext& context)
{
    const auto reference = datasetRef(context, QStringLiteral("reference"));
    const auto current = reference ? datasetRef(context, QStringLiteral("current")) : std::nullopt;
    const QString workspace = context.requiredValue(QStringLiteral("workspace"));
    if (!reference || !current || context.usageFailed)
        return kExitUsage;
    DriftOptions options;
    bool ok = false;
    options.bins = context.parser.value(QStringLiteral("bins")).toInt(&ok);
    if (!ok || options.bins < 2 || options.bins > 1000)
        return context.usageError(tr("--bins must be a number from 2 to 1000"));
    ConsoleProgress progress(
        tr("Comparing %1 with %2").arg(reference->toString(), current->toString()), QStringLiteral("%"));
    auto run = QualityService::drift(
        workspace, *reference, *current, options, context.settings.actingUser(), progress.progressFn());
    progress.finish();
    if (!run)
        return context.failWith(run.error());
    if (context.json()) {
        context.printJson(run->toJson());
        return kExitOk;
    }
    context.out << tr("Drift of %1 against %2: %3")
                       .arg(run->current.refString(), run->reference.refString(),
                           driftStatusName(run->report.overall).toUpper())
                << '\n';
    for (const FeatureDrift& f : run->report.features)
        context.out << QStringLiteral("  %1 PSI %2  KS %3  unseen %4  %5\n")
                           .arg(f.name, -20)
                           .arg(f.psi, 7, 'f', 4)
                           .arg(std::isnan(f.ks) ? QStringLiteral("     -") : QString::number(f.ks, 'f', 4), 6)
                           .arg(std::isnan(f.unseenShare) ? QStringLiteral("     -") : percent(f.unseenShare), 6)
                           .arg(driftStatusName(f.status));
    return kExitOk;
}

// ---- clean ------------------------------------------------------------------------------------------------

QString CleanCommand::summary() const
{
    return tr("Apply cleaning steps to a dataset version and store the result as a new version.");
}

void CleanCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption(workspaceOption());
    parser.addOption(
        {QStringLiteral("dataset"), tr("Dataset version to clean (NAME[@V])."), QStringLiteral("NAME[@V]")});
    parser.addOption({QStringLiteral("apply"),
        tr("Steps proposed from the checks: aliases, duplicates, impossible, outliers, whitespace "
           "(comma-separated)."),
        QStringLiteral("STEPS")});
    parser.addOption({QStringLiteral("plan"), tr("Apply a saved cleaning plan (JSON) instead of proposing one."),
        QStringLiteral("FILE.json")});
    parser.addOption({QStringLiteral("save-plan"), tr("Write the plan that was applied to this JSON file."),
        QStringLiteral("FILE.json")});
}

int CleanCommand::run(CliContext& context)
{
    const auto ref = datasetRef(context, QStringLiteral("dataset"));
    const QString workspace = context.requiredValue(QStringLiteral("workspace"));
    if (!ref || context.usageFailed)
        return kExitUsage;
    const QString planFile = context.parser.value(QStringLiteral("plan"));
    const QStringList steps = context.parser.value(QStringLiteral("apply")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (planFile.isEmpty() == steps.isEmpty())
        return context.usageError(tr("give either --apply STEPS or --plan FILE.json"));
    const QString actor = context.settings.actingUser();
    CleaningPlan plan;
    ConsoleProgress progress(tr("Cleaning %1").arg(ref->toString()), QStringLiteral("%"));
    if (!planFile.isEmpty()) {
        QFile file(planFile);
        if (!file.open(QIODevice::ReadOnly))
            return context.failWith(
                {ErrorCode::NotFound, tr("Cannot read '%1': %2").arg(planFile, file.errorString()), {}});
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
        if (error.error != QJsonParseError::NoError)
            return context.failWith({ErrorCode::Parse, tr("%1: %2").arg(planFile, error.errorString()), {}});
        auto loaded = CleaningPlan::fromJson(doc.object());
        if (!loaded)
            return context.failWith(loaded.error());
        plan = *loaded;
    } else {
        auto proposed = QualityService::proposePlan(workspace, *ref, {}, actor, progress.progressFn());
        if (!proposed)
            return context.failWith(proposed.error());
        auto only = proposed->only(steps);
        if (!only)
            return context.usageError(only.error().userMessage);
        plan = *only;
    }
    auto run = QualityService::clean(workspace, *ref, plan, actor, progress.progressFn());
    progress.finish();
    if (!run)
        return context.failWith(run.error());
    if (const QString save = context.parser.value(QStringLiteral("save-plan")); !save.isEmpty()) {
        QSaveFile out(save);
        if (!out.open(QIODevice::WriteOnly))
            return context.failWith({ErrorCode::Io, tr("Cannot write '%1': %2").arg(save, out.errorString()), {}});
        out.write(QJsonDocument(plan.toJson()).toJson(QJsonDocument::Indented));
        if (!out.commit())
            return context.failWith({ErrorCode::Io, tr("Cannot write '%1': %2").arg(save, out.errorString()), {}});
    }
    if (context.json()) {
        context.printJson(run->toJson());
        return kExitOk;
    }
    context.out << tr("Cleaned %1 into %2: %3 rows.")
                       .arg(run->source.refString(), run->cleaned.refString())
                       .arg(run->cleaned.rowCount)
                << '\n';
    for (const QJsonValue& step : run->stepsReport.value(QStringLiteral("steps")).toArray()) {
        const QJsonObject s = step.toObject();
        context.out << QStringLiteral("  %1  changed %2  removed %3  %4\n")
                           .arg(s.value(QStringLiteral("step")).toString(), -16)
                           .arg(s.value(QStringLiteral("rows_changed")).toInteger(), 7)
                           .arg(s.value(QStringLiteral("rows_removed")).toInteger(), 7)
                           .arg(s.value(QStringLiteral("summary")).toString());
    }
    return kExitOk;
}

} // namespace valuator
