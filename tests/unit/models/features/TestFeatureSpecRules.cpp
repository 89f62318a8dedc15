// SPDX-License-Identifier: GPL-3.0-or-later
// FeatureSpec rules on a hand-built table: age at sale, mileage per year, categories (case-folded, rare ones
// folded, unseen ones reported), the log-price target, equipment indicators of the frequent tokens, JSON.
#include "models/features/FeatureSpec.h"

#include <QJsonArray>
#include <QTest>

#include <cstring>

#include "FeatureTests.h"
#include "TestTables.h"

using namespace valuator;
using namespace valuator::testing;

namespace {

constexpr double kYear = 365.25;

// Bit-exact float comparison (QCOMPARE on floats is fuzzy).
#define EXACTF(actual, expected)                                                                                       \
    QVERIFY2((actual) == float(expected),                                                                              \
        qPrintable(QStringLiteral("%1 != %2").arg(double(actual), 0, 'g', 9).arg(double(float(expected)), 0, 'g', 9)))

Table sales()
{
    return makeTable({textColumn("plate", {"A-1", "B-2", "C-3", "D-4", "E-5", "F-6"}),
        textColumn("brand", {"BMW", "bmw ", "Audi", "Audi", "Audi", "Skoda"}),
        dateColumn("sale_date", {"2020-07-01", "2021-01-01", "2019-03-15", "2020-01-01", "2022-06-30", "2023-01-01"}),
        dateColumn("first_registration", {"2018-07-01", "", "2019-03-01", "", "2012-01-01", "2020-01-01"}),
        intColumn("model_year", {2018, 2015, 2019, std::nullopt, 2011, 2020}),
        doubleColumn("mileage_km", {30000, 100000, 1000, std::nan(""), 150000, 60000}),
        doubleColumn("sale_price", {20000, 10000, 30000, -5, 8000, 15000}),
        listColumn("equipment",
            {"Navigation|Heated Seats", "navigation|sunroof|NAVIGATION", "", "heated seats", "Navigation|heated  seats",
                "tow bar"})});
}

FeatureOptions options(int minCategoryRows = 1)
{
    FeatureOptions o;
    o.minCategoryRows = minCategoryRows;
    o.equipmentMinRows = 2;
    return o;
}

FeatureSpec buildOrDie(const Table& t, const FeatureOptions& o)
{
    auto spec = FeatureSpec::build(t, o);
    if (!spec)
        qFatal("build failed: %s", qPrintable(spec.error().userMessage));
    return *spec;
}

} // namespace

class TestFeatureSpecRules : public QObject {
    Q_OBJECT

private slots:
    void featureNamesAndKinds()
    {
        FeatureOptions o = options();
        o.categoricals << QStringLiteral("plate"); // personal data: never a feature, even when asked for
        o.numerics << QStringLiteral("sale_price"); // the target: never a feature
        const FeatureSpec spec = buildOrDie(sales(), o);
        QCOMPARE(spec.featureNames(),
            QStringList({QStringLiteral("age_years"), QStringLiteral("mileage_per_year"), QStringLiteral("mileage_km"),
                QStringLiteral("brand"), QStringLiteral("equipment:heated seats"),
                QStringLiteral("equipment:navigation")}));
        const std::vector<FeatureKind> kinds {FeatureKind::Numeric, FeatureKind::Numeric, FeatureKind::Numeric,
            FeatureKind::Categorical, FeatureKind::Indicator, FeatureKind::Indicator};
        QVERIFY(spec.featureKinds() == kinds);
    }

    void ageAtSaleAndMileagePerYear()
    {
        const Table t = sales();
        const FeatureSpec spec = buildOrDie(t, options());
        auto m = spec.transform(t);
        QVERIFY(m);
        QCOMPARE(m->rows, int64_t(6));
        // From the first registration when the row has one, else from 1 July of the model year.
        const double age0 = (days("2020-07-01") - days("2018-07-01")) / kYear;
        const double age1 = (days("2021-01-01") - days("2015-07-01")) / kYear;
        const double age2 = (days("2019-03-15") - days("2019-03-01")) / kYear;
        EXACTF(m->at(0, 0), age0);
        EXACTF(m->at(1, 0), age1);
        EXACTF(m->at(2, 0), age2);
        QVERIFY(std::isnan(m->at(3, 0))); // neither a registration nor a model year
        EXACTF(m->at(0, 1), 30000 / age0);
        EXACTF(m->at(1, 1), 100000 / age1);
        EXACTF(m->at(2, 1), 1000 / 0.5); // two weeks old: divided by at least half a year
        QVERIFY(std::isnan(m->at(3, 1)));
        EXACTF(m->at(4, 2), 150000);
        QVERIFY(std::isnan(m->at(3, 2)));
    }

