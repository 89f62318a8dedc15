// SPDX-License-Identifier: GPL-3.0-or-later
// ExplainService and FairnessService on a real workspace: dataset explanations, what-if on a loaded model,
// fairness checks stored with the model and read back, audit rows, errors.
#include "services/explain/ExplainService.h"
#include "services/explain/FairnessService.h"
#include "services/training/RunStore.h"
#include "services/workspace/AuditLog.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

#include "../training/TrainingFixtures.h"

using namespace valuator;
using namespace valuator::testing;

class TestExplainService : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_ws;
    qint64 m_xgb = 0;
    qint64 m_linear = 0;

    qint64 trainOne(const QString& learner)
    {
        TrainRequest r = fastRequest(QStringLiteral("clean"));
        r.config.learner.learner = learner;
        r.config.learner.overrides.clear();
        if (learner == QLatin1String("xgboost"))
            r.config.learner.overrides = {{QStringLiteral("rounds"), QStringLiteral("30")}};
        auto trained = TrainingService::train(m_ws, r);
        return trained ? trained->run.id : -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_ws = m_dir.filePath(QStringLiteral("t.valuator"));
        QVERIFY(Workspace::create(m_ws, QStringLiteral("tester")));
        const QString clean = m_dir.filePath(QStringLiteral("clean-2k.csv"));
        QVERIFY(writeFixtureSlice(QStringLiteral("sales-clean-10k.csv"), clean, 0, 2000));
        QVERIFY(importFile(m_ws, clean, QStringLiteral("clean")));
        m_xgb = trainOne(QStringLiteral("xgboost"));
        m_linear = trainOne(QStringLiteral("linear"));
        QCOMPARE(m_xgb, 1);
        QCOMPARE(m_linear, 2);
    }

    void datasetExplanationHasImportanceAndCars()
    {
        ExplainRequest request;
        request.modelId = m_xgb;
        request.dataset = *DatasetRef::parse(QStringLiteral("clean"));
        request.options.sampleRows = 200;
        request.cars = 2;
        qint64 last = -1;
        auto result = ExplainService::explainDataset(m_ws, request, [&](qint64 done, qint64 total) {
            last = total > 0 ? 1000 * done / total : -1;
            return true;
        });
        QVERIFY2(result, result ? "" : qPrintable(result.error().userMessage));
        QCOMPARE(last, 1000);
        QCOMPARE(result->datasetRef, QStringLiteral("clean@1"));
        QCOMPARE(result->global.summary.rowCount(), 200);
        QCOMPARE(result->cars.size(), 2);
        QCOMPARE(result->carRows.first(), result->global.summary.rows.front());
        const QJsonObject json = result->toJson();
        const QJsonObject importance = json.value(QStringLiteral("importance")).toObject();
        QVERIFY(importance.value(QStringLiteral("mean_abs_shap")).toObject().contains(QStringLiteral("age_years")));
        QVERIFY(importance.value(QStringLiteral("gain")).toObject().contains(QStringLiteral("age_years")));
        const QJsonObject car = json.value(QStringLiteral("cars")).toArray().first().toObject();
        for (const char* key : {"row", "base_value", "prediction", "contributions", "dealer_sheet"})
            QVERIFY2(car.contains(QLatin1String(key)), key);
        // A cancel stops it.
        auto cancelled = ExplainService::explainDataset(m_ws, request, [](qint64 done, qint64) { return done < 400; });
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);
    }

    void whatIfOnALoadedModel()
    {
        auto loaded = ExplainService::loadModel(m_ws, m_linear);
        QVERIFY(loaded);
        QJsonObject car {{QStringLiteral("brand"), QStringLiteral("Volkswagen")},
            {QStringLiteral("model"), QStringLiteral("Golf")}, {QStringLiteral("model_year"), 2017},
            {QStringLiteral("mileage_km"), 40000}};
        auto a = ExplainService::explainCar(*loaded, car, QDate(2022, 1, 1));
        car.insert(QStringLiteral("mileage_km"), 180000);
        auto b = ExplainService::explainCar(*loaded, car, QDate(2022, 1, 1));
        QVERIFY(a && b);
        QCOMPARE(a->learner, QStringLiteral("linear"));
        QVERIFY(b->line(QStringLiteral("mileage"))->amount < a->line(QStringLiteral("mileage"))->amount);
        double sum = 0;
        for (const DealerLine& l : b->dealerLines)
            sum += l.amount;
        QVERIFY(std::abs(sum - b->price) < 1e-6);
        auto missing = ExplainService::loadModel(m_ws, 99);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
    }

    void fairnessIsStoredWithTheModel()
    {
        FairnessRequest request;
        request.modelId = m_xgb;
        request.dataset = *DatasetRef::parse(QStringLiteral("clean@1"));
        request.options.by = {QStringLiteral("brand"), QStringLiteral("age_band"), QStringLiteral("price_band")};
        request.options.factor = 1.5;
        request.options.minSegmentRows = 20;
        request.actor = QStringLiteral("anna");
        auto record = FairnessService::run(m_ws, request);
        QVERIFY2(record, record ? "" : qPrintable(record.error().userMessage));
        QCOMPARE(record->id, 1);
        QCOMPARE(record->report.count, 2000);
        qint64 perDimension[3] = {0, 0, 0};
        int flagged = 0;
        for (const SegmentError& s : record->report.segments) {
            perDimension[request.options.by.indexOf(s.dimension)] += s.count;
            QCOMPARE(s.flagged, s.count >= 20 && s.mape > 1.5 * record->report.mape);
            flagged += s.flagged;
        }
        QCOMPARE(perDimension[0], 2000); // every car has a brand
        QCOMPARE(perDimension[2], 2000); // and a price
        QCOMPARE(flagged, record->report.flaggedCount);

        auto ws = Workspace::open(m_ws);
        QVERIFY(ws);
        // The model's own training version: the errors are the run's out-of-fold predictions (what validation
        // measured), not the final model's optimistic in-sample errors.
        QVERIFY(record->report.outOfFold);
        const auto run = RunStore::run((*ws)->db(), m_xgb);
        QVERIFY(run);
        QVERIFY2(std::abs(record->report.mae - run->metrics.mae) < 1e-6 * run->metrics.mae,
            qPrintable(QStringLiteral("%1 vs %2").arg(record->report.mae).arg(run->metrics.mae)));
        auto latest = FairnessService::latest((*ws)->db(), m_xgb);
        QVERIFY(latest);
        QCOMPARE(latest->toJson(), record->toJson());
        QCOMPARE(latest->datasetRef, QStringLiteral("clean@1"));
        QCOMPARE(latest->createdBy, QStringLiteral("anna"));
        QCOMPARE(FairnessService::list((*ws)->db(), m_linear)->size(), 0);
        QCOMPARE(FairnessService::latest((*ws)->db(), m_linear).error().code, ErrorCode::NotFound);
        const AuditRecord audit = AuditLog::list((*ws)->db(), 0, 1)->first();
        QCOMPARE(audit.action, QStringLiteral("model.fairness"));
        QCOMPARE(audit.target, QStringLiteral("model:1"));
        QCOMPARE(audit.details.value(QStringLiteral("fairness_id")).toInt(), 1);
        QCOMPARE(countRows(m_ws, QStringLiteral("SELECT count(*) FROM model_fairness")), 1);

        request.options.by = {QStringLiteral("nonsense")};
        auto bad = FairnessService::run(m_ws, request);
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, ErrorCode::InvalidArgument);
        QCOMPARE(countRows(m_ws, QStringLiteral("SELECT count(*) FROM model_fairness")), 1);
    }
};

QTEST_GUILESS_MAIN(TestExplainService)
#include "TestExplainService.moc"
