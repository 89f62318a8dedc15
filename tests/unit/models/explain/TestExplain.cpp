// SPDX-License-Identifier: GPL-3.0-or-later
// models/explain: SHAP identities on real data for XGBoost and the linear model, dealer sheets, what-if,
// importance, dependence, PDP/ICE, coefficients and the fairness report.
#include "models/explain/CarExplainer.h"
#include "models/explain/FairnessReport.h"
#include "models/explain/GlobalExplainer.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <cmath>
#include <numeric>

#include "ExplainFixtures.h"

using namespace valuator;
using namespace valuator::testing;

namespace {

double relative(double a, double b)
{
    return std::abs(a - b) / std::max(1e-12, std::abs(b));
}

QJsonObject sampleCar()
{
    return {{QStringLiteral("plate"), QStringLiteral("M-AB 1234")}, {QStringLiteral("brand"), QStringLiteral("BMW")},
        {QStringLiteral("model"), QStringLiteral("1er")}, {QStringLiteral("model_year"), 2018},
        {QStringLiteral("mileage_km"), 60000}, {QStringLiteral("fuel"), QStringLiteral("petrol")},
        {QStringLiteral("transmission"), QStringLiteral("automatic")},
        {QStringLiteral("power_kw"), QStringLiteral("110")}, {QStringLiteral("region"), QStringLiteral("Bayern")},
        {QStringLiteral("owners"), 1},
        {QStringLiteral("equipment"), QJsonArray {QStringLiteral("navigation"), QStringLiteral("alloy wheels")}},
        {QStringLiteral("sale_date"), QStringLiteral("2022-06-01")}};
}

} // namespace

class TestExplain : public QObject {
    Q_OBJECT
private:
    Table m_table;
    Trained m_xgb;
    Trained m_linear;

    /// bias + sum(SHAP) == prediction for every sampled row, and the dealer sheet of a few rows sums to the price.
    void checkIdentities(const Trained& t, double tolerance)
    {
        GlobalExplainOptions options;
        options.sampleRows = 300;
        auto g = GlobalExplainer::explain(t.spec, *t.model, t.x, options);
        QVERIFY2(g, g ? "" : qPrintable(g.error().detail));
        QCOMPARE(g->summary.rowCount(), 300);
        QCOMPARE(g->tableRows, 2000);
        const FeatureMatrix xs = t.x.select(g->summary.rows);
        const auto predicted = *t.model->predict(xs);
        for (int64_t r = 0; r < g->summary.rowCount(); ++r) {
            double sum = g->summary.bias[size_t(r)];
            for (int f = 0; f < g->summary.columnCount(); ++f)
                sum += g->summary.shapAt(r, f);
            QVERIFY2(relative(sum, predicted[size_t(r)]) < tolerance, qPrintable(QString::number(r)));
            QVERIFY(relative(t.spec.toPrice(sum), t.spec.toPrice(predicted[size_t(r)])) < 1e-4);
        }
        for (int64_t row : {int64_t(0), int64_t(17), int64_t(1999)}) {
            auto e = CarExplainer::explain(t.spec, *t.model, m_table, row);
            QVERIFY(e);
            double sum = e->baseValue;
            for (const FeatureContribution& c : e->contributions)
                sum += c.contribution;
            QVERIFY(relative(sum, e->prediction) < tolerance);
            QVERIFY(relative(t.spec.toPrice(sum), e->price) < 1e-4);
            double lines = 0;
            for (const DealerLine& l : e->dealerLines)
                lines += l.amount;
            QVERIFY2(std::abs(lines - e->price) < 1e-6, qPrintable(QString::number(lines - e->price, 'g', 17)));
            // The per-feature amounts also add up (before the rounding residual is folded into the base line).
            double amounts = e->basePrice;
            for (const FeatureContribution& c : e->contributions)
                amounts += c.amount;
            QVERIFY(relative(amounts, e->price) < 1e-4);
            QCOMPARE(e->dealerLines.first().key, QStringLiteral("base"));
            QCOMPARE(e->dealerLines.last().key, QStringLiteral("other"));
        }
    }

private slots:
    void initTestCase()
    {
        m_table = fixtureCut(QStringLiteral("sales-clean-10k.csv"), 2000);
        QCOMPARE(m_table.rowCount(), 2000);
        m_xgb = train(m_table, QStringLiteral("xgboost"));
        m_linear = train(m_table, QStringLiteral("linear"));
    }

