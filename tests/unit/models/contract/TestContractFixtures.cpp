// SPDX-License-Identifier: GPL-3.0-or-later
// The default contract on the shared fixtures: the clean file passes, the dirty ones fail exactly the rules their
// injected defects break, with the offending-row counts from their stats.json.
#include "models/contract/ContractEvaluator.h"
#include "models/importing/TableSink.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "ContractTestUtil.h"
#include "ContractTests.h"

using namespace valuator;
using namespace valuator::test;

namespace {

Table importFixture(const char* name)
{
    auto imported = importCsvToTable(fixture(name));
    if (!imported)
        qFatal("import of %s failed: %s", name, qPrintable(imported.error().userMessage));
    return std::move(imported->table);
}

QJsonObject stats(const char* name)
{
    return QJsonDocument::fromJson(fixture(name)).object();
}

qint64 stat(const QJsonObject& s, const char* key)
{
    return s.value(QLatin1String(key)).toInteger(0);
}

DataContract defaultContract()
{
    auto c = DataContract::parse(defaultContractYaml(), QStringLiteral("default-contract.yaml"));
    if (!c)
        qFatal("%s", qPrintable(c.error().userMessage));
    return *c;
}

ContractReport check(const Table& t, QDate reference)
{
    EvaluationOptions options;
    options.referenceDate = reference;
    auto r = ContractEvaluator::evaluate(defaultContract(), t, options);
    if (!r)
        qFatal("%s", qPrintable(r.error().userMessage));
    return *r;
}

/// Rule id -> offending rows, for every rule that did not pass.
QMap<QString, qint64> notPassing(const ContractReport& r)
{
    QMap<QString, qint64> out;
    for (const RuleResult& rule : r.rules)
        if (rule.status != RuleStatus::Pass)
            out.insert(rule.id, rule.count);
    return out;
}

qint64 nulls(const Table& t, const char* column)
{
    const Column* c = t.find(QLatin1String(column));
    qint64 n = 0;
    for (int64_t r = 0; r < c->size(); ++r)
        n += c->isNull(r);
    return n;
}

/// Rows without a sale date whose plate already appeared on an earlier row without a sale date: the duplicate
/// rows the (plate, sale_date) rule cannot see.
qint64 repeatedPlatesWithoutDate(const Table& t)
{
    const Column* plate = t.find(QStringLiteral("plate"));
    const Column* date = t.find(QStringLiteral("sale_date"));
    QSet<QString> seen;
    qint64 repeats = 0;
    for (int64_t r = 0; r < t.rowCount(); ++r) {
        if (!date->isNull(r))
            continue;
        const QString p = plate->displayText(r);
        repeats += seen.contains(p);
        seen.insert(p);
    }
    return repeats;
}

} // namespace

class TestContractFixtures : public QObject {
    Q_OBJECT
private slots:
    void cleanFixturePasses()
    {
        const Table t = importFixture("sales-clean-10k.csv");
        // The newest sale in the clean file is 2024-12-31.
        const ContractReport r = check(t, QDate(2025, 6, 30));
        QCOMPARE(notPassing(r), (QMap<QString, qint64>()));
        QCOMPARE(r.gate, RuleStatus::Pass);
        QCOMPARE(r.rows, 10000);
        // 17 schema rules, 6 completeness, 7 ranges, 4 allowed-value lists, the model-year/sale-year rule, the
        // future-sale rule, row count, (plate, sale_date) uniqueness and freshness.
        QCOMPARE(r.rules.size(), 39);
        QCOMPARE(r.rule(QStringLiteral("sale_date.freshness"))->observedValue, 181.0);
    }

    void cleanFixtureWarnsOnlyWhenStale()
    {
        // The one documented reason for the clean file to warn: a reference date over 365 days after its newest
        // sale. Stale data warns; it does not fail.
        const ContractReport r = check(importFixture("sales-clean-10k.csv"), QDate(2026, 1, 1));
        QCOMPARE(notPassing(r), (QMap<QString, qint64>({{QStringLiteral("sale_date.freshness"), 0}})));
        QCOMPARE(r.gate, RuleStatus::Warn);
    }

