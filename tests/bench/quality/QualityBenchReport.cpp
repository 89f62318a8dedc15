// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/bench/quality/QualityBenchReport.h"

#include <QFileInfo>
#include <QJsonArray>

namespace valuator {

namespace {

/// pandas_quality.py's steps in the order it runs them, with what they are.
const QList<QPair<QString, QString>> kPandasSteps {{QStringLiteral("describe_numeric"), QStringLiteral("describe()")},
    {QStringLiteral("describe_all"), QStringLiteral("describe(include='all')")},
    {QStringLiteral("quantile"), QStringLiteral("quantile(7 levels), numeric + date")},
    {QStringLiteral("value_counts"), QStringLiteral("value_counts(), every text column")},
    {QStringLiteral("duplicated_rows"), QStringLiteral("duplicated(), all data columns")},
    {QStringLiteral("duplicated_plate_date"), QStringLiteral("duplicated(plate, sale_date)")},
    {QStringLiteral("isna_sum"), QStringLiteral("isna().sum()")}};

qint64 pandasCount(const BenchResult& r, const char* key)
{
    return r.pandas.value(QLatin1String(key)).toInteger(-1);
}

double ratio(const BenchResult& r)
{
    const double pandas = r.pandasRuns.median();
    return pandas > 0 ? r.ours.median() / pandas : 0;
}

QString rowsLabel(qint64 rows)
{
    if (rows % 1000000 == 0)
        return QStringLiteral("%1M").arg(rows / 1000000);
    if (rows % 1000 == 0)
        return QStringLiteral("%1k").arg(rows / 1000);
    return QString::number(rows);
}

QString verdict(bool met)
{
    return met ? QStringLiteral("met") : QStringLiteral("MISSED");
}

QString row(const QString& name, double median, double minimum, const QString& cpu, const QString& load)
{
    return QStringLiteral("%1 %2 %3 %4  %5\n")
        .arg(name, -44)
        .arg(median, 9, 'f', 3)
        .arg(minimum, 8, 'f', 3)
        .arg(cpu, 7)
        .arg(load);
}

void printTimings(const BenchResult& r, int threads, QTextStream& out)
{
    out << QStringLiteral("\n%1 %2 %3 %4  %5\n")
               .arg(QStringLiteral("contender (rows=%1)").arg(r.reference.table.rowCount()), -44)
               .arg(QStringLiteral("median s"), 9)
               .arg(QStringLiteral("min s"), 8)
               .arg(QStringLiteral("cpu s"), 7)
               .arg(QStringLiteral("load at start"));
    const auto cpu = [](const Series& s) { return QString::number(s.medianCpu(), 'f', 2); };
    out << row(QStringLiteral("ours QualityChecker::run, %1 threads").arg(threads), r.ours.median(), r.ours.minimum(),
        cpu(r.ours), r.loadOurs);
    out << row(QStringLiteral("ours QualityChecker::run, 1 thread"), r.oursOneThread.median(),
        r.oursOneThread.minimum(), cpu(r.oursOneThread), r.loadOurs);
    out << row(QStringLiteral("pandas %1 (%2 text), total")
                   .arg(r.pandas.value(QStringLiteral("pandas")).toString(),
                       r.pandas.value(QStringLiteral("text_dtype")).toString()),
        r.pandasRuns.median(), r.pandasRuns.minimum(), QStringLiteral("-"), r.loadPandas);
    const QJsonObject steps = r.pandas.value(QStringLiteral("step_medians")).toObject();
    for (const auto& [key, label] : kPandasSteps)
        out << QStringLiteral("  %1 %2\n").arg(label, -42).arg(steps.value(key).toDouble(), 9, 'f', 3);
    out << row(QStringLiteral("drift DriftAnalyzer::compare, 2 x %1 rows").arg(r.current.table.rowCount()),
        r.drift.median(), r.drift.minimum(), cpu(r.drift), r.loadDrift);
    const double oneThreadRatio = r.pandasRuns.median() > 0 ? r.oursOneThread.median() / r.pandasRuns.median() : 0;
    out << QStringLiteral("ratio ours/pandas %1 (1 thread %2), target <= %3: %4; drift target < %5 s: %6\n")
               .arg(ratio(r), 0, 'f', 3)
               .arg(oneThreadRatio, 0, 'f', 3)
               .arg(QualityBenchReport::kRatioTarget, 0, 'f', 1)
               .arg(verdict(ratio(r) <= QualityBenchReport::kRatioTarget))
               .arg(QualityBenchReport::kDriftTarget, 0, 'f', 1)
               .arg(verdict(r.drift.median() < QualityBenchReport::kDriftTarget));
}

void printLoads(const BenchResult& r, QTextStream& out)
{
    out << "\nnot timed for the targets:\n";
    for (const LoadedTable* t : {&r.reference, &r.current})
        out << QStringLiteral("  ours import %1 (%2 MB) -> Table: %3 s, %4 rows, %5 rejected records\n")
                   .arg(QFileInfo(t->path).fileName())
                   .arg(double(t->bytes) / 1e6, 0, 'f', 1)
                   .arg(t->seconds, 0, 'f', 2)
                   .arg(t->table.rowCount())
                   .arg(t->rejectedLines.size());
    out << QStringLiteral("  pandas read_csv + typing: %1 s; whole pandas process %2 s wall, %3 s cpu, peak %4 MiB\n")
               .arg(r.pandas.value(QStringLiteral("load_seconds")).toDouble(), 0, 'f', 2)
               .arg(r.pandasChild.wallSeconds, 0, 'f', 1)
               .arg(r.pandasChild.cpuSeconds(), 0, 'f', 1)
               .arg(double(r.pandasChild.peakRssKiB) / 1024.0, 0, 'f', 0);
    out << QStringLiteral("  ours: resident %1 MiB with both tables loaded\n").arg(r.residentMiB, 0, 'f', 0);
}

/// Per column: our profile's missing and distinct counts next to pandas' isna().sum() and value_counts().
/// Informative only: ours also counts sentinel texts as missing, and values the typing rejected differ.
void printColumns(const BenchResult& r, QTextStream& out)
{
    const QJsonObject missing = r.pandas.value(QStringLiteral("missing")).toObject();
    const QJsonObject distinct = r.pandas.value(QStringLiteral("distinct")).toObject();
    const QJsonObject coerced = r.pandas.value(QStringLiteral("coerced_to_nan")).toObject();
    out << QStringLiteral("\n%1 %2 %3 %4 %5 %6 %7\n")
               .arg(QStringLiteral("column"), -13)
               .arg(QStringLiteral("type"), -9)
               .arg(QStringLiteral("missing ours"), 13)
               .arg(QStringLiteral("pandas"), 8)
               .arg(QStringLiteral("distinct ours"), 14)
               .arg(QStringLiteral("pandas"), 8)
               .arg(QStringLiteral("pandas typed->NaN"), 18);
    const auto orDash
        = [](const QJsonValue& v) { return v.isUndefined() ? QStringLiteral("-") : QString::number(v.toInteger()); };
    for (const ColumnProfile& c : r.report.profile.columns) {
        const QString source = r.reference.sources.value(c.name, c.name);
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                   .arg(source == c.name ? c.name : c.name + QLatin1Char('/') + source, -13)
                   .arg(columnTypeName(c.type), -9)
                   .arg(c.missing, 13)
                   .arg(orDash(missing.value(source)), 8)
                   .arg(c.distinct, 14)
                   .arg(orDash(distinct.value(source)), 8)
                   .arg(orDash(coerced.value(source)), 18);
    }
    out << QStringLiteral("exact duplicate rows: ours %1, pandas %2 | (plate, sale_date) duplicates: ours %3, pandas "
                          "%4 among rows with both (%5 counting missing as a value)\n")
               .arg(r.report.duplicates.exactRows)
               .arg(pandasCount(r, "exact_duplicates"))
               .arg(r.report.duplicates.plateSaleDate)
               .arg(pandasCount(r, "plate_sale_date_duplicates_non_missing"))
               .arg(pandasCount(r, "plate_sale_date_duplicates"));
    const DriftReport& d = r.driftReport;
    out << QStringLiteral("drift: %1 features (%2 ok, %3 warn, %4 alert), %5 skipped, overall %6\n")
               .arg(d.features.size())
               .arg(d.count(DriftStatus::Ok))
               .arg(d.count(DriftStatus::Warn))
               .arg(d.count(DriftStatus::Alert))
               .arg(d.skipped.size())
               .arg(driftStatusName(d.overall));
}

} // namespace

double Series::medianOf(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

Status QualityBenchReport::verify(const BenchResult& r)
{
    const qint64 rows = r.reference.table.rowCount();
    const auto mismatch = [&](const QString& what, qint64 ours, qint64 pandas) {
        return fail(ErrorCode::Integrity,
            QStringLiteral("pandas saw other data: %1 ours=%2 pandas=%3").arg(what).arg(ours).arg(pandas));
    };
    if (pandasCount(r, "rows") != rows)
        return mismatch(QStringLiteral("rows"), rows, pandasCount(r, "rows"));
    if (pandasCount(r, "exact_duplicates") != r.report.duplicates.exactRows)
        return mismatch(
            QStringLiteral("exact duplicate rows"), r.report.duplicates.exactRows, pandasCount(r, "exact_duplicates"));
    if (pandasCount(r, "plate_sale_date_duplicates_non_missing") != r.report.duplicates.plateSaleDate)
        return mismatch(QStringLiteral("(plate, sale_date) duplicates"), r.report.duplicates.plateSaleDate,
            pandasCount(r, "plate_sale_date_duplicates_non_missing"));
    return {};
}

void QualityBenchReport::print(const BenchResult& r, int threads, QTextStream& out)
{
    printTimings(r, threads, out);
    printLoads(r, out);
    printColumns(r, out);
    out << "load average before " << r.loadBefore << ", after " << r.loadAfter << Qt::endl << Qt::endl;
    out << summaryLine(r, threads) << Qt::endl;
}

QString QualityBenchReport::summaryLine(const BenchResult& r, int threads)
{
    return QStringLiteral("BENCH quality rows=%1 | profile+checks ours %2s (%3 threads; 1 thread %4s) pandas %5s "
                          "ratio=%6 (target <=%7 %8) | drift 2x%9 %10s (target <%11s %12) | load: import %13s, pandas "
                          "read %14s | exact dups ours=%15 pandas=%16 | load %17 -> %18")
        .arg(r.rows)
        .arg(r.ours.median(), 0, 'f', 2)
        .arg(threads)
        .arg(r.oursOneThread.median(), 0, 'f', 2)
        .arg(r.pandasRuns.median(), 0, 'f', 2)
        .arg(ratio(r), 0, 'f', 2)
        .arg(kRatioTarget, 0, 'f', 1)
        .arg(verdict(ratio(r) <= kRatioTarget))
        .arg(rowsLabel(r.rows))
        .arg(r.drift.median(), 0, 'f', 2)
        .arg(kDriftTarget, 0, 'f', 0)
        .arg(verdict(r.drift.median() < kDriftTarget))
        .arg(r.reference.seconds, 0, 'f', 1)
        .arg(r.pandas.value(QStringLiteral("load_seconds")).toDouble(), 0, 'f', 1)
        .arg(r.report.duplicates.exactRows)
        .arg(pandasCount(r, "exact_duplicates"))
        .arg(r.loadBefore, r.loadAfter);
}

} // namespace valuator
