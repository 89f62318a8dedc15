// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/training/RunStore.h"

#include "services/system/Sha256.h"
#include "services/workspace/AuditLog.h"
#include "services/workspace/Database.h"
#include "services/workspace/Statement.h"
#include "services/workspace/Transaction.h"

#include <QJsonDocument>

namespace valuator {
namespace {

const QString kColumns = QStringLiteral(
    "r.id, r.name, r.tags, r.learner, r.dataset_version_id, d.name || '@' || v.version, r.dataset_sha256, "
    "r.quality_gate, r.gate_override, r.config, r.parameters, r.feature_spec, r.folds, r.metrics, r.curve, "
    "r.seconds, r.versions, r.git_revision, r.created_at, r.created_by, (SELECT count(*) FROM models m WHERE "
    "m.run_id = r.id)");
const QString kFrom = QStringLiteral(" FROM training_runs r JOIN dataset_versions v ON v.id = r.dataset_version_id "
                                     "JOIN datasets d ON d.id = v.dataset_id");

QString compact(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString compact(const QJsonArray& a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QJsonObject object(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

RunRecord readRun(Statement& s)
{
    RunRecord r;
    r.id = s.columnInt64(0);
    r.name = s.columnText(1);
    for (const QJsonValue& v : QJsonDocument::fromJson(s.columnText(2).toUtf8()).array())
        r.tags << v.toString();
    r.learner = s.columnText(3);
    r.datasetVersionId = s.columnInt64(4);
    r.datasetRef = s.columnText(5);
    r.datasetSha256 = s.columnText(6);
    r.qualityGate = s.columnText(7);
    r.gateOverride = s.columnText(8);
    r.config = object(s.columnText(9));
    r.parameters = object(s.columnText(10));
    r.featureSpec = object(s.columnText(11));
    r.folds = QJsonDocument::fromJson(s.columnText(12).toUtf8()).array();
    r.metrics = Metrics::fromJson(object(s.columnText(13)));
    r.curve = object(s.columnText(14));
    r.seconds = s.columnDouble(15);
    r.versions = object(s.columnText(16));
    r.gitRevision = s.columnText(17);
    r.createdAt = s.columnText(18);
    r.createdBy = s.columnText(19);
    r.hasModel = s.columnInt64(20) > 0;
    return r;
}

Error notFound(qint64 id)
{
    return {ErrorCode::NotFound, RunStore::tr("There is no training run %1 in this workspace.").arg(id), {}};
}

Status audit(Database& db, const QString& actor, const QString& action, qint64 id, const QJsonObject& details)
{
    auto appended = AuditLog::append(db, {actor, action, QStringLiteral("run:%1").arg(id), details});
    if (!appended)
        return fail(appended.error());
    return {};
}

} // namespace

Result<qint64> RunStore::insert(Database& db, const RunRecord& run, const RunPredictions& predictions,
    const QString& modelFormat, const QByteArray& modelBytes)
{
    auto insert = db.prepare(QStringLiteral(
        "INSERT INTO training_runs (name, tags, learner, dataset_version_id, dataset_sha256, quality_gate, "
        "gate_override, config, parameters, feature_spec, folds, metrics, curve, predictions, seconds, versions, "
        "git_revision, created_at, created_by, mae, rmse, mape, median_ape, r2, within_10pct) VALUES (?1, ?2, ?3, "
        "?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25)"));
    if (!insert)
        return fail(insert.error());
    Statement& s = *insert;
    const Metrics& m = run.metrics;
    Status bound
        = s.bindText(1, run.name)
              .and_then([&] { return s.bindText(2, compact(QJsonArray::fromStringList(run.tags))); })
              .and_then([&] { return s.bindText(3, run.learner); })
              .and_then([&] { return s.bindInt64(4, run.datasetVersionId); })
              .and_then([&] { return s.bindText(5, run.datasetSha256); })
              .and_then([&] { return s.bindText(6, run.qualityGate); })
              .and_then([&] { return run.gateOverride.isEmpty() ? s.bindNull(7) : s.bindText(7, run.gateOverride); })
              .and_then([&] { return s.bindText(8, compact(run.config)); })
              .and_then([&] { return s.bindText(9, compact(run.parameters)); })
              .and_then([&] { return s.bindText(10, compact(run.featureSpec)); })
              .and_then([&] { return s.bindText(11, compact(run.folds)); })
              .and_then([&] { return s.bindText(12, compact(m.toJson())); })
              .and_then([&] { return s.bindText(13, compact(run.curve)); })
              .and_then([&] { return s.bindBlob(14, predictions.encode()); })
              .and_then([&] { return s.bindDouble(15, run.seconds); })
              .and_then([&] { return s.bindText(16, compact(run.versions)); })
              .and_then([&] { return s.bindText(17, run.gitRevision); })
              .and_then([&] { return s.bindText(18, run.createdAt); })
              .and_then([&] { return s.bindText(19, run.createdBy); })
              .and_then([&] { return s.bindDouble(20, m.mae); })
              .and_then([&] { return s.bindDouble(21, m.rmse); })
              .and_then([&] { return s.bindDouble(22, m.mape); })
              .and_then([&] { return s.bindDouble(23, m.medianApe); })
              .and_then([&] { return s.bindDouble(24, m.r2); })
              .and_then([&] { return s.bindDouble(25, m.within10); })
              .and_then([&] { return s.run(); });
    if (!bound)
        return fail(bound.error());
    const qint64 id = db.lastInsertRowId();
    if (!modelBytes.isEmpty()) {
        auto model = db.prepare(
            QStringLiteral("INSERT INTO models (run_id, learner, format, sha256, bytes) VALUES (?1, ?2, ?3, ?4, ?5)"));
        if (!model)
            return fail(model.error());
        Status stored = model->bindInt64(1, id)
                            .and_then([&] { return model->bindText(2, run.learner); })
                            .and_then([&] { return model->bindText(3, modelFormat); })
                            .and_then([&] { return model->bindText(4, Sha256::hex(modelBytes)); })
                            .and_then([&] { return model->bindBlob(5, modelBytes); })
                            .and_then([&] { return model->run(); });
        if (!stored)
            return fail(stored.error());
    }
    QJsonObject details {{QStringLiteral("name"), run.name}, {QStringLiteral("learner"), run.learner},
        {QStringLiteral("dataset"), run.datasetRef}, {QStringLiteral("dataset_sha256"), run.datasetSha256},
        {QStringLiteral("quality_gate"), run.qualityGate}, {QStringLiteral("mae"), m.mae},
        {QStringLiteral("median_ape"), m.medianApe},
        {QStringLiteral("model_sha256"), modelBytes.isEmpty() ? QString() : Sha256::hex(modelBytes)}};
    if (Status audited = audit(db, run.createdBy, QStringLiteral("model.train"), id, details); !audited)
        return fail(audited.error());
    return id;
}

Result<QList<RunRecord>> RunStore::list(Database& db)
{
    auto query = db.prepare(QStringLiteral("SELECT ") + kColumns + kFrom + QStringLiteral(" ORDER BY r.id DESC"));
    if (!query)
        return fail(query.error());
    QList<RunRecord> runs;
    Status done = query->forEachRow([&]() -> Status {
        runs.append(readRun(*query));
        return {};
    });
    if (!done)
        return fail(done.error());
    return runs;
}

Result<RunRecord> RunStore::run(Database& db, qint64 id)
{
    auto query = db.prepare(QStringLiteral("SELECT ") + kColumns + kFrom + QStringLiteral(" WHERE r.id = ?1"));
    if (!query)
        return fail(query.error());
    if (Status b = query->bindInt64(1, id); !b)
        return fail(b.error());
    auto step = query->step();
    if (!step)
        return fail(step.error());
    if (*step == Statement::Step::Done)
        return fail(notFound(id));
    return readRun(*query);
}

Result<RunPredictions> RunStore::predictions(Database& db, qint64 id)
{
    auto query = db.prepare(QStringLiteral("SELECT predictions FROM training_runs WHERE id = ?1"));
    if (!query)
        return fail(query.error());
    if (Status b = query->bindInt64(1, id); !b)
        return fail(b.error());
    auto step = query->step();
    if (!step)
        return fail(step.error());
    if (*step == Statement::Step::Done)
        return fail(notFound(id));
    return RunPredictions::decode(query->columnBlob(0));
}

Result<std::pair<QString, QByteArray>> RunStore::model(Database& db, qint64 id)
{
    auto query = db.prepare(QStringLiteral("SELECT learner, bytes, sha256 FROM models WHERE run_id = ?1"));
    if (!query)
        return fail(query.error());
    if (Status b = query->bindInt64(1, id); !b)
        return fail(b.error());
    auto step = query->step();
    if (!step)
        return fail(step.error());
    if (*step == Statement::Step::Done)
        return fail(ErrorCode::NotFound, tr("There is no model %1 in this workspace.").arg(id));
    const QByteArray bytes = query->columnBlob(1);
    if (Sha256::hex(bytes) != query->columnText(2))
        return fail(ErrorCode::Integrity, tr("Model %1 is damaged: its bytes do not match the stored hash.").arg(id));
    return std::pair {query->columnText(0), bytes};
}

Status RunStore::rename(Database& db, qint64 id, const QString& name, const QString& actor)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return fail(ErrorCode::InvalidArgument, tr("A run needs a name."));
    auto before = run(db, id);
    if (!before)
        return fail(before.error());
    auto tx = Transaction::begin(db);
    if (!tx)
        return fail(tx.error());
    auto update = db.prepare(QStringLiteral("UPDATE training_runs SET name = ?1 WHERE id = ?2"));
    if (!update)
        return fail(update.error());
    Status done = update->bindText(1, trimmed)
                      .and_then([&] { return update->bindInt64(2, id); })
                      .and_then([&] { return update->run(); })
                      .and_then([&] {
                          return audit(db, actor, QStringLiteral("model.rename"), id,
                              {{QStringLiteral("from"), before->name}, {QStringLiteral("to"), trimmed}});
                      });
    return done ? tx->commit() : done;
}

Status RunStore::setTags(Database& db, qint64 id, const QStringList& tags, const QString& actor)
{
    if (auto exists = run(db, id); !exists)
        return fail(exists.error());
    QStringList clean;
    for (const QString& t : tags)
        if (!t.trimmed().isEmpty() && !clean.contains(t.trimmed()))
            clean << t.trimmed();
    auto tx = Transaction::begin(db);
    if (!tx)
        return fail(tx.error());
    auto update = db.prepare(QStringLiteral("UPDATE training_runs SET tags = ?1 WHERE id = ?2"));
    if (!update)
        return fail(update.error());
    Status done = update->bindText(1, compact(QJsonArray::fromStringList(clean)))
                      .and_then([&] { return update->bindInt64(2, id); })
                      .and_then([&] { return update->run(); })
                      .and_then([&] {
                          return audit(db, actor, QStringLiteral("model.tag"), id,
                              {{QStringLiteral("tags"), QJsonArray::fromStringList(clean)}});
                      });
    return done ? tx->commit() : done;
}

Status RunStore::remove(Database& db, qint64 id, const QString& actor)
{
    auto before = run(db, id);
    if (!before)
        return fail(before.error());
    auto tx = Transaction::begin(db);
    if (!tx)
        return fail(tx.error());
    auto del = db.prepare(QStringLiteral("DELETE FROM training_runs WHERE id = ?1"));
    if (!del)
        return fail(del.error());
    Status done = del->bindInt64(1, id).and_then([&] { return del->run(); }).and_then([&] {
        return audit(db, actor, QStringLiteral("model.delete"), id,
            {{QStringLiteral("name"), before->name}, {QStringLiteral("learner"), before->learner},
                {QStringLiteral("dataset"), before->datasetRef}, {QStringLiteral("mae"), before->metrics.mae}});
    });
    return done ? tx->commit() : done;
}

} // namespace valuator
