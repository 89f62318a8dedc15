// SPDX-License-Identifier: GPL-3.0-or-later
// Ridge regression: recovers a known linear truth, is invariant to feature scale (standardisation), handles
// missing values and categories, and its contributions add up to the prediction.
#include "models/learners/RidgeLearner.h"
#include "models/learners/RidgeModel.h"

#include <QJsonArray>
#include <QTest>

#include "LearnerTests.h"
#include "SyntheticData.h"

using namespace valuator;
using namespace valuator::testing;

namespace {

/// y = 2 + 1.5 x1 - 3e-6 x2 + 800 x3 + 0.7 x4: features on scales 1, 1e6, 1e-3 and 0/1, no noise.
Dataset linearTruth(int64_t rows, uint64_t seed)
{
    Dataset d {emptyMatrix({QStringLiteral("x1"), QStringLiteral("x2"), QStringLiteral("x3"), QStringLiteral("x4")},
                   {FeatureKind::Numeric, FeatureKind::Numeric, FeatureKind::Numeric, FeatureKind::Indicator}, rows),
        std::vector<float>(size_t(rows))};
    Uniform u(seed);
    for (int64_t r = 0; r < rows; ++r) {
        // Values exactly representable as float, so the truth holds for the stored matrix too.
        const double x1 = double(float(u()));
        const double x2 = double(float(std::round(u(0, 1e6))));
        const double x3 = double(float(u(0, 1e-3)));
        const double x4 = u() < 0.3 ? 1.0 : 0.0;
        set(d.x, r, 0, x1);
        set(d.x, r, 1, x2);
        set(d.x, r, 2, x3);
        set(d.x, r, 3, x4);
        d.y[size_t(r)] = float(2 + 1.5 * x1 - 3e-6 * x2 + 800 * x3 + 0.7 * x4);
    }
    return d;
}

std::unique_ptr<TrainedModel> fitRidge(double lambda, const Dataset& d)
{
    auto model = RidgeLearner(lambda).fit(d.x, d.y, nullptr, {}, {});
    if (!model)
        qFatal("ridge fit failed: %s", qPrintable(model.error().detail));
    return std::move(*model);
}

/// raw_coefficient of the "value" term of `feature` from the model summary.
double rawCoefficient(const TrainedModel& model, const QString& feature)
{
    for (const QJsonValue& v : model.summary().value(QStringLiteral("coefficients")).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("feature")).toString() == feature
            && o.value(QStringLiteral("term")).toString() == QLatin1String("value"))
            return o.value(QStringLiteral("raw_coefficient")).toDouble();
    }
    return std::numeric_limits<double>::quiet_NaN();
}

} // namespace

class TestRidge : public QObject {
    Q_OBJECT

private slots:
    void recoversKnownCoefficients()
    {
        const Dataset d = linearTruth(400, 1);
        const auto model = fitRidge(1e-6, d);
        const double tolerance = 1e-4; // relative; the target is stored as float (~6e-8 relative)
        const QList<QPair<QString, double>> truth {{QStringLiteral("x1"), 1.5}, {QStringLiteral("x2"), -3e-6},
            {QStringLiteral("x3"), 800.0}, {QStringLiteral("x4"), 0.7}};
        for (const auto& [name, beta] : truth) {
            const double got = rawCoefficient(*model, name);
            QVERIFY2(std::abs(got - beta) <= tolerance * std::abs(beta),
                qPrintable(QStringLiteral("%1: %2 instead of %3").arg(name).arg(got).arg(beta)));
        }
        QVERIFY(std::abs(model->summary().value(QStringLiteral("intercept")).toDouble() - 2.0) < 1e-4);

        // Predicts unseen rows from the same truth almost exactly.
        const Dataset test = linearTruth(100, 2);
        auto predicted = model->predict(test.x);
        QVERIFY(predicted);
        QCOMPARE(predicted->size(), size_t(100));
        QVERIFY(rootMeanSquaredError(*predicted, test.y) < 1e-5);
    }

