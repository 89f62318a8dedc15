// SPDX-License-Identifier: GPL-3.0-or-later
// bench_import: how fast `valuator-cli import` turns a car-sales CSV into a new workspace, next to the sqlite3
// shell's `.mode csv` + `.import` of the same file into an empty database (no typing, no mapping, no validation)
// and the `cat FILE > /dev/null` floor. Every contender runs as a child process (startup included); wall time,
// CPU time and peak RSS come from wait4() of that child alone.
//
// Method: the input is made by resources/demo/generate_sales.py (deterministic; cached in --data-dir under a
// name that holds its arguments and a hash of the generator). One `cat` warms the page cache, then each
// contender runs --runs times, alternating (cat, ours, sqlite3, cat, ...), on a --small-rows file and on a
// --rows file; the workspace/database is deleted between runs. Reported: median and min wall time, MB/s of
// the median (1 MB = 10^6 bytes), median CPU time, max peak RSS, and the load average around the runs.
// "ours" = `valuator-cli init` + `valuator-cli import --json` (the import needs an existing workspace).
//
// Fails (exit 1) when a contender fails or an import is wrong: the CLI's JSON must say rows_read == N,
// rows_imported + rows_rejected == N, rows == rows_imported and at most 1 % rejected; sqlite3's table must hold
// N rows. Missing the target (ours/sqlite3 <= 1.0) is reported, not failed: timings on shared machines are noisy.
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <unistd.h>

#include <algorithm>

#include "tests/bench/import/BenchCommandLine.h"
#include "tests/bench/import/BenchMachine.h"
#include "tests/bench/import/ChildProcess.h"
#include "tests/bench/import/GeneratedCsv.h"

using namespace valuator;

namespace {

struct Options {
    QString cli, sqlite3, python, generator, dataDir, workDir, spawner;
    qint64 rows = 1000000;
    qint64 smallRows = 250000;
    int runs = 3;
    int seed = 7;
};

/// Repeated runs of one contender on one file.
struct Series {
    QList<ChildRun> runs;

    QList<double> walls() const
    {
        QList<double> w;
        for (const ChildRun& r : runs)
            w.append(r.wallSeconds);
        std::sort(w.begin(), w.end());
        return w;
    }
    double medianWall() const { return runs.isEmpty() ? 0 : walls().at(runs.size() / 2); }
    double minWall() const { return runs.isEmpty() ? 0 : walls().first(); }
    double medianCpu() const
    {
        QList<double> c;
        for (const ChildRun& r : runs)
            c.append(r.cpuSeconds());
        std::sort(c.begin(), c.end());
        return c.isEmpty() ? 0 : c.at(c.size() / 2);
    }
    double maxPeakMiB() const
    {
        qint64 peak = 0;
        for (const ChildRun& r : runs)
            peak = std::max(peak, r.peakRssKiB);
        return double(peak) / 1024.0;
    }
};

/// Everything measured on one input file.
struct FileResult {
    qint64 rows = 0;
    qint64 bytes = 0;
    QString path;
    Series cat, ours, oursInit, sqlite;
    qint64 rowsImported = 0, rowsRejected = 0;

