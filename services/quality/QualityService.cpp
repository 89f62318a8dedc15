// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/quality/QualityService.h"

#include "models/contract/ContractEvaluator.h"
#include "models/quality/QualityChecker.h"
#include "services/datasets/DatasetStore.h"
#include "services/datasets/DatasetWriter.h"
#include "services/quality/QualityStore.h"
#include "services/system/ServicesLog.h"
#include "services/system/Sha256.h"
#include "services/workspace/AuditLog.h"
#include "services/workspace/Transaction.h"
#include "services/workspace/Workspace.h"

#include <QFile>
#include <QFileInfo>

namespace valuator {
namespace {

const QString kDefaultContract = QStringLiteral(":/contracts/default-contract.yaml");

/// Maps a phase's own 0..total progress onto [from, to] of 100, for one ProgressFn across several phases.
ProgressFn phase(const ProgressFn& progress, int from, int to)
{
    if (!progress)
        return {};
    return [progress, from, to](qint64 done, qint64 total) {
        const double share = total > 0 ? double(done) / double(total) : 0.0;
        return progress(from + qint64((to - from) * share), 100);
    };
}

QualityGate worse(QualityGate a, QualityGate b)
{
    return int(a) >= int(b) ? a : b;
}

QualityGate gateOf(CheckStatus status)
{
    return status == CheckStatus::Fail ? QualityGate::Fail
        : status == CheckStatus::Warn  ? QualityGate::Warn
                                       : QualityGate::Pass;
}

QualityGate gateOf(RuleStatus status)
{
    return status == RuleStatus::Fail ? QualityGate::Fail
        : status == RuleStatus::Warn  ? QualityGate::Warn
                                      : QualityGate::Pass;
}

Result<QByteArray> readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::NotFound,
            QualityService::tr("Cannot read the data contract '%1': %2").arg(path, file.errorString()));
    return file.readAll();
}

} // namespace

QString qualityGateName(QualityGate gate)
{
    switch (gate) {
    case QualityGate::Pass:
        return QStringLiteral("pass");
    case QualityGate::Warn:
        return QStringLiteral("warn");
    case QualityGate::Fail:
        return QStringLiteral("fail");
    }
    return {};
}

std::optional<QualityGate> qualityGateFromName(const QString& name)
{
    for (QualityGate g : {QualityGate::Pass, QualityGate::Warn, QualityGate::Fail})
        if (qualityGateName(g) == name)
            return g;
    return std::nullopt;
}

QJsonObject QualityRun::toJson() const
{
    QJsonObject o = report.toJson();
    o.insert(QStringLiteral("report_id"), reportId);
    o.insert(QStringLiteral("dataset"), version.datasetName);
    o.insert(QStringLiteral("version"), version.version);
    o.insert(QStringLiteral("version_id"), version.id);
    o.insert(QStringLiteral("checks_status"), checkStatusName(report.status()));
    o.insert(QStringLiteral("contract"), contract.toJson());
    o.insert(QStringLiteral("gate"), qualityGateName(gate));
    o.insert(QStringLiteral("created_at"), createdAt);
    o.insert(QStringLiteral("created_by"), createdBy);
    return o;
}

QJsonObject DriftRun::toJson() const
{
    QJsonObject o = report.toJson();
    o.insert(QStringLiteral("report_id"), reportId);
    o.insert(QStringLiteral("reference"), reference.refString());
    o.insert(QStringLiteral("current"), current.refString());
    return o;
}

QJsonObject CleanRun::toJson() const
{
    QJsonObject o = stepsReport;
    o.insert(QStringLiteral("source"), source.refString());
    o.insert(QStringLiteral("dataset"), cleaned.datasetName);
    o.insert(QStringLiteral("version"), cleaned.version);
    o.insert(QStringLiteral("version_id"), cleaned.id);
    o.insert(QStringLiteral("rows"), cleaned.rowCount);
    o.insert(QStringLiteral("content_sha256"), cleaned.contentSha256);
    o.insert(QStringLiteral("plan"), plan.toJson());
    return o;
}

Result<DataContract> QualityService::defaultContract()
{
    return loadContract(kDefaultContract);
}

Result<DataContract> QualityService::loadContract(const QString& path)
{
    auto bytes = readFile(path);
    if (!bytes)
        return fail(bytes.error());
    return DataContract::parse(
        *bytes, path == kDefaultContract ? QStringLiteral("default-contract.yaml") : QFileInfo(path).fileName());
}

Result<QualityRun> QualityService::profile(
    const QString& workspacePath, const QualityRequest& request, const ProgressFn& progress)
{
    const QString contractPath = request.contractPath.isEmpty() ? kDefaultContract : request.contractPath;
    auto contractBytes = readFile(contractPath);
    if (!contractBytes)
        return fail(contractBytes.error());
    auto contract = loadContract(contractPath);
    if (!contract)
        return fail(contract.error());
    auto ws = Workspace::open(workspacePath, request.actor);
    if (!ws)
        return fail(ws.error());
    Database& db = (*ws)->db();
    auto version = DatasetStore::resolve(db, request.dataset);
    if (!version)
        return fail(version.error());
    auto table = DatasetStore::loadTable(db, version->id, {}, phase(progress, 0, 40));
    if (!table)
        return fail(table.error());

    QualityOptions options = request.options;
    options.referenceDate = request.referenceDate.isValid() ? request.referenceDate : QDate::currentDate();
    auto report = QualityChecker::run(*table, options, phase(progress, 40, 90));
    if (!report)
        return fail(report.error());
    EvaluationOptions evaluation;
    evaluation.referenceDate = options.referenceDate;
    auto contractReport = ContractEvaluator::evaluate(*contract, *table, evaluation, phase(progress, 90, 97));
    if (!contractReport)
        return fail(contractReport.error());

    QualityRun run;
    run.version = *version;
    run.report = std::move(*report);
    run.contract = std::move(*contractReport);
    run.gate = worse(gateOf(run.report.status()), gateOf(run.contract.gate));
    run.createdBy = request.actor;
    auto stored
        = QualityStore::insertQualityReport(db, run, *contract, Sha256::hex(*contractBytes), options.referenceDate);
    if (!stored)
        return fail(stored.error());
    run.reportId = stored->first;
    run.createdAt = stored->second;
    reportProgress(progress, 100, 100);
    qCInfo(lcQuality).noquote() << "quality report" << run.reportId << "for" << version->refString() << "gate"
                                << qualityGateName(run.gate);
    return run;
}

