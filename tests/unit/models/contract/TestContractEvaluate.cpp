// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/contract/ContractEvaluator.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <cmath>

#include "ContractTestUtil.h"
#include "ContractTests.h"

using namespace valuator;
using namespace valuator::test;

namespace {

const QByteArray kSchema = "schema:\n"
                           "  - name: sales\n"
                           "    properties:\n";
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

ContractReport evaluate(const DataContract& c, const Table& t, EvaluationOptions options = {})
{
    auto report = ContractEvaluator::evaluate(c, t, options);
    if (!report)
        qFatal("evaluate failed: %s", qPrintable(report.error().userMessage));
    return *report;
}

const RuleResult& rule(const ContractReport& report, const char* id)
{
    const RuleResult* r = report.rule(QLatin1String(id));
    if (!r) {
        QStringList ids;
        for (const RuleResult& x : report.rules)
            ids << x.id;
        qFatal("no rule %s; have %s", id, qPrintable(ids.join(QStringLiteral(", "))));
    }
    return *r;
}

QList<qint64> sampleRows(const RuleResult& r)
{
    QList<qint64> rows;
    for (const RuleSample& s : r.samples)
        rows << s.row;
    return rows;
}

QStringList ruleIds(const ContractReport& report)
{
    QStringList ids;
    for (const RuleResult& r : report.rules)
        ids << r.id;
    return ids;
}

} // namespace

class TestContractEvaluate : public QObject {
    Q_OBJECT
private slots:
    void schemaRulesCheckPresenceAndType()
    {
        const DataContract c = contract(kSchema
            + "      - name: brand\n"
              "        logicalType: string\n"
              "        required: true\n"
              "      - name: colour\n"
              "        logicalType: string\n"
              "      - name: sale_price\n"
              "        logicalType: number\n"
              "        required: true\n");
        const ContractReport r = evaluate(c, table({intColumn("brand", {1, 2})}));
        QCOMPARE(ruleIds(r),
            QStringList({QStringLiteral("brand.schema"), QStringLiteral("colour.schema"),
                QStringLiteral("sale_price.schema")}));
        QCOMPARE(rule(r, "brand.schema").status, RuleStatus::Fail);
        QCOMPARE(rule(r, "brand.schema").observed, QStringLiteral("integer column"));
        QCOMPARE(rule(r, "brand.schema").expected, QStringLiteral("a string column"));
        QCOMPARE(rule(r, "colour.schema").status, RuleStatus::Pass);
        QCOMPARE(rule(r, "colour.schema").observed, QStringLiteral("column absent (optional)"));
        QCOMPARE(rule(r, "sale_price.schema").status, RuleStatus::Fail);
        QCOMPARE(rule(r, "sale_price.schema").observed, QStringLiteral("column missing"));
        QCOMPARE(r.gate, RuleStatus::Fail);
        // An integer column satisfies logicalType number.
        const DataContract numeric = contract(kSchema + "      - name: n\n        logicalType: number\n");
        QCOMPARE(evaluate(numeric, table({intColumn("n", {1})})).gate, RuleStatus::Pass);
    }

    void completenessRules()
    {
        const DataContract c = contract(kSchema
            + "      - name: brand\n" // implicit: required, no nulls
              "        required: true\n"
              "      - name: model\n"
              "        quality:\n"
              "          - rule: nullValues\n"
              "            unit: percent\n"
              "            mustBeLessOrEqualTo: 50\n"
              "            customProperties:\n"
              "              - property: warnThreshold\n"
              "                value: 20\n"
              "      - name: colour\n"
              "        quality:\n"
              "          - metric: missingValues\n"
              "            arguments: {missingValues: [N/A]}\n"
              "            mustBeLessThan: 2\n");
        const Table t = table(
            {textColumn("brand", {"VW", "BMW", nullptr, "Audi"}), textColumn("model", {"Golf", nullptr, "X5", "A4"}),
                textColumn("colour", {"red", "N/A", nullptr, "blue"}), sourceLines(4)});
        const ContractReport r = evaluate(c, t);
        const RuleResult& brand = rule(r, "brand.completeness");
        QCOMPARE(brand.status, RuleStatus::Fail);
        QCOMPARE(brand.count, 1);
        QCOMPARE(brand.checked, 4);
        QCOMPARE(brand.observed, QStringLiteral("1 of 4 rows missing (75.00 % complete)"));
        QCOMPARE(brand.expected, QStringLiteral("no missing values (required)"));
        QCOMPARE(brand.samples.size(), 1);
        QCOMPARE(brand.samples[0].row, 2);
        QCOMPARE(brand.samples[0].sourceLine, 4);
        const RuleResult& model = rule(r, "model.completeness");
        QCOMPARE(model.status, RuleStatus::Warn); // 25 % missing: within 50, above the warn level 20
        QCOMPARE(model.observedValue, 25.0);
        QCOMPARE(model.expected, QStringLiteral("missing <= 50 % (warn above 20 %)"));
        const RuleResult& colour = rule(r, "colour.completeness");
        QCOMPARE(colour.count, 2); // null and "N/A"
        QCOMPARE(colour.status, RuleStatus::Fail);
        QCOMPARE(sampleRows(colour), QList<qint64>({1, 2}));
        QCOMPARE(colour.samples[0].value, QStringLiteral("N/A"));
    }

