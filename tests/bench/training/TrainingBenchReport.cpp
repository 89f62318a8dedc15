// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/bench/training/TrainingBenchReport.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace valuator {

namespace {

double num(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toDouble();
}

double step(const QJsonObject& o, const char* key)
{
    return o.value(QStringLiteral("steps")).toObject().value(QLatin1String(key)).toDouble();
}

double med(const QList<double>& values)
{
    return TrainingBenchReport::median(values);
}

double trainRatio(const TrainingBenchResult& r)
{
    const double python = med(r.pythonTotals);
    return python > 0 ? med(r.oursTotals) / python : 0;
}

double batchRatio(const TrainingBenchResult& r)
{
    const double python = num(r.xgboost, "batch_predict_median");
    return python > 0 ? TrainingBenchReport::median(r.batchTotal) / python : 0;
}

/// |ours - python| / python of the validation MAE.
double maeGap(const TrainingBenchResult& r)
{
    const double python = num(r.xgboost, "mae");
    return python > 0 ? std::abs(r.oursMae - python) / python : 1;
}

QString verdict(bool met)
{
    return met ? QStringLiteral("met") : QStringLiteral("MISSED");
}

QString line(const QString& name, double s, const QString& note = {})
{
    return QStringLiteral("  %1 %2  %3\n").arg(name, -58).arg(s, 9, 'f', 3).arg(note);
}

void printTraining(const TrainingBenchResult& r, QTextStream& out)
{
    const QJsonObject& x = r.xgboost;
    out << QStringLiteral("\ntraining, end to end (rows: %1 in the table, train %2, test %3; %4 features, %5 threads)"
                          "                   seconds\n")
               .arg(r.tableRows)
               .arg(r.trainRows)
               .arg(r.testRows)
               .arg(r.features)
               .arg(r.threads);
    out << line(QStringLiteral("ours total, median of %1").arg(r.oursTotals.size()), med(r.oursTotals),
        QStringLiteral("min %1 s, cpu %2 s, load at start %3")
            .arg(*std::min_element(r.oursTotals.begin(), r.oursTotals.end()), 0, 'f', 2)
            .arg(med(r.oursCpu), 0, 'f', 1)
            .arg(r.loadOurs));
    out << line(QStringLiteral("  CSV read + importCsvToTable (%1 MB)").arg(double(r.csvBytes) / 1e6, 0, 'f', 0),
        med(r.oursLoad));
    out << line(QStringLiteral("  Trainer::run"), med(r.oursTrainer));
    out << line(QStringLiteral("    of which FeatureSpec::build (timed again separately)"), r.specBuild);
    out << line(QStringLiteral("    of which transform of the training rows (again)"), r.transformTrain);
    out << line(QStringLiteral("python3-xgboost %1 total, median of %2")
                    .arg(x.value(QStringLiteral("xgboost_version")).toString())
                    .arg(r.pythonTotals.size()),
        med(r.pythonTotals),
        QStringLiteral("min %1 s; last process %2 s wall, %3 s cpu, peak %4 MiB; load at start %5")
            .arg(*std::min_element(r.pythonTotals.begin(), r.pythonTotals.end()), 0, 'f', 2)
            .arg(r.xgboostChild.wallSeconds, 0, 'f', 1)
            .arg(r.xgboostChild.cpuSeconds(), 0, 'f', 1)
            .arg(double(r.xgboostChild.peakRssKiB) / 1024.0, 0, 'f', 0)
            .arg(r.loadPython));
    out << QStringLiteral("  steps of the last python run:\n");
    out << line(QStringLiteral("  load the ready design matrix + select train/test rows"), step(x, "load"));
    out << line(QStringLiteral("  DMatrix of the training rows"), step(x, "dmatrix"));
    out << line(QStringLiteral("  xgb.train (%1 rounds, train RMSE per round)").arg(num(x, "trees")), step(x, "train"));
    out << line(QStringLiteral("  DMatrix + predict of the test rows, MAE"), step(x, "predict_test"));
    QStringList pairs;
    for (qsizetype i = 0; i < std::min(r.oursTotals.size(), r.pythonTotals.size()); ++i)
        pairs << QString::number(r.pythonTotals[i] > 0 ? r.oursTotals[i] / r.pythonTotals[i] : 0, 'f', 2);
    out << QStringLiteral("ratio ours/python (of the medians) %1 (run by run: %4), target <= %2: %3\n")
               .arg(trainRatio(r), 0, 'f', 3)
               .arg(TrainingBenchReport::kRatioTarget, 0, 'f', 1)
               .arg(verdict(trainRatio(r) <= TrainingBenchReport::kRatioTarget), pairs.join(QStringLiteral(", ")));
    out << QStringLiteral("validation MAE ours %1 (%2 rows, %3 trees), python %4 (%5 rows): gap %6 %, target <= %7 %: "
                          "%8\n")
               .arg(r.oursMae, 0, 'f', 2)
               .arg(r.oursMaeRows)
               .arg(r.trees)
               .arg(num(x, "mae"), 0, 'f', 2)
               .arg(x.value(QStringLiteral("mae_rows")).toInteger())
               .arg(maeGap(r) * 100, 0, 'f', 3)
               .arg(TrainingBenchReport::kMaeTolerance * 100, 0, 'f', 0)
               .arg(verdict(maeGap(r) <= TrainingBenchReport::kMaeTolerance));
}

void printBatch(const TrainingBenchResult& r, QTextStream& out)
{
    const QJsonObject& x = r.xgboost;
    out << QStringLiteral("\nbatch prediction of %1 rows (the same trees both sides: python's model loaded into our "
                          "XgbModel), median of %2, seconds\n")
               .arg(x.value(QStringLiteral("batch_rows")).toInteger())
               .arg(r.batchTotal.size());
    out << line(QStringLiteral("ours FeatureSpec::transform + TrainedModel::predict"),
        TrainingBenchReport::median(r.batchTotal), QStringLiteral("load at start %1").arg(r.loadBatch));
    out << line(QStringLiteral("  load the saved model (UBJSON)"), TrainingBenchReport::median(r.batchModel));
    out << line(QStringLiteral("  transform (Table -> FeatureMatrix)"), TrainingBenchReport::median(r.batchTransform));
    out << line(QStringLiteral("  predict (XgbModel: forest compiled, checked and run)"),
        TrainingBenchReport::median(r.batchPredict));
    out << line(
        QStringLiteral("python3-xgboost DMatrix + Booster.predict (ready matrix)"), num(x, "batch_predict_median"));
    out << line(
        QStringLiteral("python3-xgboost Booster.inplace_predict (information)"), num(x, "batch_inplace_median"));
    out << QStringLiteral("ratio ours/python %1, target <= %2: %3 | predictions max |diff| %4 (log price), ours MAE "
                          "on the test rows with python's trees %5\n")
               .arg(batchRatio(r), 0, 'f', 3)
               .arg(TrainingBenchReport::kRatioTarget, 0, 'f', 1)
               .arg(verdict(batchRatio(r) <= TrainingBenchReport::kRatioTarget))
               .arg(r.predictionMaxDiff, 0, 'g', 3)
               .arg(r.oursMaeSameModel, 0, 'f', 2);
}

void printSklearn(const TrainingBenchResult& r, QTextStream& out)
{
    const QJsonObject& s = r.sklearn;
    if (s.isEmpty()) {
        out << "\nsklearn: skipped\n";
        return;
    }
    const QJsonArray wide = s.value(QStringLiteral("categorical_as_numeric")).toArray();
    QStringList wideNames;
    for (const QJsonValue& v : wide)
        wideNames << v.toString();
    out << QStringLiteral(
        "\nside by side (same split and target)                  seconds total   load   train  predict"
        "        MAE\n");
    const auto row = [&](const QString& name, double total, double load, double train, double predict, double mae) {
        out << QStringLiteral("  %1 %2 %3 %4 %5 %6\n")
                   .arg(name, -50)
                   .arg(total, 8, 'f', 2)
                   .arg(load, 6, 'f', 2)
                   .arg(train, 7, 'f', 2)
                   .arg(predict, 8, 'f', 2)
                   .arg(mae, 10, 'f', 2);
    };
    row(QStringLiteral("ours xgboost (load = CSV import), medians"), med(r.oursTotals), med(r.oursLoad),
        med(r.oursTrainer), 0, r.oursMae);
    const QJsonObject& x = r.xgboost;
    row(QStringLiteral("python3-xgboost (train = DMatrix + train), last"), num(x, "total"), step(x, "load"),
        step(x, "dmatrix") + step(x, "train"), step(x, "predict_test"), num(x, "mae"));
    row(QStringLiteral("sklearn %1 HistGradientBoosting").arg(s.value(QStringLiteral("sklearn_version")).toString()),
        num(s, "total"), step(s, "load"), step(s, "train"), step(s, "predict_test"), num(s, "mae"));
    out << QStringLiteral(
        "  (ours: Trainer::run includes its test prediction; sklearn OMP_NUM_THREADS=%1, "
        "default max_leaf_nodes=31; categoricals sklearn kept numeric (> 255 categories): %2; load at "
        "start %3)\n")
               .arg(s.value(QStringLiteral("omp_num_threads")).toString(),
                   wideNames.isEmpty() ? QStringLiteral("none") : wideNames.join(QStringLiteral(", ")), r.loadSklearn);
}

} // namespace

