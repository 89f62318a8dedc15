// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/contract/DataContract.h"

#include <QTest>

#include "ContractTestUtil.h"
#include "ContractTests.h"

using namespace valuator;
using namespace valuator::test;

namespace {

/// A schema with one object "sales" whose properties follow (lines 6-8; properties start on line 9).
const QByteArray kSchema = "schema:\n"
                           "  - name: sales\n"
                           "    properties:\n";

void addMalformedAndWrongTypeRows()
{
    const int parse = int(ErrorCode::Parse);
    QTest::newRow("malformed YAML: unclosed flow list")
        << contractYaml(kSchema
               + "      - name: fuel\n"
                 "        quality:\n"
                 "          - rule: validValues\n"
                 "            validValues: [petrol, diesel\n")
        << QStringLiteral("bad.yaml:13:1: invalid YAML: end of sequence flow not found") << parse;
    QTest::newRow("malformed YAML: bad indentation") << contractYaml(kSchema
        + "      - name: fuel\n"
          "     logicalType: string\n") << QStringLiteral("bad.yaml:10:6: invalid YAML: end of map not found")
                                                     << parse;
    QTest::newRow("wrong type: minimum is text") << contractYaml(kSchema
        + "      - name: mileage_km\n"
          "        logicalType: number\n"
          "        logicalTypeOptions:\n"
          "          minimum: abc\n") << QStringLiteral("bad.yaml:12:20: 'minimum' must be a number, got 'abc'")
                                                 << parse;
    QTest::newRow("wrong type: required is not a boolean") << contractYaml(kSchema
        + "      - name: brand\n"
          "        required: yes\n") << QStringLiteral("bad.yaml:10:19: 'required' must be true or false, got 'yes'")
                                                           << parse;
    QTest::newRow("wrong type: date bound")
        << contractYaml(kSchema
               + "      - name: sale_date\n"
                 "        logicalType: date\n"
                 "        logicalTypeOptions:\n"
                 "          maximum: 2024-13-01\n")
        << QStringLiteral("bad.yaml:12:20: 'maximum' must be a date (YYYY-MM-DD), got '2024-13-01'") << parse;
    QTest::newRow("wrong type: schema is not a list")
        << contractYaml("schema: sales\n") << QStringLiteral("bad.yaml:6:9: 'schema' must be a list, got 'sales'")
        << parse;
    QTest::newRow("wrong type: properties is a map")
        << contractYaml("schema:\n"
                        "  - name: sales\n"
                        "    properties:\n"
                        "      name: brand\n")
        << QStringLiteral("bad.yaml:9:7: 'properties' must be a list, got a map") << parse;
}

void addMissingKeyAndVersionRows()
{
    const int parse = int(ErrorCode::Parse);
    QTest::newRow("unknown logicalType")
        << contractYaml(kSchema
               + "      - name: mileage_km\n"
                 "        logicalType: decimal\n")
        << QStringLiteral("bad.yaml:10:22: unknown logicalType 'decimal'; expected one of string, integer, "
                          "number, date, array, boolean, object")
        << parse;
    QTest::newRow("missing key: property name")
        << contractYaml(kSchema + "      - logicalType: number\n")
        << QStringLiteral("bad.yaml:9:9: missing required key 'name' in a schema property") << parse;
    QTest::newRow("missing key: contract id")
        << QByteArray("apiVersion: v3.0.2\nkind: DataContract\nversion: 1.0.0\nstatus: active\n")
        << QStringLiteral("bad.yaml:1:1: missing required key 'id' in the contract") << parse;
    QTest::newRow("missing key: rule metric")
        << contractYaml(kSchema
               + "      - name: fuel\n"
                 "        quality:\n"
                 "          - mustBe: 0\n")
        << QStringLiteral("bad.yaml:11:13: missing required key 'metric' (or 'rule') in a quality rule") << parse;
    QTest::newRow("missing key: validValues")
        << contractYaml(kSchema
               + "      - name: fuel\n"
                 "        quality:\n"
                 "          - rule: validValues\n")
        << QStringLiteral("bad.yaml:11:13: missing required key 'validValues' (or 'pattern') in the rule's "
                          "arguments")
        << parse;
    QTest::newRow("unsupported apiVersion")
        << QByteArray("apiVersion: v2.2.2\nkind: DataContract\nid: x\nversion: 1.0.0\nstatus: active\n")
        << QStringLiteral("bad.yaml:1:13: unsupported apiVersion 'v2.2.2'; supported: v3.0.0, v3.0.1, v3.0.2, "
                          "v3.1.0")
        << int(ErrorCode::Unsupported);
    QTest::newRow("wrong kind") << QByteArray(
        "apiVersion: v3.0.2\nkind: DataProduct\nid: x\nversion: 1.0.0\nstatus: active\n")
                                << QStringLiteral("bad.yaml:2:7: 'kind' must be DataContract, got 'DataProduct'")
                                << parse;
}

void addQualityRuleRows()
{
    const int parse = int(ErrorCode::Parse);
    QTest::newRow("two operators") << contractYaml(kSchema
        + "      - name: fuel\n"
          "        quality:\n"
          "          - rule: nullValues\n"
          "            mustBe: 0\n"
          "            mustBeLessThan: 3\n")
                                   << QStringLiteral(
                                          "bad.yaml:13:29: a quality rule takes one operator, found 'mustBe' and "
                                          "'mustBeLessThan'")
                                   << parse;
    QTest::newRow("between needs two numbers")
        << contractYaml(kSchema
               + "      - name: fuel\n"
                 "        quality:\n"
                 "          - rule: nullValues\n"
                 "            mustBeBetween: [5]\n")
        << QStringLiteral("bad.yaml:12:28: 'mustBeBetween' must be a list of two numbers, got a list") << parse;
    QTest::newRow("unknown unit") << contractYaml(kSchema
        + "      - name: fuel\n"
          "        quality:\n"
          "          - rule: nullValues\n"
          "            unit: permille\n")
                                  << QStringLiteral("bad.yaml:12:19: unknown unit 'permille'; expected rows or percent")
                                  << parse;
    QTest::newRow("warnThreshold on a two-sided operator")
        << contractYaml(kSchema
               + "      - name: fuel\n"
                 "        quality:\n"
                 "          - rule: nullValues\n"
                 "            mustBe: 0\n"
                 "            customProperties:\n"
                 "              - property: warnThreshold\n"
                 "                value: 1\n")
        << QStringLiteral("bad.yaml:15:24: 'warnThreshold' needs a one-sided operator (mustBeLessThan, "
                          "mustBeLessOrEqualTo, mustBeGreaterThan or mustBeGreaterOrEqualTo)")
        << parse;
    QTest::newRow("warnThreshold laxer than the rule")
        << contractYaml(kSchema
               + "      - name: fuel\n"
                 "        quality:\n"
                 "          - rule: nullValues\n"
                 "            unit: percent\n"
                 "            mustBeLessThan: 5\n"
                 "            customProperties:\n"
                 "              - property: warnThreshold\n"
                 "                value: 10\n")
        << QStringLiteral("bad.yaml:16:24: 'warnThreshold' 10 must be stricter than mustBeLessThan 5") << parse;
    QTest::newRow("duplicate key names an unknown property")
        << contractYaml(kSchema
               + "      - name: plate\n"
                 "    quality:\n"
                 "      - rule: duplicateCount\n"
                 "        arguments:\n"
                 "          properties: [plate, sold_on]\n")
        << QStringLiteral("bad.yaml:11:9: 'properties' names unknown property 'sold_on'") << parse;
}

void addReferenceAndOptionRows()
{
    const int parse = int(ErrorCode::Parse);
    QTest::newRow("rowCount on a property")
        << contractYaml(kSchema
               + "      - name: plate\n"
                 "        quality:\n"
                 "          - rule: rowCount\n")
        << QStringLiteral("bad.yaml:11:13: 'rowCount' is a schema-level rule; declare it under the schema "
                          "object's quality")
        << parse;
    QTest::newRow("maxYearOffset field is not a date")
        << contractYaml(kSchema
               + "      - name: model_year\n"
                 "        logicalType: integer\n"
                 "        quality:\n"
                 "          - rule: maxYearOffset\n"
                 "            arguments: {field: brand, years: 1}\n"
                 "      - name: brand\n"
                 "        logicalType: string\n")
        << QStringLiteral("bad.yaml:12:13: 'field' must name a date property; 'brand' is string") << parse;
    QTest::newRow("latency on an unknown element")
        << contractYaml(kSchema
               + "      - name: sale_date\n"
                 "        logicalType: date\n"
                 "slaProperties:\n"
                 "  - property: latency\n"
                 "    value: 30\n"
                 "    element: sales.sold_on\n")
        << QStringLiteral("bad.yaml:14:14: 'element' names unknown property 'sales.sold_on'") << parse;
    QTest::newRow("latency in months")
        << contractYaml(kSchema
               + "      - name: sale_date\n"
                 "        logicalType: date\n"
                 "slaProperties:\n"
                 "  - property: latency\n"
                 "    value: 3\n"
                 "    unit: months\n"
                 "    element: sales.sale_date\n")
        << QStringLiteral("bad.yaml:14:11: unsupported SLA unit 'months'; expected d, days, w, weeks, y or years")
        << parse;
    QTest::newRow("invalid pattern")
        << contractYaml(kSchema
               + "      - name: plate\n"
                 "        logicalType: string\n"
                 "        logicalTypeOptions:\n"
                 "          pattern: '[A-Z'\n")
        << QStringLiteral("bad.yaml:12:20: 'pattern' is not a valid regular expression: missing terminating ] "
                          "for character class")
        << parse;
    QTest::newRow("minimum above maximum") << contractYaml(kSchema
        + "      - name: power_kw\n"
          "        logicalType: number\n"
          "        logicalTypeOptions:\n"
          "          minimum: 10\n"
          "          maximum: 1\n") << QStringLiteral("bad.yaml:13:20: 'maximum' must not be below 'minimum'")
                                           << parse;
}

} // namespace

