// SPDX-License-Identifier: GPL-3.0-or-later
// bench_quality: the "Speed" targets of the data-quality issue.
//  1. Profile + all checks (QualityChecker::run) on a 1M-row table against pandas doing the comparable work on
//     the same data (describe, quantile, value_counts, duplicated, isna().sum(); pandas_quality.py next to this
//     file, run by Debian's /usr/bin/python3): target ours/pandas <= 0.5.
//  2. DriftAnalyzer::compare of two different 1M-row tables: target < 1 s.
//
// Method: the inputs come from resources/demo/generate_sales.py (cached in --data-dir, shared with bench_import:
// see GeneratedCsv): --seed is the reference, --current-seed the current version of the drift. Each CSV is
// imported once into an in-memory Table (importCsvToTable: the dialect detection, typing and auto-mapping of a
// real import; timed and reported as "load", not part of any target). Ours then runs in this process, timed with
// the monotonic clock (wall) and CLOCK_PROCESS_CPUTIME_ID (cpu): --runs times with --threads threads and --runs
// times with one thread, alternating. Pandas runs as a child process that loads the same CSV itself (untimed:
// same missing-value tokens, numeric and date columns typed, the records our import rejected left out, text as
// category) and times --runs passes of its work. Reported: medians (and minima) per contender, pandas' steps,
// the load average around each phase, and one summary line.
//
// Fails (exit 1) when a side fails or the two sides did not see the same data: pandas' row count must equal
// ours, pandas' duplicated(keep="first") on all data columns must equal our duplicates.exact_rows count, and its
// (plate, sale_date) duplicates among rows with both fields must equal our duplicates.plate_sale_date. Missing
// a target is reported (MISSED), not failed: timings on shared machines are noisy.
#include "models/drift/DriftAnalyzer.h"
#include "models/importing/TableSink.h"
#include "models/quality/QualityChecker.h"
#include "models/typing/MissingValues.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <time.h>
#include <unistd.h>

#include <algorithm>

#include "tests/bench/import/BenchCommandLine.h"
#include "tests/bench/import/BenchMachine.h"
#include "tests/bench/import/ChildProcess.h"
#include "tests/bench/import/GeneratedCsv.h"
#include "tests/bench/quality/QualityBenchReport.h"

using namespace valuator;

namespace {

struct Options {
    QString python, pandasScript, generator, dataDir, workDir, spawner, textDtype;
    qint64 rows = 1000000;
    int runs = 3;
    int seed = 7;
    int currentSeed = 8;
    int threads = 2;
    QDate referenceDate {2026, 1, 1}; ///< "today" for freshness: the generated sales end on 2025-12-31
};

/// Resident memory of this process now (VmRSS), MiB.
double residentMiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return 0;
}

/// Reads and imports one CSV into a Table; the import is timed (file read included).
Result<LoadedTable> loadTable(const QString& path)
{
    QElapsedTimer timer;
    timer.start();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, QStringLiteral("Cannot read %1").arg(path));
    const QByteArray bytes = f.readAll();
    auto imported = importCsvToTable(bytes);
    if (!imported)
        return fail(imported.error());
    LoadedTable t {path, bytes.size(), std::move(imported->table), imported->stats, {}, {}, 0};
    for (const OutputColumn& c : imported->columns)
        t.sources.insert(c.name, c.source);
    for (const ImportReject& r : imported->rejects)
        t.rejectedLines.push_back(r.line);
    std::sort(t.rejectedLines.begin(), t.rejectedLines.end());
    t.rejectedLines.erase(std::unique(t.rejectedLines.begin(), t.rejectedLines.end()), t.rejectedLines.end());
    t.seconds = double(timer.nsecsElapsed()) / 1e9;
    return t;
}

/// Times `work` once: wall and process CPU seconds.
template <typename Work> auto timed(Series& into, Work&& work)
{
    QElapsedTimer timer;
    const double cpu = BenchMachine::processCpuSeconds();
    timer.start();
    auto result = work();
    into.add(double(timer.nsecsElapsed()) / 1e9, BenchMachine::processCpuSeconds() - cpu);
    return result;
}

