// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/workspace/WorkspaceSchema.h"

#include "services/system/ServicesLog.h"
#include "services/workspace/Database.h"
#include "services/workspace/Transaction.h"

namespace valuator {

namespace {

// v1: workspace metadata and the append-only, hash-chained audit log (see AuditLog.h for the hash).
const char16_t kSchemaV1[] = uR"sql(
CREATE TABLE meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT
);
CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY,
    ts        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    action    TEXT NOT NULL,
    target    TEXT,
    details   TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
)sql";

// v2: the dataset store (services/datasets/). A version's rows live column by column in chunks encoded with
// ColumnCodec; dataset_chunks is a rowid table because its rows carry large blobs.
const char16_t kSchemaV2[] = uR"sql(
CREATE TABLE datasets (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);
CREATE TABLE dataset_versions (
    id             INTEGER PRIMARY KEY,
    dataset_id     INTEGER NOT NULL REFERENCES datasets(id),
    version        INTEGER NOT NULL,
    parent_id      INTEGER REFERENCES dataset_versions(id),
    kind           TEXT NOT NULL CHECK (kind IN ('import', 'append', 'clean')),
    row_count      INTEGER NOT NULL,
    content_sha256 TEXT NOT NULL,
    source_name    TEXT,
    source_sha256  TEXT,
    source_bytes   INTEGER,
    dialect        TEXT, -- JSON
    mapping        TEXT, -- JSON
    report         TEXT, -- JSON: counts, timings, transformations
    created_at     TEXT NOT NULL,
    created_by     TEXT NOT NULL,
    UNIQUE (dataset_id, version)
);
CREATE TABLE dataset_columns (
    version_id INTEGER NOT NULL REFERENCES dataset_versions(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    name       TEXT NOT NULL,
    field      TEXT, -- canonical CarSchema key, NULL for extra columns
    type       TEXT NOT NULL, -- columnTypeName()
    source     TEXT, -- source column name or description
    PRIMARY KEY (version_id, position)
);
CREATE TABLE dataset_chunks (
    id         INTEGER PRIMARY KEY,
    version_id INTEGER NOT NULL REFERENCES dataset_versions(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    chunk      INTEGER NOT NULL,
    row_count  INTEGER NOT NULL,
    data       BLOB NOT NULL,
    UNIQUE (version_id, position, chunk)
);
CREATE TABLE import_rejects (
    id          INTEGER PRIMARY KEY,
    version_id  INTEGER NOT NULL REFERENCES dataset_versions(id) ON DELETE CASCADE,
    line        INTEGER NOT NULL,
    column_name TEXT,
    raw         TEXT,
    reason      TEXT NOT NULL
);
CREATE INDEX import_rejects_by_line ON import_rejects (version_id, line);
)sql";

// v3: quality reports (profile + checks + contract, with the gate) and drift comparisons, per dataset version.
const char16_t kSchemaV3[] = uR"sql(
CREATE TABLE quality_reports (
    id               INTEGER PRIMARY KEY,
    version_id       INTEGER NOT NULL REFERENCES dataset_versions(id) ON DELETE CASCADE,
    created_at       TEXT NOT NULL,
    created_by       TEXT NOT NULL,
    reference_date   TEXT NOT NULL,
    contract_id      TEXT,
    contract_version TEXT,
    contract_sha256  TEXT,
    checks_status    TEXT NOT NULL,
    contract_gate    TEXT,
    gate             TEXT NOT NULL CHECK (gate IN ('pass', 'warn', 'fail')),
    report           TEXT NOT NULL
);
CREATE INDEX quality_reports_by_version ON quality_reports (version_id, id);
CREATE TABLE drift_reports (
    id                   INTEGER PRIMARY KEY,
    reference_version_id INTEGER NOT NULL REFERENCES dataset_versions(id) ON DELETE CASCADE,
    current_version_id   INTEGER NOT NULL REFERENCES dataset_versions(id) ON DELETE CASCADE,
    created_at           TEXT NOT NULL,
    created_by           TEXT NOT NULL,
    status               TEXT NOT NULL,
    report               TEXT NOT NULL
);
CREATE INDEX drift_reports_by_current ON drift_reports (current_version_id, id);
)sql";

