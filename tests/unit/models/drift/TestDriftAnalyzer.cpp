// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/drift/DriftAnalyzer.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <cmath>

#include "DriftTests.h"

using namespace valuator;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

Column numbers(const char* name, std::initializer_list<double> values) // NaN = null
{
    Column c(QLatin1String(name), ColumnType::Float64);
    for (double v : values)
        c.appendDouble(v);
    return c;
}

Column texts(const char* name, std::initializer_list<const char*> values) // nullptr = null
{
    Column c(QLatin1String(name), ColumnType::Text);
    for (const char* v : values)
        v ? c.appendText(v) : c.appendNull();
    return c;
}

Column range(const char* name, int from, int to)
{
    Column c(QLatin1String(name), ColumnType::Float64);
    for (int v = from; v <= to; ++v)
        c.appendDouble(v);
    return c;
}

Table table(std::initializer_list<Column> columns)
{
    Table t;
    for (const Column& c : columns)
        t.addColumn(c);
    return t;
}

DriftReport compare(const Table& ref, const Table& cur, const DriftOptions& options = {})
{
    auto r = DriftAnalyzer::compare(ref, cur, options);
    if (!r)
        qFatal("%s", qPrintable(r.error().userMessage));
    return *r;
}

const FeatureDrift& feature(const DriftReport& r, const char* name)
{
    const FeatureDrift* f = r.feature(QLatin1String(name));
    if (!f)
        qFatal("no feature %s", name);
    return *f;
}

double hand(std::initializer_list<std::pair<double, double>> shares, double floor = 1e-4)
{
    double psi = 0;
    for (auto [r, c] : shares) {
        r = std::max(r, floor);
        c = std::max(c, floor);
        psi += (c - r) * std::log(c / r);
    }
    return psi;
}

} // namespace

class TestDriftAnalyzer : public QObject {
    Q_OBJECT
private slots:
    void identicalTablesDoNotDrift()
    {
        const Table t
            = table({numbers("price", {1, 2, 3, kNaN, 5, 6}), texts("fuel", {"a", "b", nullptr, "a", "c", "a"})});
        const DriftReport r = compare(t, t);
        QCOMPARE(r.features.size(), 2);
        for (const FeatureDrift& f : r.features) {
            QCOMPARE(f.psi, 0.0);
            QCOMPARE(f.status, DriftStatus::Ok);
        }
        QCOMPARE(feature(r, "price").ks, 0.0);
        QCOMPARE(feature(r, "fuel").unseenShare, 0.0);
        QVERIFY(std::isnan(feature(r, "fuel").ks));
        QCOMPARE(r.overall, DriftStatus::Ok);
    }

    void numericPsiAndKsByHand()
    {
        // Two bins at the reference median 2: (-inf, 2] holds 2/4 of the reference and 1/4 of the current rows.
        DriftOptions options;
        options.bins = 2;
        const DriftReport r
            = compare(table({numbers("x", {1, 2, 3, 4})}), table({numbers("x", {1, 3, 4, 5})}), options);
        const FeatureDrift& x = feature(r, "x");
        QCOMPARE(x.kind, DriftFeatureKind::Numeric);
        QCOMPARE(x.edges, std::vector<double>({2}));
        QCOMPARE(x.bins.size(), 2);
        QCOMPARE(x.bins[0].referenceShare, 0.5);
        QCOMPARE(x.bins[0].currentShare, 0.25);
        QVERIFY(std::isnan(x.bins[0].lower));
        QCOMPARE(x.bins[0].upper, 2.0);
        QCOMPARE(x.bins[1].lower, 2.0);
        QVERIFY(std::isnan(x.bins[1].upper));
        QCOMPARE(x.psi, hand({{0.5, 0.25}, {0.5, 0.75}}));
        QCOMPARE(x.bins[0].psi + x.bins[1].psi, x.psi);
        QCOMPARE(x.ks, 0.25);
        QCOMPARE(x.status, DriftStatus::Alert); // 0.2747 > 0.25
    }

