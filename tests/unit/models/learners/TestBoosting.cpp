// SPDX-License-Identifier: GPL-3.0-or-later
// XGBoost against the baseline, the baseline's group medians, XGBoost's cancellation, learning curve and early
// stopping.
#include "models/learners/BaselineLearner.h"
#include "models/learners/LearnerFactory.h"
#include "models/learners/XgbLearner.h"

#include <QJsonObject>
#include <QTest>

#include <algorithm>
#include <array>
#include <tuple>

#include "LearnerTests.h"
#include "SyntheticData.h"

using namespace valuator;
using namespace valuator::testing;

namespace {

XgbParams smallTrees(int rounds)
{
    XgbParams p;
    p.rounds = rounds;
    p.maxDepth = 4;
    p.eta = 0.3;
    return p;
}

std::unique_ptr<TrainedModel> fitOrDie(
    const Learner& learner, const Dataset& d, const FitOptions& options = {}, const Dataset* valid = nullptr)
{
    auto model = learner.fit(d.x, d.y, valid ? &valid->x : nullptr,
        valid ? std::span<const float>(valid->y) : std::span<const float>(), options);
    if (!model)
        qFatal("fit failed: %s", qPrintable(model.error().detail + model.error().userMessage));
    return std::move(*model);
}

/// Brand/model/age matrix for the baseline's hand-checked groups.
FeatureMatrix groupMatrix(const std::vector<std::array<double, 3>>& rows)
{
    FeatureMatrix m = emptyMatrix({QStringLiteral("age_years"), QStringLiteral("brand"), QStringLiteral("model")},
        {FeatureKind::Numeric, FeatureKind::Categorical, FeatureKind::Categorical}, int64_t(rows.size()));
    m.categoryCounts = {0, 3, 5};
    for (size_t r = 0; r < rows.size(); ++r)
        for (int c = 0; c < 3; ++c)
            set(m, int64_t(r), c, rows[r][size_t(c)]);
    return m;
}

} // namespace

class TestBoosting : public QObject {
    Q_OBJECT

private slots:
    void xgboostBeatsBaselineOnNonlinearData()
    {
        const Dataset train = nonlinearCars(800, 11);
        const Dataset test = nonlinearCars(300, 12);
        const auto xgb = fitOrDie(XgbLearner(smallTrees(80)), train);
        const auto base = fitOrDie(BaselineLearner(3, 5), train);
        auto px = xgb->predict(test.x);
        auto pb = base->predict(test.x);
        QVERIFY(px && pb);
        const double maeXgb = meanAbsoluteError(*px, test.y);
        const double maeBase = meanAbsoluteError(*pb, test.y);
        qInfo() << "MAE xgboost" << maeXgb << "baseline" << maeBase;
        QVERIFY2(maeXgb < 0.5 * maeBase, qPrintable(QStringLiteral("%1 vs %2").arg(maeXgb).arg(maeBase)));
        QVERIFY(maeXgb < 0.2);
    }

    void baselineReturnsGroupMedians()
    {
        // min_group_rows 4, bands of 3 years. Brand 0 / model 1 / band 0: five rows, median 3. Brand 0 / band 1:
        // three rows of model 2 (too few for a group of their own) plus one of model 1, median (20 + 30) / 2.
        // Brand 1 has two rows only, so its rows get the global median of all eleven targets: 10.
        const FeatureMatrix x = groupMatrix({{0.5, 0, 1}, {1.0, 0, 1}, {2.9, 0, 1}, {0.0, 0, 1}, {2.0, 0, 1},
            {4.0, 0, 2}, {4.5, 0, 2}, {5.9, 0, 2}, {5.0, 0, 1}, {1.0, 1, 3}, {9.0, 1, 3}});
        const std::vector<float> y {9, 1, 3, 2, 5, 10, 20, 40, 30, 100, 200};
        auto model = BaselineLearner(3, 4).fit(x, y, nullptr, {}, {});
        QVERIFY(model);
        const FeatureMatrix query = groupMatrix({{1.5, 0, 1}, {4.2, 0, 2}, {4.2, 0, 4}, {20, 0, 1}, {1.0, 1, 3},
            {1.0, 2, 0}, {std::nan(""), 0, 1}, {1.0, std::nan(""), 1}});
        auto p = (*model)->predict(query);
        QVERIFY(p);
        QCOMPARE((*p)[0], 3.0); // brand/model/band group {9,1,3,2,5}
        QCOMPARE((*p)[1], 25.0); // model 2 has 3 rows < 4: brand/band group {10,20,40,30}, even -> (20+30)/2
        QCOMPARE((*p)[2], 25.0); // unknown model code: brand/band
        // Age 20 is band 6 (no group): brand level {9,1,3,2,5,10,20,40,30} -> 9.
        QCOMPARE((*p)[3], 9.0);
        QCOMPARE((*p)[4], 10.0); // brand 1 has 2 rows < 4: global median of all 11 targets
        QCOMPARE((*p)[5], 10.0); // brand never seen
        QCOMPARE((*p)[6], 9.0); // no age: skips the band levels
        QCOMPARE((*p)[7], 10.0); // no brand
    }

