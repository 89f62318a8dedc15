// SPDX-License-Identifier: GPL-3.0-or-later
// XgbForest, the compiled copy of an XGBoost model: bit-identical predictions to XGBoost's own predictor on
// hostile rows (exact thresholds, missing values, categories inside, outside and beyond each split's set, invalid
// categories), for shallow trees (complete layout), deep trees (pointer walk) and early-stopped models; refusal
// of what it does not support.
#include "models/learners/XgbBooster.h"
#include "models/learners/XgbForest.h"
#include "models/learners/XgbLearner.h"
#include "models/learners/XgbModel.h"

#include <QTest>

#include <cmath>
#include <cstring>
#include <limits>

#include "LearnerTests.h"
#include "SyntheticData.h"

using namespace valuator;
using namespace valuator::testing;

namespace {

constexpr float kNaN = std::numeric_limits<float>::quiet_NaN();
constexpr int kWideCategories = 70; ///< more than two 32-bit words: sets narrower than the feature exist

/// Numeric features with missing values and repeated values (so thresholds are hit exactly), a categorical
/// feature with 70 categories (partition splits) and one with 3 (one-hot splits), each with missing values.
Dataset mixedData(int64_t rows, uint64_t seed)
{
    Dataset d {
        emptyMatrix({QStringLiteral("x"), QStringLiteral("steps"), QStringLiteral("wide"), QStringLiteral("few")},
            {FeatureKind::Numeric, FeatureKind::Numeric, FeatureKind::Categorical, FeatureKind::Categorical}, rows),
        std::vector<float>(size_t(rows))};
    d.x.categoryCounts = {0, 0, kWideCategories, 3};
    Uniform u(seed);
    std::vector<double> effect(kWideCategories);
    for (double& e : effect)
        e = u(-1, 1);
    for (int64_t r = 0; r < rows; ++r) {
        const double x = u(-5, 5);
        const int steps = u.below(12);
        const int wide = u.below(kWideCategories);
        const int few = u.below(3);
        set(d.x, r, 0, u() < 0.1 ? kNaN : x);
        set(d.x, r, 1, steps);
        set(d.x, r, 2, u() < 0.05 ? kNaN : wide);
        set(d.x, r, 3, u() < 0.05 ? kNaN : few);
        d.y[size_t(r)] = float(std::sin(x) + 0.2 * steps + 2 * effect[size_t(wide)] + 0.5 * few + u(-0.3, 0.3));
    }
    return d;
}

/// Rows the training data never had: categories beyond every set and far beyond, negative and fractional
/// categories, infinities, missing values everywhere.
FeatureMatrix hostileRows(const FeatureMatrix& like, int64_t rows, uint64_t seed)
{
    FeatureMatrix m = emptyMatrix(like.names, like.kinds, rows);
    m.categoryCounts = like.categoryCounts;
    Uniform u(seed);
    const float odd[] = {kNaN, -1.0f, 2.5f, 100.0f, 1000.0f, 16777216.0f, -INFINITY, INFINITY};
    for (int64_t r = 0; r < rows; ++r) {
        set(m, r, 0, u() < 0.1 ? double(odd[u.below(8)]) : u(-6, 6));
        set(m, r, 1, u() < 0.1 ? double(odd[u.below(8)]) : double(u.below(14)));
        set(m, r, 2, u() < 0.2 ? double(odd[u.below(8)]) : double(u.below(2 * kWideCategories)));
        set(m, r, 3, u() < 0.2 ? double(odd[u.below(8)]) : double(u.below(6)));
    }
    return m;
}

std::unique_ptr<XgbModel> train(const Dataset& d, int rounds, int depth, const Dataset* valid = nullptr)
{
    XgbParams p;
    p.rounds = rounds;
    p.maxDepth = depth;
    p.eta = 0.3;
    p.minChildWeight = 0.5;
    if (valid)
        p.earlyStoppingRounds = 3;
    FitOptions options;
    auto fitted = XgbLearner(p).fit(d.x, d.y, valid ? &valid->x : nullptr,
        valid ? std::span<const float>(valid->y) : std::span<const float>(), options);
    if (!fitted)
        qFatal("fit failed: %s", qPrintable(fitted.error().userMessage + fitted.error().detail));
    return std::unique_ptr<XgbModel>(static_cast<XgbModel*>(fitted->release()));
}

/// The model's booster and its compiled forest, straight from the serialized bytes.
struct Compiled {
    XgbBooster booster;
    XgbForest forest;
};

Compiled compile(const XgbModel& model)
{
    auto bytes = model.serialize();
    auto booster = bytes ? XgbBooster::load(*bytes) : Result<XgbBooster>(fail(bytes.error()));
    auto json = booster ? booster->save("json") : Result<QByteArray>(fail(booster.error()));
    auto forest = json ? XgbForest::fromJson(*json, model.bestIteration() + 1) : Result<XgbForest>(fail(json.error()));
    if (!forest)
        qFatal("compile failed: %s", qPrintable(forest.error().userMessage + forest.error().detail));
    return {std::move(*booster), std::move(*forest)};
}

/// Rows whose float predictions differ in any bit (NaN never occurs: leaves are finite).
int64_t differences(const std::vector<float>& a, const std::vector<float>& b)
{
    int64_t n = 0;
    for (size_t i = 0; i < a.size(); ++i)
        n += std::memcmp(&a[i], &b[i], sizeof(float)) != 0;
    return n;
}

/// XgbModel::predict in batches below kForestMinRows (XGBoost predicts) and in one batch (the forest).
void checkModelPaths(const XgbModel& model, const FeatureMatrix& x)
{
    QVERIFY(x.rows >= 2 * XgbModel::kForestMinRows);
    QVERIFY(model.usesForest()); // compiles it: x may be smaller than kCompileMinRows
    auto whole = model.predict(x);
    QVERIFY(whole);
    const int64_t chunk = XgbModel::kForestMinRows - 1;
    for (int64_t begin = 0; begin < x.rows; begin += chunk) {
        std::vector<int64_t> rows;
        for (int64_t r = begin; r < std::min(x.rows, begin + chunk); ++r)
            rows.push_back(r);
        auto part = model.predict(x.select(rows));
        QVERIFY(part);
        for (size_t i = 0; i < rows.size(); ++i)
            if ((*whole)[size_t(rows[i])] != (*part)[i])
                QFAIL(qPrintable(QStringLiteral("row %1: forest %2, XGBoost %3")
                                     .arg(rows[i])
                                     .arg((*whole)[size_t(rows[i])], 0, 'g', 17)
                                     .arg((*part)[i], 0, 'g', 17)));
    }
}

} // namespace

