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

/// Deterministic fold assignment (same seed -> same folds on any machine: a fixed PRNG, not std::shuffle's
/// implementation-defined algorithm). Only `usable` rows (those with a target) take part.
class Splitter {
    Q_DECLARE_TR_FUNCTIONS(Splitter)
public:
    static Result<std::vector<Fold>> make(const Table& table, const SplitSpec& spec, std::span<const int64_t> usable);
};

} // namespace valuator
