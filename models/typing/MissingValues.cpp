// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/typing/MissingValues.h"

#include "models/typing/Utf8Text.h"

namespace valuator {

MissingValues::MissingValues()
    : MissingValues(defaultTokens())
{
}

MissingValues::MissingValues(const QStringList& tokens)
{
    for (const QString& token : tokens) {
        const QByteArray utf8 = token.trimmed().toUtf8();
        if (utf8.isEmpty()) {
            continue;
        }
        m_tokens.append(token.trimmed());
        std::string lower(utf8.constData(), size_t(utf8.size()));
        for (char& c : lower) {
            c = Utf8Text::lower(c);
        }
        m_maxLength = std::max(m_maxLength, lower.size());
        m_lowerTokens.push_back(std::move(lower));
    }
}

QStringList MissingValues::defaultTokens()
{
    return {QStringLiteral("NA"), QStringLiteral("N/A"), QStringLiteral("n.a."), QStringLiteral("null"),
        QStringLiteral("none"), QStringLiteral("-"), QStringLiteral("--"), QStringLiteral("?"), QStringLiteral("nan"),
        QStringLiteral("#N/A"), QStringLiteral("#NV")};
}

bool MissingValues::isMissing(std::string_view field) const
{
    return isMissingTrimmed(Utf8Text::trimmed(field));
}

bool MissingValues::isMissingTrimmed(std::string_view trimmed) const
{
    if (trimmed.empty()) {
        return true;
    }
    if (trimmed.size() > m_maxLength) {
        return false;
    }
    for (const std::string& token : m_lowerTokens) {
        if (Utf8Text::equalsIgnoreCase(trimmed, token)) {
            return true;
        }
    }
    return false;
}

QStringList MissingValues::tokens() const
{
    return m_tokens;
}

} // namespace valuator
