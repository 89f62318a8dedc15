// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"
#include "models/drift/DriftReport.h"
#include "models/importing/ImportTypes.h"
#include "models/quality/QualityReport.h"
#include "models/table/Table.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QTextStream>

#include <algorithm>
#include <vector>

#include "tests/bench/import/ChildProcess.h"

namespace valuator {

/// Repeated timings of one contender, seconds.
struct Series {
    QList<double> wall;
    QList<double> cpu; ///< process CPU time (all threads); 0 when unknown

    void add(double wallSeconds, double cpuSeconds)
    {
        wall.append(wallSeconds);
        cpu.append(cpuSeconds);
    }
    double median() const { return medianOf(wall); }
    double minimum() const { return wall.isEmpty() ? 0 : *std::min_element(wall.begin(), wall.end()); }
    double medianCpu() const { return medianOf(cpu); }
    /// The middle value (the upper middle for an even count), 0 when empty.
    static double medianOf(QList<double> values);
};

/// A CSV imported into memory once, and what that cost.
struct LoadedTable {
    QString path;
    qint64 bytes = 0;
    Table table;
    ImportStats stats;
    std::vector<qint64> rejectedLines; ///< 1-based physical lines of the records the import rejected, sorted
    QHash<QString, QString> sources; ///< table column -> the CSV header it came from ("colour" -> "color")
    double seconds = 0; ///< file read + importCsvToTable, wall
};

/// Everything bench_quality measured.
struct BenchResult {
    qint64 rows = 0; ///< data rows of each generated file (before the import's rejects)
    LoadedTable reference; ///< the profiled file, also the drift's reference
    LoadedTable current; ///< the drift's current version
    Series ours; ///< QualityChecker::run with the configured threads
    Series oursOneThread;
    Series pandasRuns; ///< pandas' own per-run totals (wall only)
    Series drift;
    QualityReport report; ///< the last QualityChecker::run
    DriftReport driftReport; ///< the last compare
    QJsonObject pandas; ///< pandas_quality.py's answer
    ChildRun pandasChild; ///< the whole pandas process (load + runs)
    double residentMiB = 0; ///< this process with both tables loaded
    QString loadBefore, loadOurs, loadPandas, loadDrift, loadAfter; ///< load averages at each phase
};

/// Checks and prints bench_quality's result: the cross-check of both sides' counts, the readable tables and the
/// one summary line (last line of the output).
class QualityBenchReport {
public:
    /// Target of the profile: ours (configured threads) / pandas <= this.
    static constexpr double kRatioTarget = 0.5;
    /// Target of the drift of two versions, seconds.
    static constexpr double kDriftTarget = 1.0;

    /// Fails when pandas saw other data than ours: different row counts, exact duplicate rows or (plate,
    /// sale_date) duplicates among the rows that have both.
    static Status verify(const BenchResult& r);
    static void print(const BenchResult& r, int threads, QTextStream& out);
    static QString summaryLine(const BenchResult& r, int threads);
};

} // namespace valuator