    void rangeRules()
    {
        const DataContract c = contract(kSchema
            + "      - name: mileage_km\n"
              "        logicalType: number\n"
              "        logicalTypeOptions: {minimum: 0, maximum: 100}\n"
              "      - name: sale_price\n"
              "        logicalType: number\n"
              "        logicalTypeOptions: {minimum: 0, exclusiveMinimum: true}\n"
              "      - name: sale_date\n"
              "        logicalType: date\n"
              "        logicalTypeOptions:\n"
              "          minimum: '2020-01-01'\n"
              "          maximum: '2020-12-31'\n");
        const Table t = table(
            {numberColumn("mileage_km", {-1, 0, 100, 101, kNaN}), numberColumn("sale_price", {0, 5, 7, kNaN, 1}),
                dateColumn("sale_date", {"2019-12-31", "2020-06-01", nullptr, "2021-01-01", "2020-12-31"})});
        const ContractReport r = evaluate(c, t);
        const RuleResult& mileage = rule(r, "mileage_km.range");
        QCOMPARE(mileage.count, 2);
        QCOMPARE(mileage.checked, 4);
        QCOMPARE(sampleRows(mileage), QList<qint64>({0, 3}));
        QCOMPARE(mileage.status, RuleStatus::Fail);
        QCOMPARE(mileage.expected, QStringLiteral("every value >= 0 and <= 100"));
        QCOMPARE(mileage.observed, QStringLiteral("2 of 4 values out of range (min -1, max 101)"));
        const RuleResult& price = rule(r, "sale_price.range");
        QCOMPARE(price.count, 1);
        QCOMPARE(price.expected, QStringLiteral("every value > 0"));
        const RuleResult& date = rule(r, "sale_date.range");
        QCOMPARE(date.count, 2);
        QCOMPARE(date.expected, QStringLiteral("every value >= 2020-01-01 and <= 2020-12-31"));
        QCOMPARE(date.observed, QStringLiteral("2 of 4 values out of range (min 2019-12-31, max 2021-01-01)"));
        QCOMPARE(date.samples[1].value, QStringLiteral("2021-01-01"));
    }

    void formatAndItemsRules()
    {
        const DataContract c = contract(kSchema
            + "      - name: plate\n"
              "        logicalType: string\n"
              "        logicalTypeOptions: {minLength: 3, maxLength: 10, "
              "pattern: '^[A-Z]{1,3}-'}\n"
              "      - name: equipment\n"
              "        logicalType: array\n"
              "        logicalTypeOptions: {minItems: 2, maxItems: 3}\n");
        const Table t = table({textColumn("plate", {"M-AB 1", "xx", "B-C 123456789", nullptr}),
            listColumn("equipment", {{"navi"}, {"navi", "ac"}, {}, {"a", "b", "c", "d"}})});
        const ContractReport r = evaluate(c, t);
        const RuleResult& plate = rule(r, "plate.format");
        QCOMPARE(plate.count, 2);
        QCOMPARE(plate.checked, 3);
        QCOMPARE(plate.expected,
            QStringLiteral("every value at least 3 characters, at most 10 characters, matching /^[A-Z]{1,3}-/"));
        // The plate is personal: samples are masked unless the caller asks otherwise.
        QCOMPARE(plate.samples[1].value, QStringLiteral("B-* *********"));
        EvaluationOptions raw;
        raw.maskPersonal = false;
        QCOMPARE(evaluate(c, t, raw).rule(QStringLiteral("plate.format"))->samples[1].value,
            QStringLiteral("B-C 123456789"));
        const RuleResult& items = rule(r, "equipment.items");
        QCOMPARE(items.count, 2);
        QCOMPARE(items.checked, 3); // the empty list is missing, not offending
        QCOMPARE(sampleRows(items), QList<qint64>({0, 3}));
    }

