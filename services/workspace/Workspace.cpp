// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/workspace/Workspace.h"

#include "models/core/BuildInfo.h"
#include "services/system/ServicesLog.h"
#include "services/workspace/AuditLog.h"
#include "services/workspace/Database.h"
#include "services/workspace/Statement.h"
#include "services/workspace/Transaction.h"
#include "services/workspace/WorkspaceSchema.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QtEndian>

namespace valuator {

namespace {

// SQLite file format, section 1.3: the header is the first 100 bytes of the main file.
constexpr qsizetype kHeaderSize = 100;
constexpr char kSqliteMagic[] = "SQLite format 3"; // followed by a NUL: 16 bytes
constexpr qsizetype kUserVersionOffset = 60; // 4-byte big-endian
constexpr qsizetype kApplicationIdOffset = 68; // 4-byte big-endian

QString fileName(const QString& path)
{
    return QFileInfo(path).fileName();
}

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

Error notAWorkspace(const QString& path, const QString& detail)
{
    return {ErrorCode::NotAWorkspace, Workspace::tr("'%1' is not a Car Valuator workspace.").arg(fileName(path)),
        QStringLiteral("%1: %2").arg(path, detail)};
}

/// The identity check shared by probe() (header bytes) and openChecked() (PRAGMAs after opening).
Status checkIdentity(const QString& path, quint32 applicationId, qint64 userVersion)
{
    if (applicationId != WorkspaceSchema::kApplicationId)
        return fail(
            notAWorkspace(path, QStringLiteral("application_id 0x%1").arg(applicationId, 8, 16, QLatin1Char('0'))));
    if (userVersion < 0)
        return fail(notAWorkspace(path, QStringLiteral("negative user_version %1").arg(userVersion)));
    if (userVersion > WorkspaceSchema::latestVersion()) {
        return fail(ErrorCode::Unsupported,
            Workspace::tr("'%1' was written by a newer Car Valuator (schema %2); this version reads up to schema %3.")
                .arg(fileName(path))
                .arg(userVersion)
                .arg(WorkspaceSchema::latestVersion()),
            QStringLiteral("%1: user_version %2").arg(path).arg(userVersion));
    }
    return {};
}

/// Switches to WAL (persistent in the file). Some file systems (network shares) refuse; we then keep working
/// in the file's current mode rather than refuse the workspace.
Status enableWal(Database& db)
{
    auto mode = db.queryText(QStringLiteral("PRAGMA journal_mode = WAL"));
    if (!mode)
        return fail(mode.error());
    if (mode->compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        qCWarning(lcWorkspace) << "could not switch" << db.path() << "to WAL; journal mode is" << *mode;
    return {};
}

void removeWorkspaceFiles(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

Status readMeta(Database& db, WorkspaceInfo& info)
{
    auto meta = db.prepare(QStringLiteral("SELECT key, value FROM meta"));
    if (!meta)
        return fail(meta.error());
    return meta->forEachRow([&]() -> Status {
        const QString key = meta->columnText(0);
        if (key == QLatin1String("created_at"))
            info.createdAt = meta->columnText(1);
        else if (key == QLatin1String("created_by"))
            info.createdBy = meta->columnText(1);
        else if (key == QLatin1String("app_version"))
            info.appVersion = meta->columnText(1);
        return {};
    });
}

Status countRows(Database& db, WorkspaceInfo& info)
{
    auto tables = db.prepare(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                            "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"));
    if (!tables)
        return fail(tables.error());
    return tables->forEachRow([&]() -> Status {
        const QString name = tables->columnText(0);
        QString quoted = name;
        quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
        auto rows = db.queryInt64(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(quoted));
        if (!rows)
            return fail(rows.error());
        info.tables.append({name, *rows});
        return {};
    });
}

} // namespace

Workspace::Workspace(std::unique_ptr<Database> db, QString path, int schemaVersion)
    : m_db(std::move(db))
    , m_path(std::move(path))
    , m_schemaVersion(schemaVersion)
{
}

Workspace::~Workspace() = default;

int Workspace::latestSchemaVersion()
{
    return WorkspaceSchema::latestVersion();
}

Result<int> Workspace::probe(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return fail(ErrorCode::NotFound, tr("The workspace '%1' does not exist.").arg(fileName(path)), path);
    if (info.isDir())
        return fail(notAWorkspace(path, QStringLiteral("is a directory")));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(ErrorCode::Io, tr("'%1' could not be read: %2").arg(fileName(path), file.errorString()),
            path + QStringLiteral(": ") + file.errorString());
    }
    const QByteArray header = file.read(kHeaderSize);
    if (header.size() < kHeaderSize || !header.startsWith(QByteArray(kSqliteMagic, sizeof kSqliteMagic)))
        return fail(notAWorkspace(path, QStringLiteral("no SQLite header (%1 bytes read)").arg(header.size())));
    const auto userVersion = qFromBigEndian<qint32>(header.constData() + kUserVersionOffset);
    const auto applicationId = qFromBigEndian<quint32>(header.constData() + kApplicationIdOffset);
    if (auto status = checkIdentity(path, applicationId, userVersion); !status)
        return fail(status.error());
    return int(userVersion);
}

Result<std::unique_ptr<Database>> Workspace::connect(const QString& path)
{
    auto db = Database::open(path, Database::OpenMode::ReadWrite);
    if (!db)
        return db;
    if ((*db)->isReadOnly()) {
        return fail(ErrorCode::Io,
            tr("'%1' is read-only: Car Valuator needs write access to open a workspace.").arg(fileName(path)), path);
    }
    // Per connection, not stored in the file: must be set on every connection, outside any transaction.
    if (auto status = (*db)->exec(QStringLiteral("PRAGMA foreign_keys = ON")); !status)
        return fail(status.error());
    return db;
}

Result<std::unique_ptr<Database>> Workspace::openConnection() const
{
    return connect(m_path);
}

Result<std::unique_ptr<Workspace>> Workspace::create(const QString& path, const QString& actor)
{
    if (actor.isEmpty()) {
        return fail(ErrorCode::InvalidArgument, tr("Cannot create the workspace: no user name is set."),
            QStringLiteral("create(): empty actor"));
    }
    if (QFileInfo::exists(path)) {
        return fail(
            ErrorCode::Conflict, tr("Cannot create the workspace: '%1' already exists.").arg(fileName(path)), path);
    }
    // Create the empty file ourselves so it is born 0600 (SQLite would use 0644); NewOnly fails if it exists.
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        return fail(ErrorCode::Io, tr("Cannot create the workspace '%1': %2").arg(fileName(path), file.errorString()),
            path + QStringLiteral(": ") + file.errorString());
    }
    file.close();
    auto workspace = initialise(path, actor);
    if (!workspace) {
        removeWorkspaceFiles(path); // the connection is closed by now
        return workspace;
    }
    qCInfo(lcWorkspace) << "created workspace" << path;
    return workspace;
}

