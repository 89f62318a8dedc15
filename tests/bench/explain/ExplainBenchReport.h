// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTextStream>

#include "tests/bench/import/ChildProcess.h"

namespace valuator {

/// Everything bench_explain measured (seconds are wall time, CLOCK_MONOTONIC / time.perf_counter).
struct ExplainBenchResult {
    qint64 csvRows = 0; ///< data rows of the generated CSV (before the import's rejects)
    qint64 tableRows = 0; ///< rows of our Table after the import
    qint64 trainRows = 0; ///< rows the model was fitted on (the older rows with a usable price)
    qint64 explainRows = 0; ///< rows explained (the newest rows of the table)
    int features = 0;
    int threads = 2;
    int trees = 0;
    double loadSeconds = 0; ///< file read + importCsvToTable (untimed for the target)
    double trainSeconds = 0; ///< FeatureSpec + transform + XgbLearner::fit (untimed for the target)

    QList<double> oursWall; ///< TrainedModel::contributions per run
    QList<double> oursCpu; ///< process CPU seconds of the same runs (all threads)
    QList<double> pythonWall; ///< booster.predict(pred_contribs=True) per run (one child each)
    QList<double> pythonCpu; ///< the python process's CPU seconds of the same passes (all threads)
    double oursAdditivity = 0; ///< max over rows of |bias + sum(contributions) - predict()|, target scale
    double pythonAdditivity = 0; ///< the same on python's side (its own predict)
    double maxAbsDiff = 0; ///< ours vs python's contributions (bias included), largest absolute difference
    double maxAbsValue = 0; ///< largest |contribution| (bias included) on our side: the scale of the tolerance
    qint64 comparedValues = 0;

    QJsonObject python; ///< xgb_shap.py's JSON
    ChildRun pythonChild; ///< the last python child
    QString ompWaitPolicy; ///< OMP_WAIT_POLICY of both processes
    QString loadBefore, loadOurs, loadPython, loadAfter; ///< load averages: start, SHAP runs start/end, end
};

/// Checks and prints bench_explain's result: the cross-checks, the readable table and one summary line (the
/// last line of the output).
class ExplainBenchReport {
public:
    /// Target: ours / python3-xgboost <= this (median wall time of the SHAP pass over the explained rows).
    static constexpr double kRatioTarget = 1.0;
    /// Agreement: max |ours - python| <= this x max(1, largest |contribution|). The same library computes the
    /// same trees on both sides; only float32 summation order could differ.
    static constexpr double kRelativeTolerance = 1e-4;
    /// Additivity: |bias + sum - prediction| per row, target scale (float32 sums of 300 trees).
    static constexpr double kAdditivityTolerance = 1e-3;

    /// Fails when a side's numbers are unusable or the sides disagree (another shape, other contributions, a
    /// broken additivity).
    static Status verify(const ExplainBenchResult& r);
    static void print(const ExplainBenchResult& r, QTextStream& out);
    static QString summaryLine(const ExplainBenchResult& r);
    /// The middle value (the upper middle for an even count), 0 when empty.
    static double median(QList<double> values);
};

} // namespace valuator