    void thresholdsDecideTheStatus()
    {
        const Table ref = table({numbers("x", {1, 2, 3, 4})});
        const Table cur = table({numbers("x", {1, 3, 4, 5})});
        DriftOptions options;
        options.bins = 2; // PSI 0.2747
        QCOMPARE(compare(ref, cur, options).feature(QStringLiteral("x"))->status, DriftStatus::Alert);
        options.alertPsi = 0.3;
        QCOMPARE(compare(ref, cur, options).feature(QStringLiteral("x"))->status, DriftStatus::Warn);
        options.warnPsi = 0.28;
        QCOMPARE(compare(ref, cur, options).feature(QStringLiteral("x"))->status, DriftStatus::Ok);
        QCOMPARE(compare(ref, cur, options).overall, DriftStatus::Ok);
    }

    void categoricalPsiAndUnseenShareByHand()
    {
        DriftOptions options;
        options.rareShare = 0;
        const DriftReport r = compare(table({texts("fuel", {"petrol", "petrol", "petrol", "diesel"})}),
            table({texts("fuel", {"diesel", "lpg", "petrol", "petrol"})}), options);
        const FeatureDrift& fuel = feature(r, "fuel");
        QCOMPARE(fuel.kind, DriftFeatureKind::Categorical);
        QCOMPARE(fuel.bins.size(), 3);
        QCOMPARE(fuel.bins[0].category, QStringLiteral("petrol"));
        QCOMPARE(fuel.bins[2].category, QStringLiteral("lpg"));
        QCOMPARE(fuel.bins[2].referenceShare, 0.0);
        QCOMPARE(fuel.psi, hand({{0.75, 0.5}, {0.25, 0.25}, {0.0, 0.25}}));
        QCOMPARE(fuel.unseenShare, 0.25);
        QCOMPARE(fuel.unseenCategories, 1);
        // Unseen share: current non-null rows with a value the reference never has.
        const DriftReport nulls = compare(table({texts("fuel", {"petrol", "diesel"})}),
            table({texts("fuel", {"petrol", "lpg", "lpg", nullptr, "cng"})}), options);
        QCOMPARE(feature(nulls, "fuel").unseenShare, 0.75);
        QCOMPARE(feature(nulls, "fuel").unseenCategories, 2);
    }

    void missingValuesHaveTheirOwnBin()
    {
        const DriftReport r = compare(table({numbers("x", {1, 2, 3, 4})}), table({numbers("x", {1, 2, 3, kNaN})}));
        const FeatureDrift& x = feature(r, "x");
        QVERIFY(x.bins.last().missing);
        QCOMPARE(x.bins.last().referenceShare, 0.0);
        QCOMPARE(x.bins.last().currentShare, 0.25);
        QCOMPARE(x.currentMissingShare, 0.25);
        QCOMPARE(x.currentValues, 3);
        QCOMPARE(x.ks, 0.25); // KS on the values only: {1,2,3,4} vs {1,2,3}
    }

    void binCountAndEdgesAreConfigurable()
    {
        const Table ref = table({range("km", 1, 1000)});
        const Table cur = table({range("km", 1, 1000)});
        DriftOptions options;
        options.bins = 4;
        QCOMPARE(feature(compare(ref, cur, options), "km").edges, std::vector<double>({250, 500, 750}));
        options.bins = 5;
        QCOMPARE(feature(compare(ref, cur, options), "km").edges, std::vector<double>({200, 400, 600, 800}));
        QCOMPARE(feature(compare(ref, cur), "km").bins.size(), 10);
        options.edges.insert(QStringLiteral("km"), {100, 900});
        const DriftReport shifted = compare(ref, table({range("km", 501, 1500)}), options);
        const FeatureDrift& km = feature(shifted, "km");
        QVERIFY(km.customEdges);
        QCOMPARE(km.edges, std::vector<double>({100, 900}));
        QStringList labels;
        for (const DriftBin& b : km.bins)
            labels << b.label;
        QCOMPARE(labels,
            QStringList({QStringLiteral("(-inf, 100]"), QStringLiteral("(100, 900]"), QStringLiteral("(900, +inf)")}));
        QCOMPARE(km.bins[0].referenceCount, 100);
        QCOMPARE(km.bins[0].currentCount, 0);
        QCOMPARE(km.bins[2].currentCount, 600);
        QCOMPARE(km.ks, 0.5);
    }

