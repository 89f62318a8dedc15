// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commands/DatasetCommands.h"

#include "app/cli/commands/WorkspaceCommands.h"
#include "services/datasets/DatasetStore.h"
#include "services/import/ImportService.h"
#include "services/jobs/ConsoleProgress.h"
#include "services/system/Settings.h"
#include "services/workspace/Workspace.h"

#include <QFileInfo>
#include <QJsonArray>

#include <csignal>

namespace valuator {
namespace {

ConsoleProgress* g_interruptTarget = nullptr;

extern "C" void onInterrupt(int)
{
    if (g_interruptTarget)
        g_interruptTarget->requestCancel(); // an atomic store: safe in a signal handler
}

/// Routes Ctrl+C to the running import's cancel flag while it lives, so the import rolls back cleanly.
struct InterruptGuard {
    explicit InterruptGuard(ConsoleProgress& progress)
    {
        g_interruptTarget = &progress;
        m_previous = std::signal(SIGINT, onInterrupt);
    }
    ~InterruptGuard()
    {
        std::signal(SIGINT, m_previous);
        g_interruptTarget = nullptr;
    }
    void (*m_previous)(int) = nullptr;
};

} // namespace

// ---- import -----------------------------------------------------------------------------------------------

QString ImportCommand::summary() const
{
    return tr("Import a car-sales CSV file into a workspace as a new dataset version.");
}

void ImportCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("file"), tr("The CSV file to import."), QStringLiteral("FILE.csv"));
    parser.addOption(workspaceOption());
    parser.addOption(
        {QStringLiteral("name"), tr("Dataset name (default: the file's base name)."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("append"), tr("Add the rows as a new version of the existing dataset NAME.")});
    parser.addOption({QStringLiteral("mapping"), tr("Column mapping saved as JSON (default: automatic)."),
        QStringLiteral("MAP.json")});
    parser.addOption(
        {QStringLiteral("save-mapping"), tr("Write the mapping used to this JSON file."), QStringLiteral("MAP.json")});
    parser.addOption({QStringLiteral("delimiter"), tr("auto, ',', ';', tab or pipe (default auto)."),
        QStringLiteral("D"), QStringLiteral("auto")});
    parser.addOption({QStringLiteral("encoding"), tr("auto, utf-8, utf-16, windows-1252 or iso-8859-1 (default auto)."),
        QStringLiteral("E"), QStringLiteral("auto")});
    parser.addOption({QStringLiteral("decimal"), tr("Decimal separator: auto, '.' or ',' (default auto)."),
        QStringLiteral("C"), QStringLiteral("auto")});
    parser.addOption({QStringLiteral("header"), tr("First row is a header: auto, yes or no (default auto)."),
        QStringLiteral("H"), QStringLiteral("auto")});
    parser.addOption({QStringLiteral("date-order"),
        tr("Order of ambiguous slash dates: auto, dmy (DD/MM/YYYY) or mdy (MM/DD/YYYY)."), QStringLiteral("O"),
        QStringLiteral("auto")});
    parser.addOption(
        {QStringLiteral("rejects-out"), tr("Write the rejected rows to this CSV file."), QStringLiteral("FILE.csv")});
}

bool ImportCommand::readOverrides(CliContext& context, ImportOverrides& o) const
{
    const QCommandLineParser& p = context.parser;
    const auto value = [&](const char* name) { return p.value(QLatin1String(name)).trimmed(); };
    const auto isAuto = [](const QString& v) { return v.isEmpty() || v == QStringLiteral("auto"); };
    if (const QString d = value("delimiter"); !isAuto(d)) {
        o.delimiter = CsvDialect::delimiterFromName(d);
        if (!o.delimiter) {
            context.usageError(tr("--delimiter must be auto, ',', ';', tab or pipe, not '%1'").arg(d));
            return false;
        }
    }
    if (const QString e = value("encoding"); !isAuto(e)) {
        o.encoding = textEncodingFromName(e);
        if (!o.encoding) {
            context.usageError(
                tr("--encoding must be auto, utf-8, utf-16, windows-1252 or iso-8859-1, not '%1'").arg(e));
            return false;
        }
    }
    if (const QString c = value("decimal"); !isAuto(c)) {
        if (c != QStringLiteral(".") && c != QStringLiteral(",")) {
            context.usageError(tr("--decimal must be auto, '.' or ',', not '%1'").arg(c));
            return false;
        }
        o.decimal = c.at(0).toLatin1();
    }
    if (const QString h = value("header"); !isAuto(h)) {
        if (h != QStringLiteral("yes") && h != QStringLiteral("no")) {
            context.usageError(tr("--header must be auto, yes or no, not '%1'").arg(h));
            return false;
        }
        o.hasHeader = h == QStringLiteral("yes");
    }
    if (const QString d = value("date-order"); !isAuto(d)) {
        if (d != QStringLiteral("dmy") && d != QStringLiteral("mdy")) {
            context.usageError(tr("--date-order must be auto, dmy or mdy, not '%1'").arg(d));
            return false;
        }
        o.dateOrder = d == QStringLiteral("dmy") ? DateFormat::DayMonthYearSlash : DateFormat::MonthDayYearSlash;
    }
    return true;
}