class TestForest : public QObject {
    Q_OBJECT

private slots:
    void shallowTreesAreBitIdenticalOnHostileRows()
    {
        const Dataset d = mixedData(4000, 71);
        const auto model = train(d, 40, 6);
        Compiled c = compile(*model);
        QCOMPARE(c.forest.trees(), 40);
        QCOMPARE(c.forest.features(), 4);
        QCOMPARE(c.forest.completeTrees(), 40);
        const FeatureMatrix x = hostileRows(d.x, 20000, 72);
        auto expected = c.booster.predictDense(x.values.data(), x.rows, x.columns, 0);
        QVERIFY(expected);
        // XGBoost versions send out-of-set categories different ways; exactly the rule the probe rows select
        // must reproduce the linked library on every row.
        std::vector<float> ours(size_t(x.rows));
        int matching = 0;
        for (auto rule : {XgbForest::OutOfSet::Left, XgbForest::OutOfSet::DefaultDirection}) {
            c.forest.setOutOfSet(rule);
            c.forest.predict(x.values.data(), x.rows, ours.data(), 2);
            const int64_t diff = differences(ours, *expected);
            std::vector<float> probe = c.forest.probeRows(512, 0x7a1e5eedULL);
            std::vector<float> probeOurs(512);
            c.forest.predict(probe.data(), 512, probeOurs.data(), 1);
            auto probeLib = c.booster.predictDense(probe.data(), 512, 4, 0);
            QVERIFY(probeLib);
            const bool probeAgrees = differences(probeOurs, *probeLib) == 0;
            QCOMPARE(probeAgrees, diff == 0); // the probe rows tell the rules apart as well as 20,000 rows do
            matching += diff == 0;
        }
        QCOMPARE(matching, 1); // the hostile rows do reach the rows where the rules differ
        checkModelPaths(*model, x);
    }