class TestContractParse : public QObject {
    Q_OBJECT
private slots:
    void defaultContractParsesWithoutWarnings()
    {
        auto parsed = DataContract::parse(defaultContractYaml(), QStringLiteral("default-contract.yaml"));
        QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().userMessage));
        const DataContract& c = *parsed;
        QCOMPARE(c.warnings, QStringList());
        QCOMPARE(c.apiVersion, QStringLiteral("v3.0.2"));
        QCOMPARE(c.id, QStringLiteral("car-valuator-sales"));
        QCOMPARE(c.version, QStringLiteral("1.0.0"));
        QCOMPARE(c.schema.size(), 1);
        const ContractObject& sales = c.schema.first();
        QCOMPARE(sales.name, QStringLiteral("sales"));
        QCOMPARE(sales.properties.size(), 17);
        const ContractProperty* mileage = sales.property(QStringLiteral("mileage_km"));
        QVERIFY(mileage);
        QCOMPARE(mileage->type, LogicalType::Number);
        QVERIFY(mileage->required);
        QCOMPARE(mileage->minimum, 0.0);
        QCOMPARE(mileage->maximum, 1500000.0);
        // The YAML alias gives every required field the same completeness rule.
        QCOMPARE(mileage->quality.size(), 1);
        QCOMPARE(mileage->quality[0].metric, QualityMetric::NullValues);
        QCOMPARE(mileage->quality[0].unit, MetricUnit::Percent);
        QCOMPARE(mileage->quality[0].threshold.op, CompareOp::LessOrEqual);
        QCOMPARE(mileage->quality[0].threshold.value, 5.0);
        QCOMPARE(mileage->quality[0].warnLevel, 1.0);
        QCOMPARE(mileage->quality[0].property, QStringLiteral("mileage_km"));
        const ContractProperty* price = sales.property(QStringLiteral("sale_price"));
        QVERIFY(price->exclusiveMinimum);
        const ContractProperty* saleDate = sales.property(QStringLiteral("sale_date"));
        QCOMPARE(saleDate->minimum, double(QDate(1970, 1, 1).daysTo(QDate(1990, 1, 1))));
        const ContractProperty* year = sales.property(QStringLiteral("model_year"));
        QCOMPARE(year->quality[1].metric, QualityMetric::MaxYearOffset);
        QCOMPARE(year->quality[1].referenceField, QStringLiteral("sale_date"));
        QCOMPARE(year->quality[1].offsetYears, 1);
        const ContractProperty* fuel = sales.property(QStringLiteral("fuel"));
        QCOMPARE(fuel->quality[0].validValues,
            QStringList({QStringLiteral("petrol"), QStringLiteral("diesel"), QStringLiteral("hybrid"),
                QStringLiteral("electric"), QStringLiteral("lpg"), QStringLiteral("cng")}));
        QCOMPARE(sales.quality.size(), 2);
        QCOMPARE(sales.quality[1].properties, QStringList({QStringLiteral("plate"), QStringLiteral("sale_date")}));
        QCOMPARE(c.freshness.size(), 1);
        QCOMPARE(c.freshness[0].property, QStringLiteral("sale_date"));
        QCOMPARE(c.freshness[0].object, QStringLiteral("sales"));
        QCOMPARE(c.freshness[0].maxAgeDays, 365);
    }

    void badContractsNameTheLine_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("code");
        addMalformedAndWrongTypeRows();
        addMissingKeyAndVersionRows();
        addQualityRuleRows();
        addReferenceAndOptionRows();
    }

    void badContractsNameTheLine()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, message);
        QFETCH(int, code);
        auto parsed = DataContract::parse(yaml, QStringLiteral("bad.yaml"));
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().userMessage, message);
        QCOMPARE(int(parsed.error().code), code);
    }

    void unknownKeysAndUnevaluatedRulesWarn()
    {
        auto parsed = DataContract::parse(contractYaml("colour: blue\n" // line 6
                                              + kSchema
                                              + "      - name: brand\n" // line 10
                                                "        logicalType: string\n"
                                                "        requierd: true\n" // line 12: typo
                                                "        quality:\n"
                                                "          - type: sql\n" // line 14
                                                "            query: SELECT 1\n"
                                                "          - rule: mustBeFresh\n" // line 16
                                                "slaProperties:\n"
                                                "  - property: retention\n" // line 18
                                                "    value: 3\n"),
            QStringLiteral("w.yaml"));
        QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().userMessage));
        QCOMPARE(parsed->warnings,
            QStringList({QStringLiteral("w.yaml:6:1: unknown key 'colour' (ignored)"),
                QStringLiteral("w.yaml:12:9: unknown key 'requierd' (ignored)"),
                QStringLiteral("w.yaml:14:13: quality rule of type 'sql' is not evaluated"),
                QStringLiteral("w.yaml:16:19: quality rule 'mustBeFresh' is not supported and is not evaluated"),
                QStringLiteral("w.yaml:18:5: SLA property 'retention' is not evaluated")}));
        QCOMPARE(parsed->schema[0].properties[0].quality.size(), 0);
    }

    void odcs31SpellingIsRead()
    {
        const DataContract c = [] {
            auto parsed = DataContract::parse("apiVersion: v3.1.0\nkind: DataContract\nid: x\nversion: 2.0.0\n"
                                              "status: draft\n"
                    + kSchema
                    + "      - name: fuel\n"
                      "        logicalType: string\n"
                      "        quality:\n"
                      "          - id: fuel-known\n"
                      "            metric: invalidValues\n"
                      "            arguments:\n"
                      "              validValues: [petrol, diesel]\n"
                      "            mustBeLessThan: 2\n"
                      "            unit: percent\n"
                      "            severity: warning\n"
                      "          - metric: missingValues\n"
                      "            arguments:\n"
                      "              missingValues: [null, '', 'N/A']\n",
                QStringLiteral("v31.yaml"));
            if (!parsed)
                qFatal("%s", qPrintable(parsed.error().userMessage));
            return *parsed;
        }();
        QCOMPARE(c.warnings, QStringList());
        const QList<QualityRule>& q = c.schema[0].properties[0].quality;
        QCOMPARE(q.size(), 2);
        QCOMPARE(q[0].id, QStringLiteral("fuel-known"));
        QCOMPARE(q[0].metric, QualityMetric::InvalidValues);
        QCOMPARE(q[0].validValues, QStringList({QStringLiteral("petrol"), QStringLiteral("diesel")}));
        QCOMPARE(q[0].threshold.op, CompareOp::Less);
        QCOMPARE(q[0].threshold.value, 2.0);
        QCOMPARE(q[0].unit, MetricUnit::Percent);
        QCOMPARE(q[0].severity, RuleSeverity::Warning);
        QCOMPARE(q[1].metric, QualityMetric::MissingValues);
        QCOMPARE(q[1].missingValues, QStringList({QString(), QStringLiteral("N/A")}));
        // No operator: nothing may offend.
        QCOMPARE(q[1].threshold.op, CompareOp::Equal);
        QCOMPARE(q[1].threshold.value, 0.0);
    }

    void emptyDocumentIsAnError()
    {
        auto parsed = DataContract::parse(QByteArray(), QStringLiteral("empty.yaml"));
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().userMessage,
            QStringLiteral("empty.yaml:0:0: the contract must be a map of ODCS keys, got an empty value"));
    }
};

int runContractParseTests(int argc, char** argv)
{
    TestContractParse t;
    return QTest::qExec(&t, argc, argv);
}

#include "TestContractParse.moc"
