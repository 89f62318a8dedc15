// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/bench/explain/ExplainBenchReport.h"

#include <algorithm>
#include <cmath>

namespace valuator {

namespace {

double ratio(const ExplainBenchResult& r)
{
    const double python = ExplainBenchReport::median(r.pythonWall);
    return python > 0 ? ExplainBenchReport::median(r.oursWall) / python : 0;
}

double minimum(const QList<double>& values)
{
    return values.isEmpty() ? 0 : *std::min_element(values.begin(), values.end());
}

QString series(const QList<double>& values)
{
    QStringList parts;
    for (double v : values)
        parts << QString::number(v, 'f', 3);
    return parts.join(QLatin1Char(' '));
}

double tolerance(const ExplainBenchResult& r)
{
    return ExplainBenchReport::kRelativeTolerance * std::max(1.0, r.maxAbsValue);
}

} // namespace

double ExplainBenchReport::median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

Status ExplainBenchReport::verify(const ExplainBenchResult& r)
{
    const qint64 pyRows = r.python.value(QStringLiteral("rows")).toInteger();
    const int pyColumns = r.python.value(QStringLiteral("columns")).toInt();
    if (r.oursWall.isEmpty() || r.pythonWall.size() != r.oursWall.size())
        return fail(ErrorCode::Integrity,
            QStringLiteral("python timed %1 runs, ours %2").arg(r.pythonWall.size()).arg(r.oursWall.size()));
    if (pyRows != r.explainRows || pyColumns != r.features)
        return fail(ErrorCode::Integrity,
            QStringLiteral("python explained %1 x %2, ours %3 x %4")
                .arg(pyRows)
                .arg(pyColumns)
                .arg(r.explainRows)
                .arg(r.features));
    if (r.comparedValues != r.explainRows * (r.features + 1))
        return fail(ErrorCode::Integrity, QStringLiteral("compared %1 contributions").arg(r.comparedValues));
    if (!(r.maxAbsDiff <= tolerance(r)))
        return fail(ErrorCode::Integrity,
            QStringLiteral("the contributions disagree: max |ours - python| %1 > %2")
                .arg(r.maxAbsDiff, 0, 'g', 3)
                .arg(tolerance(r), 0, 'g', 3));
    if (!(r.oursAdditivity <= kAdditivityTolerance) || !(r.pythonAdditivity <= kAdditivityTolerance))
        return fail(ErrorCode::Integrity,
            QStringLiteral("bias + sum != prediction: ours %1, python %2 (tolerance %3)")
                .arg(r.oursAdditivity, 0, 'g', 3)
                .arg(r.pythonAdditivity, 0, 'g', 3)
                .arg(kAdditivityTolerance));
    return {};
}

void ExplainBenchReport::print(const ExplainBenchResult& r, QTextStream& out)
{
    const QJsonObject& p = r.python;
    out << QStringLiteral("\nTreeSHAP of %1 rows x %2 features, %3 trees, %4 threads (OMP_WAIT_POLICY=%5)\n")
               .arg(r.explainRows)
               .arg(r.features)
               .arg(r.trees)
               .arg(r.threads)
               .arg(r.ompWaitPolicy);
    out << QStringLiteral("  model: fitted on %1 of %2 table rows (CSV %3 rows) in %4 s; import %5 s (untimed)\n")
               .arg(r.trainRows)
               .arg(r.tableRows)
               .arg(r.csvRows)
               .arg(r.trainSeconds, 0, 'f', 1)
               .arg(r.loadSeconds, 0, 'f', 1);
    out << QStringLiteral("  ours   TrainedModel::contributions   median %1 s  min %2 s  cpu %3 s  [%4]\n")
               .arg(median(r.oursWall), 0, 'f', 3)
               .arg(minimum(r.oursWall), 0, 'f', 3)
               .arg(median(r.oursCpu), 0, 'f', 2)
               .arg(series(r.oursWall));
    out << QStringLiteral("  python3-xgboost %1 pred_contribs median %2 s  min %3 s  cpu %4 s  [%5]\n")
               .arg(p.value(QStringLiteral("xgboost_version")).toString())
               .arg(median(r.pythonWall), 0, 'f', 3)
               .arg(minimum(r.pythonWall), 0, 'f', 3)
               .arg(median(r.pythonCpu), 0, 'f', 2)
               .arg(series(r.pythonWall));
    out << QStringLiteral("    (python's DMatrix, untimed for the ratio: %1 s; child peak RSS %2 MiB, "
                          "OMP_NUM_THREADS=%3)\n")
               .arg(p.value(QStringLiteral("dmatrix")).toDouble(), 0, 'f', 4)
               .arg(double(r.pythonChild.peakRssKiB) / 1024.0, 0, 'f', 0)
               .arg(p.value(QStringLiteral("omp_num_threads")).toString());
    out << QStringLiteral("  agreement: max |ours - python| %1 over %2 values (tolerance %3); "
                          "max |bias + sum - prediction| ours %4, python %5\n")
               .arg(r.maxAbsDiff, 0, 'g', 3)
               .arg(r.comparedValues)
               .arg(tolerance(r), 0, 'g', 3)
               .arg(r.oursAdditivity, 0, 'g', 3)
               .arg(r.pythonAdditivity, 0, 'g', 3);
    out << QStringLiteral("  load average: before %1, SHAP runs start %2, end %3, after %4\n")
               .arg(r.loadBefore, r.loadOurs, r.loadPython, r.loadAfter);
    out << summaryLine(r) << Qt::endl;
}

QString ExplainBenchReport::summaryLine(const ExplainBenchResult& r)
{
    const double q = ratio(r);
    return QStringLiteral("bench_explain: SHAP %1 rows: ours %2 s, python3-xgboost %3 s, ratio %4 (target <= %5) %6")
        .arg(r.explainRows)
        .arg(median(r.oursWall), 0, 'f', 3)
        .arg(median(r.pythonWall), 0, 'f', 3)
        .arg(q, 0, 'f', 3)
        .arg(kRatioTarget, 0, 'f', 1)
        .arg(q > 0 && q <= kRatioTarget ? QStringLiteral("met") : QStringLiteral("MISSED"));
}

} // namespace valuator
