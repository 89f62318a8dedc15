// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/import/ImportService.h"

#include "models/importing/ImportEngine.h"
#include "services/datasets/DatasetWriter.h"
#include "services/import/FileByteSource.h"
#include "services/system/ServicesLog.h"
#include "services/workspace/Transaction.h"
#include "services/workspace/Workspace.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QtConcurrent>

#include <atomic>

namespace valuator {
namespace {

/// Streams the engine's chunks and rejects into a DatasetWriter; keeps the first rejects for the result.
class WriterSink : public ChunkSink {
public:
    explicit WriterSink(DatasetWriter& writer)
        : m_writer(writer)
    {
    }
    Status writeChunk(const std::vector<Column>& columns) override { return m_writer.addChunk(columns); }
    Status writeRejects(const QList<ImportReject>& rejects) override
    {
        QList<RejectedRow> rows;
        rows.reserve(rejects.size());
        for (const ImportReject& r : rejects)
            rows.append({r.line, r.column, r.raw, r.reason});
        for (qsizetype i = 0; i < rows.size() && kept.size() < ImportResult::kMaxRejectsInResult; ++i)
            kept.append(rows[i]);
        return m_writer.addRejects(rows);
    }
    QList<RejectedRow> kept;

private:
    DatasetWriter& m_writer;
};

QList<ColumnInfo> columnInfos(const std::vector<OutputColumn>& outputs)
{
    QList<ColumnInfo> infos;
    for (const OutputColumn& o : outputs)
        infos.append({o.name, o.field, o.type, o.source});
    return infos;
}

QJsonArray columnsJson(const std::vector<OutputColumn>& outputs)
{
    QJsonArray out;
    for (const OutputColumn& o : outputs)
        out.append(QJsonObject {{QStringLiteral("source"), o.source},
            {QStringLiteral("field"), o.field.isEmpty() ? QJsonValue() : QJsonValue(o.field)},
            {QStringLiteral("name"), o.name}, {QStringLiteral("type"), columnTypeName(o.type)}});
    return out;
}

QString csvField(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n'))
        && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

QJsonObject ImportResult::toJson() const
{
    QJsonArray rejects;
    for (const RejectedRow& r : rejected)
        rejects.append(r.toJson());
    QJsonObject o {{QStringLiteral("dataset"), version.datasetName}, {QStringLiteral("version"), version.version},
        {QStringLiteral("version_id"), version.id}, {QStringLiteral("kind"), versionKindName(version.kind)},
        {QStringLiteral("rows"), version.rowCount}, {QStringLiteral("rows_read"), stats.recordsRead},
        {QStringLiteral("rows_imported"), stats.rowsImported}, {QStringLiteral("rows_rejected"), stats.rowsRejected},
        {QStringLiteral("rejected"), rejects},
        {QStringLiteral("rejected_truncated"), stats.rejectEntries > rejected.size()},
        {QStringLiteral("dialect"), dialect}, {QStringLiteral("columns"), columnsJson(columns)},
        {QStringLiteral("sha256"), sha256}, {QStringLiteral("content_sha256"), version.contentSha256},
        {QStringLiteral("bytes"), stats.bytesRead}, {QStringLiteral("seconds"), seconds}};
    o.insert(QStringLiteral("extra_column_types"), stats.toJson().value(QStringLiteral("extra_column_types")));
    return o;
}

QString ImportService::datasetNameFor(const QString& filePath)
{
    QString name = QFileInfo(filePath).completeBaseName().trimmed();
    name.replace(QLatin1Char('@'), QLatin1Char('_'));
    if (name.isEmpty())
        name = QStringLiteral("dataset");
    return name.left(100);
}

Result<ImportPreview> ImportService::preview(const QString& filePath, const ImportOverrides& overrides)
{
    bool whole = false;
    auto head = FileByteSource::head(filePath, kPreviewBytes, &whole);
    if (!head)
        return fail(head.error());
    auto preview = ImportPlanner::plan(*head, whole, overrides);
    if (!preview)
        return fail(preview.error().code, tr("%1: %2").arg(QFileInfo(filePath).fileName(), preview.error().userMessage),
            preview.error().detail);
    return preview;
}

Result<ImportResult> ImportService::run(
    const QString& workspacePath, const ImportRequest& request, const ProgressFn& progress)
{
    QElapsedTimer clock;
    clock.start();
    auto preview = ImportService::preview(request.filePath, request.overrides);
    if (!preview)
        return fail(preview.error());
    auto engine = ImportEngine::create(preview->settings);
    if (!engine)
        return fail(
            engine.error().code, tr("%1: %2").arg(QFileInfo(request.filePath).fileName(), engine.error().userMessage));
    auto source = FileByteSource::open(request.filePath);
    if (!source)
        return fail(source.error());

    // Hash the file on a second core while the first one parses it.
    std::atomic_bool stopHashing = false;
    const QString path = request.filePath;
    QFuture<Result<QString>> hashing = QtConcurrent::run(
        [path, &stopHashing] { return FileByteSource::sha256(path, [&stopHashing] { return stopHashing.load(); }); });
    struct JoinHash {
        std::atomic_bool& stop;
        QFuture<Result<QString>>& future;
        ~JoinHash()
        {
            stop = true;
            future.waitForFinished(); // worker-to-worker join; never on the GUI thread
        }
    } join {stopHashing, hashing};

    auto ws = Workspace::open(workspacePath, request.actor);
    if (!ws)
        return fail(ws.error());
    Database& db = (*ws)->db();
    auto tx = Transaction::begin(db);
    if (!tx)
        return fail(tx.error());
    NewVersion spec;
    spec.datasetName = request.datasetName.isEmpty() ? datasetNameFor(request.filePath) : request.datasetName;
    spec.kind = request.append ? VersionKind::Append : VersionKind::Import;
    spec.actor = request.actor;
    spec.columns = columnInfos(engine->outputColumns());
    spec.sourceName = QFileInfo(request.filePath).fileName();
    spec.dialect = preview->dialectJson();
    spec.mapping = preview->settings.mapping.toJson();
    auto writer = DatasetWriter::begin(db, spec);
    if (!writer)
        return fail(writer.error());
    WriterSink sink(*writer);
    auto stats = engine->run(**source, sink, progress);
    if (!stats)
        return fail(stats.error());
    if (stats->recordsRead == 0)
        return fail(ErrorCode::Parse, tr("%1: the file has no data rows.").arg(spec.sourceName));

    stopHashing = false;
    hashing.waitForFinished();
    const Result<QString> sha256 = hashing.result();
    if (!sha256)
        return fail(sha256.error());
    writer->setSource(*sha256, (*source)->size());

    ImportResult result;
    result.stats = *stats;
    result.dialect = preview->dialectJson();
    result.columns = engine->outputColumns();
    result.sha256 = *sha256;
    result.rejected = sink.kept;
    result.seconds = clock.elapsed() / 1000.0;
    QJsonObject report = stats->toJson();
    report.insert(QStringLiteral("seconds"), result.seconds);
    report.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(preview->warnings));
    auto version = writer->finish(report);
    if (!version)
        return fail(version.error());
    if (Status committed = tx->commit(); !committed)
        return fail(committed.error());
    result.version = *version;
    qCInfo(lcImport).noquote() << "imported" << spec.sourceName << "as" << version->refString() << "rows"
                               << stats->rowsImported << "rejected" << stats->rowsRejected << "in" << result.seconds
                               << "s";
    return result;
}

Status ImportService::exportRejects(const QList<RejectedRow>& rejects, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io, tr("Cannot write '%1': %2").arg(path, file.errorString()));
    QString text = QStringLiteral("\xFEFFline,column,reason,raw\r\n");
    for (const RejectedRow& r : rejects)
        text += QStringLiteral("%1,%2,%3,%4\r\n")
                    .arg(r.line)
                    .arg(csvField(r.column), csvField(r.reason), csvField(r.raw));
    file.write(text.toUtf8());
    if (!file.commit())
        return fail(ErrorCode::Io, tr("Cannot write '%1': %2").arg(path, file.errorString()));
    return {};
}

Result<ColumnMapping> ImportService::loadMapping(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::NotFound, tr("Cannot read the mapping '%1': %2").arg(path, file.errorString()));
    return ColumnMapping::fromJsonText(file.readAll(), QFileInfo(path).fileName());
}

Status ImportService::saveMapping(const ColumnMapping& mapping, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io, tr("Cannot write '%1': %2").arg(path, file.errorString()));
    file.write(QJsonDocument(mapping.toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return fail(ErrorCode::Io, tr("Cannot write '%1': %2").arg(path, file.errorString()));
    return {};
}

} // namespace valuator
