// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/quality/DatasetProfile.h"
#include "models/quality/PriceOutlierModel.h"
#include "models/quality/QualityCheck.h"
#include "models/quality/QualityOptions.h"
#include "models/quality/SpellingClusters.h"

#include <QJsonObject>
#include <QList>

namespace valuator {

/// Duplicate figures at a glance.
struct DuplicateSummary {
    qint64 exactRows = 0; ///< later copies of earlier rows (all data columns equal)
    qint64 exactGroups = 0; ///< distinct rows that have at least one later copy
    qint64 plateSaleDate = 0; ///< later rows repeating an earlier (plate, sale_date)
    QJsonObject toJson() const;
};

/// Everything QualityChecker found in one table: the profile, the checks in a fixed order, and what the
/// cleaning proposal needs (the spelling clusters, the fitted price outlier model, the options used).
struct QualityReport {
    DatasetProfile profile;
    QList<QualityCheck> checks;
    DuplicateSummary duplicates;
    SpellingClusters brandSpelling;
    SpellingClusters modelSpelling;
    PriceOutlierModel priceOutliers;
    QualityOptions options;

    const QualityCheck* check(const QString& id) const;
    /// Fail when any check fails, else warn when any warns (info-level findings included), else pass.
    CheckStatus status() const;
    /// {"rows", "columns" (profile), "status", "reference_date"?, "checks": [...], "duplicates": {...},
    ///  "summary": {"pass", "warn", "fail"}}
    QJsonObject toJson() const;
};

} // namespace valuator
