// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"
#include "models/table/Table.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <vector>

namespace valuator {

/// How rows are split for validation.
enum class SplitKind {
    Time, ///< train on the older sales, test on the newest `testShare` (by sale_date) — the valuation default
    KFold, ///< k random folds (fixed seed)
    Group, ///< k folds grouped by licence plate: the same car's resales never straddle train and test
};
QString splitKindName(SplitKind kind); ///< "time", "kfold", "group"
std::optional<SplitKind> splitKindFromName(const QString& name);

struct SplitSpec {
    SplitKind kind = SplitKind::Time;
    int folds = 5; ///< KFold/Group: 2..20
    double testShare = 0.2; ///< Time: share of the newest rows held out, (0, 0.5]
    uint64_t seed = 42;
    QJsonObject toJson() const;
    static Result<SplitSpec> fromJson(const QJsonObject& json);
};

/// One train/test partition, as row indices of the table (sorted ascending).
struct Fold {
    std::vector<int64_t> train;
    std::vector<int64_t> test;
};

/// Deterministic fold assignment (same seed -> same folds on any machine: a fixed PRNG, SplitMix64, not
/// std::shuffle's implementation-defined algorithm). Only `usable` rows (those with a target) take part; an empty
/// span means every row of the table.
/// - Time: usable rows with a sale_date sorted by (sale_date, row); the newest round(n * testShare) rows (at least
///   1, at most n - 1) are the test side. Rows without a sale_date are never tested; they train.
/// - KFold: the rows are shuffled (Fisher-Yates on SplitMix64(seed)); the row at shuffled position p is in fold
///   p mod k.
/// - Group: rows grouped by the plate (letters and digits only, case-folded; no plate = a group of its own),
///   groups in order of first appearance, shuffled with SplitMix64(seed), each put into the fold with the fewest
///   rows so far (ties: the lowest fold). Needs the plate column.
class Splitter {
    Q_DECLARE_TR_FUNCTIONS(Splitter)
public:
    static Result<std::vector<Fold>> make(const Table& table, const SplitSpec& spec, std::span<const int64_t> usable);
};

} // namespace valuator