    void allowedValuesRules()
    {
        const DataContract c = contract(kSchema
            + "      - name: fuel\n"
              "        quality:\n"
              "          - rule: validValues\n"
              "            validValues: [petrol, diesel]\n"
              "          - id: fuel-tolerant\n"
              "            rule: validValues\n"
              "            validValues: [petrol, diesel]\n"
              "            unit: percent\n"
              "            mustBeLessThan: 80\n"
              "            severity: warning\n"
              "      - name: equipment\n"
              "        quality:\n"
              "          - rule: validValues\n"
              "            validValues: [navi, ac]\n"
              "      - name: owners\n"
              "        quality:\n"
              "          - rule: validValues\n"
              "            validValues: ['1', '2']\n"
              "      - name: region\n"
              "        quality:\n"
              "          - metric: invalidValues\n"
              "            arguments: {pattern: '^[A-Z]'}\n");
        const Table t = table({textColumn("fuel", {"petrol", "Petrol", "gas", nullptr, "Petrol"}),
            listColumn("equipment", {{"navi"}, {"navi", "x"}, {}, {"ac"}, {"y", "z"}}),
            intColumn("owners", {1, 3, std::nullopt, 2, 2}),
            textColumn("region", {"Bayern", "bayern", "Hessen", "Berlin", nullptr})});
        const ContractReport r = evaluate(c, t);
        const RuleResult& fuel = rule(r, "fuel.allowed_values");
        QCOMPARE(fuel.count, 3);
        QCOMPARE(fuel.checked, 4);
        QCOMPARE(fuel.status, RuleStatus::Fail);
        QCOMPARE(fuel.observed, QStringLiteral("3 of 4 values not allowed: 'Petrol' ×2, 'gas' ×1"));
        QCOMPARE(fuel.expected, QStringLiteral("one of petrol, diesel; other values = 0 rows"));
        const RuleResult& tolerant = rule(r, "fuel-tolerant");
        QCOMPARE(tolerant.observedValue, 75.0);
        QCOMPARE(tolerant.status, RuleStatus::Pass); // 75 % < 80 %
        QCOMPARE(rule(r, "equipment.allowed_values").count, 2);
        QCOMPARE(rule(r, "equipment.allowed_values").checked, 4);
        QCOMPARE(rule(r, "owners.allowed_values").count, 1);
        QCOMPARE(sampleRows(rule(r, "owners.allowed_values")), QList<qint64>({1}));
        QCOMPARE(rule(r, "region.allowed_values").count, 1);
        QCOMPARE(rule(r, "region.allowed_values").expected, QStringLiteral("matching /^[A-Z]/; other values = 0 rows"));
    }

    void uniquenessRules()
    {
        const DataContract c = contract(kSchema
            + "      - name: plate\n"
              "        unique: true\n"
              "      - name: sale_date\n"
              "    quality:\n"
              "      - rule: duplicateCount\n"
              "        arguments: {properties: [plate, sale_date]}\n"
              "      - id: few-duplicates\n"
              "        metric: duplicateValues\n"
              "        arguments: {properties: [plate, sale_date]}\n"
              "        unit: percent\n"
              "        mustBeLessThan: 50\n");
        const Table t = table({textColumn("plate", {"M-AB 1", "M-AB 1", "M-AB 1", nullptr, "B-X 2", "M-AB 1"}),
            dateColumn("sale_date", {"2024-01-01", "2024-02-01", "2024-01-01", "2024-01-01", nullptr, "2024-01-01"}),
            sourceLines(6)});
        const ContractReport r = evaluate(c, t);
        const RuleResult& plate = rule(r, "plate.uniqueness");
        QCOMPARE(plate.count, 3); // rows 1, 2, 5 repeat row 0
        QCOMPARE(plate.checked, 5);
        QCOMPARE(plate.observed, QStringLiteral("3 of 5 rows repeat an earlier key (2 distinct keys)"));
        const RuleResult& pair = rule(r, "plate+sale_date.uniqueness");
        QCOMPARE(pair.fields, QStringList({QStringLiteral("plate"), QStringLiteral("sale_date")}));
        QCOMPARE(pair.count, 2); // rows 2 and 5; rows with a null key part are not compared
        QCOMPARE(pair.checked, 4);
        QCOMPARE(sampleRows(pair), QList<qint64>({2, 5}));
        QCOMPARE(pair.samples[0].sourceLine, 4);
        QCOMPARE(pair.samples[0].value, QStringLiteral("M-** *, 2024-01-01 (same as line 2)"));
        QCOMPARE(pair.status, RuleStatus::Fail);
        QCOMPARE(rule(r, "few-duplicates").observedValue, 50.0);
        QCOMPARE(rule(r, "few-duplicates").status, RuleStatus::Fail); // 50 % is not < 50 %
    }

