// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commands/WorkspaceCommands.h"

#include "services/import/DemoData.h"
#include "services/jobs/ConsoleProgress.h"
#include "services/system/Settings.h"
#include "services/workspace/AuditLog.h"
#include "services/workspace/Workspace.h"

#include <QJsonArray>

namespace valuator {

QCommandLineOption workspaceOption()
{
    return {{QStringLiteral("w"), QStringLiteral("workspace")},
        QCoreApplication::translate("valuator::CliApp", "Workspace file (*.valuator)."), QStringLiteral("FILE")};
}

// ---- init -------------------------------------------------------------------------------------------------

QString InitCommand::summary() const
{
    return tr("Create a new, empty workspace file.");
}

void InitCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption(workspaceOption());
    parser.addOption({QStringLiteral("demo"), tr("Also import the bundled demo sales data as dataset 'demo-sales'.")});
}

int InitCommand::run(CliContext& context)
{
    const QString path = context.requiredValue(QStringLiteral("workspace"));
    if (context.usageFailed)
        return kExitUsage;
    auto ws = Workspace::create(path, context.settings.actingUser());
    if (!ws)
        return context.failWith(ws.error());
    QJsonObject json {{QStringLiteral("ok"), true}, {QStringLiteral("workspace"), (*ws)->path()},
        {QStringLiteral("schema_version"), (*ws)->schemaVersion()}};
    if (context.parser.isSet(QStringLiteral("demo"))) {
        ConsoleProgress progress(tr("Importing the demo data"), tr("bytes"));
        auto demo = ImportService::run(
            (*ws)->path(), DemoData::importRequest(context.settings.actingUser()), progress.progressFn());
        progress.finish();
        if (!demo)
            return context.failWith(demo.error());
        json.insert(QStringLiteral("demo"), demo->toJson());
    }
    if (context.json())
        context.printJson(json);
    else
        context.out << tr("Created workspace %1 (schema %2).").arg((*ws)->path()).arg((*ws)->schemaVersion()) << '\n';
    return kExitOk;
}

// ---- info -------------------------------------------------------------------------------------------------

QString InfoCommand::summary() const
{
    return tr("Show a workspace's schema version, creation and row counts.");
}

void InfoCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption(workspaceOption());
}

int InfoCommand::run(CliContext& context)
{
    int code = kExitOk;
    const auto ws = context.openWorkspace(code);
    if (!ws)
        return code;
    auto info = ws->info();
    if (!info)
        return context.failWith(info.error());
    if (context.json()) {
        QJsonObject counts;
        for (const auto& t : info->tables)
            counts.insert(t.table, t.rows);
        context.printJson(
            {{QStringLiteral("workspace"), info->path}, {QStringLiteral("schema_version"), info->schemaVersion},
                {QStringLiteral("latest_schema_version"), Workspace::latestSchemaVersion()},
                {QStringLiteral("created_at"), info->createdAt}, {QStringLiteral("created_by"), info->createdBy},
                {QStringLiteral("app_version"), info->appVersion}, {QStringLiteral("file_size"), info->fileSize},
                {QStringLiteral("counts"), counts}});
        return kExitOk;
    }
    context.out << tr("Workspace:      %1").arg(info->path) << '\n'
                << tr("Schema version: %1").arg(info->schemaVersion) << '\n'
                << tr("Created:        %1 by %2").arg(info->createdAt, info->createdBy) << '\n'
                << tr("File size:      %1 bytes").arg(info->fileSize) << '\n'
                << tr("Rows per table:") << '\n';
    for (const auto& t : info->tables)
        context.out << QStringLiteral("  %1 %2\n").arg(t.table, -24).arg(t.rows);
    return kExitOk;
}

// ---- audit ------------------------------------------------------------------------------------------------

QString AuditCommand::summary() const
{
    return tr("Verify the audit log's hash chain (verify) or list its newest entries (list).");
}

void AuditCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("action"), tr("verify or list"), QStringLiteral("verify|list"));
    parser.addOption(workspaceOption());
    parser.addOption({QStringLiteral("limit"), tr("With list: how many entries (default 20)."), QStringLiteral("N"),
        QStringLiteral("20")});
}

int AuditCommand::run(CliContext& context)
{
    const QStringList args = context.parser.positionalArguments();
    if (args.size() != 1 || (args.first() != QStringLiteral("verify") && args.first() != QStringLiteral("list")))
        return context.usageError(tr("expected 'verify' or 'list'"));
    return args.first() == QStringLiteral("verify") ? verify(context) : list(context);
}

int AuditCommand::verify(CliContext& context)
{
    int code = kExitOk;
    const auto ws = context.openWorkspace(code);
    if (!ws)
        return code;
    auto result = AuditLog::verify(ws->db());
    if (!result)
        return context.failWith(result.error());
    if (context.json()) {
        QJsonObject o {{QStringLiteral("ok"), result->ok}, {QStringLiteral("rows_checked"), result->rowsChecked}};
        if (!result->ok) {
            o.insert(QStringLiteral("first_broken_id"), result->firstBrokenId);
            o.insert(QStringLiteral("reason"), result->reason);
        }
        context.printJson(o);
    } else if (result->ok) {
        context.out << tr("Audit log intact: %n row(s) verified.", nullptr, int(result->rowsChecked)) << '\n';
    } else {
        context.err << tr("Audit log BROKEN at row %1: %2").arg(result->firstBrokenId).arg(result->reason) << '\n';
    }
    return result->ok ? kExitOk : kExitFailure;
}

int AuditCommand::list(CliContext& context)
{
    bool ok = false;
    const int limit = context.parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit <= 0)
        return context.usageError(tr("--limit needs a positive number"));
    int code = kExitOk;
    const auto ws = context.openWorkspace(code);
    if (!ws)
        return code;
    auto rows = AuditLog::list(ws->db(), 0, limit);
    if (!rows)
        return context.failWith(rows.error());
    if (context.json()) {
        QJsonArray entries;
        for (const AuditRecord& r : *rows)
            entries.append(QJsonObject {{QStringLiteral("id"), r.id}, {QStringLiteral("ts"), r.timestamp},
                {QStringLiteral("actor"), r.actor}, {QStringLiteral("action"), r.action},
                {QStringLiteral("target"), r.target}, {QStringLiteral("details"), r.details},
                {QStringLiteral("hash"), r.hash}});
        context.printJson({{QStringLiteral("entries"), entries}});
        return kExitOk;
    }
    for (const AuditRecord& r : *rows)
        context.out
            << QStringLiteral("%1  %2  %3  %4  %5\n").arg(r.id, 5).arg(r.timestamp, r.actor, r.action, r.target);
    return kExitOk;
}

} // namespace valuator
