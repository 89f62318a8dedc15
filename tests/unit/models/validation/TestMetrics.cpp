// SPDX-License-Identifier: GPL-3.0-or-later
// Metrics on small hand-checked examples.
#include "models/validation/Metrics.h"

#include <QTest>

#include <cmath>
#include <vector>

#include "ValidationTests.h"

using namespace valuator;

// QCOMPARE compares doubles fuzzily; these values must come out bit for bit.
#define EXACT(actual, expected)                                                                                        \
    QVERIFY2((actual) == (expected),                                                                                   \
        qPrintable(QStringLiteral("%1 != %2").arg(double(actual), 0, 'g', 17).arg(double(expected), 0, 'g', 17)))

class TestMetrics : public QObject {
    Q_OBJECT

private slots:
    void handCheckedExample()
    {
        // Errors 10, 20, 0, 200 on 100, 200, 400, 800; APE 0.10, 0.10, 0, 0.25. The last two pairs are skipped
        // (no positive actual price, no finite prediction).
        const std::vector<double> actual {100, 200, 400, 800, 0, 500};
        const std::vector<double> predicted {110, 180, 400, 1000, 50, std::nan("")};
        const Metrics m = Metrics::compute(actual, predicted);
        QCOMPARE(m.count, qint64(4));
        EXACT(m.mae, 57.5); // 230 / 4
        EXACT(m.rmse, std::sqrt(10125.0)); // (100 + 400 + 0 + 40000) / 4
        EXACT(m.mape, (0.1 + 0.1 + 0.0 + 0.25) / 4); // 0.1125
        QVERIFY(std::abs(m.mape - 0.1125) < 1e-15);
        EXACT(m.medianApe, 0.1); // (0.10 + 0.10) / 2
        // mean 375, SST = 275² + 175² + 25² + 425² = 287500, SSE = 40500
        EXACT(m.r2, 1.0 - 40500.0 / 287500.0);
        EXACT(m.within10, 0.75); // exactly 10 % counts as within
    }

    void oddCountMedianAndPerfectFit()
    {
        const std::vector<double> actual {1000, 2000, 4000};
        const std::vector<double> predicted {1300, 2000, 3000}; // APE 0.3, 0, 0.25
        const Metrics m = Metrics::compute(actual, predicted);
        QCOMPARE(m.count, qint64(3));
        EXACT(m.medianApe, 0.25);
        EXACT(m.within10, 1.0 / 3.0);
        EXACT(m.mae, 1300.0 / 3.0);
        const Metrics perfect = Metrics::compute(actual, actual);
        EXACT(perfect.r2, 1.0);
        EXACT(perfect.mae, 0.0);
        EXACT(perfect.within10, 1.0);
    }

    void degenerateInputs()
    {
        const Metrics none = Metrics::compute({}, {});
        QCOMPARE(none.count, qint64(0));
        EXACT(none.mae, 0.0);
        EXACT(none.r2, 0.0);
        // One actual value only: SST is 0, R² is defined as 0.
        const std::vector<double> a {100, 100};
        const std::vector<double> p {90, 120};
        const Metrics flat = Metrics::compute(a, p);
        EXACT(flat.r2, 0.0);
        EXACT(flat.medianApe, (0.1 + 0.2) / 2); // APE 0.1 and 0.2
    }

    void jsonRoundTrip()
    {
        const std::vector<double> actual {100, 200, 400, 800};
        const std::vector<double> predicted {110, 180, 400, 1000};
        const Metrics m = Metrics::compute(actual, predicted);
        const Metrics back = Metrics::fromJson(m.toJson());
        QCOMPARE(back.count, m.count);
        QCOMPARE(back.mae, m.mae);
        QCOMPARE(back.rmse, m.rmse);
        QCOMPARE(back.mape, m.mape);
        QCOMPARE(back.medianApe, m.medianApe);
        QCOMPARE(back.r2, m.r2);
        QCOMPARE(back.within10, m.within10);
    }
};

int runMetricsTests(int argc, char** argv)
{
    TestMetrics t;
    return QTest::qExec(&t, argc, argv);
}

#include "TestMetrics.moc"
