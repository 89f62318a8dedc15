// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"
#include "services/workspace/WorkspaceInfo.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace valuator {

class Database;

/// One workspace file (`*.valuator`): an SQLite database holding everything a user does.
///
/// Our files are recognised by `PRAGMA application_id` (WorkspaceSchema::kApplicationId) and versioned by
/// `PRAGMA user_version`; opening an older file migrates it (WorkspaceSchema). Every connection runs with
/// foreign_keys=ON and a busy timeout; the file is in WAL mode so readers on worker threads do not block
/// the writer. New files get mode 0600 on POSIX; SQLite gives the -wal/-shm files the same mode.
///
/// Threads: the Workspace and db() belong to the thread that opened it. A worker thread takes its own
/// connection from openConnection(). The acting user is passed in by the caller; nothing is read from
/// settings here.
class Workspace {
    Q_DECLARE_TR_FUNCTIONS(Workspace)

public:
    /// Creates a new workspace at `path` (Conflict if anything exists there), at the latest schema, with
    /// its metadata and a first audit row `workspace.create` by `actor`. On failure nothing is left behind.
    static Result<std::unique_ptr<Workspace>> create(const QString& path, const QString& actor);
    /// Opens an existing workspace; never creates one (NotFound). The file is first recognised from its
    /// header without SQLite, so a foreign file (NotAWorkspace) or one from a newer version (Unsupported)
    /// is left exactly as it was. An older schema is migrated, recorded as `workspace.migrate` by `actor`
    /// ("unknown" when empty).
    static Result<std::unique_ptr<Workspace>> open(const QString& path, const QString& actor = QString());
    /// open() when `path` exists, create() otherwise.
    static Result<std::unique_ptr<Workspace>> openOrCreate(const QString& path, const QString& actor);

    /// Reads only the file's 100-byte header (no SQLite, no writes) and returns the schema version found
    /// there, or NotFound / NotAWorkspace / Unsupported / Io. An SQLite read-only connection is not used for
    /// this because on a WAL file it leaves -wal/-shm files behind.
    static Result<int> probe(const QString& path);

    ~Workspace();
    Workspace(const Workspace&) = delete;
    Workspace& operator=(const Workspace&) = delete;

    QString path() const { return m_path; }
    /// Schema version of the open file (== latestSchemaVersion() after a successful open).
    int schemaVersion() const { return m_schemaVersion; }
    static int latestSchemaVersion();

    /// The connection of the thread that opened the workspace. Valid as long as the Workspace.
    Database& db() { return *m_db; }
    /// A new connection with the same settings, for one worker thread. Thread-safe; the caller owns it.
    Result<std::unique_ptr<Database>> openConnection() const;

    /// Path, schema, creation metadata, row counts of every user table and file sizes. Runs a count(*) per
    /// table on db(): fine for a properties dialog, not for a per-frame refresh.
    Result<WorkspaceInfo> info();

private:
    Workspace(std::unique_ptr<Database> db, QString path, int schemaVersion);

    static Result<std::unique_ptr<Database>> connect(const QString& path);
    static Result<std::unique_ptr<Workspace>> initialise(const QString& path, const QString& actor);
    static Result<std::unique_ptr<Workspace>> openChecked(const QString& path, const QString& actor);

    std::unique_ptr<Database> m_db;
    QString m_path;
    int m_schemaVersion = 0;
};

} // namespace valuator
