// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"
#include "models/quality/CleaningStep.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace valuator {

struct QualityReport;

/// An ordered list of cleaning steps with their parameters: what "Apply fixes" and `valuator-cli clean` run, and
/// what a cleaned dataset version stores as its lineage. JSON: {"format": "valuator.cleaning-plan", "version": 1,
/// "steps": [CleaningStep...]}.
class CleaningPlan {
    Q_DECLARE_TR_FUNCTIONS(CleaningPlan)
public:
    static constexpr int kVersion = 1;
    QList<CleaningStep> steps;

    /// Proposes steps for what `report` found, in the order they should run: remove exact duplicates (so the
    /// count removed equals the report's), trim whitespace, merge brand spellings, merge model spellings (scoped
    /// by the then canonical brand), drop impossible rows (the report's rules; the upper sale-date bound only when
    /// the report found sales after the reference date), flag price outliers (the report's fitted model; flag, not
    /// drop, because real but unusual cars also score high). Steps whose finding is zero are left out.
    static CleaningPlan propose(const QualityReport& report);

    /// The plan with only the steps of the named kinds ("aliases" = merge_spelling, "duplicates", "impossible",
    /// "outliers", "whitespace"; CleaningStep::kindName values work too), for `clean --apply a,b`.
    Result<CleaningPlan> only(const QStringList& kinds) const;

    QJsonObject toJson() const;
    static Result<CleaningPlan> fromJson(const QJsonObject& json);
    bool operator==(const CleaningPlan&) const = default;
};

} // namespace valuator
