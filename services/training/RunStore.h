// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"
#include "services/training/RunRecord.h"

#include <QCoreApplication>

namespace valuator {

class Database;

/// The training_runs and models tables (schema v4). Writes join the caller's transaction when there is one;
/// changes that matter append an audit row.
class RunStore {
    Q_DECLARE_TR_FUNCTIONS(RunStore)
public:
    /// Inserts the run and its model blob; returns the run id (= model id). Caller's transaction.
    static Result<qint64> insert(Database& db, const RunRecord& run, const RunPredictions& predictions,
        const QString& modelFormat, const QByteArray& modelBytes);
    /// All runs, newest first, without predictions and model bytes.
    static Result<QList<RunRecord>> list(Database& db);
    static Result<RunRecord> run(Database& db, qint64 id);
    static Result<RunPredictions> predictions(Database& db, qint64 id);
    /// The model blob and its learner.
    static Result<std::pair<QString, QByteArray>> model(Database& db, qint64 id);
    static Status rename(Database& db, qint64 id, const QString& name, const QString& actor);
    static Status setTags(Database& db, qint64 id, const QStringList& tags, const QString& actor);
    /// Deletes the run and its model (audited `model.delete`).
    static Status remove(Database& db, qint64 id, const QString& actor);
};

} // namespace valuator
