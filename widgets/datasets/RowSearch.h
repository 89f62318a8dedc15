// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Progress.h"
#include "models/core/Result.h"

#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <vector>

namespace valuator {

class Table;

/// Finds the rows of a Table whose text contains a needle: the Datasets page's plate search.
///
/// Pure and synchronous (no Qt GUI): safe on a worker thread over a `const Table` that the GUI shows at the same
/// time. Text and TextList columns only; other columns are skipped. Matching is a case-insensitive substring test
/// done once per distinct dictionary value, then one pass over the rows' codes, so 1,000,000 rows take tens of
/// milliseconds. Never logs the needle or any value (plates are personal data).
class RowSearch {
    Q_DECLARE_TR_FUNCTIONS(RowSearch)
public:
    /// Table rows (ascending) where any of `columns` contains `needle` (case-insensitive). An empty needle or no
    /// searchable column gives no rows. `progress(rowsDone, rowCount)` is called every 64Ki rows; returning false
    /// stops with ErrorCode::Cancelled.
    static Result<std::vector<int64_t>> find(
        const Table& table, const QString& needle, const std::vector<int>& columns, const ProgressFn& progress = {});

    /// Indices of the Text and TextList columns of `table`.
    static std::vector<int> textColumns(const Table& table);
};

} // namespace valuator