    void xgboostContributionsAddUpToThePrediction() { checkIdentities(m_xgb, 1e-5); }
    void linearContributionsAddUpToThePrediction() { checkIdentities(m_linear, 1e-12); }

    void carFromJsonIsExplained()
    {
        auto e = CarExplainer::explain(m_xgb.spec, *m_xgb.model, sampleCar());
        QVERIFY2(e, e ? "" : qPrintable(e.error().userMessage));
        QCOMPARE(e->learner, QStringLiteral("xgboost"));
        QVERIFY(e->logTarget);
        QCOMPARE(e->basePrice, std::exp(e->baseValue));
        QCOMPARE(e->find(QStringLiteral("brand"))->displayValue, QStringLiteral("BMW"));
        QCOMPARE(e->find(QStringLiteral("mileage_km"))->value, 60000.0);
        QCOMPARE(e->find(QStringLiteral("power_kw"))->value, 110.0); // a numeric string is a number
        // Sold 2022-06-01, model year 2018: age from 1 July 2018.
        QVERIFY(std::abs(e->find(QStringLiteral("age_years"))->value - 1431 / 365.25) < 1e-5);
        const DealerLine* mileage = e->line(QStringLiteral("mileage"));
        QVERIFY(mileage);
        QCOMPARE(mileage->features, (QStringList {QStringLiteral("mileage_per_year"), QStringLiteral("mileage_km")}));
        QVERIFY(mileage->carValues.contains(QStringLiteral("mileage_km 60000")));
        QVERIFY(e->line(QStringLiteral("timing"))->features.isEmpty()); // no sale-date feature in this spec
        QCOMPARE(e->line(QStringLiteral("timing"))->amount, 0.0);
        const QJsonObject json = e->toJson();
        for (const char* key : {"base_value", "prediction", "price", "contributions", "dealer_sheet"})
            QVERIFY2(json.contains(QLatin1String(key)), key);
        QVERIFY(!QJsonDocument(json).toJson().contains("AB 1234")); // the plate is never read
    }

    void whatIfMileageChangesTheMileageLine()
    {
        for (const Trained* t : {&m_xgb, &m_linear}) {
            QJsonObject car = sampleCar();
            const auto low = CarExplainer::explain(t->spec, *t->model, car);
            car.insert(QStringLiteral("mileage_km"), 220000);
            const auto high = CarExplainer::explain(t->spec, *t->model, car);
            QVERIFY(low && high);
            QVERIFY(high->line(QStringLiteral("mileage"))->amount < low->line(QStringLiteral("mileage"))->amount);
            QVERIFY(high->price < low->price);
            // What-if cost (logged, not asserted: timings vary with the machine).
            QElapsedTimer clock;
            clock.start();
            for (int i = 0; i < 20; ++i)
                QVERIFY(CarExplainer::explain(t->spec, *t->model, car));
            qInfo("%s what-if: %.2f ms per car", qPrintable(t->model->learner()), clock.nsecsElapsed() / 20e6);
            if (t == &m_linear) // additive: only the mileage features' log contributions move
                for (const FeatureContribution& c : low->contributions)
                    if (CarExplainer::lineKey(c.feature) != QLatin1String("mileage"))
                        QCOMPARE(high->find(c.feature)->contribution, c.contribution);
        }
    }

    void badCarValuesNameTheField()
    {
        QJsonObject car = sampleCar();
        car.insert(QStringLiteral("mileage_km"), QStringLiteral("lots"));
        auto t = CarExplainer::carTable(car);
        QVERIFY(!t);
        QCOMPARE(t.error().code, ErrorCode::InvalidArgument);
        QVERIFY(t.error().userMessage.contains(QStringLiteral("mileage_km")));
        car = sampleCar();
        car.insert(QStringLiteral("sale_date"), QStringLiteral("2022-02-31"));
        QVERIFY(!CarExplainer::carTable(car));
        car.remove(QStringLiteral("sale_date"));
        auto dated = CarExplainer::carTable(car, QDate(2024, 3, 1));
        QVERIFY(dated);
        QCOMPARE(dated->find(QStringLiteral("sale_date"))->displayText(0), QStringLiteral("2024-03-01"));
        QVERIFY(!dated->find(QStringLiteral("plate")));
        QCOMPARE(dated->rowCount(), 1);
    }