/// QualityChecker::run `o.runs` times with `o.threads` threads and `o.runs` times with one, alternating.
Result<QualityReport> measureOurs(const Options& o, const Table& table, BenchResult& r)
{
    QualityOptions q;
    q.referenceDate = o.referenceDate;
    QualityReport last;
    r.loadOurs = BenchMachine::loadAverage();
    for (int i = 0; i < o.runs; ++i) {
        for (Series* series : {&r.ours, &r.oursOneThread}) {
            q.threads = series == &r.ours ? o.threads : 1;
            auto report = timed(*series, [&] { return QualityChecker::run(table, q, {}); });
            if (!report)
                return fail(report.error());
            last = std::move(*report);
        }
        BenchMachine::out() << QStringLiteral("  run %1: %2 threads %3 s (cpu %4 s), 1 thread %5 s | load %6")
                                   .arg(i + 1)
                                   .arg(o.threads)
                                   .arg(r.ours.wall.last(), 0, 'f', 3)
                                   .arg(r.ours.cpu.last(), 0, 'f', 2)
                                   .arg(r.oursOneThread.wall.last(), 0, 'f', 3)
                                   .arg(BenchMachine::loadAverage())
                            << Qt::endl;
    }
    return last;
}

Status writeLines(const QString& path, const std::vector<qint64>& lines)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fail(ErrorCode::Io, QStringLiteral("Cannot write %1").arg(path));
    for (const qint64 line : lines)
        f.write(QByteArray::number(line) + '\n');
    return {};
}

/// Runs pandas_quality.py on the reference CSV (without our rejected records) and reads its JSON.
Status measurePandas(const Options& o, const LoadedTable& t, const QString& runDir, BenchResult& r)
{
    const QString dropped = runDir + QStringLiteral("/rejected-lines.txt");
    if (Status ok = writeLines(dropped, t.rejectedLines); !ok)
        return ok;
    const QString json = runDir + QStringLiteral("/pandas.json");
    QStringList argv {o.python, o.pandasScript, QStringLiteral("--csv"), t.path, QStringLiteral("--runs"),
        QString::number(o.runs), QStringLiteral("--drop-lines"), dropped, QStringLiteral("--text-dtype"), o.textDtype,
        QStringLiteral("--out"), json};
    argv << QStringLiteral("--na-values")
         << QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(MissingValues::defaultTokens()))
                                  .toJson(QJsonDocument::Compact));
    r.loadPandas = BenchMachine::loadAverage();
    auto child = ChildProcess(o.spawner, runDir)
                     .runChecked({argv, {}, {}, runDir + QStringLiteral("/pandas.err"), {}},
                         QStringLiteral("pandas_quality.py"));
    if (!child)
        return fail(child.error());
    r.pandasChild = *child;
    QFile f(json);
    if (!f.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, QStringLiteral("pandas_quality.py wrote no JSON"));
    QJsonParseError error;
    r.pandas = QJsonDocument::fromJson(f.readAll(), &error).object();
    if (error.error != QJsonParseError::NoError)
        return fail(ErrorCode::Parse, QStringLiteral("pandas_quality.py wrote bad JSON: %1").arg(error.errorString()));
    for (const QJsonValue& run : r.pandas.value(QStringLiteral("runs")).toArray())
        r.pandasRuns.add(run.toObject().value(QStringLiteral("total")).toDouble(), 0);
    if (r.pandasRuns.wall.size() != o.runs)
        return fail(ErrorCode::Parse,
            QStringLiteral("pandas_quality.py reported %1 runs, expected %2")
                .arg(r.pandasRuns.wall.size())
                .arg(o.runs));
    return {};
}

/// DriftAnalyzer::compare of the two tables, `o.runs` times.
Status measureDrift(const Options& o, const Table& reference, const Table& current, BenchResult& r)
{
    r.loadDrift = BenchMachine::loadAverage();
    for (int i = 0; i < o.runs; ++i) {
        auto report = timed(r.drift, [&] { return DriftAnalyzer::compare(reference, current, DriftOptions {}); });
        if (!report)
            return fail(report.error());
        if (report->referenceRows != reference.rowCount() || report->currentRows != current.rowCount())
            return fail(ErrorCode::Integrity, QStringLiteral("drift report counts the wrong rows"));
        r.driftReport = std::move(*report);
        BenchMachine::out() << QStringLiteral("  run %1: %2 s | load %3")
                                   .arg(i + 1)
                                   .arg(r.drift.wall.last(), 0, 'f', 3)
                                   .arg(BenchMachine::loadAverage())
                            << Qt::endl;
    }
    return {};
}