    void datesAreNumericWithDateLabels()
    {
        Column ref(QStringLiteral("sale_date"), ColumnType::Date);
        Column cur(QStringLiteral("sale_date"), ColumnType::Date);
        const int32_t jan1 = int32_t(QDate(1970, 1, 1).daysTo(QDate(2024, 1, 1)));
        for (int i = 0; i < 10; ++i) {
            ref.appendDate(jan1 + i);
            cur.appendDate(jan1 + 5 + i);
        }
        DriftOptions options;
        options.bins = 2;
        const DriftReport r = compare(table({ref}), table({cur}), options);
        const FeatureDrift& f = feature(r, "sale_date");
        QCOMPARE(f.valueType, QStringLiteral("date"));
        QCOMPARE(f.bins[0].label, QStringLiteral("(-inf, 2024-01-05]"));
        QCOMPARE(f.ks, 0.5);
    }

    void rareCategoriesAreGrouped()
    {
        // 200 rows: "a" 196 times, four singletons (0.5 % each) in the reference; two new singletons in current.
        Column ref(QStringLiteral("brand"), ColumnType::Text);
        Column cur(QStringLiteral("brand"), ColumnType::Text);
        for (int i = 0; i < 196; ++i) {
            ref.appendText("a");
            cur.appendText("a");
        }
        for (const char* v : {"b", "c", "d", "e"})
            ref.appendText(v);
        for (const char* v : {"b", "c", "x", "y"})
            cur.appendText(v);
        DriftOptions options;
        options.rareShare = 0.01;
        const DriftReport grouped = compare(table({ref}), table({cur}), options);
        const FeatureDrift& f = feature(grouped, "brand");
        QCOMPARE(f.bins.size(), 2);
        QVERIFY(f.bins[1].other);
        QCOMPARE(f.bins[1].label, QStringLiteral("(other: 6 categories)"));
        QCOMPARE(f.bins[1].referenceCount, 4);
        QCOMPARE(f.bins[1].currentCount, 4);
        QCOMPARE(f.psi, 0.0);
        QCOMPARE(f.unseenShare, 0.01); // still counted before grouping: 2 of 200
        options.rareShare = 0;
        options.maxCategories = 3;
        const DriftReport cappedReport = compare(table({ref}), table({cur}), options);
        const FeatureDrift& capped = feature(cappedReport, "brand");
        QCOMPARE(capped.bins.size(), 4);
        QCOMPARE(capped.bins[3].label, QStringLiteral("(other: 4 categories)"));
    }

    void columnsThatAreNotComparedAreListed()
    {
        Column equipment(QStringLiteral("equipment"), ColumnType::TextList);
        equipment.appendListToken("navi");
        equipment.endListRow();
        Column lines(QStringLiteral("source_line"), ColumnType::Int64);
        lines.appendInt(2);
        const Table ref = table(
            {texts("plate", {"M-AB 1"}), lines, equipment, numbers("power_kw", {90}), numbers("engine_l", {1.4})});
        const Table cur = table(
            {texts("plate", {"M-AB 1"}), lines, equipment, texts("power_kw", {"90"}), texts("colour", {"red"})});
        const DriftReport r = compare(ref, cur);
        QCOMPARE(r.features.size(), 0); // plate and source_line are never features
        QStringList skipped;
        for (const SkippedFeature& s : r.skipped)
            skipped << s.name + QStringLiteral(": ") + s.reason;
        QCOMPARE(skipped,
            QStringList({QStringLiteral("equipment: lists are not compared"),
                QStringLiteral("power_kw: the type changed from decimal to text"),
                QStringLiteral("engine_l: not in the current version"),
                QStringLiteral("colour: not in the reference version")}));
        DriftOptions only;
        only.features = QStringList {QStringLiteral("engine_l")};
        QCOMPARE(compare(ref, cur, only).skipped.size(), 1);
    }

