// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestProfiler.h"

#include "models/quality/Profiler.h"

#include <QJsonArray>
#include <QtTest>

#include <algorithm>
#include <cmath>

#include "FixtureTables.h"

namespace valuator::test {

namespace {

DatasetProfile profileOf(const QString& fixture, const QDate& reference = QDate(2025, 6, 30))
{
    ProfileOptions o;
    o.referenceDate = reference;
    auto p = Profiler::profile(fixtureTable(fixture), o, {});
    if (!p)
        qFatal("profile failed");
    return *p;
}

/// The documented quantile definition written out again: linear interpolation at h = (n - 1) p.
double linearQuantile(const std::vector<double>& sorted, double p)
{
    const double h = (double(sorted.size()) - 1) * p;
    const double lo = std::floor(h);
    const double hi = std::min(lo + 1, double(sorted.size()) - 1);
    return sorted[size_t(lo)] + (h - lo) * (sorted[size_t(hi)] - sorted[size_t(lo)]);
}

bool near(double a, double b, double rel = 1e-12)
{
    return std::abs(a - b) <= rel * std::max(1.0, std::max(std::abs(a), std::abs(b)));
}

} // namespace

void TestProfiler::numbersMatchPandasOnTheCleanFixture()
{
    // Figures printed by pandas (describe(), quantile([.01, .05, .25, .5, .75, .95, .99]), nunique()) on the
    // same imported table; pandas' default quantile interpolation is 'linear', as ours.
    const DatasetProfile p = profileOf(QStringLiteral("sales-clean-10k.csv"));
    const ColumnProfile* km = p.column(QStringLiteral("mileage_km"));
    QVERIFY(near(*km->mean, 96522.0616));
    QVERIFY(near(*km->std, 90836.4695245251, 1e-12));
    const QList<double> kmq {891.99, 8835.7, 35784.5, 70396.0, 127295.75, 271461.1999999998, 429341.91000000027};
    for (qsizetype i = 0; i < kmq.size(); ++i)
        QVERIFY2(near(km->quantiles[i], kmq[i], 1e-12), qPrintable(QString::number(km->quantiles[i], 'g', 17)));
    QCOMPARE(*km->min, 6.0);
    QCOMPARE(*km->max, 1122536.0);
    QCOMPARE(km->distinct, 9748);
    const ColumnProfile* price = p.column(QStringLiteral("sale_price"));
    QVERIFY(near(*price->mean, 15965.73));
    QVERIFY(near(*price->std, 13900.76641404373));
    QCOMPARE(price->quantiles, (QList<double> {1250, 2190, 6400, 12200, 21000, 42190, 68390}));
    QCOMPARE(price->distinct, 1192);
    const ColumnProfile* year = p.column(QStringLiteral("model_year"));
    QVERIFY(near(*year->mean, 2014.4914));
    QVERIFY(near(*year->std, 4.3241641827742745));
    QCOMPARE(year->distinct, 20);
    QCOMPARE(year->top.first().value, QStringLiteral("2016"));
    QCOMPARE(year->top.first().count, 986);
    const ColumnProfile* engine = p.column(QStringLiteral("engine_l"));
    QCOMPARE(engine->missing, 440); // electric cars
    QVERIFY(near(*engine->mean, 2.010502092050209));
    QVERIFY(near(*engine->std, 0.5825428447011999));
    QCOMPARE(engine->distinct, 48);
    QVERIFY(near(p.column(QStringLiteral("power_kw"))->quantiles[6], 261.03000000000065));
}

void TestProfiler::everyNumericColumnMatchesASecondComputation_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::newRow("clean") << QStringLiteral("sales-clean-10k.csv");
    QTest::newRow("dirty") << QStringLiteral("sales-dirty-10k.csv");
    QTest::newRow("euro") << QStringLiteral("sales-euro-5k.csv");
}

void TestProfiler::everyNumericColumnMatchesASecondComputation()
{
    QFETCH(QString, fixture);
    const Table& t = fixtureTable(fixture);
    const DatasetProfile p = profileOf(fixture);
    QCOMPARE(p.rows, t.rowCount());
    int checked = 0;
    for (const Column& c : t.columns()) {
        if (c.type() == ColumnType::Text || c.type() == ColumnType::TextList
            || c.name() == QStringLiteral("source_line"))
            continue;
        std::vector<double> v;
        for (qint64 r = 0; r < t.rowCount(); ++r)
            if (!c.isNull(r))
                v.push_back(c.number(r));
        std::sort(v.begin(), v.end());
        long double sum = 0;
        for (double x : v)
            sum += x;
        const double mean = double(sum / v.size());
        long double ss = 0;
        for (double x : v)
            ss += (x - mean) * (x - mean);
        const ColumnProfile* cp = p.column(c.name());
        QVERIFY(cp);
        QCOMPARE(cp->missing, t.rowCount() - qint64(v.size()));
        QCOMPARE(*cp->min, v.front());
        QCOMPARE(*cp->max, v.back());
        QVERIFY2(near(*cp->mean, mean, 1e-13), qPrintable(c.name()));
        QVERIFY2(near(*cp->std, double(std::sqrt(ss / (v.size() - 1))), 1e-10), qPrintable(c.name()));
        const QList<double> ps {0.01, 0.05, 0.25, 0.50, 0.75, 0.95, 0.99};
        for (qsizetype i = 0; i < ps.size(); ++i)
            QVERIFY2(near(cp->quantiles[i], linearQuantile(v, ps[i]), 1e-14), qPrintable(c.name()));
        QCOMPARE(cp->distinct, qint64(std::unique(v.begin(), v.end()) - v.begin()));
        ++checked;
    }
    QCOMPARE(checked, 7); // model_year, mileage_km, power_kw, engine_l, owners, sale_date, sale_price
}

