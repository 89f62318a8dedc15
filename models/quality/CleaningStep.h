// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"
#include "models/quality/ImpossibleRules.h"
#include "models/quality/PriceOutlierModel.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace valuator {

/// What a cleaning step does.
enum class CleaningStepKind {
    TrimWhitespace, ///< trim text and collapse inner whitespace runs (list tokens too)
    MergeSpelling, ///< rewrite spelling variants of one column to canonical names, by an explicit map
    RemoveDuplicates, ///< drop rows equal to an earlier row (first copy kept)
    DropImpossible, ///< drop rows breaking ImpossibleRules
    Outliers, ///< flag (add an Int64 0/1 column) or drop price outliers judged by a fitted PriceOutlierModel
};

/// What Outliers does with the rows it finds.
enum class OutlierAction { Flag, Drop };

/// One entry of a spelling map: in `scope` (the brand, for models; empty for brands) `from` becomes `to`.
struct SpellingMapEntry {
    QString scope;
    QString from;
    QString to;
    bool operator==(const SpellingMapEntry&) const = default;
};

/// One step of a CleaningPlan with all its parameters (only those of its kind are used and serialised). Steps
/// carry what they learnt from the batch they were proposed on (the spelling map, the fitted outlier groups), so
/// applying a saved plan to a later batch gives that batch batch 1's treatment. JSON:
/// {"kind": "trim_whitespace" | "merge_spelling" | "remove_duplicates" | "drop_impossible" | "outliers", ...}
class CleaningStep {
    Q_DECLARE_TR_FUNCTIONS(CleaningStep)
public:
    CleaningStepKind kind = CleaningStepKind::TrimWhitespace;
    /// TrimWhitespace: text columns to trim (empty = every Text/TextList column but source_line).
    /// RemoveDuplicates: columns compared (empty = every column but source_line).
    QStringList columns;
    /// MergeSpelling: the column rewritten ("brand", "model") and the column giving each entry's scope ("brand"
    /// for models, empty for brands).
    QString column;
    QString scopeColumn;
    QList<SpellingMapEntry> map;
    /// MergeSpelling: also rewrite spellings not in the map whose key (NameKeys: case, accents, spacing, aliases
    /// for brands, trim suffixes for models) equals the key of a mapped spelling or canonical name. Deterministic:
    /// keys are a fixed function of the text.
    bool matchKeys = true;
    ImpossibleRules rules; ///< DropImpossible
    OutlierAction action = OutlierAction::Flag; ///< Outliers
    QString flagColumn = QStringLiteral("outlier"); ///< Outliers with Flag: Int64 column, 1 = outlier, 0 = not
    /// Outliers: the fitted groups. Not fitted (a hand-written plan): fitted on the step's input table.
    PriceOutlierModel outlierModel;

    static CleaningStep trimWhitespace(const QStringList& columns = {});
    static CleaningStep mergeSpelling(
        const QString& column, const QString& scopeColumn, const QList<SpellingMapEntry>& map);
    static CleaningStep removeDuplicates(const QStringList& columns = {});
    static CleaningStep dropImpossible(const ImpossibleRules& rules);
    static CleaningStep outliers(OutlierAction action, const PriceOutlierModel& model);

    static QString kindName(CleaningStepKind kind);
    /// Translated one-line summary ("Merge 23 spellings of brand").
    QString summary() const;
    QJsonObject toJson() const;
    static Result<CleaningStep> fromJson(const QJsonObject& json);
    bool operator==(const CleaningStep&) const = default;
};

} // namespace valuator