Status runBench(const Options& o, BenchResult& r)
{
    const ChildProcess children(o.spawner, o.workDir);
    const GeneratedCsv inputs(children, o.python, o.generator, o.dataDir);
    auto refPath = inputs.ensure(o.rows, o.seed, BenchMachine::out());
    if (!refPath)
        return fail(refPath.error());
    auto curPath = inputs.ensure(o.rows, o.currentSeed, BenchMachine::out());
    if (!curPath)
        return fail(curPath.error());
    BenchMachine::out() << "loading " << *refPath << " ..." << Qt::endl;
    auto reference = loadTable(*refPath);
    if (!reference)
        return fail(reference.error());
    r.reference = std::move(*reference);
    const QString runDir = QStringLiteral("%1/quality-%2").arg(o.workDir).arg(getpid());
    QDir().mkpath(runDir);
    struct RemoveAtExit {
        QString dir;
        ~RemoveAtExit() { QDir(dir).removeRecursively(); }
    } cleanup {runDir};

    BenchMachine::out() << "ours: QualityChecker::run x" << o.runs << " (" << o.threads << " threads and 1 thread) ..."
                        << Qt::endl;
    auto report = measureOurs(o, r.reference.table, r);
    if (!report)
        return fail(report.error());
    r.report = std::move(*report);
    BenchMachine::out() << "pandas: " << o.pandasScript << " ..." << Qt::endl;
    if (Status ok = measurePandas(o, r.reference, runDir, r); !ok)
        return ok;

    BenchMachine::out() << "loading " << *curPath << " ..." << Qt::endl;
    auto current = loadTable(*curPath);
    if (!current)
        return fail(current.error());
    r.current = std::move(*current);
    r.residentMiB = residentMiB();
    BenchMachine::out() << "drift: DriftAnalyzer::compare x" << o.runs << " ..." << Qt::endl;
    return measureDrift(o, r.reference.table, r.current.table, r);
}

Result<Options> parseOptions(const QCoreApplication& app)
{
    BenchCommandLine p(QStringLiteral("Data-quality benchmark: profile + checks vs pandas, and drift."));
    p.value("python", "Python interpreter that sees python3-pandas", "/usr/bin/python3");
    p.value("pandas-script", "tests/bench/quality/pandas_quality.py");
    p.value("generator", "resources/demo/generate_sales.py");
    p.value("data-dir", "cache folder of the generated CSVs");
    p.value("work-dir", "scratch folder");
    p.value("rows", "rows of each generated file", "1000000");
    p.value("runs", "timed runs per contender", "3");
    p.value("seed", "generator seed of the reference (the profiled file)", "7");
    p.value("current-seed", "generator seed of the drift's current version", "8");
    p.value("threads", "threads of the multi-threaded QualityChecker runs", "2");
    p.value("text-dtype", "pandas dtype of the text columns: category or object", "category");
    p.process(app);
    Options o;
    o.python = p.text("python");
    o.pandasScript = p.text("pandas-script");
    o.generator = p.text("generator");
    o.dataDir = p.text("data-dir");
    o.workDir = p.text("work-dir");
    o.rows = p.integer("rows");
    o.runs = int(p.integer("runs"));
    o.seed = int(p.integer("seed"));
    o.currentSeed = int(p.integer("current-seed"));
    o.threads = int(p.integer("threads"));
    o.textDtype = p.text("text-dtype");
    o.spawner = p.spawner();
    if (o.pandasScript.isEmpty() || o.generator.isEmpty() || o.dataDir.isEmpty() || o.workDir.isEmpty() || o.rows <= 0
        || o.runs <= 0 || o.threads <= 0 || o.seed == o.currentSeed)
        return fail(ErrorCode::InvalidArgument,
            QStringLiteral("need --pandas-script, --generator, --data-dir, --work-dir, positive --rows, --runs, "
                           "--threads and --seed != --current-seed"));
    return o;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    auto options = parseOptions(app);
    if (!options) {
        QTextStream(stderr) << "bench_quality: " << options.error().userMessage << Qt::endl;
        return 2;
    }
    QDir().mkpath(options->workDir);
    BenchResult r;
    r.rows = options->rows;
    r.loadBefore = BenchMachine::loadAverage();
    BenchMachine::out() << "bench_quality: load average " << r.loadBefore << " on " << BenchMachine::cores() << " cores"
                        << Qt::endl;
    Status ok = runBench(*options, r);
    if (ok) { // the tables also explain a failed cross-check
        r.loadAfter = BenchMachine::loadAverage();
        QualityBenchReport::print(r, options->threads, BenchMachine::out());
        ok = QualityBenchReport::verify(r);
    }
    if (!ok) {
        QTextStream(stderr) << "bench_quality: FAILED: " << ok.error().userMessage << ' ' << ok.error().detail
                            << Qt::endl;
        return 1;
    }
    return 0;
}