void TestProfiler::textColumnsCountValuesAndSentinels()
{
    const DatasetProfile p = profileOf(QStringLiteral("sales-clean-10k.csv"));
    const ColumnProfile* brand = p.column(QStringLiteral("brand"));
    QCOMPARE(brand->distinct, 20);
    QCOMPARE(brand->missing, 0);
    QCOMPARE(brand->top.size(), 10);
    QCOMPARE(brand->top[0].value, QStringLiteral("Volkswagen"));
    QCOMPARE(brand->top[0].count, 1753);
    QCOMPARE(brand->top[2].value, QStringLiteral("BMW"));
    QCOMPARE(brand->top[9].count, 388); // Seat, pandas value_counts().head(10)
    QVERIFY(!brand->min && !brand->mean && brand->quantiles.isEmpty());

    // Values the import did not turn into nulls (another source, an extra column) still count as missing.
    Table t;
    Column note(QStringLiteral("note"), ColumnType::Text);
    for (const char* v : {"ok", "n/a", "", "-", "?", "Unknown", " N/A ", "ok", "fine", "NULL"})
        note.appendText(v);
    note.appendNull();
    t.addColumn(std::move(note));
    auto np = Profiler::profile(t, ProfileOptions {}, {});
    QVERIFY(np);
    const ColumnProfile& c = np->columns.first();
    QCOMPARE(c.count, 11);
    QCOMPARE(c.missing, 8); // 7 sentinels + 1 null
    QCOMPARE(c.sentinels, 7);
    QCOMPARE(c.distinct, 2);
    QCOMPARE(c.top.first().value, QStringLiteral("ok"));
    QCOMPARE(c.top.first().count, 2);
}

void TestProfiler::datesHaveMonthlyBinsAndFreshness()
{
    const DatasetProfile p = profileOf(QStringLiteral("sales-dirty-10k.csv"));
    const ColumnProfile* sale = p.column(QStringLiteral("sale_date"));
    QCOMPARE(sale->missing, 12);
    QCOMPARE(*sale->freshnessDays, 181); // 2024-12-31 to 2025-06-30
    QCOMPARE(sale->histogram.counts.size(), 108); // 2016-01 .. 2024-12
    QCOMPARE(sale->histogram.labels.first(), QStringLiteral("2016-01"));
    QCOMPARE(sale->histogram.labels.last(), QStringLiteral("2024-12"));
    QCOMPARE(sale->histogram.edges.size(), 109);
    const QJsonObject j = sale->toJson();
    QCOMPARE(j.value(QStringLiteral("min")).toString(), QStringLiteral("2016-01-01"));
    QCOMPARE(j.value(QStringLiteral("max")).toString(), QStringLiteral("2024-12-31"));
    QCOMPARE(j.value(QStringLiteral("freshness_days")).toInt(), 181);
    QVERIFY(j.value(QStringLiteral("quantiles")).toObject().value(QStringLiteral("p50")).isString());
    // Per month in the dirty file: count January 2016 independently.
    const Table& t = fixtureTable(QStringLiteral("sales-dirty-10k.csv"));
    qint64 jan = 0;
    for (qint64 r = 0; r < t.rowCount(); ++r)
        jan += cellText(t, QStringLiteral("sale_date"), r).startsWith(QStringLiteral("2016-01-")) ? 1 : 0;
    QCOMPARE(sale->histogram.counts.first(), jan);

    ProfileOptions yearly;
    yearly.dateBinning = DateBinning::Year;
    auto y = Profiler::profile(t, yearly, {});
    QCOMPARE(y->column(QStringLiteral("sale_date"))->histogram.labels,
        (QStringList {QStringLiteral("2016"), QStringLiteral("2017"), QStringLiteral("2018"), QStringLiteral("2019"),
            QStringLiteral("2020"), QStringLiteral("2021"), QStringLiteral("2022"), QStringLiteral("2023"),
            QStringLiteral("2024")}));
    QVERIFY(!y->column(QStringLiteral("sale_date"))->freshnessDays); // no reference date, no freshness
}