    void rowCountAndDateRules()
    {
        const DataContract c = contract(kSchema
            + "      - name: model_year\n"
              "        logicalType: integer\n"
              "        quality:\n"
              "          - rule: maxYearOffset\n"
              "            arguments: {field: sale_date, years: 1}\n"
              "      - name: sale_date\n"
              "        logicalType: date\n"
              "        quality:\n"
              "          - rule: notAfterReferenceDate\n"
              "    quality:\n"
              "      - rule: rowCount\n"
              "        mustBeGreaterOrEqualTo: 10\n");
        const Table t = table({intColumn("model_year", {2020, 2022, 2023, std::nullopt, 2025}),
            dateColumn("sale_date", {"2021-05-01", "2021-05-01", "2021-05-01", "2025-07-01", nullptr})});
        EvaluationOptions options;
        options.referenceDate = QDate(2025, 6, 30);
        const ContractReport r = evaluate(c, t, options);
        const RuleResult& year = rule(r, "model_year.year_not_after");
        QCOMPARE(year.fields, QStringList({QStringLiteral("model_year"), QStringLiteral("sale_date")}));
        QCOMPARE(year.count, 1);
        QCOMPARE(year.checked, 3);
        QCOMPARE(year.samples[0].value, QStringLiteral("2023 (sale_date 2021-05-01)"));
        QCOMPARE(year.expected, QStringLiteral("model_year at most year of sale_date + 1; rows after = 0 rows"));
        const RuleResult& future = rule(r, "sale_date.not_after_reference");
        QCOMPARE(future.count, 1);
        QCOMPARE(sampleRows(future), QList<qint64>({3}));
        const RuleResult& rows = rule(r, "sales.row_count");
        QCOMPARE(rows.status, RuleStatus::Fail);
        QCOMPARE(rows.observed, QStringLiteral("5 rows"));
        QCOMPARE(rows.expected, QStringLiteral("rows >= 10"));
        // The date rule needs "today" from the caller.
        auto missingDate = ContractEvaluator::evaluate(c, t, EvaluationOptions {});
        QVERIFY(!missingDate);
        QCOMPARE(missingDate.error().code, ErrorCode::InvalidArgument);
    }

    void freshnessWarnsWhenStale()
    {
        const DataContract c = contract(kSchema
            + "      - name: sale_date\n"
              "        logicalType: date\n"
              "slaProperties:\n"
              "  - property: latency\n"
              "    value: 365\n"
              "    unit: days\n"
              "    element: sale_date\n");
        const Table t = table({dateColumn("sale_date", {"2024-03-01", "2024-12-31", nullptr})});
        EvaluationOptions options;
        options.referenceDate = QDate(2025, 6, 30);
        ContractReport r = evaluate(c, t, options);
        const RuleResult* fresh = r.rule(QStringLiteral("sale_date.freshness"));
        QVERIFY(fresh);
        QCOMPARE(fresh->status, RuleStatus::Pass);
        QCOMPARE(fresh->observedValue, 181.0);
        QCOMPARE(fresh->observed, QStringLiteral("newest 2024-12-31, 181 days before 2025-06-30"));
        QCOMPARE(fresh->samples[0].row, 1);
        options.referenceDate = QDate(2026, 1, 1);
        r = evaluate(c, t, options);
        QCOMPARE(r.rule(QStringLiteral("sale_date.freshness"))->status, RuleStatus::Warn);
        QCOMPARE(r.rule(QStringLiteral("sale_date.freshness"))->observedValue, 366.0);
        QCOMPARE(r.gate, RuleStatus::Warn);
        r = evaluate(c, table({dateColumn("sale_date", {nullptr})}), options);
        QCOMPARE(r.rule(QStringLiteral("sale_date.freshness"))->observed, QStringLiteral("no dates"));
        QCOMPARE(r.rule(QStringLiteral("sale_date.freshness"))->status, RuleStatus::Warn);
    }