    void xgboostCancelsBetweenRounds()
    {
        const Dataset d = nonlinearCars(200, 13);
        int iterations = 0;
        FitOptions options;
        options.onIteration = [&](int, double, double) { ++iterations; };
        options.progress = [](qint64 done, qint64 total) {
            if (total != 50)
                qFatal("progress total %lld", total);
            return done < 3;
        };
        auto model = XgbLearner(smallTrees(50)).fit(d.x, d.y, nullptr, {}, options);
        QVERIFY(!model);
        QCOMPARE(model.error().code, ErrorCode::Cancelled);
        QCOMPARE(iterations, 3);
    }

    void learningCurveHasOnePointPerRound()
    {
        const Dataset train = nonlinearCars(400, 14);
        const Dataset valid = nonlinearCars(150, 15);
        QList<std::tuple<int, double, double>> curve;
        QList<qint64> progress;
        FitOptions options;
        options.onIteration = [&](int i, double t, double v) { curve.append({i, t, v}); };
        options.progress = [&](qint64 done, qint64) {
            progress << done;
            return true;
        };
        const int rounds = 25;
        const auto model = fitOrDie(XgbLearner(smallTrees(rounds)), train, options, &valid);
        QCOMPARE(curve.size(), rounds);
        QCOMPARE(progress.size(), rounds);
        for (int i = 0; i < rounds; ++i) {
            QCOMPARE(std::get<0>(curve[i]), i);
            QCOMPARE(progress[i], qint64(i + 1));
            QVERIFY(std::get<1>(curve[i]) > 0 && std::isfinite(std::get<2>(curve[i])));
            if (i > 0) // squared-error boosting without sampling never increases the training error
                QVERIFY(std::get<1>(curve[i]) <= std::get<1>(curve[i - 1]) + 1e-6);
        }
        // The reported RMSE are the model's: recompute them from its predictions (no early stopping here).
        auto pt = model->predict(train.x);
        auto pv = model->predict(valid.x);
        QVERIFY(pt && pv);
        QVERIFY(std::abs(rootMeanSquaredError(*pt, train.y) - std::get<1>(curve.last())) < 1e-4);
        QVERIFY(std::abs(rootMeanSquaredError(*pv, valid.y) - std::get<2>(curve.last())) < 1e-4);
        QVERIFY(std::get<2>(curve.last()) < 0.5 * std::get<2>(curve.first()));
    }