    void categoriesAreCaseFoldedAndRareOnesFolded()
    {
        const Table t = sales();
        const FeatureSpec all = buildOrDie(t, options(1));
        QCOMPARE(all.categories(QStringLiteral("brand")),
            QStringList({QStringLiteral("Audi"), QStringLiteral("BMW"), QStringLiteral("Skoda")}));
        auto m = all.transform(t);
        QVERIFY(m);
        const int brand = m->indexOf(QStringLiteral("brand"));
        QCOMPARE(m->categoryCounts[size_t(brand)], 3);
        EXACTF(m->at(0, brand), 1);
        EXACTF(m->at(1, brand), 1); // "bmw " is BMW
        EXACTF(m->at(2, brand), 0);
        EXACTF(m->at(5, brand), 2);

        const FeatureSpec folded = buildOrDie(t, options(2)); // Skoda has one row: folded into "other"
        QCOMPARE(folded.categories(QStringLiteral("brand")),
            QStringList({QStringLiteral("Audi"), QStringLiteral("BMW"), QStringLiteral("other")}));
        auto f = folded.transform(t);
        QVERIFY(f);
        EXACTF(f->at(5, brand), 2);
    }

    void unseenCategoryIsReported()
    {
        const FeatureSpec spec = buildOrDie(sales(), options(1));
        const Table later = makeTable({textColumn("brand", {"Tesla", "AUDI", nullptr, "Tesla", "Polestar"}),
            dateColumn("sale_date", {"2024-01-01", "2024-01-01", "2024-01-01", "2024-01-01", "2024-01-01"}),
            intColumn("model_year", {2022, 2020, 2021, 2022, 2023}),
            doubleColumn("sale_price", {30000, 20000, 0, 31000, 40000})});
        TransformReport report;
        auto m = spec.transform(later, &report);
        QVERIFY(m);
        const int brand = m->indexOf(QStringLiteral("brand"));
        QVERIFY(std::isnan(m->at(0, brand)));
        EXACTF(m->at(1, brand), 0);
        QVERIFY(std::isnan(m->at(2, brand))); // missing, not unseen
        QCOMPARE(report.unseenCategories.size(), 1);
        QCOMPARE(report.unseenCategories[0].first, QStringLiteral("brand"));
        QCOMPARE(report.unseenCategories[0].second, qint64(3));
        QCOMPARE(report.rowsMissingTarget, qint64(1));
        // The table has no mileage and no equipment: NaN features, listed, not an error.
        QVERIFY(report.missingColumns.contains(QStringLiteral("mileage_km")));
        QVERIFY(report.missingColumns.contains(QStringLiteral("equipment")));
        QVERIFY(std::isnan(m->at(0, m->indexOf(QStringLiteral("equipment:navigation")))));
    }

    void logPriceOption()
    {
        const Table t = sales();
        const FeatureSpec logSpec = buildOrDie(t, options());
        auto y = logSpec.target(t);
        QVERIFY(y);
        EXACTF((*y)[0], std::log(20000.0));
        QVERIFY(std::isnan((*y)[3])); // price -5: no target
        QVERIFY(std::abs(logSpec.toPrice((*y)[0]) - 20000) < 0.01);

        FeatureOptions plain = options();
        plain.logTarget = false;
        const FeatureSpec priceSpec = buildOrDie(t, plain);
        auto p = priceSpec.target(t);
        QVERIFY(p);
        EXACTF((*p)[0], 20000);
        EXACTF((*p)[4], 8000);
        QVERIFY(std::isnan((*p)[3]));
        QCOMPARE(priceSpec.toPrice(12345.0), 12345.0);
    }