    void gateIsTheWorstRuleAndWarningsNeverAddUpToFail()
    {
        const QByteArray warnOnly = kSchema
            + "      - name: fuel\n"
              "        quality:\n"
              "          - rule: validValues\n"
              "            validValues: [petrol]\n"
              "            severity: warning\n"
              "          - rule: nullValues\n"
              "            severity: warning\n";
        const Table t = table({textColumn("fuel", {"gas", nullptr, "lpg"})});
        ContractReport r = evaluate(contract(warnOnly), t);
        QCOMPARE(r.count(RuleStatus::Warn), 2);
        QCOMPARE(r.count(RuleStatus::Fail), 0);
        QCOMPARE(r.gate, RuleStatus::Warn);
        r = evaluate(contract(warnOnly + "          - rule: nullValues\n"), t);
        QCOMPARE(r.gate, RuleStatus::Fail);
        // Two rules of one kind on one property: ids stay unique.
        QCOMPARE(ruleIds(r),
            QStringList({QStringLiteral("fuel.schema"), QStringLiteral("fuel.allowed_values"),
                QStringLiteral("fuel.completeness"), QStringLiteral("fuel.completeness#2")}));
    }

    void jsonRoundTrip()
    {
        const DataContract c = contract(kSchema
            + "      - name: plate\n"
              "        unique: true\n"
              "      - name: sale_date\n"
              "        logicalType: date\n"
              "slaProperties:\n"
              "  - {property: latency, value: 30, element: sale_date}\n");
        const Table t = table({textColumn("plate", {"M-AB 1", "M-AB 1"}),
            dateColumn("sale_date", {"2024-01-01", "2024-01-02"}), sourceLines(2)});
        EvaluationOptions options;
        options.referenceDate = QDate(2024, 6, 1);
        const ContractReport r = evaluate(c, t, options);
        const QJsonObject json = r.toJson();
        QCOMPARE(json.value(QStringLiteral("gate")).toString(), QStringLiteral("fail"));
        QCOMPARE(json.value(QStringLiteral("rows")).toInteger(), 2);
        QCOMPARE(json.value(QStringLiteral("reference_date")).toString(), QStringLiteral("2024-06-01"));
        QCOMPARE(json.value(QStringLiteral("contract")).toObject().value(QStringLiteral("id")).toString(),
            QStringLiteral("test"));
        const QJsonObject counts = json.value(QStringLiteral("counts")).toObject();
        QCOMPARE(counts.value(QStringLiteral("fail")).toInt(), 1);
        QCOMPARE(counts.value(QStringLiteral("warn")).toInt(), 1);
        const QJsonObject unique = json.value(QStringLiteral("rules")).toArray()[1].toObject();
        QCOMPARE(unique.value(QStringLiteral("id")).toString(), QStringLiteral("plate.uniqueness"));
        QCOMPARE(unique.value(QStringLiteral("kind")).toString(), QStringLiteral("uniqueness"));
        QCOMPARE(unique.value(QStringLiteral("status")).toString(), QStringLiteral("fail"));
        QCOMPARE(unique.value(QStringLiteral("count")).toInteger(), 1);
        const QJsonObject sample = unique.value(QStringLiteral("sample")).toArray()[0].toObject();
        QCOMPARE(sample.value(QStringLiteral("row")).toInteger(), 1);
        QCOMPARE(sample.value(QStringLiteral("source_line")).toInteger(), 3);
        auto back = ContractReport::fromJson(json);
        QVERIFY(back);
        QCOMPARE(back->toJson(), json);
        QVERIFY(!ContractReport::fromJson(QJsonObject {{QStringLiteral("gate"), QStringLiteral("maybe")}}));
    }

    void cancelAndBadOptions()
    {
        const DataContract c = contract(kSchema + "      - name: brand\n");
        const Table t = table({textColumn("brand", {"VW"})});
        auto cancelled = ContractEvaluator::evaluate(c, t, {}, [](qint64, qint64) { return false; });
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);
        EvaluationOptions options;
        options.object = QStringLiteral("cars");
        auto unknown = ContractEvaluator::evaluate(c, t, options);
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, ErrorCode::InvalidArgument);
    }
};

int runContractEvaluateTests(int argc, char** argv)
{
    TestContractEvaluate t;
    return QTest::qExec(&t, argc, argv);
}

#include "TestContractEvaluate.moc"
