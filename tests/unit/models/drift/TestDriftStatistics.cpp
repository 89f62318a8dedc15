// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/drift/DriftStatistics.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <random>

#include "DriftTests.h"

using namespace valuator;

namespace {

/// Uniform in (0, 1) from the engine's bits (fully specified, unlike the standard distributions).
double uniform(std::mt19937_64& engine)
{
    return (double(engine() >> 11) + 0.5) * 0x1.0p-53;
}

/// Standard normal sample by Box-Muller.
std::vector<double> normalSample(size_t n, double mean, uint64_t seed)
{
    std::mt19937_64 engine(seed);
    std::vector<double> out(n);
    for (size_t i = 0; i < n; ++i)
        out[i] = mean + std::sqrt(-2.0 * std::log(uniform(engine))) * std::cos(2.0 * M_PI * uniform(engine));
    return out;
}

double normalCdf(double x)
{
    return 0.5 * std::erfc(-x / std::sqrt(2.0));
}

double normalQuantile(double p)
{
    double lo = -10;
    double hi = 10;
    for (int i = 0; i < 100; ++i) {
        const double mid = 0.5 * (lo + hi);
        (normalCdf(mid) < p ? lo : hi) = mid;
    }
    return 0.5 * (lo + hi);
}

} // namespace

class TestDriftStatistics : public QObject {
    Q_OBJECT
private slots:
    void radixSortMatchesStdSort()
    {
        std::mt19937_64 engine(42);
        std::vector<double> values;
        for (int i = 0; i < 100000; ++i)
            values.push_back((uniform(engine) - 0.5) * std::pow(10.0, double(int(engine() % 20)) - 5));
        values.insert(values.end(), {0.0, 0.0, -1e-310, 1e-310, INFINITY, -INFINITY, 3.0, 3.0, -3.0});
        std::vector<double> expected = values;
        std::sort(expected.begin(), expected.end());
        DriftStatistics::sortValues(values);
        QVERIFY(values == expected);
        std::vector<double> small {3, -1, 2};
        DriftStatistics::sortValues(small);
        QCOMPARE(small, std::vector<double>({-1, 2, 3}));
        std::vector<double> constant(1000, 7.5); // every radix pass skipped
        DriftStatistics::sortValues(constant);
        QCOMPARE(constant, std::vector<double>(1000, 7.5));
    }

    void quantileEdges()
    {
        std::vector<double> oneTo100(100);
        std::iota(oneTo100.begin(), oneTo100.end(), 1.0);
        QCOMPARE(DriftStatistics::quantileEdges(oneTo100, 4), std::vector<double>({25, 50, 75}));
        QCOMPARE(
            DriftStatistics::quantileEdges(oneTo100, 10), std::vector<double>({10, 20, 30, 40, 50, 60, 70, 80, 90}));
        // A discrete column: 70 ones, 20 twos, 10 threes. Repeated quantiles collapse into fewer bins.
        std::vector<double> owners(70, 1.0);
        owners.insert(owners.end(), 20, 2.0);
        owners.insert(owners.end(), 10, 3.0);
        QCOMPARE(DriftStatistics::quantileEdges(owners, 10), std::vector<double>({1, 2}));
        QCOMPARE(DriftStatistics::quantileEdges({}, 10), std::vector<double>());
    }

    void binsAreRightClosed()
    {
        const std::vector<double> sorted {1, 2, 2, 3, 5};
        QCOMPARE(DriftStatistics::binCounts(sorted, std::vector<double>({2, 4})), std::vector<qint64>({3, 1, 1}));
        QCOMPARE(DriftStatistics::binCounts(sorted, std::vector<double>()), std::vector<qint64>({5}));
        QCOMPARE(DriftStatistics::binCounts({}, std::vector<double>({2})), std::vector<qint64>({0, 0}));
    }

