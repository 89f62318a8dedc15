// SPDX-License-Identifier: GPL-3.0-or-later
// Drift on the shared fixtures. All three files come from one generator (different seeds and dirt), so between
// them the distributions barely move: statuses stay ok except where dirt changes a column's values. Real drift is
// made by selecting or changing rows of the clean file.
#include "models/drift/DriftAnalyzer.h"
#include "models/importing/TableSink.h"

#include <QDate>
#include <QFile>
#include <QSet>
#include <QTest>

#include <cmath>

#include "DriftTests.h"

using namespace valuator;

namespace {

Table importFixture(const char* name)
{
    QFile f(QStringLiteral(VALUATOR_FIXTURES_DIR "/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    auto imported = importCsvToTable(f.readAll());
    if (!imported)
        qFatal("%s", qPrintable(imported.error().userMessage));
    return std::move(imported->table);
}

DriftReport compare(const Table& ref, const Table& cur)
{
    auto r = DriftAnalyzer::compare(ref, cur, {});
    if (!r)
        qFatal("%s", qPrintable(r.error().userMessage));
    return *r;
}

/// Current non-null values never seen in the reference, over the current non-null values: computed on text.
double unseenShare(const Table& ref, const Table& cur, const char* column)
{
    const Column* r = ref.find(QLatin1String(column));
    const Column* c = cur.find(QLatin1String(column));
    QSet<QString> seen;
    for (int64_t i = 0; i < r->size(); ++i)
        if (!r->isNull(i))
            seen.insert(r->displayText(i));
    qint64 values = 0;
    qint64 unseen = 0;
    for (int64_t i = 0; i < c->size(); ++i) {
        if (c->isNull(i))
            continue;
        ++values;
        unseen += !seen.contains(c->displayText(i));
    }
    return double(unseen) / double(values);
}

/// The rows of `t` for which `keep(row)` holds.
template <class Keep> Table filterRows(const Table& t, Keep keep)
{
    Table out;
    for (const Column& c : t.columns())
        out.addColumn(Column(c.name(), c.type()));
    for (int64_t r = 0; r < t.rowCount(); ++r)
        if (keep(r))
            for (int c = 0; c < t.columnCount(); ++c)
                out.column(c).appendFrom(t.column(c), r);
    return out;
}

const QStringList kFeatures {QStringLiteral("brand"), QStringLiteral("model"), QStringLiteral("model_year"),
    QStringLiteral("mileage_km"), QStringLiteral("fuel"), QStringLiteral("transmission"), QStringLiteral("body_type"),
    QStringLiteral("power_kw"), QStringLiteral("engine_l"), QStringLiteral("colour"), QStringLiteral("region"),
    QStringLiteral("seller_type"), QStringLiteral("owners"), QStringLiteral("sale_date"), QStringLiteral("sale_price")};

QStringList names(const DriftReport& r)
{
    QStringList out;
    for (const FeatureDrift& f : r.features)
        out << f.name;
    return out;
}

} // namespace

class TestDriftFixtures : public QObject {
    Q_OBJECT
private slots:
    void cleanAgainstDirtyIsDirtNotDrift()
    {
        const Table clean = importFixture("sales-clean-10k.csv");
        const Table dirty = importFixture("sales-dirty-10k.csv");
        const DriftReport r = compare(clean, dirty);
        QCOMPARE(names(r), kFeatures); // plate and source_line excluded, equipment skipped as a list
        QCOMPARE(r.skipped.size(), 1);
        QCOMPARE(r.skipped[0].name, QStringLiteral("equipment"));
        // Same generator and seed family: no feature reaches the warn level; the numeric distributions agree
        // within sampling noise even with the impossible values (KS D < 0.02).
        QCOMPARE(r.overall, DriftStatus::Ok);
        for (const FeatureDrift& f : r.features) {
            QVERIFY2(f.psi < 0.1, qPrintable(f.name));
            if (f.kind == DriftFeatureKind::Numeric)
                QVERIFY2(f.ks < 0.02, qPrintable(f.name));
        }
        // Spelling variants (VW, volkswagen, Volkswagon, ...) are the brand's unseen categories; padding and
        // missing tokens are gone after the import, so the other text columns see nothing new.
        const FeatureDrift* brand = r.feature(QStringLiteral("brand"));
        QCOMPARE(brand->unseenShare, unseenShare(clean, dirty, "brand"));
        QVERIFY(brand->unseenShare > 0.01);
        for (const char* column : {"fuel", "transmission", "body_type", "colour", "region", "seller_type"})
            QCOMPARE(r.feature(QLatin1String(column))->unseenShare, 0.0);
        // The 87 injected missing mileages appear as the current share of the missing bin.
        const FeatureDrift* mileage = r.feature(QStringLiteral("mileage_km"));
        QVERIFY(mileage->bins.last().missing);
        QCOMPARE(mileage->bins.last().currentCount, 87);
        QCOMPARE(mileage->bins.last().referenceCount, 0);
        QCOMPARE(compare(clean, clean).overall, DriftStatus::Ok);
        for (const FeatureDrift& f : compare(clean, clean).features)
            QCOMPARE(f.psi, 0.0);
    }

    void euroAgainstCleanWarnsOnlyForBrandSpellings()
    {
        const Table euro = importFixture("sales-euro-5k.csv");
        const Table clean = importFixture("sales-clean-10k.csv");
        const DriftReport r = compare(euro, clean);
        // Decimal commas and German dates were read into the same types: every feature is compared.
        QCOMPARE(names(r), kFeatures);
        // The euro file writes 2 % of its brands in variant spellings the clean file never uses. They are rare
        // one by one, so they share the "(other)" bin, which the clean file leaves empty: brand warns, and that
        // bin carries most of its PSI. Nothing else moves beyond sampling noise (5k vs 10k rows: D < 0.04).
        const FeatureDrift* brand = r.feature(QStringLiteral("brand"));
        QCOMPARE(brand->status, DriftStatus::Warn);
        QVERIFY(brand->bins.last().other);
        QCOMPARE(brand->bins.last().currentCount, 0);
        QVERIFY(brand->bins.last().psi > 0.5 * brand->psi);
        QCOMPARE(brand->unseenShare, unseenShare(euro, clean, "brand"));
        QCOMPARE(r.count(DriftStatus::Warn), 1);
        QCOMPARE(r.count(DriftStatus::Alert), 0);
        QCOMPARE(r.overall, DriftStatus::Warn);
        for (const FeatureDrift& f : r.features)
            if (f.kind == DriftFeatureKind::Numeric)
                QVERIFY2(f.ks < 0.04, qPrintable(f.name));
    }

    void recentSalesDriftInDateAndModelYear()
    {
        // The newest two years against all sales: the sale dates move completely, the cars are newer, the brand,
        // fuel and body mix stays.
        const Table clean = importFixture("sales-clean-10k.csv");
        const Column* saleDate = clean.find(QStringLiteral("sale_date"));
        const int32_t cut = int32_t(QDate(1970, 1, 1).daysTo(QDate(2023, 1, 1)));
        const Table recent = filterRows(clean, [&](int64_t r) { return saleDate->days()[size_t(r)] >= cut; });
        const DriftReport r = compare(clean, recent);
        QCOMPARE(r.feature(QStringLiteral("sale_date"))->status, DriftStatus::Alert);
        QVERIFY(r.feature(QStringLiteral("sale_date"))->ks > 0.7);
        QCOMPARE(r.feature(QStringLiteral("model_year"))->status, DriftStatus::Alert);
        QVERIFY(r.feature(QStringLiteral("model_year"))->ks > 0.25);
        for (const char* column : {"brand", "fuel", "body_type", "transmission", "region"})
            QCOMPARE(r.feature(QLatin1String(column))->status, DriftStatus::Ok);
        QCOMPARE(r.overall, DriftStatus::Alert);
    }

    void pricesInAnotherCurrencyMoveOnlyThePrice()
    {
        // A batch exported in SEK instead of EUR (x 11.5): the price alerts, nothing else moves at all.
        const Table clean = importFixture("sales-clean-10k.csv");
        Table sek = filterRows(clean, [](int64_t) { return true; });
        for (double& price : sek.column(sek.indexOf(QStringLiteral("sale_price"))).doubles())
            price *= 11.5;
        const DriftReport r = compare(clean, sek);
        const FeatureDrift* price = r.feature(QStringLiteral("sale_price"));
        QCOMPARE(price->status, DriftStatus::Alert);
        // Prices are close to log-normal: shifting the log by ln(11.5) gives D ~ 2 Phi(ln(11.5) / (2 sd)) - 1.
        const std::vector<double>& prices = clean.find(QStringLiteral("sale_price"))->doubles();
        double sum = 0;
        double sumSq = 0;
        for (double p : prices) {
            sum += std::log(p);
            sumSq += std::log(p) * std::log(p);
        }
        const double n = double(prices.size());
        const double sd = std::sqrt((sumSq - sum * sum / n) / (n - 1));
        const double expectedD = std::erf(std::log(11.5) / (2 * sd) / std::sqrt(2.0));
        QVERIFY2(std::fabs(price->ks - expectedD) < 0.03,
            qPrintable(QStringLiteral("%1 vs %2").arg(price->ks).arg(expectedD)));
        for (const FeatureDrift& f : r.features)
            if (f.name != QLatin1String("sale_price"))
                QCOMPARE(f.psi, 0.0);
        QCOMPARE(r.count(DriftStatus::Alert), 1);
    }
};

int runDriftFixtureTests(int argc, char** argv)
{
    TestDriftFixtures t;
    return QTest::qExec(&t, argc, argv);
}

#include "TestDriftFixtures.moc"
