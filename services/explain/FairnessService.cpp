// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/explain/FairnessService.h"

#include "services/datasets/DatasetStore.h"
#include "services/training/RunStore.h"
#include "services/training/TrainingService.h"
#include "services/workspace/AuditLog.h"
#include "services/workspace/Database.h"
#include "services/workspace/Statement.h"
#include "services/workspace/Transaction.h"
#include "services/workspace/Workspace.h"

#include <QDateTime>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>
#include <limits>

namespace valuator {

namespace {

QString compact(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

/// Predicted prices and ages (years) of every row of `table`.
Status score(const LoadedModel& loaded, const Table& table, std::vector<double>& prices, std::vector<double>& ages)
{
    auto x = loaded.spec.transform(table);
    if (!x)
        return fail(x.error());
    auto raw = loaded.model->predict(*x);
    if (!raw)
        return fail(raw.error());
    prices.resize(raw->size());
    for (size_t i = 0; i < raw->size(); ++i)
        prices[i] = loaded.spec.toPrice((*raw)[i]);
    const int age = x->indexOf(QStringLiteral("age_years"));
    ages.assign(size_t(x->rows), std::nan(""));
    for (int64_t r = 0; age >= 0 && r < x->rows; ++r)
        ages[size_t(r)] = x->at(r, age);
    return {};
}

} // namespace

QJsonObject FairnessRecord::toJson() const
{
    QJsonObject out = report.toJson();
    out.insert(QStringLiteral("id"), id);
    out.insert(QStringLiteral("model"), modelId);
    out.insert(QStringLiteral("dataset_version_id"), datasetVersionId);
    out.insert(QStringLiteral("dataset"), datasetRef);
    out.insert(QStringLiteral("created_at"), createdAt);
    out.insert(QStringLiteral("created_by"), createdBy);
    return out;
}

Result<FairnessRecord> FairnessService::run(
    const QString& workspacePath, const FairnessRequest& request, const ProgressFn& progress)
{
    auto ws = Workspace::open(workspacePath);
    if (!ws)
        return fail(ws.error());
    Database& db = (*ws)->db();
    auto loaded = TrainingService::loadModel(db, request.modelId);
    if (!loaded)
        return fail(loaded.error());
    if (!loaded->model)
        return fail(ErrorCode::NotFound, tr("Run %1 has no stored model to check.").arg(request.modelId));
    auto version = DatasetStore::resolve(db, request.dataset);
    if (!version)
        return fail(version.error());
    ProgressFn loading;
    if (progress)
        loading = [&progress](qint64 done, qint64 total) { return progress(total > 0 ? 800 * done / total : 0, 1000); };
    auto table = DatasetStore::loadTable(db, version->id, {}, loading);
    if (!table)
        return fail(table.error());
    std::vector<double> predicted;
    std::vector<double> ages;
    if (Status scored = score(*loaded, *table, predicted, ages); !scored)
        return fail(scored.error());
    QList<SegmentDimension> dimensions;
    for (const QString& by : request.options.by) {
        auto d = FairnessReport::dimension(*table, by, ages);
        if (!d)
            return fail(d.error());
        dimensions.append(std::move(*d));
    }
    const Column* price = table->find(QStringLiteral("sale_price"));
    if (!price)
        return fail(ErrorCode::InvalidArgument, tr("The dataset has no sale_price column to compare with."));
    std::vector<double> actual(static_cast<size_t>(table->rowCount()));
    for (int64_t r = 0; r < table->rowCount(); ++r)
        actual[size_t(r)] = price->number(r);
    // On the model's own training data the final model's errors are optimistic (it has seen every row): use the
    // run's out-of-fold predictions instead, so the segments show the errors validation measured.
    const bool outOfFold = version->id == loaded->run.datasetVersionId;
    if (outOfFold) {
        auto oof = RunStore::predictions(db, request.modelId);
        if (!oof)
            return fail(oof.error());
        std::fill(predicted.begin(), predicted.end(), std::numeric_limits<double>::quiet_NaN());
        for (size_t i = 0; i < oof->rows.size() && i < oof->predicted.size(); ++i)
            if (oof->rows[i] >= 0 && oof->rows[i] < table->rowCount())
                predicted[size_t(oof->rows[i])] = oof->predicted[i];
    }
    auto report = FairnessReport::compute(actual, predicted, dimensions, request.options);
    if (!report)
        return fail(report.error());
    if (!reportProgress(progress, 900, 1000))
        return fail(Error::cancelled());
    FairnessRecord record;
    record.modelId = request.modelId;
    record.datasetVersionId = version->id;
    record.datasetRef = version->refString();
    record.report = std::move(*report);
    record.report.outOfFold = outOfFold;
    record.createdBy = request.actor;
    if (Status stored = store(db, record); !stored)
        return fail(stored.error());
    reportProgress(progress, 1000, 1000);
    return record;
}

Status FairnessService::store(Database& db, FairnessRecord& record)
{
    auto tx = Transaction::begin(db);
    if (!tx)
        return fail(tx.error());
    record.createdAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    auto insert = db.prepare(QStringLiteral("INSERT INTO model_fairness (run_id, dataset_version_id, params, result, "
                                            "flagged, created_at, created_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
    if (!insert)
        return fail(insert.error());
    Statement& s = *insert;
    Status done = s.bindInt64(1, record.modelId)
                      .and_then([&] { return s.bindInt64(2, record.datasetVersionId); })
                      .and_then([&] { return s.bindText(3, compact(record.report.options.toJson())); })
                      .and_then([&] { return s.bindText(4, compact(record.report.toJson())); })
                      .and_then([&] { return s.bindInt64(5, record.report.flaggedCount); })
                      .and_then([&] { return s.bindText(6, record.createdAt); })
                      .and_then([&] { return s.bindText(7, record.createdBy); })
                      .and_then([&] { return s.run(); });
    if (!done)
        return fail(done.error());
    record.id = db.lastInsertRowId();
    auto audit = AuditLog::append(db,
        {record.createdBy, QStringLiteral("model.fairness"), QStringLiteral("model:%1").arg(record.modelId),
            {{QStringLiteral("fairness_id"), record.id}, {QStringLiteral("dataset"), record.datasetRef},
                {QStringLiteral("mape"), record.report.mape}, {QStringLiteral("flagged"), record.report.flaggedCount},
                {QStringLiteral("factor"), record.report.options.factor}}});
    if (!audit)
        return fail(audit.error());
    return tx->commit();
}

Result<QList<FairnessRecord>> FairnessService::list(Database& db, qint64 modelId)
{
    auto query = db.prepare(
        QStringLiteral("SELECT f.id, f.dataset_version_id, f.result, f.created_at, f.created_by, d.name, v.version "
                       "FROM model_fairness f JOIN dataset_versions v ON v.id = f.dataset_version_id "
                       "JOIN datasets d ON d.id = v.dataset_id WHERE f.run_id = ?1 ORDER BY f.id DESC"));
    if (!query)
        return fail(query.error());
    if (Status bound = query->bindInt64(1, modelId); !bound)
        return fail(bound.error());
    QList<FairnessRecord> out;
    Status read = query->forEachRow([&]() -> Status {
        auto report = FairnessReport::fromJson(QJsonDocument::fromJson(query->columnText(2).toUtf8()).object());
        if (!report)
            return fail(report.error());
        FairnessRecord r;
        r.id = query->columnInt64(0);
        r.modelId = modelId;
        r.datasetVersionId = query->columnInt64(1);
        r.report = std::move(*report);
        r.createdAt = query->columnText(3);
        r.createdBy = query->columnText(4);
        r.datasetRef = QStringLiteral("%1@%2").arg(query->columnText(5)).arg(query->columnInt64(6));
        out.append(std::move(r));
        return {};
    });
    if (!read)
        return fail(read.error());
    return out;
}

Result<FairnessRecord> FairnessService::latest(Database& db, qint64 modelId)
{
    auto all = list(db, modelId);
    if (!all)
        return fail(all.error());
    if (all->isEmpty())
        return fail(ErrorCode::NotFound, tr("Model %1 has no fairness check yet.").arg(modelId));
    return all->first();
}

} // namespace valuator
