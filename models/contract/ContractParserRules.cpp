// SPDX-License-Identifier: GPL-3.0-or-later
// ContractParser, second half: ODCS quality rules, thresholds and SLA properties.
#include "models/contract/ContractParser.h"

#include <yaml-cpp/yaml.h>

#include <array>
#include <utility>

namespace valuator {

namespace {

/// ODCS v3.1 metric names and their v3.0 `rule` spellings.
std::optional<QualityMetric> metricFromName(const QString& name)
{
    static const std::array<std::pair<const char*, QualityMetric>, 10> names {{
        {"nullValues", QualityMetric::NullValues},
        {"nullCheck", QualityMetric::NullValues},
        {"missingValues", QualityMetric::MissingValues},
        {"invalidValues", QualityMetric::InvalidValues},
        {"validValues", QualityMetric::InvalidValues},
        {"duplicateValues", QualityMetric::DuplicateValues},
        {"duplicateCount", QualityMetric::DuplicateValues},
        {"rowCount", QualityMetric::RowCount},
        {"maxYearOffset", QualityMetric::MaxYearOffset},
        {"notAfterReferenceDate", QualityMetric::NotAfterReferenceDate},
    }};
    for (const auto& [n, metric] : names)
        if (name == QLatin1String(n))
            return metric;
    return std::nullopt;
}

constexpr std::array<std::pair<const char*, CompareOp>, 8> kOperators {{
    {"mustBe", CompareOp::Equal},
    {"mustNotBe", CompareOp::NotEqual},
    {"mustBeGreaterThan", CompareOp::Greater},
    {"mustBeGreaterOrEqualTo", CompareOp::GreaterOrEqual},
    {"mustBeLessThan", CompareOp::Less},
    {"mustBeLessOrEqualTo", CompareOp::LessOrEqual},
    {"mustBeBetween", CompareOp::Between},
    {"mustNotBeBetween", CompareOp::NotBetween},
}};

} // namespace

void ContractParser::parseQualityList(const YAML::Node& list, ContractObject& object, ContractProperty* property)
{
    expectList(list, QStringLiteral("quality"));
    for (const YAML::Node& node : list) {
        std::optional<QualityRule> rule = parseQuality(node);
        if (!rule)
            continue;
        const bool schemaLevel = rule->metric == QualityMetric::RowCount;
        if (property) {
            if (schemaLevel)
                failAt(node, tr("'rowCount' is a schema-level rule; declare it under the schema object's quality"));
            rule->property = property->name;
            if (rule->metric == QualityMetric::DuplicateValues && rule->properties.isEmpty())
                rule->properties = QStringList {property->name};
            property->quality << *rule;
            continue;
        }
        if (rule->metric != QualityMetric::RowCount && rule->metric != QualityMetric::DuplicateValues)
            failAt(node, tr("this rule checks a column: declare it under a property's quality"));
        if (rule->metric == QualityMetric::DuplicateValues && rule->properties.isEmpty())
            failAt(node, tr("missing required key 'properties' in the rule's arguments"));
        for (const QString& name : std::as_const(rule->properties))
            if (!object.property(name))
                failAt(node, tr("'properties' names unknown property '%1'").arg(name));
        object.quality << *rule;
    }
}

std::optional<QualityRule> ContractParser::parseQuality(const YAML::Node& node)
{
    expectMap(node, QStringLiteral("quality"));
    checkKeys(node,
        {"type", "rule", "metric", "arguments", "validValues", "id", "name", "description", "dimension", "method",
            "severity", "businessImpact", "customProperties", "tags", "authoritativeDefinitions", "unit", "schedule",
            "scheduler", "query", "engine", "implementation", "mustBe", "mustNotBe", "mustBeGreaterThan",
            "mustBeGreaterOrEqualTo", "mustBeLessThan", "mustBeLessOrEqualTo", "mustBeBetween", "mustNotBeBetween"});
    const YAML::Node typeNode = node["type"];
    const QString type = typeNode ? text(typeNode, QStringLiteral("type")) : QStringLiteral("library");
    if (type == QLatin1String("text") || type == QLatin1String("sql") || type == QLatin1String("custom")) {
        warnAt(node, tr("quality rule of type '%1' is not evaluated").arg(type));
        return std::nullopt;
    }
    if (type != QLatin1String("library"))
        failAt(typeNode, tr("unknown quality type '%1'; expected library, text, sql or custom").arg(type));
    const YAML::Node metricNode = node["metric"] ? node["metric"] : node["rule"];
    if (!metricNode)
        failAt(node, tr("missing required key 'metric' (or 'rule') in a quality rule"));
    const QString metricName = text(metricNode, QStringLiteral("metric"));
    const std::optional<QualityMetric> metric = metricFromName(metricName);
    if (!metric) {
        warnAt(metricNode, tr("quality rule '%1' is not supported and is not evaluated").arg(metricName));
        return std::nullopt;
    }
    QualityRule rule;
    rule.metric = *metric;
    rule.location = locationOf(node);
    if (const YAML::Node v = node["id"])
        rule.id = text(v, QStringLiteral("id"));
    if (const YAML::Node v = node["name"])
        rule.name = text(v, QStringLiteral("name"));
    if (const YAML::Node v = node["description"]; v && rule.name.isEmpty())
        rule.name = text(v, QStringLiteral("description"));
    if (const YAML::Node v = node["dimension"])
        rule.dimension = text(v, QStringLiteral("dimension"));
    if (const YAML::Node v = node["severity"])
        rule.severity = parseSeverity(v);
    if (const YAML::Node v = node["unit"]) {
        const QString unit = text(v, QStringLiteral("unit"));
        if (unit == QLatin1String("percent"))
            rule.unit = MetricUnit::Percent;
        else if (unit != QLatin1String("rows"))
            failAt(v, tr("unknown unit '%1'; expected rows or percent").arg(unit));
        if (rule.unit == MetricUnit::Percent && rule.metric == QualityMetric::RowCount)
            failAt(v, tr("'rowCount' counts rows; 'unit' must be rows"));
    }
    parseArguments(node, rule);
    parseThreshold(node, rule);
    if (const YAML::Node v = node["customProperties"])
        parseRuleCustomProperties(v, rule);
    return rule;
}

RuleSeverity ContractParser::parseSeverity(const YAML::Node& node)
{
    // ODCS leaves severity open ("info", "warning", "error" in its examples): map the usual words.
    const QString s = text(node, QStringLiteral("severity")).toLower();
    static const QStringList warnings {QStringLiteral("warning"), QStringLiteral("warn"), QStringLiteral("info"),
        QStringLiteral("low"), QStringLiteral("minor"), QStringLiteral("medium")};
    static const QStringList errors {QStringLiteral("error"), QStringLiteral("critical"), QStringLiteral("high"),
        QStringLiteral("major"), QStringLiteral("blocker"), QStringLiteral("fail")};
    if (warnings.contains(s))
        return RuleSeverity::Warning;
    if (!errors.contains(s))
        warnAt(node, tr("unknown severity '%1'; treated as error").arg(s));
    return RuleSeverity::Error;
}

void ContractParser::parseArguments(const YAML::Node& node, QualityRule& rule)
{
    const YAML::Node args = node["arguments"];
    if (args) {
        expectMap(args, QStringLiteral("arguments"));
        checkKeys(args, {"validValues", "pattern", "missingValues", "properties", "field", "years"});
    }
    const auto arg = [&](const char* key) { return args ? args[key] : YAML::Node(YAML::NodeType::Undefined); };
    // ODCS v3.0 wrote validValues next to the rule; v3.1 moved it into arguments.
    const YAML::Node valid = arg("validValues") ? arg("validValues") : node["validValues"];
    if (valid)
        rule.validValues = textList(valid, QStringLiteral("validValues"));
    if (const YAML::Node v = arg("pattern")) {
        rule.pattern = text(v, QStringLiteral("pattern"));
        checkPattern(v, rule.pattern);
    }
    if (const YAML::Node v = arg("missingValues")) {
        expectList(v, QStringLiteral("missingValues"));
        for (const YAML::Node& item : v)
            if (!item.IsNull()) // null is always missing
                rule.missingValues << text(item, QStringLiteral("missingValues"));
    }
    if (const YAML::Node v = arg("properties"))
        rule.properties = textList(v, QStringLiteral("properties"));
    if (const YAML::Node v = arg("field"))
        rule.referenceField = text(v, QStringLiteral("field"));
    if (const YAML::Node v = arg("years"))
        rule.offsetYears = integer(v, QStringLiteral("years"));
    if (rule.metric == QualityMetric::InvalidValues && !valid && rule.pattern.isEmpty())
        failAt(node, tr("missing required key 'validValues' (or 'pattern') in the rule's arguments"));
    if (rule.metric == QualityMetric::MaxYearOffset && rule.referenceField.isEmpty())
        failAt(args ? args : node, tr("missing required key 'field' in the rule's arguments"));
}

void ContractParser::parseThreshold(const YAML::Node& node, QualityRule& rule)
{
    const char* found = nullptr;
    for (const auto& [key, op] : kOperators) {
        const YAML::Node v = node[key];
        if (!v)
            continue;
        if (found)
            failAt(v,
                tr("a quality rule takes one operator, found '%1' and '%2'")
                    .arg(QLatin1String(found), QLatin1String(key)));
        found = key;
        rule.threshold.op = op;
        if (op == CompareOp::Between || op == CompareOp::NotBetween) {
            if (!v.IsSequence() || v.size() != 2)
                failAt(v, tr("'%1' must be a list of two numbers, got %2").arg(QLatin1String(key), describe(v)));
            rule.threshold.value = number(v[0], QLatin1String(key));
            rule.threshold.value2 = number(v[1], QLatin1String(key));
            if (rule.threshold.value > rule.threshold.value2)
                failAt(v, tr("'%1' must list the smaller number first").arg(QLatin1String(key)));
        } else {
            rule.threshold.value = number(v, QLatin1String(key));
        }
    }
    if (!found) // ODCS: a library rule without an operator means "none may offend"; a row count "not empty"
        rule.threshold = rule.metric == QualityMetric::RowCount ? Threshold {CompareOp::Greater, 0, 0}
                                                                : Threshold {CompareOp::Equal, 0, 0};
}

void ContractParser::parseRuleCustomProperties(const YAML::Node& list, QualityRule& rule)
{
    expectList(list, QStringLiteral("customProperties"));
    for (const YAML::Node& item : list) {
        expectMap(item, QStringLiteral("customProperties"));
        checkKeys(item, {"property", "value", "description", "id"});
        const QString name = requiredText(item, "property", tr("a custom property"));
        if (name != QLatin1String("warnThreshold"))
            continue; // custom properties of other tools pass through silently
        const YAML::Node value = item["value"];
        if (!value)
            failAt(item, tr("missing required key 'value' in a custom property"));
        const double level = number(value, QStringLiteral("warnThreshold"));
        if (!rule.threshold.isOneSided())
            failAt(value,
                tr("'warnThreshold' needs a one-sided operator (mustBeLessThan, mustBeLessOrEqualTo, "
                   "mustBeGreaterThan or mustBeGreaterOrEqualTo)"));
        const bool upper = rule.threshold.op == CompareOp::Less || rule.threshold.op == CompareOp::LessOrEqual;
        if (upper ? level > rule.threshold.value : level < rule.threshold.value)
            failAt(value,
                tr("'warnThreshold' %1 must be stricter than %2 %3")
                    .arg(formatNumber(level), rule.threshold.keyName(), formatNumber(rule.threshold.value)));
        rule.warnLevel = level;
    }
}

void ContractParser::parseSla(const YAML::Node& list, const YAML::Node& defaultElement, DataContract& out)
{
    expectList(list, QStringLiteral("slaProperties"));
    for (const YAML::Node& item : list) {
        expectMap(item, QStringLiteral("slaProperties"));
        checkKeys(item,
            {"property", "value", "valueExt", "unit", "element", "driver", "description", "id", "scheduler",
                "schedule"});
        const QString property = requiredText(item, "property", tr("an SLA property"));
        const YAML::Node value = item["value"];
        if (!value)
            failAt(item, tr("missing required key 'value' in an SLA property"));
        const QString kind = property.toLower();
        if (kind != QLatin1String("latency") && kind != QLatin1String("ly") && kind != QLatin1String("freshness")) {
            warnAt(item, tr("SLA property '%1' is not evaluated").arg(property));
            continue;
        }
        FreshnessRule rule;
        rule.location = locationOf(item);
        const QString unit = item["unit"] ? text(item["unit"], QStringLiteral("unit")).toLower() : QStringLiteral("d");
        int factor = 0;
        if (unit == QLatin1String("d") || unit == QLatin1String("day") || unit == QLatin1String("days"))
            factor = 1;
        else if (unit == QLatin1String("w") || unit == QLatin1String("week") || unit == QLatin1String("weeks"))
            factor = 7;
        else if (unit == QLatin1String("y") || unit == QLatin1String("yr") || unit == QLatin1String("years")
            || unit == QLatin1String("year"))
            factor = 365;
        else
            failAt(item["unit"], tr("unsupported SLA unit '%1'; expected d, days, w, weeks, y or years").arg(unit));
        rule.maxAgeDays = integer(value, QStringLiteral("value")) * factor;
        const YAML::Node element = item["element"] ? item["element"] : defaultElement;
        if (!element)
            failAt(item, tr("missing required key 'element' in the latency SLA (or a slaDefaultElement)"));
        const QString path = text(element, QStringLiteral("element"));
        const qsizetype dot = path.lastIndexOf(QLatin1Char('.'));
        rule.object = dot < 0 ? QString() : path.left(dot);
        rule.property = dot < 0 ? path : path.mid(dot + 1);
        const ContractObject* object = out.object(rule.object);
        const ContractProperty* p = object ? object->property(rule.property) : nullptr;
        if (!p)
            failAt(element, tr("'element' names unknown property '%1'").arg(path));
        if (p->type && *p->type != LogicalType::Date)
            failAt(element, tr("'element' must name a date property; '%1' is %2").arg(path, logicalTypeName(*p->type)));
        rule.object = object->name;
        out.freshness << rule;
    }
}

void ContractParser::validateReferences(const ContractObject& object) const
{
    for (const ContractProperty& p : object.properties) {
        for (const QualityRule& rule : p.quality) {
            if (rule.metric != QualityMetric::MaxYearOffset)
                continue;
            const ContractProperty* ref = object.property(rule.referenceField);
            if (!ref)
                failAt(rule.location, tr("'field' names unknown property '%1'").arg(rule.referenceField));
            if (ref->type && *ref->type != LogicalType::Date)
                failAt(rule.location,
                    tr("'field' must name a date property; '%1' is %2")
                        .arg(rule.referenceField, logicalTypeName(*ref->type)));
        }
    }
}

} // namespace valuator