double TrainingBenchReport::median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

Status TrainingBenchReport::verify(const TrainingBenchResult& r)
{
    const auto mismatch = [](const QString& what, qint64 ours, qint64 python) {
        return fail(ErrorCode::Integrity,
            QStringLiteral("python saw other data: %1 ours=%2 python=%3").arg(what).arg(ours).arg(python));
    };
    for (const QJsonObject* side : {&r.xgboost, &r.sklearn}) {
        if (side->isEmpty())
            continue;
        if (const qint64 n = side->value(QStringLiteral("train_rows")).toInteger(); n != r.trainRows)
            return mismatch(QStringLiteral("training rows"), r.trainRows, n);
        if (const qint64 n = side->value(QStringLiteral("test_rows")).toInteger(); n != r.testRows)
            return mismatch(QStringLiteral("test rows"), r.testRows, n);
    }
    if (const qint64 n = r.xgboost.value(QStringLiteral("batch_rows")).toInteger(); n != r.tableRows)
        return mismatch(QStringLiteral("batch rows"), r.tableRows, n);
    if (!(r.predictionMaxDiff <= kPredictionTolerance))
        return fail(ErrorCode::Integrity,
            QStringLiteral("the two sides predict the same model differently: max |diff| %1").arg(r.predictionMaxDiff));
    return {};
}