Result<std::unique_ptr<Workspace>> Workspace::initialise(const QString& path, const QString& actor)
{
    auto db = connect(path);
    if (!db)
        return fail(db.error());
    Database& d = **db;
    // application_id goes in before the switch to WAL, so it lands in the main file at once and probe()
    // recognises the file even if we crash before the first checkpoint.
    auto status
        = d.exec(QStringLiteral("PRAGMA application_id = %1").arg(WorkspaceSchema::kApplicationId)).and_then([&] {
              return enableWal(d);
          });
    if (!status)
        return fail(status.error());
    auto version = WorkspaceSchema::migrate(d);
    if (!version)
        return fail(version.error());

    auto tx = Transaction::begin(d);
    if (!tx)
        return fail(tx.error());
    auto insert = d.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?1, ?2)"));
    if (!insert)
        return fail(insert.error());
    const QList<std::pair<QString, QString>> meta = {{QStringLiteral("created_at"), nowUtc()},
        {QStringLiteral("created_by"), actor}, {QStringLiteral("app_version"), BuildInfo::version()}};
    for (const auto& [key, value] : meta) {
        status = insert->reset()
                     .and_then([&] { return insert->bindText(1, key); })
                     .and_then([&] { return insert->bindText(2, value); })
                     .and_then([&] { return insert->run(); });
        if (!status)
            return fail(status.error());
    }
    QJsonObject details {
        {QStringLiteral("app_version"), BuildInfo::version()}, {QStringLiteral("schema_version"), *version}};
    if (auto id = AuditLog::append(d, {actor, QStringLiteral("workspace.create"), {}, details}); !id)
        return fail(id.error());
    if (status = tx->commit(); !status)
        return fail(status.error());
    return std::unique_ptr<Workspace>(new Workspace(std::move(*db), path, *version));
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString& path, const QString& actor)
{
    // A missing, foreign or newer file is rejected from its header alone, before SQLite touches it.
    if (auto headerVersion = probe(path); !headerVersion)
        return fail(headerVersion.error());
    auto workspace = openChecked(path, actor);
    if (workspace)
        qCInfo(lcWorkspace) << "opened workspace" << path << "schema" << (*workspace)->schemaVersion();
    return workspace;
}

Result<std::unique_ptr<Workspace>> Workspace::openChecked(const QString& path, const QString& actor)
{
    auto db = connect(path);
    if (!db)
        return fail(db.error());
    Database& d = **db;
    // The header may be older than the WAL content of a file another process has open: check again.
    auto applicationId = d.queryInt64(QStringLiteral("PRAGMA application_id"));
    if (!applicationId)
        return fail(applicationId.error());
    auto from = WorkspaceSchema::version(d);
    if (!from)
        return fail(from.error());
    if (auto status = checkIdentity(path, quint32(*applicationId), *from); !status)
        return fail(status.error());

    if (auto status = enableWal(d); !status)
        return fail(status.error());
    auto to = WorkspaceSchema::migrate(d);
    if (!to)
        return fail(to.error());
    if (*to != *from) {
        QJsonObject details {{QStringLiteral("from_schema"), *from}, {QStringLiteral("to_schema"), *to},
            {QStringLiteral("app_version"), BuildInfo::version()}};
        const QString who = actor.isEmpty() ? QStringLiteral("unknown") : actor;
        if (auto id = AuditLog::append(d, {who, QStringLiteral("workspace.migrate"), {}, details}); !id)
            return fail(id.error());
    }
    return std::unique_ptr<Workspace>(new Workspace(std::move(*db), path, *to));
}

Result<std::unique_ptr<Workspace>> Workspace::openOrCreate(const QString& path, const QString& actor)
{
    return QFileInfo::exists(path) ? open(path, actor) : create(path, actor);
}

Result<WorkspaceInfo> Workspace::info()
{
    WorkspaceInfo info;
    info.path = m_path;
    auto version = WorkspaceSchema::version(*m_db);
    if (!version)
        return fail(version.error());
    info.schemaVersion = *version;
    if (auto status = readMeta(*m_db, info).and_then([&] { return countRows(*m_db, info); }); !status)
        return fail(status.error());
    info.fileSize = QFileInfo(m_path).size();
    const QFileInfo wal(m_path + QStringLiteral("-wal"));
    info.walSize = wal.exists() ? wal.size() : 0;
    return info;
}

} // namespace valuator