    void dirtyFixtureFailsTheRightRules()
    {
        const QJsonObject s = stats("sales-dirty-10k.stats.json");
        const Table t = importFixture("sales-dirty-10k.csv");
        const ContractReport r = check(t, QDate(2025, 6, 30));
        // Years 0, 0 and 19 (year_implausible_low) are below 1950; the three 2099s (year_2099) are after the sale
        // year + 1; negative and 9,999,999 km mileages; 0 and 9999 kW; each injected duplicate row repeats its
        // (plate, sale_date), except where the copied sale_date is missing: a key with a null part equals nothing.
        const qint64 nullKeyCopies = repeatedPlatesWithoutDate(t);
        QCOMPARE(nullKeyCopies, 1);
        const QMap<QString, qint64> expected {
            {QStringLiteral("model_year.range"), stat(s, "year_implausible_low")},
            {QStringLiteral("model_year.year_not_after"), stat(s, "year_2099")},
            {QStringLiteral("mileage_km.range"), stat(s, "mileage_negative") + stat(s, "mileage_9999999")},
            {QStringLiteral("power_kw.range"), stat(s, "power_impossible")},
            {QStringLiteral("plate+sale_date.uniqueness"), stat(s, "duplicate_row") - nullKeyCopies},
        };
        QCOMPARE(notPassing(r), expected);
        QCOMPARE(expected.value(QStringLiteral("mileage_km.range")), 10);
        QCOMPARE(r.gate, RuleStatus::Fail);
        for (const QString& id : expected.keys())
            QCOMPARE(r.rule(id)->status, RuleStatus::Fail);
        // Completeness counts every null (injected missing values, plus copies made by the duplicate rows): at
        // least the injected count, and at most 1 % of the rows, so these rules pass.
        const QList<QPair<const char*, const char*>> required {{"model", "missing_model"},
            {"model_year", "missing_model_year"}, {"mileage_km", "missing_mileage_km"},
            {"sale_date", "missing_sale_date"}, {"sale_price", "missing_sale_price"}};
        for (const auto& [column, key] : required) {
            const RuleResult* c = r.rule(QLatin1String(column) + QStringLiteral(".completeness"));
            QVERIFY(c);
            QCOMPARE(c->count, nulls(t, column));
            QVERIFY(c->count >= stat(s, key));
            QCOMPARE(c->status, RuleStatus::Pass);
        }
        QCOMPARE(r.rule(QStringLiteral("mileage_km.completeness"))->count, 87);
        // Samples lead back to the file line (quoted line breaks make it differ from the row index) and value.
        const RuleResult* mileage = r.rule(QStringLiteral("mileage_km.range"));
        QCOMPARE(mileage->samples.size(), 10);
        const Column* lines = t.find(QStringLiteral("source_line"));
        const Column* km = t.find(QStringLiteral("mileage_km"));
        for (const RuleSample& sample : mileage->samples) {
            QCOMPARE(sample.sourceLine, lines->ints()[size_t(sample.row)]);
            const double v = km->doubles()[size_t(sample.row)];
            QVERIFY(v < 0 || v > 1500000);
        }
    }

    void euroFixtureFailsTheRightRules()
    {
        const QJsonObject s = stats("sales-euro-5k.stats.json");
        const Table t = importFixture("sales-euro-5k.csv");
        const ContractReport r = check(t, QDate(2025, 6, 30));
        const QMap<QString, qint64> expected {
            {QStringLiteral("model_year.year_not_after"), stat(s, "year_2099")},
            {QStringLiteral("mileage_km.range"), stat(s, "mileage_negative")},
            {QStringLiteral("power_kw.range"), stat(s, "power_impossible")},
            {QStringLiteral("plate+sale_date.uniqueness"), stat(s, "duplicate_row") - repeatedPlatesWithoutDate(t)},
        };
        QCOMPARE(notPassing(r), expected);
        QCOMPARE(r.gate, RuleStatus::Fail);
    }
};

int runContractFixtureTests(int argc, char** argv)
{
    TestContractFixtures t;
    return QTest::qExec(&t, argc, argv);
}

#include "TestContractFixtures.moc"