    void jsonReportsEffectSizesAndRoundTrips()
    {
        DriftOptions options;
        options.bins = 2;
        const DriftReport r = compare(table({numbers("x", {1, 2, 3, 4}), texts("fuel", {"a", "a", "b", "b"})}),
            table({numbers("x", {1, 3, 4, 5}), texts("fuel", {"a", "b", "b", "c"})}), options);
        const QJsonObject json = r.toJson();
        QCOMPARE(json.value(QStringLiteral("p_values_used_for_status")).toBool(true), false);
        QCOMPARE(json.value(QStringLiteral("settings")).toObject().value(QStringLiteral("bins")).toInt(), 2);
        const QJsonObject x = json.value(QStringLiteral("features")).toArray()[0].toObject();
        QCOMPARE(x.value(QStringLiteral("name")).toString(), QStringLiteral("x"));
        QCOMPARE(x.value(QStringLiteral("kind")).toString(), QStringLiteral("numeric"));
        QCOMPARE(x.value(QStringLiteral("psi")).toDouble(), r.features[0].psi);
        QCOMPARE(x.value(QStringLiteral("ks")).toDouble(), 0.25);
        QCOMPARE(x.value(QStringLiteral("status")).toString(), QStringLiteral("alert"));
        QVERIFY(x.value(QStringLiteral("unseen_share")).isNull());
        QCOMPARE(x.value(QStringLiteral("edges")).toArray(), QJsonArray({2.0}));
        const QJsonObject bin = x.value(QStringLiteral("bins")).toArray()[0].toObject();
        QVERIFY(bin.value(QStringLiteral("lower")).isNull());
        QCOMPARE(bin.value(QStringLiteral("upper")).toDouble(), 2.0);
        QCOMPARE(bin.value(QStringLiteral("ref_share")).toDouble(), 0.5);
        QCOMPARE(bin.value(QStringLiteral("cur_share")).toDouble(), 0.25);
        const QJsonObject fuel = json.value(QStringLiteral("features")).toArray()[1].toObject();
        QCOMPARE(fuel.value(QStringLiteral("unseen_share")).toDouble(), 0.25);
        QVERIFY(fuel.value(QStringLiteral("ks")).isNull());
        // Largest first: "a" and "b" tie in the reference, "b" is larger in the current version.
        QCOMPARE(
            fuel.value(QStringLiteral("bins")).toArray()[0].toObject().value(QStringLiteral("category")).toString(),
            QStringLiteral("b"));
        const QJsonObject overall = json.value(QStringLiteral("overall")).toObject();
        QCOMPARE(overall.value(QStringLiteral("status")).toString(), QStringLiteral("alert"));
        QCOMPARE(overall.value(QStringLiteral("max_psi_feature")).toString(),
            r.features[0].psi > r.features[1].psi ? QStringLiteral("x") : QStringLiteral("fuel"));
        auto back = DriftReport::fromJson(json);
        QVERIFY(back);
        QCOMPARE(back->toJson(), json);
    }

    void badOptionsAndCancel()
    {
        const Table t = table({numbers("x", {1, 2})});
        DriftOptions options;
        options.bins = 1;
        QCOMPARE(DriftAnalyzer::compare(t, t, options).error().code, ErrorCode::InvalidArgument);
        options = {};
        options.edges.insert(QStringLiteral("x"), {3, 1});
        QCOMPARE(DriftAnalyzer::compare(t, t, options).error().code, ErrorCode::InvalidArgument);
        options = {};
        options.warnPsi = 0.3; // above alertPsi
        QCOMPARE(DriftAnalyzer::compare(t, t, options).error().code, ErrorCode::InvalidArgument);
        QCOMPARE(DriftAnalyzer::compare(t, Table(), {}).error().code, ErrorCode::InvalidArgument);
        auto cancelled = DriftAnalyzer::compare(t, t, {}, [](qint64, qint64) { return false; });
        QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);
        qint64 lastDone = -1;
        QVERIFY(DriftAnalyzer::compare(t, t, {}, [&](qint64 done, qint64 total) {
            lastDone = done;
            return done <= total;
        }));
        QCOMPARE(lastDone, 1);
    }
};

int runDriftAnalyzerTests(int argc, char** argv)
{
    TestDriftAnalyzer t;
    return QTest::qExec(&t, argc, argv);
}

#include "TestDriftAnalyzer.moc"
