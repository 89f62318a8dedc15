// SPDX-License-Identifier: GPL-3.0-or-later
// Trainer: the early-stopping slice never overlaps the test fold, runs are deterministic, cancellation works
// from the trainer's and the learner's progress, the learning curve has one point per round.
#include "models/validation/Trainer.h"

#include <QTest>

#include <algorithm>
#include <set>

#include "CarTables.h"
#include "ValidationTests.h"

using namespace valuator;
using namespace valuator::testing;

namespace {

/// Predicts a constant; what the recording learner returns.
class ConstantModel : public TrainedModel {
public:
    explicit ConstantModel(double value)
        : m_value(value)
    {
    }
    QString learner() const override { return QStringLiteral("constant"); }
    Result<std::vector<double>> predict(const FeatureMatrix& x) const override
    {
        return std::vector<double>(size_t(x.rows), m_value);
    }
    Result<Contributions> contributions(const FeatureMatrix& x) const override
    {
        Contributions c;
        c.bias.assign(size_t(x.rows), m_value);
        return c;
    }
    Result<QByteArray> serialize() const override { return QByteArray::number(m_value); }
    QJsonObject summary() const override { return {}; }

private:
    double m_value;
};

/// The table rows (row_id feature) each fit was given for fitting and for early stopping.
struct FitCall {
    std::vector<int64_t> fit;
    std::vector<int64_t> valid;
};

/// A learner that only records what it is given; "early_stopping_rounds" makes the Trainer carve a slice.
class RecordingLearner : public Learner {
public:
    explicit RecordingLearner(int patience)
        : m_patience(patience)
    {
    }
    QString name() const override { return QStringLiteral("recording"); }
    QJsonObject parameters() const override { return {{QStringLiteral("early_stopping_rounds"), m_patience}}; }
    Result<std::unique_ptr<TrainedModel>> fit(const FeatureMatrix& x, std::span<const float> y,
        const FeatureMatrix* validX, std::span<const float> validY, const FitOptions&) const override
    {
        FitCall call {rowIds(x), validX ? rowIds(*validX) : std::vector<int64_t> {}};
        if (call.fit.size() != y.size() || call.valid.size() != validY.size())
            qFatal("targets do not match the rows");
        calls.push_back(std::move(call));
        double mean = 0;
        for (float v : y)
            mean += v;
        return std::unique_ptr<TrainedModel>(std::make_unique<ConstantModel>(mean / double(y.size())));
    }
    mutable std::vector<FitCall> calls;

private:
    int m_patience;
};

std::vector<int64_t> usableRows(const Table& t)
{
    std::vector<int64_t> out;
    const Column* price = t.find(QStringLiteral("sale_price"));
    for (int64_t r = 0; r < t.rowCount(); ++r)
        if (price->number(r) > 0)
            out.push_back(r);
    return out;
}

std::vector<int64_t> sorted(std::vector<int64_t> v)
{
    std::sort(v.begin(), v.end());
    return v;
}

bool disjoint(const std::vector<int64_t>& a, const std::vector<int64_t>& b)
{
    const std::set<int64_t> sa(a.begin(), a.end());
    return std::none_of(b.begin(), b.end(), [&](int64_t r) { return sa.count(r) > 0; });
}

QString plateKey(const Table& t, int64_t row)
{
    QString out;
    for (QChar c : t.find(QStringLiteral("plate"))->displayText(row))
        if (c.isLetterOrNumber())
            out += c.toUpper();
    return out;
}

TrainingConfig xgbConfig(SplitKind kind, QMap<QString, QString> overrides = {})
{
    TrainingConfig c;
    c.learner.learner = QStringLiteral("xgboost");
    c.learner.preset = QStringLiteral("fast");
    c.learner.overrides
        = {{QStringLiteral("rounds"), QStringLiteral("15")}, {QStringLiteral("max_depth"), QStringLiteral("3")}};
    for (auto it = overrides.begin(); it != overrides.end(); ++it)
        c.learner.overrides.insert(it.key(), it.value());
    c.split.kind = kind;
    c.split.folds = 3;
    c.threads = 2;
    return c;
}

} // namespace