    void deepTreesTakeThePointerWalk()
    {
        const Dataset d = mixedData(6000, 73);
        const auto model = train(d, 12, 14);
        const Compiled c = compile(*model);
        QVERIFY2(c.forest.completeTrees() < c.forest.trees(), "no tree deeper than the complete layout's limit");
        checkModelPaths(*model, hostileRows(d.x, 6000, 74));
        checkModelPaths(*model, d.x);
    }

    void earlyStoppedModelsUseOnlyTheirTrees()
    {
        const Dataset d = mixedData(3000, 75);
        Dataset valid = mixedData(1000, 76);
        for (float& y : valid.y)
            y = -y; // the validation error rises at once: early stopping keeps few of the rounds
        const auto model = train(d, 40, 4, &valid);
        QVERIFY(model->bestIteration() + 1 < model->rounds());
        QCOMPARE(compile(*model).forest.trees(), model->bestIteration() + 1);
        checkModelPaths(*model, hostileRows(d.x, 5000, 77));
    }

    void parallelPredictionEqualsSerial()
    {
        const Dataset d = mixedData(3000, 78);
        const Compiled c = compile(*train(d, 20, 5));
        const FeatureMatrix x = hostileRows(d.x, 9999, 79); // not a multiple of the block size
        std::vector<float> one(size_t(x.rows)), three(size_t(x.rows));
        c.forest.predict(x.values.data(), x.rows, one.data(), 1);
        c.forest.predict(x.values.data(), x.rows, three.data(), 3);
        QCOMPARE(differences(one, three), int64_t(0));
    }

    void refusesWhatItCannotReproduce()
    {
        const Dataset d = mixedData(500, 80);
        const auto model = train(d, 5, 3);
        auto booster = XgbBooster::load(*model->serialize());
        QVERIFY(booster);
        const QByteArray json = *booster->save("json");
        QVERIFY(XgbForest::fromJson(json, 0));

        QByteArray logistic = json;
        logistic.replace("reg:squarederror", "reg:logistic");
        auto refused = XgbForest::fromJson(logistic, 0);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Unsupported);
        QVERIFY(refused.error().detail.contains(QLatin1String("reg:logistic")));

        auto truncated = XgbForest::fromJson(json.left(json.size() / 2), 0);
        QVERIFY(!truncated);
        QCOMPARE(truncated.error().code, ErrorCode::Parse);

        QByteArray dart = json;
        dart.replace("\"name\":\"gbtree\"", "\"name\":\"dart\"");
        QVERIFY(!XgbForest::fromJson(dart, 0));
    }

    void chunkedBatchesCompileWhenAnnounced()
    {
        // Batch scoring predicts in chunks below kCompileMinRows; announcing the batch size compiles the forest.
        const auto model = train(mixedData(500, 84), 5, 3);
        model->expectRows(XgbModel::kCompileMinRows);
        QVERIFY(model->forestCompiled());
        QVERIFY(model->usesForest());
    }

    void smallBatchesDoNotCompile()
    {
        const Dataset d = mixedData(500, 81);
        const auto model = train(d, 5, 3);
        std::vector<int64_t> rows(10);
        for (size_t i = 0; i < rows.size(); ++i)
            rows[i] = int64_t(i);
        QVERIFY(model->predict(d.x.select(rows)));
        QVERIFY(!model->forestCompiled()); // a what-if on one car must not pay for compiling 300 trees
        const FeatureMatrix medium = hostileRows(d.x, 5000, 82);
        auto viaXgboost = model->predict(medium);
        QVERIFY(viaXgboost);
        QVERIFY(!model->forestCompiled()); // nor a batch that XGBoost predicts faster than the forest compiles
        model->expectRows(XgbModel::kCompileMinRows - 1); // a chunked batch just too small to pay off
        QVERIFY(!model->forestCompiled());
        const FeatureMatrix large = hostileRows(d.x, XgbModel::kCompileMinRows, 83);
        QVERIFY(model->predict(large));
        QVERIFY(model->forestCompiled());
        auto viaForest = model->predict(medium); // once compiled, medium batches use it too
        QVERIFY(viaForest);
        QVERIFY(*viaForest == *viaXgboost);
    }
};

int runForestTests(int argc, char** argv)
{
    TestForest t;
    return QTest::qExec(&t, argc, argv);
}

#include "TestForest.moc"