int ImportCommand::run(CliContext& context)
{
    const QStringList files = context.parser.positionalArguments();
    if (files.size() != 1)
        return context.usageError(tr("expected exactly one CSV file"));
    const QString workspace = context.requiredValue(QStringLiteral("workspace"));
    if (context.usageFailed)
        return kExitUsage;
    ImportRequest request;
    request.filePath = files.first();
    request.datasetName = context.parser.value(QStringLiteral("name"));
    request.append = context.parser.isSet(QStringLiteral("append"));
    request.actor = context.settings.actingUser();
    if (!readOverrides(context, request.overrides))
        return kExitUsage;
    if (const QString mapping = context.parser.value(QStringLiteral("mapping")); !mapping.isEmpty()) {
        auto loaded = ImportService::loadMapping(mapping);
        if (!loaded)
            return context.failWith(loaded.error());
        request.overrides.mapping = *loaded;
    }
    if (const QString save = context.parser.value(QStringLiteral("save-mapping")); !save.isEmpty()) {
        auto preview = ImportService::preview(request.filePath, request.overrides);
        if (!preview)
            return context.failWith(preview.error());
        if (Status saved = ImportService::saveMapping(preview->settings.mapping, save); !saved)
            return context.failWith(saved.error());
    }

    ConsoleProgress progress(tr("Importing %1").arg(QFileInfo(request.filePath).fileName()), tr("bytes"));
    Result<ImportResult> result = [&] {
        InterruptGuard interrupt(progress);
        return ImportService::run(workspace, request, progress.progressFn());
    }();
    progress.finish();
    if (!result)
        return context.failWith(result.error());
    if (const QString out = context.parser.value(QStringLiteral("rejects-out")); !out.isEmpty())
        if (Status written = ImportService::exportRejects(result->rejected, out); !written)
            return context.failWith(written.error());
    if (context.json()) {
        context.printJson(result->toJson());
        return kExitOk;
    }
    context.out << tr("Imported %1 as %2: %3 rows read, %4 imported, %5 rejected (%6 s).")
                       .arg(QFileInfo(request.filePath).fileName(), result->version.refString())
                       .arg(result->stats.recordsRead)
                       .arg(result->stats.rowsImported)
                       .arg(result->stats.rowsRejected)
                       .arg(result->seconds, 0, 'f', 2)
                << '\n';
    const qsizetype shown = std::min<qsizetype>(result->rejected.size(), 20);
    for (qsizetype i = 0; i < shown; ++i) {
        const RejectedRow& r = result->rejected.at(i);
        context.out << tr("  line %1%2: %3")
                           .arg(r.line)
                           .arg(r.column.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(r.column), r.reason)
                    << '\n';
    }
    if (result->stats.rejectEntries > shown)
        context.out << tr("  … %1 more; see --json or --rejects-out.").arg(result->stats.rejectEntries - shown) << '\n';
    return kExitOk;
}

// ---- datasets ---------------------------------------------------------------------------------------------

QString DatasetsCommand::summary() const
{
    return tr("List the datasets of a workspace with their versions, row counts and hashes.");
}

void DatasetsCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption(workspaceOption());
}

int DatasetsCommand::run(CliContext& context)
{
    int code = kExitOk;
    const auto ws = context.openWorkspace(code);
    if (!ws)
        return code;
    auto datasets = DatasetStore::listDatasets(ws->db());
    if (!datasets)
        return context.failWith(datasets.error());
    if (context.json()) {
        QJsonArray list;
        for (const DatasetSummary& d : *datasets)
            list.append(d.toJson());
        context.printJson({{QStringLiteral("datasets"), list}});
        return kExitOk;
    }
    if (datasets->isEmpty())
        context.out << tr("No datasets yet. Import one with 'valuator-cli import'.") << '\n';
    for (const DatasetSummary& d : *datasets) {
        context.out << d.name << '\n';
        for (const DatasetVersionInfo& v : d.versions)
            context.out << QStringLiteral("  @%1  %2  %3  %4  %5\n")
                               .arg(v.version)
                               .arg(versionKindName(v.kind), -7)
                               .arg(tr("%n row(s)", nullptr, int(v.rowCount)), -14)
                               .arg(v.contentSha256.left(12), v.createdAt);
    }
    return kExitOk;
}

} // namespace valuator