    void standardisationMakesScaleIrrelevant()
    {
        // A real penalty (lambda 50) on noisy data: without standardisation, expressing x2 in thousands would
        // change how hard it is penalised and so every prediction. With it, only the raw coefficient rescales.
        Dataset d = linearTruth(300, 3);
        Uniform noise(4);
        for (float& y : d.y)
            y += float(noise(-0.2, 0.2));
        Dataset scaled = d;
        for (int64_t r = 0; r < scaled.x.rows; ++r)
            set(scaled.x, r, 1, double(d.x.at(r, 1)) / 1000.0);
        const auto a = fitRidge(50, d);
        const auto b = fitRidge(50, scaled);
        auto pa = a->predict(d.x);
        auto pb = b->predict(scaled.x);
        QVERIFY(pa && pb);
        for (size_t i = 0; i < pa->size(); ++i)
            QVERIFY2(std::abs((*pa)[i] - (*pb)[i]) < 1e-5, qPrintable(QString::number(i)));
        const double ra = rawCoefficient(*a, QStringLiteral("x2"));
        const double rb = rawCoefficient(*b, QStringLiteral("x2"));
        QVERIFY(std::abs(rb - 1000 * ra) < 1e-4 * std::abs(rb));
        // The penalty shrank the coefficients (the fit is not plain least squares).
        QVERIFY(std::abs(rawCoefficient(*a, QStringLiteral("x1"))) < 1.5);
    }

    void missingValuesAndCategories()
    {
        // y = 1 + effect[code]; NaN category rows get the mean (all-zero one-hot), NaN numerics the mean + flag.
        const int64_t rows = 200;
        Dataset d {emptyMatrix({QStringLiteral("km"), QStringLiteral("brand")},
                       {FeatureKind::Numeric, FeatureKind::Categorical}, rows),
            std::vector<float>(size_t(rows))};
        d.x.categoryCounts = {0, 3};
        const double effect[3] = {0.0, 1.0, -1.0};
        for (int64_t r = 0; r < rows; ++r) {
            const int code = int(r % 3);
            set(d.x, r, 0, r % 10 == 0 ? std::nan("") : double(r));
            set(d.x, r, 1, code);
            d.y[size_t(r)] = float(1.0 + effect[code] + (r % 10 == 0 ? 0.5 : 0.0));
        }
        const auto model = fitRidge(1e-6, d);
        auto p = model->predict(d.x);
        QVERIFY(p);
        for (int64_t r = 0; r < rows; ++r)
            QVERIFY2(std::abs((*p)[size_t(r)] - d.y[size_t(r)]) < 1e-3, qPrintable(QString::number(r)));
        // An unseen code (7) and a NaN category predict like an average row, not garbage.
        FeatureMatrix odd = emptyMatrix(d.x.names, d.x.kinds, 2);
        odd.categoryCounts = d.x.categoryCounts;
        set(odd, 0, 0, 50);
        set(odd, 0, 1, 7);
        set(odd, 1, 0, 50);
        set(odd, 1, 1, std::nan(""));
        auto q = model->predict(odd);
        QVERIFY(q);
        QVERIFY(std::isfinite((*q)[0]));
        QCOMPARE((*q)[0], (*q)[1]);
    }

    void contributionsSumToPrediction()
    {
        const Dataset d = nonlinearCars(300, 5);
        const auto model = fitRidge(1, d);
        auto p = model->predict(d.x);
        auto c = model->contributions(d.x);
        QVERIFY(p && c);
        QCOMPARE(c->columns, d.x.columns);
        QCOMPARE(c->names, d.x.names);
        for (int64_t r = 0; r < d.x.rows; ++r) {
            // RidgeModel documents the same additions in the same order: equal bit for bit.
            double sum = c->bias[size_t(r)];
            for (int j = 0; j < c->columns; ++j)
                sum += c->values[size_t(r) * size_t(c->columns) + size_t(j)];
            QCOMPARE(sum, (*p)[size_t(r)]);
        }
    }

    void rejectsBadInput()
    {
        Dataset d = linearTruth(10, 6);
        d.y[3] = std::nanf("");
        auto model = RidgeLearner(1).fit(d.x, d.y, nullptr, {}, {});
        QVERIFY(!model);
        QCOMPARE(model.error().code, ErrorCode::InvalidArgument);
        // Features that do not match the model are refused, not silently misread.
        const auto fitted = fitRidge(1, linearTruth(20, 7));
        FeatureMatrix other = linearTruth(5, 8).x;
        other.names[1] = QStringLiteral("renamed");
        auto p = fitted->predict(other);
        QVERIFY(!p);
        QCOMPARE(p.error().code, ErrorCode::InvalidArgument);
    }

    void cancels()
    {
        const Dataset d = linearTruth(50, 9);
        FitOptions options;
        options.progress = [](qint64, qint64) { return false; };
        auto model = RidgeLearner(1).fit(d.x, d.y, nullptr, {}, options);
        QVERIFY(!model);
        QCOMPARE(model.error().code, ErrorCode::Cancelled);
    }
};

int runRidgeTests(int argc, char** argv)
{
    TestRidge t;
    return QTest::qExec(&t, argc, argv);
}

#include "TestRidge.moc"
