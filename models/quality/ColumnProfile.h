// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/table/Column.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace valuator {

/// A value and how many rows hold it.
struct ValueCount {
    QString value; ///< display text (numbers as written by QString::number, dates ISO)
    qint64 count = 0;
};

/// Bin counts. Numeric: edges has counts.size() + 1 entries, bins are [edge i, edge i+1), the last one closed.
/// Dates: edges in days since 1970, labels per bin ("2024-03", "2024", or the ISO start day).
struct Histogram {
    QList<double> edges;
    QList<qint64> counts;
    QStringList labels;
    /// Rows below the first edge / above the last: non-zero only when a few extreme values (outliers, sentinels
    /// such as 99,999,999) would squash every other row into one bin, so the bins cover the central 99 % instead.
    qint64 below = 0;
    qint64 above = 0;
    QJsonObject toJson() const;
};

/// The probabilities at which the profile gives quantiles.
inline constexpr double kProfileQuantiles[] = {0.01, 0.05, 0.25, 0.50, 0.75, 0.95, 0.99};

/// Summary of one column. Numbers for Date columns are days since 1970-01-01 (toJson writes ISO dates).
/// Quantiles use linear interpolation between closest ranks (pandas' default, numpy method "linear"):
/// q(p) = x[floor(h)] + (h - floor(h)) * (x[floor(h) + 1] - x[floor(h)]) with h = (n - 1) p on sorted values.
/// std is the sample standard deviation (n - 1), as pandas' describe().
struct ColumnProfile {
    QString name;
    ColumnType type = ColumnType::Text;
    qint64 count = 0; ///< rows
    qint64 missing = 0; ///< nulls + empty or sentinel texts (+ empty lists)
    qint64 sentinels = 0; ///< of missing: non-null texts that mean missing ("n/a", "unknown", ...)
    qint64 distinct = 0; ///< distinct non-missing values (TextList: distinct tokens)
    QList<ValueCount> top; ///< most frequent values (TextList: tokens), most first, ties by value
    // Numeric and date columns (and TextList: tokens per row):
    std::optional<double> min, max, mean, std;
    QList<double> quantiles; ///< at kProfileQuantiles, empty when there are no values
    Histogram histogram;
    // Date columns:
    std::optional<int> freshnessDays; ///< reference date - newest date, in days (negative: newest is later)
    // TextList columns:
    QList<ValueCount> tokens; ///< every token with the rows using it, most first

    qint64 present() const { return count - missing; }
    QJsonObject toJson() const;
};

} // namespace valuator