// v4: training runs (everything needed to trust and reproduce the numbers) and their models. A dataset version
// that runs were trained on cannot be deleted (no cascade): lineage stays intact.
const char16_t kSchemaV4[] = uR"sql(
CREATE TABLE training_runs (
    id                 INTEGER PRIMARY KEY,
    name               TEXT NOT NULL,
    tags               TEXT NOT NULL DEFAULT '[]',
    learner            TEXT NOT NULL,
    dataset_version_id INTEGER NOT NULL REFERENCES dataset_versions(id),
    dataset_sha256     TEXT NOT NULL,
    quality_gate       TEXT NOT NULL,
    gate_override      TEXT,
    config             TEXT NOT NULL,
    parameters         TEXT NOT NULL,
    feature_spec       TEXT NOT NULL,
    folds              TEXT NOT NULL,
    metrics            TEXT NOT NULL,
    curve              TEXT NOT NULL,
    predictions        BLOB,
    seconds            REAL NOT NULL,
    versions           TEXT NOT NULL,
    git_revision       TEXT NOT NULL,
    created_at         TEXT NOT NULL,
    created_by         TEXT NOT NULL,
    mae                REAL,
    rmse               REAL,
    mape               REAL,
    median_ape         REAL,
    r2                 REAL,
    within_10pct       REAL
);
CREATE INDEX training_runs_by_dataset ON training_runs (dataset_version_id);
CREATE TABLE models (
    run_id  INTEGER PRIMARY KEY REFERENCES training_runs(id) ON DELETE CASCADE,
    learner TEXT NOT NULL,
    format  TEXT NOT NULL,
    sha256  TEXT NOT NULL,
    bytes   BLOB NOT NULL
);
)sql";

// v5: fairness checks of models (error by segment, services/explain/FairnessService), kept with the model as the
// input of a future promotion gate. Deleting the run or the scored dataset version deletes its checks.
const char16_t kSchemaV5[] = uR"sql(
CREATE TABLE model_fairness (
    id                 INTEGER PRIMARY KEY,
    run_id             INTEGER NOT NULL REFERENCES training_runs(id) ON DELETE CASCADE,
    dataset_version_id INTEGER NOT NULL REFERENCES dataset_versions(id) ON DELETE CASCADE,
    params             TEXT NOT NULL, -- JSON: FairnessOptions
    result             TEXT NOT NULL, -- JSON: FairnessReport
    flagged            INTEGER NOT NULL,
    created_at         TEXT NOT NULL,
    created_by         TEXT NOT NULL
);
CREATE INDEX model_fairness_by_run ON model_fairness (run_id, id);
)sql";

Status applyStep(Database& db, const WorkspaceSchema::Migration& step)
{
    auto tx = Transaction::begin(db);
    if (!tx)
        return fail(tx.error());
    // Re-read under the write lock: another process may have migrated while we waited.
    auto current = WorkspaceSchema::version(db);
    if (!current)
        return fail(current.error());
    if (*current >= step.version)
        return {};
    if (!step.sql.isEmpty()) {
        if (auto status = db.exec(step.sql); !status)
            return status;
    }
    if (step.apply) {
        if (auto status = step.apply(db); !status)
            return status;
    }
    if (auto status = db.exec(QStringLiteral("PRAGMA user_version = %1").arg(step.version)); !status)
        return status;
    return tx->commit();
}

} // namespace

const QList<WorkspaceSchema::Migration>& WorkspaceSchema::migrations()
{
    // Append new steps at the end; the list index + 1 must equal the version.
    static const QList<Migration> steps = {
        {1, QStringLiteral("metadata and audit log"), QString::fromUtf16(kSchemaV1), {}},
        {2, QStringLiteral("datasets, versions, column chunks, import rejects"), QString::fromUtf16(kSchemaV2), {}},
        {3, QStringLiteral("quality and drift reports"), QString::fromUtf16(kSchemaV3), {}},
        {4, QStringLiteral("training runs and models"), QString::fromUtf16(kSchemaV4), {}},
        {5, QStringLiteral("model fairness checks"), QString::fromUtf16(kSchemaV5), {}},
    };
    return steps;
}

int WorkspaceSchema::latestVersion()
{
    return int(migrations().size());
}

Result<int> WorkspaceSchema::version(Database& db)
{
    return db.queryInt64(QStringLiteral("PRAGMA user_version")).map([](qint64 v) { return int(v); });
}

Result<int> WorkspaceSchema::migrate(Database& db, const QList<Migration>& steps)
{
    auto current = version(db);
    if (!current)
        return current;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const Migration& step = steps.at(i);
        if (step.version != i + 1) {
            return fail(ErrorCode::InvalidArgument, tr("Internal error: the workspace schema history is invalid."),
                QStringLiteral("migration #%1 has version %2").arg(i).arg(step.version));
        }
        if (step.version <= *current)
            continue;
        qCInfo(lcWorkspace) << "migrating" << db.path() << "to schema" << step.version << step.description;
        if (auto status = applyStep(db, step); !status) {
            Error error = status.error();
            error.userMessage
                = tr("Upgrading the workspace to schema %1 failed: %2").arg(step.version).arg(error.userMessage);
            return fail(std::move(error));
        }
        *current = step.version;
    }
    return current;
}

} // namespace valuator