    void psiByHand()
    {
        const std::vector<double> r {0.5, 0.5};
        const std::vector<double> c {0.25, 0.75};
        const double expected = (0.25 - 0.5) * std::log(0.25 / 0.5) + (0.75 - 0.5) * std::log(0.75 / 0.5);
        QCOMPARE(DriftStatistics::psi(r, c, 1e-4), expected);
        QVERIFY(std::fabs(expected - 0.274653) < 1e-6);
        QCOMPARE(DriftStatistics::psi(r, r, 1e-4), 0.0);
        // An empty reference bin: its share is floored, the PSI stays finite.
        const double floored = (0.5 - 1.0) * std::log(0.5 / 1.0) + (0.5 - 1e-4) * std::log(0.5 / 1e-4);
        QCOMPARE(DriftStatistics::psi(std::vector<double>({1, 0}), std::vector<double>({0.5, 0.5}), 1e-4), floored);
        QVERIFY(DriftStatistics::psi(std::vector<double>({1, 0}), std::vector<double>({0.5, 0.5}), 1e-2) < floored);
    }

    void ksKnownAnswers()
    {
        const std::vector<double> a {1, 2, 3};
        QCOMPARE(DriftStatistics::ksStatistic(a, a), 0.0);
        QCOMPARE(DriftStatistics::ksStatistic(a, std::vector<double>({10, 11})), 1.0);
        QCOMPARE(DriftStatistics::ksStatistic(a, std::vector<double>({2, 3, 4})), 1.0 / 3);
        // Ties advance both sides together: at 1, 2/3 vs 1/3.
        QCOMPARE(DriftStatistics::ksStatistic(std::vector<double>({1, 1, 2}), std::vector<double>({1, 2, 2})), 1.0 / 3);
        QVERIFY(std::isnan(DriftStatistics::ksStatistic(a, {})));
    }

    void ksOfShiftedNormalsIsTheAnalyticValue()
    {
        // N(0,1) against N(0.5,1): sup |F - G| is at the midpoint 0.25: D = 2 * Phi(0.25) - 1 = 0.19741.
        const double analytic = 2 * normalCdf(0.25) - 1;
        QVERIFY(std::fabs(analytic - 0.197413) < 1e-6);
        // Exact quantile grids: D within 1/n of the analytic value.
        const size_t n = 20000;
        std::vector<double> x(n);
        std::vector<double> y(n);
        for (size_t i = 0; i < n; ++i) {
            x[i] = normalQuantile((double(i) + 0.5) / double(n));
            y[i] = x[i] + 0.5;
        }
        QVERIFY(std::fabs(DriftStatistics::ksStatistic(x, y) - analytic) < 1.0 / double(n));
        // Random samples of 100,000: within the sampling error (~0.006 at 99.9 %).
        std::vector<double> a = normalSample(100000, 0.0, 1);
        std::vector<double> b = normalSample(100000, 0.5, 2);
        DriftStatistics::sortValues(a);
        DriftStatistics::sortValues(b);
        const double d = DriftStatistics::ksStatistic(a, b);
        QVERIFY2(std::fabs(d - analytic) < 0.01, qPrintable(QString::number(d)));
        QVERIFY(DriftStatistics::ksPValue(d, 100000, 100000) < 1e-12);
    }

    void ksPValue()
    {
        // D = 0.1, n = m = 100: lambda = (sqrt(50) + 0.12 + 0.11 / sqrt(50)) * 0.1 = 0.720667,
        // Q = 2 (e^-2l^2 - e^-8l^2 + e^-18l^2 ...) = 0.67666.
        QVERIFY(std::fabs(DriftStatistics::ksPValue(0.1, 100, 100) - 0.67666) < 1e-4);
        QCOMPARE(DriftStatistics::ksPValue(0.0, 100, 100), 1.0);
        // The same effect size on a million rows each: "significant", which is why the status ignores it.
        QVERIFY(DriftStatistics::ksPValue(0.01, 1000000, 1000000) < 1e-30);
    }
};

int runDriftStatisticsTests(int argc, char** argv)
{
    TestDriftStatistics t;
    return QTest::qExec(&t, argc, argv);
}

#include "TestDriftStatistics.moc"
