// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTextStream>

#include "tests/bench/import/ChildProcess.h"

namespace valuator {

/// Everything bench_training measured (seconds are wall time, CLOCK_MONOTONIC / time.perf_counter).
struct TrainingBenchResult {
    qint64 rows = 0; ///< data rows of the generated CSV (before the import's rejects)
    int threads = 2;
    qint64 tableRows = 0; ///< rows of our Table after the import
    qint64 csvBytes = 0;

    // Ours, end to end: CSV file -> Table -> Trainer::run (time split, one fold, no final model); one entry
    // per training run (ours and python alternate).
    QList<double> oursLoad; ///< file read + importCsvToTable
    QList<double> oursTrainer; ///< Trainer::run: spec, transform, DMatrix, 300 rounds, test prediction, metrics
    QList<double> oursTotals; ///< the sum of both
    QList<double> oursCpu; ///< process CPU seconds of both (all threads)
    QList<double> pythonTotals; ///< xgb_training.py's end-to-end total per run
    double oursMae = 0;
    qint64 oursMaeRows = 0;
    qint64 trainRows = 0;
    qint64 testRows = 0;
    int features = 0;
    int trees = 0; ///< trees our model used (its summary)
    // The same fold's pieces timed again, outside Trainer::run (informative: where our time goes).
    double specBuild = 0; ///< FeatureSpec::build on the training rows
    double transformTrain = 0; ///< FeatureSpec::transform of the training rows

    // Batch prediction of every table row (ours: transform + TrainedModel::predict; one series per part).
    QList<double> batchModel; ///< loading the model bytes (ours: XgbBooster::load + XgbModel::fromBooster)
    QList<double> batchTransform;
    QList<double> batchPredict;
    QList<double> batchTotal;
    double predictionMaxDiff = 0; ///< ours vs python's predictions of the same model, target scale
    double oursMaeSameModel = 0; ///< our prediction of python's model on the test rows, for the cross-check

    QJsonObject xgboost; ///< xgb_training.py --part xgboost (the last run: it also timed the batch prediction)
    QJsonObject sklearn; ///< xgb_training.py --part sklearn (empty when skipped)
    ChildRun xgboostChild; ///< the last python3-xgboost process
    ChildRun sklearnChild;
    QString loadBefore, loadOurs, loadPython, loadBatch, loadSklearn, loadAfter; ///< load averages per phase
};

/// Checks and prints bench_training's result: the cross-checks, the readable table and one summary line (the
/// last line of the output).
class TrainingBenchReport {
public:
    /// Targets: ours / python3-xgboost <= this, end to end and for the batch prediction.
    static constexpr double kRatioTarget = 1.0;
    /// Target: the two validation MAEs differ by at most this share of python's.
    static constexpr double kMaeTolerance = 0.01;
    /// Largest difference of the two sides' predictions of the same model (log price) that still counts as the
    /// same data: float32 sums of 300 trees in another order.
    static constexpr double kPredictionTolerance = 1e-4;

    /// Fails when python saw other data than ours: other train/test row counts, another batch row count, or
    /// other predictions of the same model on the same rows.
    static Status verify(const TrainingBenchResult& r);
    static void print(const TrainingBenchResult& r, QTextStream& out);
    static QString summaryLine(const TrainingBenchResult& r);
    /// The middle value (the upper middle for an even count), 0 when empty.
    static double median(QList<double> values);
};

} // namespace valuator