void TestProfiler::listColumnsCountTokens()
{
    const DatasetProfile p = profileOf(QStringLiteral("sales-clean-10k.csv"));
    const ColumnProfile* eq = p.column(QStringLiteral("equipment"));
    QCOMPARE(eq->missing, 78);
    QCOMPARE(eq->distinct, 24);
    QCOMPARE(eq->tokens.size(), 24);
    QCOMPARE(eq->tokens.first().value, QStringLiteral("climate control"));
    QCOMPARE(eq->tokens.first().count, 6797);
    QCOMPARE(eq->tokens.last().value, QStringLiteral("ventilated seats"));
    QCOMPARE(eq->tokens.last().count, 312);
    // min/max/mean describe tokens per non-empty row: check against a direct count.
    const Column& c = *fixtureTable(QStringLiteral("sales-clean-10k.csv")).find(QStringLiteral("equipment"));
    size_t most = 0, total = 0, rows = 0;
    for (qint64 r = 0; r < c.size(); ++r) {
        const size_t n = c.listCodes(r).size();
        most = std::max(most, n);
        total += n;
        rows += n ? 1 : 0;
    }
    QCOMPARE(*eq->max, double(most));
    QVERIFY(near(*eq->mean, double(total) / double(rows)));
    QCOMPARE(eq->toJson().value(QStringLiteral("measure")).toString(), QStringLiteral("tokens_per_row"));
}

void TestProfiler::histogramsCoverEveryValue()
{
    const DatasetProfile p = profileOf(QStringLiteral("sales-dirty-10k.csv"));
    for (const ColumnProfile& c : p.columns) {
        if (c.type == ColumnType::Text)
            continue;
        qint64 sum = 0;
        for (qint64 n : c.histogram.counts)
            sum += n;
        QVERIFY2(sum + c.histogram.below + c.histogram.above == c.present(), qPrintable(c.name));
        QCOMPARE(c.histogram.edges.size(), c.histogram.counts.size() + 1);
    }
    // A sentinel price (99,999,999) would squash every sale into one bin: the bins cover the central 99 % and
    // the tails are counted.
    const ColumnProfile* price = p.column(QStringLiteral("sale_price"));
    QVERIFY(price);
    QVERIFY(price->histogram.above > 0);
    QVERIFY(price->histogram.edges.last() < *price->max);
    QCOMPARE(price->histogram.toJson().value(QStringLiteral("above")).toInteger(), price->histogram.above);
    // Without extreme tails the range is min to max and nothing is left out.
    const DatasetProfile clean = profileOf(QStringLiteral("sales-clean-10k.csv"));
    const ColumnProfile* year = clean.column(QStringLiteral("model_year"));
    QCOMPARE(year->histogram.below + year->histogram.above, 0);
    QCOMPARE(year->histogram.edges.first(), *year->min);
    // Whole numbers in a small range get one bin per value.
    const ColumnProfile* owners = clean.column(QStringLiteral("owners"));
    QCOMPARE(owners->histogram.edges.first(), *owners->min);
    QCOMPARE(owners->histogram.counts.size(), qsizetype(*owners->max - *owners->min + 1));
    // 20 equal-width bins otherwise.
    QCOMPARE(p.column(QStringLiteral("sale_price"))->histogram.counts.size(), 20);
}

void TestProfiler::emptyAndAllNullColumns()
{
    Table t;
    Column a(QStringLiteral("a"), ColumnType::Float64);
    Column d(QStringLiteral("d"), ColumnType::Date);
    for (int i = 0; i < 3; ++i) {
        a.appendNull();
        d.appendNull();
    }
    t.addColumn(std::move(a));
    t.addColumn(std::move(d));
    auto p = Profiler::profile(t, ProfileOptions {}, {});
    QVERIFY(p);
    QCOMPARE(p->columns[0].missing, 3);
    QVERIFY(!p->columns[0].min);
    QVERIFY(p->columns[0].toJson().value(QStringLiteral("min")).isNull());
    QVERIFY(p->columns[1].histogram.counts.isEmpty());
    auto empty = Profiler::profile(Table {}, ProfileOptions {}, {});
    QVERIFY(empty);
    QCOMPARE(empty->rows, 0);
}

void TestProfiler::progressCanCancel()
{
    const Table& t = fixtureTable(QStringLiteral("sales-dirty-10k.csv"));
    int calls = 0;
    auto r = Profiler::profile(t, ProfileOptions {}, [&calls](qint64, qint64) { return ++calls < 3; });
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::Cancelled);
    QList<qint64> done;
    auto ok = Profiler::profile(t, ProfileOptions {}, [&done](qint64 d, qint64 total) {
        done << d;
        return total == 17;
    });
    QVERIFY(ok);
    QCOMPARE(done.first(), 0);
    QCOMPARE(done.last(), 17);
}

} // namespace valuator::test
