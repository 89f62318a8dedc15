// SPDX-License-Identifier: GPL-3.0-or-later
// TrainingService and RunStore: what a run records, the quality gate, cancel, run management, stored blobs.
#include "models/core/BuildInfo.h"
#include "services/datasets/DatasetStore.h"
#include "services/system/LibraryVersions.h"
#include "services/training/RunStore.h"
#include "services/workspace/AuditLog.h"
#include "services/workspace/Database.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

#include "TrainingFixtures.h"

using namespace valuator;
using namespace valuator::testing;

namespace {

AuditRecord auditAt(Database& db, qint64 fromNewest)
{
    return AuditLog::list(db, fromNewest, 1)->first();
}

} // namespace

class TestTrainingService : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_ws;
    DatasetVersionInfo m_clean;
    std::optional<TrainResult> m_first;

    qint64 runs() const { return countRows(m_ws, QStringLiteral("SELECT count(*) FROM training_runs")); }
    qint64 models() const { return countRows(m_ws, QStringLiteral("SELECT count(*) FROM models")); }
    qint64 auditRows() const { return countRows(m_ws, QStringLiteral("SELECT count(*) FROM audit_log")); }

    std::unique_ptr<Workspace> open() const { return std::move(*Workspace::open(m_ws)); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_ws = m_dir.filePath(QStringLiteral("t.valuator"));
        QVERIFY(Workspace::create(m_ws, QStringLiteral("tester")));
        const QString clean = m_dir.filePath(QStringLiteral("clean-2k.csv"));
        const QString dirty = m_dir.filePath(QStringLiteral("dirty-2k.csv"));
        QVERIFY(writeFixtureSlice(QStringLiteral("sales-clean-10k.csv"), clean, 0, 2000));
        QVERIFY(writeFixtureSlice(QStringLiteral("sales-dirty-10k.csv"), dirty, 0, 2000));
        auto imported = importFile(m_ws, clean, QStringLiteral("clean"));
        QVERIFY(imported);
        m_clean = imported->version;
        QVERIFY(importFile(m_ws, dirty, QStringLiteral("dirty")));
    }

    void runRecordsItsLineage()
    {
        TrainRequest request = fastRequest(QStringLiteral("clean"));
        request.name = QStringLiteral("  first run ");
        request.tags = {QStringLiteral("baseline"), QStringLiteral("q4")};
        auto result = TrainingService::train(m_ws, request);
        QVERIFY2(result, result ? "" : qPrintable(result.error().userMessage));
        m_first = std::move(*result);
        const RunRecord& made = m_first->run;
        QCOMPARE(made.id, 1);
        QVERIFY(made.hasModel);

        auto ws = open();
        auto stored = RunStore::run(ws->db(), made.id);
        QVERIFY(stored);
        QCOMPARE(stored->name, QStringLiteral("first run"));
        QCOMPARE(stored->tags, request.tags);
        QCOMPARE(stored->learner, QStringLiteral("xgboost"));
        QCOMPARE(stored->datasetVersionId, m_clean.id);
        QCOMPARE(stored->datasetRef, QStringLiteral("clean@1"));
        QCOMPARE(stored->datasetSha256, m_clean.contentSha256);
        QCOMPARE(stored->datasetSha256.size(), 64);
        QCOMPARE(stored->qualityGate, QStringLiteral("warn")); // profiled on the way: clean data only warns
        QVERIFY(stored->gateOverride.isEmpty());
        QCOMPARE(stored->createdBy, QStringLiteral("anna"));
        QVERIFY(QDateTime::fromString(stored->createdAt, Qt::ISODateWithMs).isValid());
        QVERIFY(stored->seconds > 0);
        QCOMPARE(stored->seconds, made.seconds);
        QCOMPARE(stored->gitRevision, BuildInfo::gitRevision());
        for (const auto& [library, version] : LibraryVersions::current().asList())
            QCOMPARE(stored->versions.value(library).toString(), version);
        QVERIFY(stored->versions.contains(QStringLiteral("XGBoost")));

        // How it was trained: learner config, split with its seed, resolved parameters, feature spec.
        const QJsonObject split = stored->config.value(QStringLiteral("split")).toObject();
        QCOMPARE(split.value(QStringLiteral("kind")).toString(), QStringLiteral("kfold"));
        QCOMPARE(split.value(QStringLiteral("folds")).toInt(), 3);
        QCOMPARE(split.value(QStringLiteral("seed")).toInt(), 7);
        QCOMPARE(stored->config.value(QStringLiteral("threads")).toInt(), 1);
        QCOMPARE(stored->config.value(QStringLiteral("overrides")).toObject().value(QStringLiteral("rounds")),
            QJsonValue(QStringLiteral("20")));
        QCOMPARE(stored->parameters.value(QStringLiteral("rounds")).toInt(), 20);
        QCOMPARE(stored->parameters.value(QStringLiteral("max_depth")).toInt(), 4);
        QCOMPARE(stored->parameters.value(QStringLiteral("eta")).toDouble(), 0.1); // the balanced preset
        QCOMPARE(stored->featureSpec, m_first->training.spec.toJson());
        QVERIFY(!stored->featureSpec.isEmpty());

        // How well: three folds covering all 2,000 rows once, pooled metrics as computed.
        QCOMPARE(stored->folds.size(), 3);
        qint64 tested = 0;
        for (int i = 0; i < 3; ++i) {
            const QJsonObject fold = stored->folds.at(i).toObject();
            QCOMPARE(fold, m_first->training.folds.at(i).toJson());
            tested += fold.value(QStringLiteral("test_rows")).toInteger();
            QVERIFY(fold.value(QStringLiteral("metrics")).toObject().value(QStringLiteral("mae")).toDouble() > 0);
        }
        QCOMPARE(tested, 2000);
        QCOMPARE(stored->metrics.count, 2000);
        QCOMPARE(stored->metrics.mae, m_first->training.overall.mae);
        QCOMPARE(stored->metrics.r2, m_first->training.overall.r2);
        QVERIFY(stored->metrics.r2 > 0.5 && stored->metrics.r2 <= 1);
        QCOMPARE(stored->curve.value(QStringLiteral("final")).toArray().size(), 20);

        // The model blob, and one audit row for the run.
        auto blob = RunStore::model(ws->db(), made.id);
        QVERIFY(blob);
        QCOMPARE(blob->first, QStringLiteral("xgboost"));
        QCOMPARE(blob->second, *m_first->training.model->serialize());
        const AuditRecord head = auditAt(ws->db(), 0);
        QCOMPARE(head.action, QStringLiteral("model.train"));
        QCOMPARE(head.target, QStringLiteral("run:1"));
        QCOMPARE(head.actor, QStringLiteral("anna"));
        QCOMPARE(head.details.value(QStringLiteral("dataset")).toString(), QStringLiteral("clean@1"));
        QCOMPARE(head.details.value(QStringLiteral("dataset_sha256")).toString(), m_clean.contentSha256);
        QCOMPARE(head.details.value(QStringLiteral("model_sha256")).toString().size(), 64);
    }

    void sameRequestSameRun()
    {
        QVERIFY(m_first);
        auto again = TrainingService::train(m_ws, fastRequest(QStringLiteral("clean@1")));
        QVERIFY(again);
        QCOMPARE(again->run.id, 2);
        QCOMPARE(again->run.name, QStringLiteral("xgboost on clean@1")); // the default name
        QCOMPARE(again->run.metrics.mae, m_first->run.metrics.mae);
        QCOMPARE(again->training.predicted, m_first->training.predicted);
    }

    void loadedModelPredictsLikeTheTrainedOne()
    {
        QVERIFY(m_first);
        auto ws = open();
        auto loaded = TrainingService::loadModel(ws->db(), m_first->run.id);
        QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error().userMessage));
        QCOMPARE(loaded->run.id, m_first->run.id);
        QCOMPARE(loaded->spec.toJson(), m_first->training.spec.toJson());
        auto table = DatasetStore::loadTable(ws->db(), m_clean.id);
        QVERIFY(table);
        auto fromStore = loaded->model->predict(*loaded->spec.transform(*table));
        auto inMemory = m_first->training.model->predict(*m_first->training.spec.transform(*table));
        QVERIFY(fromStore && inMemory);
        QCOMPARE(fromStore->size(), size_t(2000));
        QCOMPARE(*fromStore, *inMemory);

        auto missing = TrainingService::loadModel(ws->db(), 999);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
        QCOMPARE(missing.error().userMessage, QStringLiteral("There is no model 999 in this workspace."));
    }

    void predictionsBlobRoundTrips()
    {
        QVERIFY(m_first);
        auto ws = open();
        auto stored = RunStore::predictions(ws->db(), m_first->run.id);
        QVERIFY(stored);
        const TrainingRun& t = m_first->training;
        QCOMPARE(stored->rows, std::vector<qint64>(t.testRows.begin(), t.testRows.end()));
        QCOMPARE(stored->actual, t.actual);
        QCOMPARE(stored->predicted, t.predicted);
        QCOMPARE(stored->rows.size(), size_t(2000));
        QCOMPARE(RunStore::predictions(ws->db(), 999).error().code, ErrorCode::NotFound);

        const RunPredictions small {{3, 1}, {1000.5, 2000}, {1100, 1900.25}};
        const RunPredictions decoded = RunPredictions::decode(small.encode());
        QCOMPARE(decoded.rows, small.rows);
        QCOMPARE(decoded.actual, small.actual);
        QCOMPARE(decoded.predicted, small.predicted);
        QVERIFY(RunPredictions::decode(QByteArray("not a blob")).rows.empty());
        QVERIFY(RunPredictions::decode(small.encode().chopped(5)).rows.empty()); // truncated: nothing, no crash
    }

    void invalidParametersFailBeforeAnyWork_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("not a number") << QStringLiteral("max_depth") << QStringLiteral("deep")
                                      << QStringLiteral("max_depth must be a whole number from 1 to 20, not 'deep'.");
        QTest::newRow("out of range") << QStringLiteral("eta") << QStringLiteral("2")
                                      << QStringLiteral("eta must be a number from 0.001 to 1, not '2'.");
        QTest::newRow("unknown key") << QStringLiteral("depth") << QStringLiteral("3")
                                     << QStringLiteral("Unknown parameter 'depth' for the xgboost learner.");
    }
    void invalidParametersFailBeforeAnyWork()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, message);
        const qint64 before = runs();
        const qint64 audited = auditRows();
        TrainRequest request = fastRequest(QStringLiteral("clean"));
        request.config.learner.overrides.insert(key, value);
        int calls = 0;
        auto result = TrainingService::train(m_ws, request, [&](qint64, qint64) { return ++calls > 0; });
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(result.error().userMessage.startsWith(message), qPrintable(result.error().userMessage));
        QCOMPARE(calls, 0);
        QCOMPARE(runs(), before);
        QCOMPARE(auditRows(), audited);
    }

    void failedGateWithoutReasonStoresNoRun()
    {
        const qint64 before = runs();
        auto result = TrainingService::train(m_ws, fastRequest(QStringLiteral("dirty")));
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::Conflict);
        QCOMPARE(result.error().userMessage,
            QStringLiteral("The quality gate of dirty@1 failed. Clean the data, or train anyway with a reason for "
                           "the override (it is written to the audit log)."));
        QCOMPARE(runs(), before);
        auto ws = open();
        // The gate was computed on the way (a profile), but nothing about training or overrides was written.
        QCOMPARE(auditAt(ws->db(), 0).action, QStringLiteral("quality.profile"));
        TrainRequest blank = fastRequest(QStringLiteral("dirty"));
        blank.gateOverrideReason = QStringLiteral("   ");
        QCOMPARE(TrainingService::train(m_ws, blank).error().code, ErrorCode::Conflict);
        QCOMPARE(runs(), before);
    }

    void cancelStoresNothing_data()
    {
        QTest::addColumn<QString>("dataset");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<int>("cancelAtCall");
        QTest::newRow("clean, early") << QStringLiteral("clean") << QString() << 2;
        QTest::newRow("clean, while boosting") << QStringLiteral("clean") << QString() << 40;
        QTest::newRow("dirty with an override") << QStringLiteral("dirty") << QStringLiteral("known") << 40;
    }
    void cancelStoresNothing()
    {
        QFETCH(QString, dataset);
        QFETCH(QString, reason);
        QFETCH(int, cancelAtCall);
        const qint64 before = runs();
        const qint64 modelsBefore = models();
        const qint64 audited = auditRows();
        TrainRequest request = fastRequest(dataset);
        request.gateOverrideReason = reason;
        int calls = 0;
        qint64 last = -1;
        auto result = TrainingService::train(m_ws, request, [&](qint64 done, qint64 total) {
            last = done;
            return total == 1000 && ++calls < cancelAtCall;
        });
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::Cancelled);
        QCOMPARE(calls, cancelAtCall);
        QVERIFY(last < 1000);
        QCOMPARE(runs(), before);
        QCOMPARE(models(), modelsBefore);
        QCOMPARE(auditRows(), audited); // no run, no override
    }

    void overrideStoresTheRunAndAuditsTheReason()
    {
        const qint64 audited = auditRows();
        TrainRequest request = fastRequest(QStringLiteral("dirty"));
        request.gateOverrideReason = QStringLiteral("  dirt is known, baseline only ");
        auto result = TrainingService::train(m_ws, request);
        QVERIFY2(result, result ? "" : qPrintable(result.error().userMessage));
        auto ws = open();
        auto stored = RunStore::run(ws->db(), result->run.id);
        QVERIFY(stored);
        QCOMPARE(stored->qualityGate, QStringLiteral("fail"));
        QCOMPARE(stored->gateOverride, QStringLiteral("dirt is known, baseline only"));
        QCOMPARE(stored->toJson().value(QStringLiteral("gate_override")).toString(), stored->gateOverride);
        QCOMPARE(auditRows(), audited + 2);
        const AuditRecord overridden = auditAt(ws->db(), 1);
        QCOMPARE(overridden.action, QStringLiteral("quality.gate_override"));
        QCOMPARE(overridden.actor, QStringLiteral("anna"));
        QCOMPARE(overridden.details.value(QStringLiteral("reason")).toString(), stored->gateOverride);
        const AuditRecord trained = auditAt(ws->db(), 0);
        QCOMPARE(trained.action, QStringLiteral("model.train"));
        QCOMPARE(trained.target, QStringLiteral("run:%1").arg(stored->id));
        QCOMPARE(trained.details.value(QStringLiteral("quality_gate")).toString(), QStringLiteral("fail"));
        auto verified = AuditLog::verify(ws->db());
        QVERIFY(verified);
        QVERIFY2(verified->ok, qPrintable(verified->reason));
    }

    void renameTagAndDelete()
    {
        QVERIFY(m_first);
        const qint64 id = m_first->run.id;
        auto ws = open();
        Database& db = ws->db();
        QVERIFY(RunStore::rename(db, id, QStringLiteral("  champion "), QStringLiteral("bo")));
        QCOMPARE(RunStore::run(db, id)->name, QStringLiteral("champion"));
        AuditRecord head = auditAt(db, 0);
        QCOMPARE(head.action, QStringLiteral("model.rename"));
        QCOMPARE(head.actor, QStringLiteral("bo"));
        QCOMPARE(head.details.value(QStringLiteral("from")).toString(), QStringLiteral("first run"));
        QCOMPARE(head.details.value(QStringLiteral("to")).toString(), QStringLiteral("champion"));
        QCOMPARE(RunStore::rename(db, id, QStringLiteral(" "), QStringLiteral("bo")).error().code,
            ErrorCode::InvalidArgument);
        QCOMPARE(
            RunStore::rename(db, 999, QStringLiteral("x"), QStringLiteral("bo")).error().code, ErrorCode::NotFound);

        QVERIFY(RunStore::setTags(db, id, {QStringLiteral("prod"), QStringLiteral(" q4 "), QStringLiteral("prod"), {}},
            QStringLiteral("bo")));
        QCOMPARE(RunStore::run(db, id)->tags, (QStringList {QStringLiteral("prod"), QStringLiteral("q4")}));
        head = auditAt(db, 0);
        QCOMPARE(head.action, QStringLiteral("model.tag"));
        QCOMPARE(head.details.value(QStringLiteral("tags")).toArray(),
            (QJsonArray {QStringLiteral("prod"), QStringLiteral("q4")}));
        QVERIFY(RunStore::setTags(db, id, {}, QStringLiteral("bo")));
        QVERIFY(RunStore::run(db, id)->tags.isEmpty());

        const qint64 before = runs();
        QVERIFY(RunStore::remove(db, id, QStringLiteral("bo")));
        QCOMPARE(runs(), before - 1);
        QCOMPARE(RunStore::run(db, id).error().code, ErrorCode::NotFound);
        QCOMPARE(RunStore::model(db, id).error().code, ErrorCode::NotFound); // the model went with it
        QCOMPARE(countRows(m_ws, QStringLiteral("SELECT count(*) FROM models WHERE run_id = %1").arg(id)), 0);
        head = auditAt(db, 0);
        QCOMPARE(head.action, QStringLiteral("model.delete"));
        QCOMPARE(head.target, QStringLiteral("run:%1").arg(id));
        QCOMPARE(head.details.value(QStringLiteral("name")).toString(), QStringLiteral("champion"));
        QCOMPARE(head.details.value(QStringLiteral("dataset")).toString(), QStringLiteral("clean@1"));
        QCOMPARE(RunStore::remove(db, id, QStringLiteral("bo")).error().code, ErrorCode::NotFound);
        // Listing: newest first, the deleted run gone.
        auto list = RunStore::list(db);
        QVERIFY(list);
        QCOMPARE(list->size(), before - 1);
        QVERIFY(list->first().id > list->last().id);
        for (const RunRecord& r : *list)
            QVERIFY(r.id != id);
        QVERIFY(AuditLog::verify(db)->ok);
    }
};

QTEST_GUILESS_MAIN(TestTrainingService)
#include "TestTrainingService.moc"