Result<DriftRun> QualityService::drift(const QString& workspacePath, const DatasetRef& reference,
    const DatasetRef& current, const DriftOptions& options, const QString& actor, const ProgressFn& progress)
{
    auto ws = Workspace::open(workspacePath, actor);
    if (!ws)
        return fail(ws.error());
    Database& db = (*ws)->db();
    auto refVersion = DatasetStore::resolve(db, reference);
    if (!refVersion)
        return fail(refVersion.error());
    auto curVersion = DatasetStore::resolve(db, current);
    if (!curVersion)
        return fail(curVersion.error());
    auto refTable = DatasetStore::loadTable(db, refVersion->id, {}, phase(progress, 0, 35));
    if (!refTable)
        return fail(refTable.error());
    auto curTable = DatasetStore::loadTable(db, curVersion->id, {}, phase(progress, 35, 70));
    if (!curTable)
        return fail(curTable.error());
    auto report = DriftAnalyzer::compare(*refTable, *curTable, options, phase(progress, 70, 97));
    if (!report)
        return fail(report.error());
    DriftRun run {0, *refVersion, *curVersion, std::move(*report)};
    auto id = QualityStore::insertDriftReport(db, run, actor);
    if (!id)
        return fail(id.error());
    run.reportId = *id;
    reportProgress(progress, 100, 100);
    return run;
}

Result<CleanRun> QualityService::clean(const QString& workspacePath, const DatasetRef& source, const CleaningPlan& plan,
    const QString& actor, const ProgressFn& progress)
{
    if (plan.steps.isEmpty())
        return fail(ErrorCode::InvalidArgument, tr("The cleaning plan has no steps: nothing to do."));
    auto ws = Workspace::open(workspacePath, actor);
    if (!ws)
        return fail(ws.error());
    Database& db = (*ws)->db();
    auto version = DatasetStore::resolve(db, source);
    if (!version)
        return fail(version.error());
    auto table = DatasetStore::loadTable(db, version->id, {}, phase(progress, 0, 40));
    if (!table)
        return fail(table.error());
    auto cleaned = Cleaner::apply(*table, plan, phase(progress, 40, 80));
    if (!cleaned)
        return fail(cleaned.error());
    auto stored = QualityStore::writeCleanedVersion(
        db, *version, cleaned->cleaned, plan, cleaned->toJson(table->rowCount()), actor, phase(progress, 80, 100));
    if (!stored)
        return fail(stored.error());
    return CleanRun {*version, *stored, plan, cleaned->toJson(table->rowCount())};
}

Result<CleaningPlan> QualityService::proposePlan(const QString& workspacePath, const DatasetRef& source,
    const QualityOptions& options, const QString& actor, const ProgressFn& progress)
{
    auto ws = Workspace::open(workspacePath, actor);
    if (!ws)
        return fail(ws.error());
    auto version = DatasetStore::resolve((*ws)->db(), source);
    if (!version)
        return fail(version.error());
    auto table = DatasetStore::loadTable((*ws)->db(), version->id, {}, phase(progress, 0, 40));
    if (!table)
        return fail(table.error());
    QualityOptions withDate = options;
    if (!withDate.referenceDate.isValid())
        withDate.referenceDate = QDate::currentDate();
    auto report = QualityChecker::run(*table, withDate, phase(progress, 40, 100));
    if (!report)
        return fail(report.error());
    return CleaningPlan::propose(*report);
}

Result<StoredQualityReport> QualityService::latestReport(Database& db, qint64 versionId)
{
    return QualityStore::latestQualityReport(db, versionId);
}

Result<QualityGate> QualityService::gate(Database& db, qint64 versionId)
{
    auto latest = QualityStore::latestQualityReport(db, versionId);
    if (!latest)
        return fail(latest.error());
    return latest->gate;
}

Status QualityService::overrideGate(Database& db, qint64 versionId, const QString& reason, const QString& actor)
{
    if (reason.trimmed().isEmpty())
        return fail(ErrorCode::InvalidArgument, tr("Overriding a failed quality gate needs a reason."));
    auto version = DatasetStore::version(db, versionId);
    if (!version)
        return fail(version.error());
    auto current = gate(db, versionId);
    if (!current)
        return fail(current.error());
    AuditEntry entry {actor, QStringLiteral("quality.gate_override"),
        QStringLiteral("dataset:%1").arg(version->refString()),
        QJsonObject {
            {QStringLiteral("gate"), qualityGateName(*current)}, {QStringLiteral("reason"), reason.trimmed()}}};
    auto appended = AuditLog::append(db, entry);
    if (!appended)
        return fail(appended.error());
    return {};
}

} // namespace valuator
