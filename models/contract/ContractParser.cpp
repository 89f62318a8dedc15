// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/contract/ContractParser.h"

#include <QDate>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

#include <charconv>
#include <cstring>

namespace valuator {

namespace {

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

} // namespace

ContractParser::ContractParser(QString origin)
    : m_origin(std::move(origin))
{
}

Result<DataContract> ContractParser::parse(const QByteArray& yaml)
{
    try {
        const YAML::Node root = YAML::Load(yaml.toStdString());
        DataContract contract;
        contract.origin = m_origin;
        parseTop(root, contract);
        contract.warnings = m_warnings;
        return contract;
    } catch (const Failure& f) {
        return fail(f.error);
    } catch (const YAML::Exception& e) {
        const int line = e.mark.is_null() ? 0 : e.mark.line + 1;
        const int column = e.mark.is_null() ? 0 : e.mark.column + 1;
        const QString message
            = QStringLiteral("%1:%2:%3: ").arg(m_origin).arg(line).arg(column) + tr("invalid YAML: %1").arg(qs(e.msg));
        return fail(ErrorCode::Parse, message, qs(e.what()));
    } catch (const std::exception& e) {
        return fail(ErrorCode::Parse, tr("%1: cannot read the contract: %2").arg(m_origin, qs(e.what())));
    }
}

// ---- diagnostics ------------------------------------------------------------------------------------------

SourceLocation ContractParser::locationOf(const YAML::Node& node)
{
    const YAML::Mark mark = node.Mark();
    if (mark.is_null())
        return {};
    return {mark.line + 1, mark.column + 1};
}

QString ContractParser::position(const YAML::Node& node) const
{
    const SourceLocation at = locationOf(node);
    return QStringLiteral("%1:%2:%3").arg(m_origin).arg(at.line).arg(at.column);
}

void ContractParser::failAt(const YAML::Node& node, const QString& message, ErrorCode code) const
{
    const QString full = position(node) + QStringLiteral(": ") + message;
    throw Failure {Error {code, full, full}};
}

void ContractParser::failAt(SourceLocation at, const QString& message) const
{
    const QString full = QStringLiteral("%1:%2:%3: ").arg(m_origin).arg(at.line).arg(at.column) + message;
    throw Failure {Error {ErrorCode::Parse, full, full}};
}

void ContractParser::warnAt(const YAML::Node& node, const QString& message)
{
    m_warnings << position(node) + QStringLiteral(": ") + message;
}

QString ContractParser::describe(const YAML::Node& node)
{
    if (!node.IsDefined() || node.IsNull())
        return tr("an empty value");
    if (node.IsMap())
        return tr("a map");
    if (node.IsSequence())
        return tr("a list");
    return QStringLiteral("'%1'").arg(qs(node.Scalar()));
}

void ContractParser::checkKeys(const YAML::Node& map, Keys known)
{
    for (const auto& kv : map) {
        const std::string& key = kv.first.Scalar();
        bool found = false;
        for (const char* k : known)
            found = found || key == k;
        if (!found)
            warnAt(kv.first, tr("unknown key '%1' (ignored)").arg(qs(key)));
    }
}

// ---- typed values -----------------------------------------------------------------------------------------

void ContractParser::expectMap(const YAML::Node& node, const QString& key) const
{
    if (!node.IsMap())
        failAt(node, tr("'%1' must be a map, got %2").arg(key, describe(node)));
}

void ContractParser::expectList(const YAML::Node& node, const QString& key) const
{
    if (!node.IsSequence())
        failAt(node, tr("'%1' must be a list, got %2").arg(key, describe(node)));
}

QString ContractParser::text(const YAML::Node& node, const QString& key) const
{
    if (!node.IsScalar())
        failAt(node, tr("'%1' must be text, got %2").arg(key, describe(node)));
    return qs(node.Scalar());
}

QString ContractParser::requiredText(const YAML::Node& map, const char* key, const QString& where) const
{
    const YAML::Node value = map[key];
    if (!value.IsDefined())
        failAt(map, tr("missing required key '%1' in %2").arg(QLatin1String(key), where));
    const QString s = text(value, QLatin1String(key));
    if (s.trimmed().isEmpty())
        failAt(value, tr("'%1' must not be empty").arg(QLatin1String(key)));
    return s;
}

double ContractParser::number(const YAML::Node& node, const QString& key) const
{
    double v = 0;
    if (node.IsScalar()) {
        const std::string& s = node.Scalar();
        const auto res = std::from_chars(s.data(), s.data() + s.size(), v);
        if (res.ec == std::errc() && res.ptr == s.data() + s.size() && std::isfinite(v))
            return v;
    }
    failAt(node, tr("'%1' must be a number, got %2").arg(key, describe(node)));
}

int ContractParser::integer(const YAML::Node& node, const QString& key) const
{
    int v = 0;
    if (node.IsScalar()) {
        const std::string& s = node.Scalar();
        const auto res = std::from_chars(s.data(), s.data() + s.size(), v);
        if (res.ec == std::errc() && res.ptr == s.data() + s.size())
            return v;
    }
    failAt(node, tr("'%1' must be a whole number, got %2").arg(key, describe(node)));
}

bool ContractParser::boolean(const YAML::Node& node, const QString& key) const
{
    // YAML 1.2 core schema booleans only: "yes"/"on" are text, a classic source of surprises.
    if (node.IsScalar()) {
        const QString s = qs(node.Scalar()).toLower();
        if (s == QLatin1String("true"))
            return true;
        if (s == QLatin1String("false"))
            return false;
    }
    failAt(node, tr("'%1' must be true or false, got %2").arg(key, describe(node)));
}

double ContractParser::date(const YAML::Node& node, const QString& key) const
{
    if (node.IsScalar()) {
        const QDate d = QDate::fromString(qs(node.Scalar()), Qt::ISODate);
        if (d.isValid())
            return double(QDate(1970, 1, 1).daysTo(d));
    }
    failAt(node, tr("'%1' must be a date (YYYY-MM-DD), got %2").arg(key, describe(node)));
}

void ContractParser::checkPattern(const YAML::Node& node, const QString& pattern) const
{
    const QRegularExpression re(pattern);
    if (!re.isValid())
        failAt(node, tr("'pattern' is not a valid regular expression: %1").arg(re.errorString()));
}

QStringList ContractParser::textList(const YAML::Node& node, const QString& key) const
{
    expectList(node, key);
    QStringList out;
    for (const YAML::Node& item : node)
        out << text(item, key);
    return out;
}

// ---- structure --------------------------------------------------------------------------------------------

void ContractParser::parseTop(const YAML::Node& root, DataContract& out)
{
    if (!root.IsMap())
        failAt(root, tr("the contract must be a map of ODCS keys, got %1").arg(describe(root)));
    checkKeys(root,
        {"version", "kind", "apiVersion", "id", "name", "tenant", "tags", "status", "servers", "dataProduct",
            "description", "domain", "schema", "support", "price", "team", "roles", "slaDefaultElement",
            "slaProperties", "authoritativeDefinitions", "customProperties", "contractCreatedTs"});
    const QString where = tr("the contract");
    out.apiVersion = requiredText(root, "apiVersion", where);
    if (!DataContract::supportedApiVersions().contains(out.apiVersion))
        failAt(root["apiVersion"],
            tr("unsupported apiVersion '%1'; supported: %2")
                .arg(out.apiVersion, DataContract::supportedApiVersions().join(QStringLiteral(", "))),
            ErrorCode::Unsupported);
    const QString kind = requiredText(root, "kind", where);
    if (kind != QLatin1String("DataContract"))
        failAt(root["kind"], tr("'kind' must be DataContract, got '%1'").arg(kind));
    out.id = requiredText(root, "id", where);
    out.version = requiredText(root, "version", where);
    out.status = requiredText(root, "status", where);
    if (const YAML::Node name = root["name"])
        out.name = text(name, QStringLiteral("name"));
    if (const YAML::Node schema = root["schema"]) {
        expectList(schema, QStringLiteral("schema"));
        for (const YAML::Node& object : schema)
            out.schema << parseObject(object);
    }
    if (const YAML::Node sla = root["slaProperties"])
        parseSla(sla, root["slaDefaultElement"], out);
}

ContractObject ContractParser::parseObject(const YAML::Node& node)
{
    expectMap(node, QStringLiteral("schema"));
    checkKeys(node,
        {"name", "physicalName", "physicalType", "description", "businessName", "authoritativeDefinitions", "tags",
            "customProperties", "logicalType", "dataGranularityDescription", "properties", "quality", "id",
            "relationships"});
    ContractObject object;
    object.name = requiredText(node, "name", tr("a schema object"));
    object.location = locationOf(node);
    if (const YAML::Node d = node["description"])
        object.description = text(d, QStringLiteral("description"));
    if (const YAML::Node type = node["logicalType"];
        type && text(type, QStringLiteral("logicalType")) != QLatin1String("object"))
        failAt(type, tr("a schema object's 'logicalType' must be object, got %1").arg(describe(type)));
    if (const YAML::Node props = node["properties"]) {
        expectList(props, QStringLiteral("properties"));
        for (const YAML::Node& p : props) {
            ContractProperty property = parseProperty(p);
            if (object.property(property.name))
                failAt(p["name"], tr("property '%1' is declared twice").arg(property.name));
            object.properties << property;
        }
    }
    // Property-level rules were read with their property; schema-level ones need the properties to exist first.
    if (const YAML::Node quality = node["quality"])
        parseQualityList(quality, object, nullptr);
    validateReferences(object);
    return object;
}

ContractProperty ContractParser::parseProperty(const YAML::Node& node)
{
    expectMap(node, QStringLiteral("properties"));
    checkKeys(node,
        {"name", "physicalType", "physicalName", "description", "businessName", "authoritativeDefinitions", "tags",
            "customProperties", "primaryKey", "primaryKeyPosition", "logicalType", "logicalTypeOptions", "required",
            "unique", "partitioned", "partitionKeyPosition", "classification", "encryptedName",
            "transformSourceObjects", "transformLogic", "transformDescription", "examples", "criticalDataElement",
            "quality", "items", "id", "relationships"});
    ContractProperty p;
    p.name = requiredText(node, "name", tr("a schema property"));
    p.location = locationOf(node);
    if (const YAML::Node type = node["logicalType"]) {
        const QString name = text(type, QStringLiteral("logicalType"));
        p.type = logicalTypeFromName(name);
        if (!p.type)
            failAt(type,
                tr("unknown logicalType '%1'; expected one of string, integer, number, date, array, boolean, object")
                    .arg(name));
        if (*p.type == LogicalType::Object)
            warnAt(type, tr("nested object property '%1' is only checked for presence").arg(p.name));
    }
    if (const YAML::Node d = node["description"])
        p.description = text(d, QStringLiteral("description"));
    if (const YAML::Node r = node["required"])
        p.required = boolean(r, QStringLiteral("required"));
    if (const YAML::Node u = node["unique"])
        p.unique = boolean(u, QStringLiteral("unique"));
    if (const YAML::Node options = node["logicalTypeOptions"])
        parseTypeOptions(options, p);
    if (const YAML::Node quality = node["quality"]) {
        ContractObject scratch; // property-level rules do not need the object
        parseQualityList(quality, scratch, &p);
    }
    return p;
}

void ContractParser::parseTypeOptions(const YAML::Node& node, ContractProperty& p)
{
    const QString key = QStringLiteral("logicalTypeOptions");
    expectMap(node, key);
    const LogicalType type = p.type.value_or(LogicalType::Number);
    switch (type) {
    case LogicalType::String:
        checkKeys(node, {"minLength", "maxLength", "pattern", "format"});
        break;
    case LogicalType::Date:
        checkKeys(node,
            {"format", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "timezone", "defaultTimezone"});
        break;
    case LogicalType::Integer:
    case LogicalType::Number:
        checkKeys(node, {"multipleOf", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "format"});
        break;
    case LogicalType::Array:
        checkKeys(node, {"minItems", "maxItems", "uniqueItems"});
        break;
    case LogicalType::Object:
        checkKeys(node, {"minProperties", "maxProperties", "required"});
        break;
    case LogicalType::Boolean:
        checkKeys(node, {});
        break;
    }
    const auto bound = [&](const char* name) -> std::optional<double> {
        const YAML::Node v = node[name];
        if (!v || type == LogicalType::String || type == LogicalType::Array || type == LogicalType::Object)
            return std::nullopt;
        return type == LogicalType::Date ? date(v, QLatin1String(name)) : number(v, QLatin1String(name));
    };
    p.minimum = bound("minimum");
    p.maximum = bound("maximum");
    if (const YAML::Node v = node["exclusiveMinimum"])
        p.exclusiveMinimum = boolean(v, QStringLiteral("exclusiveMinimum"));
    if (const YAML::Node v = node["exclusiveMaximum"])
        p.exclusiveMaximum = boolean(v, QStringLiteral("exclusiveMaximum"));
    if (p.minimum && p.maximum && *p.minimum > *p.maximum)
        failAt(node["maximum"], tr("'maximum' must not be below 'minimum'"));
    const auto count = [&](const char* name, std::optional<int>& into) {
        if (const YAML::Node v = node[name]) {
            into = integer(v, QLatin1String(name));
            if (*into < 0)
                failAt(v, tr("'%1' must not be negative").arg(QLatin1String(name)));
        }
    };
    if (type == LogicalType::String) {
        count("minLength", p.minLength);
        count("maxLength", p.maxLength);
        if (const YAML::Node v = node["pattern"]) {
            p.pattern = text(v, QStringLiteral("pattern"));
            checkPattern(v, p.pattern);
        }
    }
    if (type == LogicalType::Array) {
        count("minItems", p.minItems);
        count("maxItems", p.maxItems);
    }
}

} // namespace valuator