    void dealerLineKeys()
    {
        QCOMPARE(CarExplainer::lineKey(QStringLiteral("brand")), QStringLiteral("base"));
        QCOMPARE(CarExplainer::lineKey(QStringLiteral("age_years")), QStringLiteral("base"));
        QCOMPARE(CarExplainer::lineKey(QStringLiteral("mileage_per_year")), QStringLiteral("mileage"));
        QCOMPARE(CarExplainer::lineKey(QStringLiteral("equipment:navigation")), QStringLiteral("equipment:navigation"));
        QCOMPARE(CarExplainer::lineKey(QStringLiteral("owners")), QStringLiteral("condition"));
        QCOMPARE(CarExplainer::lineKey(QStringLiteral("region")), QStringLiteral("region"));
        QCOMPARE(CarExplainer::lineKey(QStringLiteral("sale_month")), QStringLiteral("timing"));
        QCOMPARE(CarExplainer::lineKey(QStringLiteral("power_kw")), QStringLiteral("specification"));
        QCOMPARE(CarExplainer::lineKey(QStringLiteral("group")), QStringLiteral("other"));
    }

    void importanceRanksTheDrivingFeatureFirst()
    {
        const Table cars = powerDrivenCars(1500, 3);
        for (const QString& learner : {QStringLiteral("xgboost"), QStringLiteral("linear")}) {
            const Trained t = train(cars, learner);
            auto g = GlobalExplainer::explain(t.spec, *t.model, t.x);
            QVERIFY(g);
            QCOMPARE(g->importance.first().feature, QStringLiteral("power_kw"));
            QVERIFY(g->importance.first().meanAbsShap > 5 * g->importance.at(1).meanAbsShap);
            if (learner == QLatin1String("xgboost")) {
                QVERIFY(g->importance.first().gainShare > 0.5);
                QVERIFY(g->toJson().value(QStringLiteral("importance")).toObject().contains(QStringLiteral("gain")));
            } else {
                QVERIFY(std::isnan(g->importance.first().gain));
                const auto& c = g->coefficients;
                auto it = std::find_if(c.begin(), c.end(), [](const CoefficientInterval& ci) {
                    return ci.feature == QLatin1String("power_kw") && ci.term == QLatin1String("value");
                });
                QVERIFY(it != c.end());
                QVERIFY(it->ciLow < it->coefficient && it->coefficient < it->ciHigh);
                QVERIFY(it->ciLow > 0); // price rises with power, clearly
            }
        }
    }

    void dependenceAndPartialDependence()
    {
        GlobalExplainOptions options;
        options.sampleRows = 200;
        options.iceCurves = 200; // every sampled car: the PDP is then exactly the mean of the ICE curves
        options.gridPoints = 10;
        auto g = GlobalExplainer::explain(m_xgb.spec, *m_xgb.model, m_xgb.x, options);
        QVERIFY(g);
        QCOMPARE(g->partialDependence.size(), 2);
        QCOMPARE(g->partialDependence[0].feature, QStringLiteral("mileage_km"));
        QCOMPARE(g->partialDependence[1].feature, QStringLiteral("age_years"));
        for (const PartialDependence& pd : g->partialDependence) {
            const size_t n = pd.grid.size();
            QVERIFY(n >= 5 && n <= 10);
            QVERIFY(std::is_sorted(pd.grid.begin(), pd.grid.end()));
            QCOMPARE(pd.iceRows.size(), size_t(200));
            QCOMPARE(pd.ice.size(), 200 * n);
            for (size_t gp = 0; gp < n; ++gp) {
                double sum = 0;
                for (size_t i = 0; i < 200; ++i)
                    sum += pd.ice[i * n + gp];
                QVERIFY(relative(sum / 200, pd.average[gp]) < 1e-12);
            }
            QVERIFY(pd.average.front() > pd.average.back()); // more km / more years: cheaper
        }
        const DependenceData d = g->dependence(QStringLiteral("mileage_km"));
        QCOMPARE(d.shap.size(), size_t(200));
        QVERIFY(!d.colourFeature.isEmpty() && d.colourFeature != d.feature);
        const int f = int(g->summary.features.indexOf(QStringLiteral("mileage_km")));
        QCOMPARE(d.shap[7], g->summary.shapAt(7, f));
        const DependenceData byBrand = g->dependence(QStringLiteral("mileage_km"), QStringLiteral("brand"));
        QCOMPARE(byBrand.colourFeature, QStringLiteral("brand"));
        QVERIFY(g->dependence(QStringLiteral("nope")).shap.empty());
        for (double v : g->summary.normalised)
            QVERIFY(std::isnan(v) || (v >= 0 && v <= 1));
    }

