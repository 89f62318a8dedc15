// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <string>
#include <string_view>
#include <vector>

namespace valuator {

/// The tokens that mean "no value" in a file. Compared after trimming (see Utf8Text::trimmed), ASCII
/// case-insensitively. An empty field is always missing. Defaults: NA, N/A, n.a., null, none, -, --, ?, nan and
/// Excel's error values #N/A and #NV (German Excel). Cheap on the hot path: a length check rejects most fields
/// before any comparison. A value type: copy it freely; const use is thread-safe.
class MissingValues {
public:
    MissingValues();
    /// Uses exactly `tokens` (plus the empty field); tokens are trimmed, empty ones ignored.
    explicit MissingValues(const QStringList& tokens);

    static QStringList defaultTokens();

    /// True when `field` is empty or one of the tokens after trimming.
    bool isMissing(std::string_view field) const;
    /// Same, for a field the caller has already trimmed (saves the second trim on the hot path).
    bool isMissingTrimmed(std::string_view trimmed) const;

    QStringList tokens() const;

private:
    QStringList m_tokens;
    std::vector<std::string> m_lowerTokens;
    size_t m_maxLength = 0;
};

} // namespace valuator