class TestTrainer : public QObject {
    Q_OBJECT

private slots:
    void validationSliceNeverTouchesTheTestFold_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("kfold") << int(SplitKind::KFold);
        QTest::newRow("group") << int(SplitKind::Group);
        QTest::newRow("time") << int(SplitKind::Time);
    }

    void validationSliceNeverTouchesTheTestFold()
    {
        QFETCH(int, kind);
        const Table t = carSales(60, 3);
        TrainingConfig config;
        config.split.kind = SplitKind(kind);
        config.split.folds = 3;
        config.features.numerics << QStringLiteral("row_id");
        const RecordingLearner learner(10);
        auto run = Trainer::run(t, config, learner);
        QVERIFY2(run, qPrintable(run ? QString() : run.error().userMessage));
        const std::vector<int64_t> usable = usableRows(t);
        auto folds = Splitter::make(t, config.split, usable);
        QVERIFY(folds);
        QCOMPARE(learner.calls.size(), folds->size() + 1); // one per fold and the final model
        const auto& dates = t.find(QStringLiteral("sale_date"))->days();
        for (size_t i = 0; i <= folds->size(); ++i) {
            const FitCall& call = learner.calls[i];
            const bool final = i == folds->size();
            const std::vector<int64_t>& train = final ? usable : (*folds)[i].train;
            QVERIFY(!call.valid.empty());
            QVERIFY(disjoint(call.fit, call.valid));
            std::vector<int64_t> all = call.fit;
            all.insert(all.end(), call.valid.begin(), call.valid.end());
            QCOMPARE(sorted(all), train); // fit + slice = exactly the fold's training rows
            if (!final) {
                QVERIFY(disjoint(call.valid, (*folds)[i].test)); // the early-stopping rows are never test rows
                QVERIFY(disjoint(call.fit, (*folds)[i].test));
            }
            // About a tenth of the training rows, chosen like the run's split.
            QVERIFY(call.valid.size() >= train.size() / 20 && call.valid.size() <= train.size() / 5);
            if (SplitKind(kind) == SplitKind::Group) {
                std::set<QString> fitPlates;
                for (int64_t r : call.fit)
                    if (const QString k = plateKey(t, r); !k.isEmpty())
                        fitPlates.insert(k);
                for (int64_t r : call.valid)
                    QVERIFY(plateKey(t, r).isEmpty() || !fitPlates.count(plateKey(t, r)));
            }
            if (SplitKind(kind) == SplitKind::Time) {
                int32_t newestFit = std::numeric_limits<int32_t>::min();
                for (int64_t r : call.fit)
                    newestFit = std::max(newestFit, dates[size_t(r)]);
                for (int64_t r : call.valid)
                    QVERIFY(dates[size_t(r)] >= newestFit);
            }
        }
    }

    void noSliceWithoutEarlyStopping()
    {
        const Table t = carSales(40, 2);
        TrainingConfig config;
        config.split.kind = SplitKind::KFold;
        config.split.folds = 3;
        config.features.numerics << QStringLiteral("row_id");
        const RecordingLearner learner(0);
        auto run = Trainer::run(t, config, learner);
        QVERIFY(run);
        auto folds = Splitter::make(t, config.split, usableRows(t));
        QVERIFY(folds);
        for (size_t i = 0; i < folds->size(); ++i) {
            QVERIFY(learner.calls[i].valid.empty());
            QCOMPARE(sorted(learner.calls[i].fit), (*folds)[i].train);
        }
        // Out-of-fold predictions cover every usable row once, in row order.
        QCOMPARE(run->testRows, usableRows(t));
        QCOMPARE(run->overall.count, qint64(usableRows(t).size()));
    }

    void sameSeedSameRun()
    {
        const Table t = carSales(50, 2);
        const TrainingConfig config = xgbConfig(SplitKind::KFold,
            {{QStringLiteral("subsample"), QStringLiteral("0.8")},
                {QStringLiteral("colsample_bytree"), QStringLiteral("0.8")}});
        auto a = Trainer::run(t, config);
        auto b = Trainer::run(t, config);
        QVERIFY2(a && b, qPrintable(a ? QString() : a.error().userMessage));
        QVERIFY(a->predicted == b->predicted); // bit-identical, not fuzzy
        QCOMPARE(a->overall.toJson(), b->overall.toJson());
        for (int f = 0; f < a->folds.size(); ++f)
            QCOMPARE(a->folds[f].metrics.toJson(), b->folds[f].metrics.toJson());
        QCOMPARE(*a->model->serialize(), *b->model->serialize());

        TrainingConfig other = config;
        other.split.seed = 43;
        auto c = Trainer::run(t, other);
        QVERIFY(c);
        QVERIFY(c->folds[0].metrics.toJson() != a->folds[0].metrics.toJson());
        QVERIFY(c->predicted != a->predicted);
    }

    void cancelBeforeTheFirstFold()
    {
        const Table t = carSales(40, 2);
        int points = 0;
        auto run = Trainer::run(
            t, xgbConfig(SplitKind::KFold), [](qint64, qint64) { return false; },
            [&](int, const CurvePoint&) { ++points; });
        QVERIFY(!run);
        QCOMPARE(run.error().code, ErrorCode::Cancelled);
        QCOMPARE(points, 0);
    }

    void cancelInsideTheLearnersIterations()
    {
        // 3 folds + the final fit = 4 stages of 250 per mille; cancel halfway through the second fold's rounds.
        const Table t = carSales(40, 2);
        QList<int> pointsPerFold {0, 0, 0};
        qint64 last = 0;
        auto run = Trainer::run(
            t, xgbConfig(SplitKind::KFold, {{QStringLiteral("rounds"), QStringLiteral("40")}}),
            [&](qint64 done, qint64 total) {
                if (total != 1000 || done < last)
                    qFatal("progress %lld/%lld after %lld", done, total, last);
                last = done;
                return done < 375;
            },
            [&](int fold, const CurvePoint&) { ++pointsPerFold[fold]; });
        QVERIFY(!run);
        QCOMPARE(run.error().code, ErrorCode::Cancelled);
        QCOMPARE(pointsPerFold[0], 40);
        QVERIFY2(pointsPerFold[1] > 0 && pointsPerFold[1] < 40, qPrintable(QString::number(pointsPerFold[1])));
        QCOMPARE(pointsPerFold[2], 0);
    }

    void cancelRidge()
    {
        const Table t = carSales(40, 2);
        TrainingConfig config = xgbConfig(SplitKind::KFold);
        config.learner.learner = QStringLiteral("linear");
        config.learner.overrides.clear();
        int calls = 0;
        auto run = Trainer::run(t, config, [&](qint64, qint64) { return ++calls < 3; });
        QVERIFY(!run);
        QCOMPARE(run.error().code, ErrorCode::Cancelled);
    }

    void learningCurveOnePointPerRound()
    {
        const Table t = carSales(40, 2);
        QList<QPair<int, CurvePoint>> points;
        auto run = Trainer::run(t, xgbConfig(SplitKind::KFold), {}, [&](int fold, const CurvePoint& p) {
            points.append({fold, p});
        });
        QVERIFY(run);
        QCOMPARE(points.size(), 4 * 15); // 3 folds and the final model, 15 rounds each
        for (int i = 0; i < points.size(); ++i) {
            QCOMPARE(points[i].first, i / 15 < 3 ? i / 15 : -1);
            QCOMPARE(points[i].second.iteration, i % 15);
            QVERIFY(points[i].second.trainRmse > 0 && points[i].second.trainRmse < 1); // log price scale
            QVERIFY(std::isnan(points[i].second.validRmse)); // no early stopping: no validation slice
        }
        for (const FoldResult& f : run->folds)
            QCOMPARE(f.curve.size(), 15);
        QCOMPARE(run->finalCurve.size(), 15);
    }

    void earlyStoppingStopsBeforeTheRoundLimit()
    {
        // A fast learning rate on 150 rows: the validation error bottoms out long before 400 rounds.
        const Table t = carSales(50, 3);
        const TrainingConfig config = xgbConfig(SplitKind::KFold,
            {{QStringLiteral("rounds"), QStringLiteral("400")}, {QStringLiteral("eta"), QStringLiteral("0.5")},
                {QStringLiteral("max_depth"), QStringLiteral("6")},
                {QStringLiteral("early_stopping_rounds"), QStringLiteral("5")}});
        auto run = Trainer::run(t, config);
        QVERIFY2(run, qPrintable(run ? QString() : run.error().userMessage));
        for (const FoldResult& f : run->folds) {
            QVERIFY2(f.curve.size() < 400, qPrintable(QString::number(f.curve.size())));
            QCOMPARE(f.model.value(QStringLiteral("trees")).toInt(), int(f.curve.size()));
            QCOMPARE(f.model.value(QStringLiteral("trees_used")).toInt(), int(f.curve.size()) - 5);
            for (const CurvePoint& p : f.curve)
                QVERIFY(std::isfinite(p.validRmse) && p.validRmse > 0 && p.validRmse < 1);
        }
        QVERIFY(run->finalCurve.size() < 400);
    }

    void badConfigurationIsReportedByName()
    {
        const Table t = carSales(20, 2);
        TrainingConfig folds = xgbConfig(SplitKind::KFold);
        folds.split.folds = 1;
        auto a = Trainer::run(t, folds);
        QVERIFY(!a);
        QVERIFY(a.error().userMessage.contains(QLatin1String("folds")));
        auto b = Trainer::run(t, xgbConfig(SplitKind::KFold, {{QStringLiteral("max_depth"), QStringLiteral("-1")}}));
        QVERIFY(!b);
        QVERIFY(b.error().userMessage.startsWith(QLatin1String("max_depth")));
    }
};

int runTrainerTests(int argc, char** argv)
{
    TestTrainer t;
    return QTest::qExec(&t, argc, argv);
}

#include "TestTrainer.moc"