    void fairnessFlagsTheWorseSegment()
    {
        // Ten cars at 100: brand A (6) predicted 110 (10 %), brand B (4) 130 (30 %); one more with no actual price.
        std::vector<double> actual(10, 100.0);
        std::vector<double> predicted {110, 110, 110, 110, 110, 110, 130, 130, 130, 130};
        SegmentDimension brand {QStringLiteral("brand"), {}};
        for (int i = 0; i < 10; ++i)
            brand.labels << (i < 6 ? QStringLiteral("A") : QStringLiteral("B"));
        brand.labels[0].clear(); // not in any brand segment, still counted overall
        actual.push_back(std::nan(""));
        predicted.push_back(50);
        brand.labels << QStringLiteral("A");
        FairnessOptions options;
        options.minSegmentRows = 4;
        auto r = FairnessReport::compute(actual, predicted, {brand}, options);
        QVERIFY(r);
        QCOMPARE(r->count, 10);
        QCOMPARE(r->mae, 18.0);
        QCOMPARE(r->mape, 0.18);
        QCOMPARE(r->segments.size(), 2);
        const SegmentError& a = r->segments[0];
        const SegmentError& b = r->segments[1];
        QCOMPARE(a.segment, QStringLiteral("A"));
        QCOMPARE(a.count, 5);
        QCOMPARE(a.mae, 10.0);
        QCOMPARE(a.ratio, 0.1 / 0.18);
        QVERIFY(!a.flagged);
        QCOMPARE(b.count, 4);
        QCOMPARE(b.mape, 0.3);
        QCOMPARE(b.ratio, 0.3 / 0.18);
        QVERIFY(b.flagged);
        QCOMPARE(r->flaggedCount, 1);
        options.minSegmentRows = 5; // too small to flag
        QCOMPARE(FairnessReport::compute(actual, predicted, {brand}, options)->flaggedCount, 0);
        options.factor = 1.7; // 1.667 is not above 1.7
        options.minSegmentRows = 0;
        QCOMPARE(FairnessReport::compute(actual, predicted, {brand}, options)->flaggedCount, 0);
        auto back = FairnessReport::fromJson(r->toJson());
        QVERIFY(back);
        QCOMPARE(back->toJson(), r->toJson());
        brand.labels.removeLast();
        QVERIFY(!FairnessReport::compute(actual, predicted, {brand}, options));
    }

    void fairnessDimensionsFromATable()
    {
        const std::vector<double> ages {0.5, 2.99, 3.0, 9.5, 14.2, 30, std::nan("")};
        Table t;
        Column price(QStringLiteral("sale_price"), ColumnType::Float64);
        for (double p : {1000.0, 2000.0, 3000.0, 4000.0, 5000.0, 6000.0, 7000.0})
            price.appendDouble(p);
        t.addColumn(std::move(price));
        auto age = FairnessReport::dimension(t, QStringLiteral("age_band"), ages);
        QVERIFY(age);
        QCOMPARE(age->labels,
            (QStringList {QStringLiteral("0-2"), QStringLiteral("0-2"), QStringLiteral("3-5"), QStringLiteral("6-9"),
                QStringLiteral("10-14"), QStringLiteral("15+"), QString()}));
        auto bands = FairnessReport::dimension(t, QStringLiteral("price_band"));
        QVERIFY(bands);
        QCOMPARE(bands->labels.size(), 7);
        QCOMPARE(QSet<QString>(bands->labels.begin(), bands->labels.end()).size(), 5);
        QCOMPARE(bands->labels.first(), QStringLiteral("1000-2000"));
        QCOMPARE(bands->labels.last(), QStringLiteral("6000-7000"));
        QVERIFY(!FairnessReport::dimension(t, QStringLiteral("brand")));
        // Bands are reported in band order, not by count.
        const std::vector<double> actual {1000, 2000, 3000, 4000, 5000, 6000, 7000};
        auto r = FairnessReport::compute(actual, actual, {*age}, FairnessOptions {});
        QVERIFY(r);
        QStringList order;
        for (const SegmentError& s : r->segments)
            order << s.segment;
        QCOMPARE(order,
            (QStringList {QStringLiteral("0-2"), QStringLiteral("3-5"), QStringLiteral("6-9"), QStringLiteral("10-14"),
                QStringLiteral("15+")}));
        QVERIFY(!FairnessOptions::fromJson({{QStringLiteral("factor"), 0}}));
    }
};

QTEST_GUILESS_MAIN(TestExplain)
#include "TestExplain.moc"