    void equipmentIndicatorsOfFrequentTokens()
    {
        const Table t = sales();
        const FeatureSpec spec = buildOrDie(t, options());
        // navigation and heated seats are in three rows each (a token counts once per row, spelling ignored);
        // sunroof and tow bar in one: not features. Ties are ordered by key.
        QCOMPARE(spec.equipmentTokens(), QStringList({QStringLiteral("heated seats"), QStringLiteral("navigation")}));
        auto m = spec.transform(t);
        QVERIFY(m);
        const int heated = m->indexOf(QStringLiteral("equipment:heated seats"));
        const int nav = m->indexOf(QStringLiteral("equipment:navigation"));
        const float expected[6][2] = {{1, 1}, {0, 1}, {NAN, NAN}, {1, 0}, {1, 1}, {0, 0}};
        for (int r = 0; r < 6; ++r) {
            for (int k = 0; k < 2; ++k) {
                const float got = m->at(r, k == 0 ? heated : nav);
                if (std::isnan(expected[r][k]))
                    QVERIFY2(std::isnan(got), qPrintable(QString::number(r))); // empty list: unknown, not "none"
                else
                    EXACTF(got, expected[r][k]);
            }
        }
        FeatureOptions capped = options();
        capped.equipmentMaxTokens = 1;
        QCOMPARE(buildOrDie(t, capped).equipmentTokens(), QStringList({QStringLiteral("heated seats")}));
    }

    void learnsFromTheTrainingRowsOnly()
    {
        const Table t = sales();
        const std::vector<int64_t> rows {0, 1, 5}; // BMW, bmw, Skoda
        auto spec = FeatureSpec::build(t, options(1), rows);
        QVERIFY(spec);
        QCOMPARE(
            spec->categories(QStringLiteral("brand")), QStringList({QStringLiteral("BMW"), QStringLiteral("Skoda")}));
        TransformReport report;
        auto m = spec->transform(t, std::vector<int64_t> {2, 0}, &report);
        QVERIFY(m);
        QCOMPARE(m->rows, int64_t(2));
        QVERIFY(std::isnan(m->at(0, m->indexOf(QStringLiteral("brand"))))); // Audi was not in the training rows
        EXACTF(m->at(1, m->indexOf(QStringLiteral("brand"))), 0);
        QCOMPARE(report.unseenCategories.value(0).second, qint64(1));
        QVERIFY(!spec->transform(t, std::vector<int64_t> {6}));
        QVERIFY(!FeatureSpec::build(t, options(1), std::vector<int64_t> {-1}));
    }

    void jsonRoundTripTransformsIdentically()
    {
        const Table t = sales();
        const FeatureSpec spec = buildOrDie(t, options(2));
        auto back = FeatureSpec::fromJson(spec.toJson());
        QVERIFY(back);
        QCOMPARE(back->toJson(), spec.toJson());
        auto a = spec.transform(t);
        auto b = back->transform(t);
        QVERIFY(a && b);
        QCOMPARE(a->values.size(), b->values.size());
        QVERIFY(std::memcmp(a->values.data(), b->values.data(), a->values.size() * sizeof(float)) == 0);
        QVERIFY(a->categoryCounts == b->categoryCounts);
        QJsonObject edited = spec.toJson();
        edited.insert(QStringLiteral("numerics"), QJsonArray {QStringLiteral("power_kw")});
        QVERIFY(!FeatureSpec::fromJson(edited)); // stored feature list no longer matches
    }

    void requiredColumns()
    {
        const Table noDate = makeTable({doubleColumn("sale_price", {1, 2}), intColumn("model_year", {2010, 2011})});
        auto a = FeatureSpec::build(noDate, options());
        QVERIFY(!a);
        QVERIFY(a.error().userMessage.contains(QLatin1String("sale_date")));
        const Table noAge
            = makeTable({doubleColumn("sale_price", {1, 2}), dateColumn("sale_date", {"2020-01-01", ""})});
        QVERIFY(!FeatureSpec::build(noAge, options()));
        const Table noPrice = makeTable({dateColumn("sale_date", {"2020-01-01"}), intColumn("model_year", {2010})});
        QVERIFY(!FeatureSpec::build(noPrice, options()));
        FeatureOptions bad = options();
        bad.minCategoryRows = 0;
        QVERIFY(!FeatureSpec::build(sales(), bad));
    }
};

int runFeatureSpecRuleTests(int argc, char** argv)
{
    TestFeatureSpecRules t;
    return QTest::qExec(&t, argc, argv);
}

#include "TestFeatureSpecRules.moc"