    void earlyStoppingStopsOnNoise()
    {
        const Dataset train = noise(300, 16);
        const Dataset valid = noise(150, 17);
        XgbParams p = smallTrees(200);
        p.maxDepth = 6;
        p.earlyStoppingRounds = 5;
        QList<double> validRmse;
        FitOptions options;
        options.onIteration = [&](int, double, double v) { validRmse << v; };
        const auto model = fitOrDie(XgbLearner(p), train, options, &valid);
        const QJsonObject summary = model->summary();
        const int trees = summary.value(QStringLiteral("trees")).toInt();
        const int best = summary.value(QStringLiteral("best_iteration")).toInt();
        QVERIFY2(trees < 200, qPrintable(QString::number(trees)));
        QCOMPARE(validRmse.size(), trees);
        QCOMPARE(trees, best + p.earlyStoppingRounds + 1);
        QCOMPARE(summary.value(QStringLiteral("trees_used")).toInt(), best + 1);
        const auto minimum = std::min_element(validRmse.begin(), validRmse.end());
        QCOMPARE(int(minimum - validRmse.begin()), best);
        // The model predicts with the best rounds only: its validation RMSE is the best one.
        auto pv = model->predict(valid.x);
        QVERIFY(pv);
        QVERIFY(std::abs(rootMeanSquaredError(*pv, valid.y) - *minimum) < 1e-4);
        // Contributions use the same trees as predict(), and so does a reloaded model (best_iteration travels).
        auto c = model->contributions(valid.x);
        QVERIFY(c);
        for (int64_t r = 0; r < valid.x.rows; ++r) {
            double sum = c->bias[size_t(r)];
            for (int j = 0; j < c->columns; ++j)
                sum += c->values[size_t(r) * size_t(c->columns) + size_t(j)];
            QVERIFY2(std::abs(sum - (*pv)[size_t(r)]) < 1e-4, qPrintable(QString::number(r)));
        }
        auto bytes = model->serialize();
        QVERIFY(bytes);
        auto loaded = LearnerFactory::load(QStringLiteral("xgboost"), *bytes);
        QVERIFY(loaded);
        QCOMPARE((*loaded)->summary().value(QStringLiteral("trees_used")).toInt(), best + 1);
        auto again = (*loaded)->predict(valid.x);
        QVERIFY(again);
        QVERIFY(*again == *pv);
    }

    void earlyStoppingNeedsValidationData()
    {
        const Dataset train = noise(100, 18);
        XgbParams p = smallTrees(12);
        p.earlyStoppingRounds = 2;
        const auto model = fitOrDie(XgbLearner(p), train);
        QCOMPARE(model->summary().value(QStringLiteral("trees")).toInt(), 12);
        QCOMPARE(model->summary().value(QStringLiteral("trees_used")).toInt(), 12);
    }

    void validationDataWithoutEarlyStoppingKeepsEveryRound()
    {
        // On noise the validation error is lowest after a few rounds; with early stopping off the model must
        // still use all its trees (validation data only feeds the learning curve).
        const Dataset train = noise(200, 26);
        const Dataset valid = noise(100, 27);
        XgbParams p = smallTrees(30);
        p.maxDepth = 6;
        QList<double> validRmse;
        FitOptions options;
        options.onIteration = [&](int, double, double v) { validRmse << v; };
        const auto model = fitOrDie(XgbLearner(p), train, options, &valid);
        QCOMPARE(validRmse.size(), 30);
        QVERIFY(std::min_element(validRmse.begin(), validRmse.end()) - validRmse.begin() < 29); // precondition
        QCOMPARE(model->summary().value(QStringLiteral("trees_used")).toInt(), 30);
        auto pv = model->predict(valid.x);
        QVERIFY(pv);
        QVERIFY(std::abs(rootMeanSquaredError(*pv, valid.y) - validRmse.last()) < 1e-4);
    }

    void sameSeedSameModel()
    {
        const Dataset d = nonlinearCars(300, 19);
        XgbParams p = smallTrees(20);
        p.subsample = 0.7;
        p.colsampleBytree = 0.7;
        FitOptions options;
        options.seed = 7;
        const auto a = fitOrDie(XgbLearner(p), d, options);
        const auto b = fitOrDie(XgbLearner(p), d, options);
        options.seed = 8;
        const auto c = fitOrDie(XgbLearner(p), d, options);
        auto pa = a->predict(d.x);
        auto pb = b->predict(d.x);
        auto pc = c->predict(d.x);
        QVERIFY(pa && pb && pc);
        QCOMPARE(*pa, *pb);
        QVERIFY(*pa != *pc); // row/column sampling follows the seed
    }
};

int runBoostingTests(int argc, char** argv)
{
    TestBoosting t;
    return QTest::qExec(&t, argc, argv);
}

#include "TestBoosting.moc"