    double megabytes() const { return double(bytes) / 1e6; }
    double mbPerSecond(const Series& s) const { return s.medianWall() > 0 ? megabytes() / s.medianWall() : 0; }
};

QStringList childEnvironment(const Options& o)
{
    // Keep the CLI's settings and logs and sqlite3's ~/.sqliterc out of the user's home.
    const QString home = o.workDir + QStringLiteral("/home");
    QDir().mkpath(home);
    return {QStringLiteral("HOME=") + home, QStringLiteral("XDG_CONFIG_HOME=") + home + QStringLiteral("/config"),
        QStringLiteral("XDG_DATA_HOME=") + home + QStringLiteral("/data"),
        QStringLiteral("XDG_CACHE_HOME=") + home + QStringLiteral("/cache"), QStringLiteral("LANG=C.UTF-8")};
}

/// Runs a child and turns a non-zero exit into an error that quotes its stderr.
Result<ChildRun> runChecked(const Options& o, const ChildSpec& spec, const QString& what)
{
    return ChildProcess(o.spawner, o.workDir).runChecked(spec, what);
}

/// The cached generated CSV for `rows` (see GeneratedCsv), generating it when missing.
Result<QString> ensureData(const Options& o, qint64 rows)
{
    return GeneratedCsv(ChildProcess(o.spawner, o.workDir), o.python, o.generator, o.dataDir)
        .ensure(rows, o.seed, BenchMachine::out());
}

Result<ChildRun> runCat(const Options& o, const QString& file, const QString& runDir)
{
    return runChecked(
        o, {{QStringLiteral("cat"), file}, {}, {}, runDir + QStringLiteral("/cat.err"), {}}, QStringLiteral("cat"));
}

/// Checks the CLI's --json answer; fills the row counts of `r`.
Status verifyOurs(const QString& jsonPath, FileResult& r)
{
    QFile f(jsonPath);
    if (!f.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, QStringLiteral("No JSON from valuator-cli import"));
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(f.readAll(), &error).object();
    if (error.error != QJsonParseError::NoError)
        return fail(
            ErrorCode::Parse, QStringLiteral("valuator-cli import printed bad JSON: %1").arg(error.errorString()));
    const qint64 read = json.value(QStringLiteral("rows_read")).toInteger(-1);
    const qint64 imported = json.value(QStringLiteral("rows_imported")).toInteger(-1);
    const qint64 rejected = json.value(QStringLiteral("rows_rejected")).toInteger(-1);
    const qint64 stored = json.value(QStringLiteral("rows")).toInteger(-1);
    // The generator's dirt makes ~0.1 % of the rows invalid; far more rejects means a broken import.
    if (read != r.rows || imported < 0 || rejected < 0 || imported + rejected != r.rows || stored != imported
        || rejected > r.rows / 100)
        return fail(ErrorCode::Integrity,
            QStringLiteral("wrong import of %1 rows: rows_read=%2 rows_imported=%3 rows_rejected=%4 rows=%5")
                .arg(r.rows)
                .arg(read)
                .arg(imported)
                .arg(rejected)
                .arg(stored));
    r.rowsImported = imported;
    r.rowsRejected = rejected;
    return {};
}

/// `valuator-cli init` + `valuator-cli import --json` into a new workspace in `runDir`.
Status runOurs(const Options& o, const QString& runDir, FileResult& r)
{
    const QString workspace = runDir + QStringLiteral("/bench.valuator");
    const QString err = runDir + QStringLiteral("/ours.err");
    const QString json = runDir + QStringLiteral("/ours.json");
    auto init = runChecked(o,
        {{o.cli, QStringLiteral("init"), QStringLiteral("-w"), workspace, QStringLiteral("--json")}, {}, {}, err,
            childEnvironment(o)},
        QStringLiteral("valuator-cli init"));
    if (!init)
        return fail(init.error());
    auto import = runChecked(o,
        {{o.cli, QStringLiteral("import"), QStringLiteral("-w"), workspace, r.path, QStringLiteral("--json")}, {}, json,
            err, childEnvironment(o)},
        QStringLiteral("valuator-cli import"));
    if (!import)
        return fail(import.error());
    if (Status ok = verifyOurs(json, r); !ok)
        return ok;
    ChildRun total = *import;
    total.wallSeconds += init->wallSeconds;
    total.userSeconds += init->userSeconds;
    total.systemSeconds += init->systemSeconds;
    total.peakRssKiB = std::max(init->peakRssKiB, import->peakRssKiB);
    r.ours.runs.append(total);
    r.oursInit.runs.append(*init);
    return {};
}

/// sqlite3 shell `.mode csv` + `.import FILE sales` into a new database, then `select count(*)` must be N.
Status runSqlite(const Options& o, const QString& runDir, FileResult& r)
{
    const QString db = runDir + QStringLiteral("/bench.db");
    const QString err = runDir + QStringLiteral("/sqlite3.err");
    auto import = runChecked(o,
        {{o.sqlite3, QStringLiteral("-batch"), QStringLiteral("-cmd"), QStringLiteral(".mode csv"), db,
             QStringLiteral(".import \"%1\" sales").arg(r.path)},
            {}, {}, err, childEnvironment(o)},
        QStringLiteral("sqlite3 .import"));
    if (!import)
        return fail(import.error());
    const QString countPath = runDir + QStringLiteral("/count.txt");
    auto count = runChecked(o,
        {{o.sqlite3, QStringLiteral("-batch"), db, QStringLiteral("select count(*) from sales;")}, {}, countPath, err,
            childEnvironment(o)},
        QStringLiteral("sqlite3 count"));
    if (!count)
        return fail(count.error());
    QFile f(countPath);
    const qint64 rows = f.open(QIODevice::ReadOnly) ? f.readAll().trimmed().toLongLong() : -1;
    if (rows != r.rows)
        return fail(
            ErrorCode::Integrity, QStringLiteral("sqlite3 .import stored %1 rows, expected %2").arg(rows).arg(r.rows));
    r.sqlite.runs.append(*import);
    return {};
}

QString runLine(const FileResult& r, int run)
{
    const ChildRun& c = r.cat.runs.at(run);
    const ChildRun& ours = r.ours.runs.at(run);
    const ChildRun& s = r.sqlite.runs.at(run);
    return QStringLiteral("  run %1 rows=%2: cat %3s | ours %4s (init %5s) cpu %6s peak %7MiB | sqlite3 %8s cpu %9s "
                          "peak %10MiB | load %11")
        .arg(run + 1)
        .arg(r.rows)
        .arg(c.wallSeconds, 0, 'f', 3)
        .arg(ours.wallSeconds, 0, 'f', 2)
        .arg(r.oursInit.runs.at(run).wallSeconds, 0, 'f', 2)
        .arg(ours.cpuSeconds(), 0, 'f', 2)
        .arg(ours.peakRssKiB / 1024)
        .arg(s.wallSeconds, 0, 'f', 2)
        .arg(s.cpuSeconds(), 0, 'f', 2)
        .arg(s.peakRssKiB / 1024)
        .arg(BenchMachine::loadAverage());
}

/// Warms the page cache, then runs cat, ours and sqlite3 alternately `o.runs` times on the file for `rows`.
Result<FileResult> measureFile(const Options& o, qint64 rows)
{
    FileResult r;
    r.rows = rows;
    auto path = ensureData(o, rows);
    if (!path)
        return fail(path.error());
    r.path = *path;
    r.bytes = QFileInfo(r.path).size();
    const QString runDir = QStringLiteral("%1/run-%2").arg(o.workDir).arg(getpid());
    QDir(runDir).removeRecursively();
    QDir().mkpath(runDir);
    struct RemoveAtExit {
        QString dir;
        ~RemoveAtExit() { QDir(dir).removeRecursively(); } // also on failure: errors quote the child's stderr
    } cleanup {runDir};
    if (auto warm = runCat(o, r.path, runDir); !warm)
        return fail(warm.error());
    for (int i = 0; i < o.runs; ++i) {
        auto cat = runCat(o, r.path, runDir);
        if (!cat)
            return fail(cat.error());
        r.cat.runs.append(*cat);
        if (Status ok = runOurs(o, runDir, r); !ok)
            return fail(ok.error());
        if (Status ok = runSqlite(o, runDir, r); !ok)
            return fail(ok.error());
        BenchMachine::out() << runLine(r, i) << Qt::endl;
        QDir(runDir).removeRecursively(); // workspace and database go: every run starts empty
        QDir().mkpath(runDir);
    }
    return r;
}

void printTable(const QList<FileResult>& results)
{
    BenchMachine::out() << QStringLiteral("\n%1 %2 %3 %4 %5 %6 %7\n")
                               .arg(QStringLiteral("rows"), -9)
                               .arg(QStringLiteral("contender"), -28)
                               .arg(QStringLiteral("median s"), 9)
                               .arg(QStringLiteral("min s"), 8)
                               .arg(QStringLiteral("MB/s"), 8)
                               .arg(QStringLiteral("cpu s"), 8)
                               .arg(QStringLiteral("peak MiB"), 9);
    for (const FileResult& r : results) {
        const QList<QPair<QString, const Series*>> lines {{QStringLiteral("cat > /dev/null"), &r.cat},
            {QStringLiteral("ours (init + import)"), &r.ours}, {QStringLiteral("  of which init"), &r.oursInit},
            {QStringLiteral("sqlite3 .mode csv + .import"), &r.sqlite}};
        for (const auto& [name, s] : lines)
            BenchMachine::out() << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                                       .arg(r.rows, -9)
                                       .arg(name, -28)
                                       .arg(s->medianWall(), 9, 'f', 3)
                                       .arg(s->minWall(), 8, 'f', 3)
                                       .arg(s == &r.oursInit ? QStringLiteral("-")
                                                             : QString::number(r.mbPerSecond(*s), 'f', 1),
                                           8)
                                       .arg(s->medianCpu(), 8, 'f', 2)
                                       .arg(s->maxPeakMiB(), 9, 'f', 1);
        BenchMachine::out() << QStringLiteral(
            "%1 file %2 (%3 MB), ours imported %4 and rejected %5 rows, ratio ours/sqlite3 %6\n")
                                   .arg(r.rows, -9)
                                   .arg(QFileInfo(r.path).fileName())
                                   .arg(r.megabytes(), 0, 'f', 1)
                                   .arg(r.rowsImported)
                                   .arg(r.rowsRejected)
                                   .arg(r.ours.medianWall() / r.sqlite.medianWall(), 0, 'f', 2);
    }
}

QString rowsLabel(qint64 rows)
{
    if (rows % 1000000 == 0)
        return QStringLiteral("%1M").arg(rows / 1000000);
    if (rows % 1000 == 0)
        return QStringLiteral("%1k").arg(rows / 1000);
    return QString::number(rows);
}

/// The one line to quote: the big file's numbers, the ratio and the peak growth from the small file.
QString summaryLine(const FileResult& small, const FileResult& big, const QString& load)
{
    const double ratio = big.ours.medianWall() / big.sqlite.medianWall();
    const double growth = big.ours.maxPeakMiB() / small.ours.maxPeakMiB();
    return QStringLiteral("BENCH import rows=%1 size=%2MB | ours %3s %4MB/s peak %5MiB | sqlite3 .import %6s %7MB/s "
                          "peak %8MiB | cat %9s %10MB/s | ratio ours/sqlite3=%11 (target <=1.00 %12) | peak "
                          "%13->%14: %15MiB->%16MiB (x%17) | load %18")
        .arg(big.rows)
        .arg(big.megabytes(), 0, 'f', 1)
        .arg(big.ours.medianWall(), 0, 'f', 2)
        .arg(big.mbPerSecond(big.ours), 0, 'f', 1)
        .arg(big.ours.maxPeakMiB(), 0, 'f', 0)
        .arg(big.sqlite.medianWall(), 0, 'f', 2)
        .arg(big.mbPerSecond(big.sqlite), 0, 'f', 1)
        .arg(big.sqlite.maxPeakMiB(), 0, 'f', 0)
        .arg(big.cat.medianWall(), 0, 'f', 3)
        .arg(big.mbPerSecond(big.cat), 0, 'f', 0)
        .arg(ratio, 0, 'f', 2)
        .arg(ratio <= 1.0 ? QStringLiteral("met") : QStringLiteral("MISSED"))
        .arg(rowsLabel(small.rows), rowsLabel(big.rows))
        .arg(small.ours.maxPeakMiB(), 0, 'f', 0)
        .arg(big.ours.maxPeakMiB(), 0, 'f', 0)
        .arg(growth, 0, 'f', 2)
        .arg(load);
}

Result<Options> parseOptions(const QCoreApplication& app)
{
    BenchCommandLine p(QStringLiteral("CSV import benchmark: valuator-cli vs sqlite3 .import vs cat."));
    p.value("cli", "valuator-cli binary");
    p.value("sqlite3", "sqlite3 shell", "sqlite3");
    p.value("python", "Python interpreter for the generator", "/usr/bin/python3");
    p.value("generator", "resources/demo/generate_sales.py");
    p.value("data-dir", "cache folder of the generated CSVs");
    p.value("work-dir", "folder for the runs' workspaces (same disk as the build)");
    p.value("rows", "rows of the big file", "1000000");
    p.value("small-rows", "rows of the small file (peak RSS growth)", "250000");
    p.value("runs", "runs per contender and file", "3");
    p.process(app);
    Options o {p.text("cli"), p.text("sqlite3"), p.text("python"), p.text("generator"), p.text("data-dir"),
        p.text("work-dir")};
    o.rows = p.integer("rows");
    o.smallRows = p.integer("small-rows");
    o.runs = int(p.integer("runs"));
    o.spawner = p.spawner();
    if (o.cli.isEmpty() || o.generator.isEmpty() || o.dataDir.isEmpty() || o.workDir.isEmpty() || o.rows <= 0
        || o.smallRows <= 0 || o.runs <= 0)
        return fail(ErrorCode::InvalidArgument,
            QStringLiteral(
                "need --cli, --generator, --data-dir, --work-dir and positive --rows, --small-rows, --runs"));
    return o;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    auto options = parseOptions(app);
    if (!options) {
        QTextStream(stderr) << "bench_import: " << options.error().userMessage << Qt::endl;
        return 2;
    }
    QDir().mkpath(options->workDir);
    const QString loadBefore = BenchMachine::loadAverage();
    BenchMachine::out() << "bench_import: load average " << loadBefore << " on " << BenchMachine::cores() << " cores"
                        << Qt::endl;
    QList<FileResult> results;
    for (const qint64 rows : {options->smallRows, options->rows}) {
        auto r = measureFile(*options, rows);
        if (!r) {
            QTextStream(stderr) << "bench_import: FAILED: " << r.error().userMessage << ' ' << r.error().detail
                                << Qt::endl;
            return 1;
        }
        results.append(*r);
    }
    printTable(results);
    BenchMachine::out() << "load average before " << loadBefore << ", after " << BenchMachine::loadAverage() << Qt::endl
                        << Qt::endl;
    BenchMachine::out() << summaryLine(
        results.first(), results.last(), loadBefore + QStringLiteral(" -> ") + BenchMachine::loadAverage())
                        << Qt::endl;
    return 0;
}
