// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/contract/ContractTypes.h"

#include <array>
#include <charconv>
#include <utility>

namespace valuator {

namespace {

constexpr std::array kLogicalTypes {
    std::pair {LogicalType::String, "string"},
    std::pair {LogicalType::Integer, "integer"},
    std::pair {LogicalType::Number, "number"},
    std::pair {LogicalType::Date, "date"},
    std::pair {LogicalType::Array, "array"},
    std::pair {LogicalType::Boolean, "boolean"},
    std::pair {LogicalType::Object, "object"},
};

constexpr std::array kRuleKinds {
    std::pair {RuleKind::Schema, "schema"},
    std::pair {RuleKind::Completeness, "completeness"},
    std::pair {RuleKind::Range, "range"},
    std::pair {RuleKind::AllowedValues, "allowed_values"},
    std::pair {RuleKind::Format, "format"},
    std::pair {RuleKind::Items, "items"},
    std::pair {RuleKind::Uniqueness, "uniqueness"},
    std::pair {RuleKind::RowCount, "row_count"},
    std::pair {RuleKind::Freshness, "freshness"},
    std::pair {RuleKind::YearNotAfter, "year_not_after"},
    std::pair {RuleKind::NotAfterReference, "not_after_reference"},
};

constexpr std::array kStatuses {
    std::pair {RuleStatus::Pass, "pass"},
    std::pair {RuleStatus::Warn, "warn"},
    std::pair {RuleStatus::Fail, "fail"},
};

template <class Table, class Enum> QString nameOf(const Table& table, Enum value)
{
    for (const auto& [e, name] : table)
        if (e == value)
            return QLatin1String(name);
    return {};
}

template <class Enum, class Table> std::optional<Enum> valueOf(const Table& table, const QString& name)
{
    for (const auto& [e, n] : table)
        if (name == QLatin1String(n))
            return e;
    return std::nullopt;
}

} // namespace

bool Threshold::holds(double observed) const
{
    switch (op) {
    case CompareOp::Equal:
        return observed == value;
    case CompareOp::NotEqual:
        return observed != value;
    case CompareOp::Greater:
        return observed > value;
    case CompareOp::GreaterOrEqual:
        return observed >= value;
    case CompareOp::Less:
        return observed < value;
    case CompareOp::LessOrEqual:
        return observed <= value;
    case CompareOp::Between:
        return observed >= value && observed <= value2;
    case CompareOp::NotBetween:
        return observed < value || observed > value2;
    }
    return false;
}

QString Threshold::keyName() const
{
    switch (op) {
    case CompareOp::Equal:
        return QStringLiteral("mustBe");
    case CompareOp::NotEqual:
        return QStringLiteral("mustNotBe");
    case CompareOp::Greater:
        return QStringLiteral("mustBeGreaterThan");
    case CompareOp::GreaterOrEqual:
        return QStringLiteral("mustBeGreaterOrEqualTo");
    case CompareOp::Less:
        return QStringLiteral("mustBeLessThan");
    case CompareOp::LessOrEqual:
        return QStringLiteral("mustBeLessOrEqualTo");
    case CompareOp::Between:
        return QStringLiteral("mustBeBetween");
    case CompareOp::NotBetween:
        return QStringLiteral("mustNotBeBetween");
    }
    return {};
}

QString Threshold::describe() const
{
    const QString v = formatNumber(value);
    switch (op) {
    case CompareOp::Equal:
        return QStringLiteral("= ") + v;
    case CompareOp::NotEqual:
        return QStringLiteral("!= ") + v;
    case CompareOp::Greater:
        return QStringLiteral("> ") + v;
    case CompareOp::GreaterOrEqual:
        return QStringLiteral(">= ") + v;
    case CompareOp::Less:
        return QStringLiteral("< ") + v;
    case CompareOp::LessOrEqual:
        return QStringLiteral("<= ") + v;
    case CompareOp::Between:
        return QStringLiteral("between %1 and %2").arg(v, formatNumber(value2));
    case CompareOp::NotBetween:
        return QStringLiteral("not between %1 and %2").arg(v, formatNumber(value2));
    }
    return {};
}

bool Threshold::isOneSided() const
{
    return op == CompareOp::Greater || op == CompareOp::GreaterOrEqual || op == CompareOp::Less
        || op == CompareOp::LessOrEqual;
}

QString logicalTypeName(LogicalType type)
{
    return nameOf(kLogicalTypes, type);
}

std::optional<LogicalType> logicalTypeFromName(const QString& name)
{
    return valueOf<LogicalType>(kLogicalTypes, name);
}

QString ruleStatusName(RuleStatus status)
{
    return nameOf(kStatuses, status);
}

std::optional<RuleStatus> ruleStatusFromName(const QString& name)
{
    return valueOf<RuleStatus>(kStatuses, name);
}

QString ruleSeverityName(RuleSeverity severity)
{
    return severity == RuleSeverity::Error ? QStringLiteral("error") : QStringLiteral("warning");
}

QString ruleKindName(RuleKind kind)
{
    return nameOf(kRuleKinds, kind);
}

std::optional<RuleKind> ruleKindFromName(const QString& name)
{
    return valueOf<RuleKind>(kRuleKinds, name);
}

QString formatNumber(double value)
{
    if (std::isnan(value))
        return QStringLiteral("NaN");
    // Fixed notation for the everyday range (so 1500000 stays "1500000", not "1.5e+06"), shortest round trip.
    const double magnitude = std::fabs(value);
    const bool fixed = magnitude == 0 || (magnitude >= 1e-6 && magnitude < 1e15);
    char buf[64];
    const auto res = fixed ? std::to_chars(buf, buf + sizeof buf, value, std::chars_format::fixed)
                           : std::to_chars(buf, buf + sizeof buf, value);
    return QString::fromLatin1(buf, int(res.ptr - buf));
}

} // namespace valuator