void TrainingBenchReport::print(const TrainingBenchResult& r, QTextStream& out)
{
    printTraining(r, out);
    printBatch(r, out);
    printSklearn(r, out);
    out << "load average before " << r.loadBefore << ", after " << r.loadAfter << Qt::endl << Qt::endl;
    out << summaryLine(r) << Qt::endl;
}

QString TrainingBenchReport::summaryLine(const TrainingBenchResult& r)
{
    const QJsonObject& x = r.xgboost;
    const QString sklearn = r.sklearn.isEmpty()
        ? QStringLiteral("skipped")
        : QStringLiteral("%1s MAE %2").arg(num(r.sklearn, "total"), 0, 'f', 1).arg(num(r.sklearn, "mae"), 0, 'f', 1);
    return QStringLiteral("BENCH training rows=%1 threads=%2 | train end-to-end ours %3s python3-xgboost %4s ratio=%5 "
                          "(target <=%6 %7) | MAE ours %8 python %9 gap %10% (target <=1% %11) | batch predict ours "
                          "%12s python %13s ratio=%14 (target <=%6 %15) | sklearn HGB %16 | load %17 -> %18")
        .arg(r.rows)
        .arg(r.threads)
        .arg(med(r.oursTotals), 0, 'f', 1)
        .arg(med(r.pythonTotals), 0, 'f', 1)
        .arg(trainRatio(r), 0, 'f', 2)
        .arg(kRatioTarget, 0, 'f', 1)
        .arg(verdict(trainRatio(r) <= kRatioTarget))
        .arg(r.oursMae, 0, 'f', 1)
        .arg(num(x, "mae"), 0, 'f', 1)
        .arg(maeGap(r) * 100, 0, 'f', 2)
        .arg(verdict(maeGap(r) <= kMaeTolerance))
        .arg(median(r.batchTotal), 0, 'f', 2)
        .arg(num(x, "batch_predict_median"), 0, 'f', 2)
        .arg(batchRatio(r), 0, 'f', 2)
        .arg(verdict(batchRatio(r) <= kRatioTarget))
        .arg(sklearn)
        .arg(r.loadBefore, r.loadAfter);
}

} // namespace valuator
