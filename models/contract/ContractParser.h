// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/contract/DataContract.h"

#include <initializer_list>

namespace YAML {
class Node;
}

namespace valuator {

/// Internal to DataContract::parse: walks a yaml-cpp document into a DataContract. Each error stops the walk
/// with an Error naming origin, line and column (a private exception type carries it up to parse(), which
/// catches it together with yaml-cpp's own exceptions; nothing escapes parse()).
class ContractParser {
    Q_DECLARE_TR_FUNCTIONS(DataContract)
public:
    explicit ContractParser(QString origin);
    Result<DataContract> parse(const QByteArray& yaml);

private:
    struct Failure {
        Error error;
    };
    using Keys = std::initializer_list<const char*>;

    [[noreturn]] void failAt(const YAML::Node& node, const QString& message, ErrorCode code = ErrorCode::Parse) const;
    [[noreturn]] void failAt(SourceLocation at, const QString& message) const;
    void warnAt(const YAML::Node& node, const QString& message);
    QString position(const YAML::Node& node) const;
    static SourceLocation locationOf(const YAML::Node& node);
    static QString describe(const YAML::Node& node);
    void checkKeys(const YAML::Node& map, Keys known);

    // Typed access; `key` names the value in messages.
    void expectMap(const YAML::Node& node, const QString& key) const;
    void expectList(const YAML::Node& node, const QString& key) const;
    QString text(const YAML::Node& node, const QString& key) const;
    QString requiredText(const YAML::Node& map, const char* key, const QString& where) const;
    double number(const YAML::Node& node, const QString& key) const;
    int integer(const YAML::Node& node, const QString& key) const;
    bool boolean(const YAML::Node& node, const QString& key) const;
    double date(const YAML::Node& node, const QString& key) const;
    QStringList textList(const YAML::Node& node, const QString& key) const;
    void checkPattern(const YAML::Node& node, const QString& pattern) const;

    void parseTop(const YAML::Node& root, DataContract& out);
    ContractObject parseObject(const YAML::Node& node);
    ContractProperty parseProperty(const YAML::Node& node);
    void parseTypeOptions(const YAML::Node& node, ContractProperty& property);
    void parseQualityList(const YAML::Node& list, ContractObject& object, ContractProperty* property);
    std::optional<QualityRule> parseQuality(const YAML::Node& node);
    RuleSeverity parseSeverity(const YAML::Node& node);
    void parseArguments(const YAML::Node& rule, QualityRule& out);
    void parseThreshold(const YAML::Node& node, QualityRule& out);
    void parseRuleCustomProperties(const YAML::Node& list, QualityRule& out);
    void parseSla(const YAML::Node& list, const YAML::Node& defaultElement, DataContract& out);
    void validateReferences(const ContractObject& object) const;

    QString m_origin;
    QStringList m_warnings;
};

} // namespace valuator
