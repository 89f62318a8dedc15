// SPDX-License-Identifier: GPL-3.0-or-later
// bench_explain: the "Speed" target of the explainability issue: SHAP for 10,000 rows against python3-xgboost's
// pred_contribs on the same model in the same run, target ours/python <= 1.0.
//
// Method: the input comes from resources/demo/generate_sales.py (cached in --data-dir, shared with the other
// benches: see GeneratedCsv), read and imported into a Table once (importCsvToTable, as a real import). The
// newest --explain-rows table rows are the ones explained; the model is fitted, untimed, on the older rows with
// a usable price: FeatureSpec::build + transform, then the xgboost learner from LearnerFactory with the
// overrides rounds=300 max_depth=8 eta=0.1 early_stopping_rounds=0 (--threads threads). The model's bytes
// (TrainedModel::serialize, XGBoost UBJSON) are loaded back through LearnerFactory::load, so both sides use the
// very same bytes; they and the FeatureMatrix of the explained rows (float32, with names and XGBoost feature
// types, see XgbDMatrix) are written to --work-dir with a meta.json (see xgb_shap.py).
// Ours, timed in this process (wall: the monotonic clock; cpu: CLOCK_PROCESS_CPUTIME_ID): TrainedModel::
// contributions on that FeatureMatrix (its XGBoost DMatrix built inside, as the application calls it; beyond
// XGBoosterPredictFromDMatrix, the same call python makes, that costs milliseconds: the DMatrix copy and the
// float -> double copy of the result). Python (Debian's /usr/bin/python3 with python3-xgboost 1.7.4, the same
// libxgboost) runs as a child process that loads the model and the matrix and builds its DMatrix untimed, then
// times booster.predict(dmatrix, pred_contribs=True) once. The two alternate --runs times (one python child per run),
// so both see the same machine load; the medians are compared. Both sides run --threads threads with
// OMP_NUM_THREADS=--threads and OMP_WAIT_POLICY=passive (the bench re-executes itself once to get both into its own
// environment before OpenMP starts, as ctest does for the tests).
//
// Fails (exit 1) when a side fails or the sides disagree: python's contributions (written to a file) must
// match ours within ExplainBenchReport::kRelativeTolerance, and bias + sum must equal the prediction on both
// sides. Missing the target is reported (MISSED), not failed: timings on shared machines are noisy.
#include "models/features/FeatureSpec.h"
#include "models/importing/TableSink.h"
#include "models/learners/LearnerFactory.h"
#include "models/learners/XgbDMatrix.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>

#include "tests/bench/explain/ExplainBenchReport.h"
#include "tests/bench/import/BenchCommandLine.h"
#include "tests/bench/import/BenchMachine.h"
#include "tests/bench/import/ChildProcess.h"
#include "tests/bench/import/GeneratedCsv.h"

using namespace valuator;

namespace {

struct Options {
    QString python, script, generator, dataDir, workDir, spawner;
    qint64 rows = 100000;
    qint64 explainRows = 10000;
    int seed = 7;
    int threads = 2;
    int runs = 5;
};

Result<Table> loadTable(const QString& path, ExplainBenchResult& r)
{
    QElapsedTimer timer;
    timer.start();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, QStringLiteral("Cannot read %1").arg(path));
    auto imported = importCsvToTable(f.readAll());
    if (!imported)
        return fail(imported.error());
    r.loadSeconds = BenchMachine::seconds(timer);
    r.tableRows = imported->table.rowCount();
    return std::move(imported->table);
}

/// The fitted model and the matrix it explains.
struct Fitted {
    std::unique_ptr<TrainedModel> model; ///< restored from `bytes`, as python restores it
    QByteArray bytes;
    FeatureMatrix explain;
};

/// The issue's learner: xgboost (balanced preset) with 300 depth-8 trees, eta 0.1, no early stopping.
Result<std::unique_ptr<Learner>> issueLearner()
{
    LearnerConfig config;
    config.overrides = {{QStringLiteral("rounds"), QStringLiteral("300")},
        {QStringLiteral("max_depth"), QStringLiteral("8")}, {QStringLiteral("eta"), QStringLiteral("0.1")},
        {QStringLiteral("early_stopping_rounds"), QStringLiteral("0")}};
    return LearnerFactory::create(config);
}

/// The rows [0, end) with a usable target (a positive price).
std::vector<int64_t> usableRows(const std::vector<float>& target, int64_t end)
{
    std::vector<int64_t> rows;
    for (int64_t row = 0; row < end; ++row)
        if (std::isfinite(target[size_t(row)]))
            rows.push_back(row);
    return rows;
}

/// Fits the issue's XGBoost model on the rows before the explained ones (untimed for the target).
Result<Fitted> fitModel(const Options& o, const Table& table, ExplainBenchResult& r)
{
    QElapsedTimer timer;
    timer.start();
    const int64_t firstExplained = table.rowCount() - o.explainRows;
    auto spec = FeatureSpec::build(table, FeatureOptions {});
    if (!spec)
        return fail(spec.error());
    auto target = spec->target(table);
    if (!target)
        return fail(target.error());
    const std::vector<int64_t> train = usableRows(*target, firstExplained);
    spec = FeatureSpec::build(table, FeatureOptions {}, train); // categories of the training rows only
    if (!spec)
        return fail(spec.error());
    auto x = spec->transform(table, train);
    if (!x)
        return fail(x.error());
    std::vector<float> y;
    y.reserve(train.size());
    for (int64_t row : train)
        y.push_back((*target)[size_t(row)]);
    auto learner = issueLearner();
    if (!learner)
        return fail(learner.error());
    FitOptions options;
    options.threads = o.threads;
    auto fitted = (*learner)->fit(*x, y, nullptr, {}, options);
    if (!fitted)
        return fail(fitted.error());
    r.trainSeconds = BenchMachine::seconds(timer);
    r.trainRows = qint64(train.size());
    r.trees = (*fitted)->summary().value(QStringLiteral("trees_used")).toInt();

    Fitted f;
    auto bytes = (*fitted)->serialize();
    if (!bytes)
        return fail(bytes.error());
    f.bytes = *bytes;
    auto model = LearnerFactory::load(QStringLiteral("xgboost"), f.bytes);
    if (!model)
        return fail(model.error());
    f.model = std::move(*model);
    std::vector<int64_t> rows(size_t(o.explainRows));
    for (size_t i = 0; i < rows.size(); ++i)
        rows[i] = firstExplained + int64_t(i);
    auto explain = spec->transform(table, rows);
    if (!explain)
        return fail(explain.error());
    f.explain = std::move(*explain);
    r.explainRows = f.explain.rows;
    r.features = f.explain.columns;
    return f;
}

Status writeFile(const QString& path, const char* data, qint64 size)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data, size) != size)
        return fail(ErrorCode::Io, QStringLiteral("Cannot write %1").arg(path));
    return {};
}

/// meta.json, model.ubj and features.f32 for xgb_shap.py.
Status writeInputs(const Options& o, const Fitted& f, const QString& dir)
{
    QJsonArray types;
    for (const QByteArray& t : XgbDMatrix::featureTypes(f.explain))
        types.append(QString::fromLatin1(t));
    const QJsonObject meta {{QStringLiteral("rows"), qint64(f.explain.rows)},
        {QStringLiteral("columns"), f.explain.columns},
        {QStringLiteral("names"), QJsonArray::fromStringList(f.explain.names)}, {QStringLiteral("types"), types},
        {QStringLiteral("threads"), o.threads}};
    const QByteArray json = QJsonDocument(meta).toJson();
    for (Status ok : {writeFile(dir + QStringLiteral("/meta.json"), json.constData(), json.size()),
             writeFile(dir + QStringLiteral("/model.ubj"), f.bytes.constData(), f.bytes.size()),
             writeFile(dir + QStringLiteral("/features.f32"), reinterpret_cast<const char*>(f.explain.values.data()),
                 qint64(f.explain.values.size() * sizeof(float)))})
        if (!ok)
            return ok;
    return {};
}

/// One timed TrainedModel::contributions pass.
Result<Contributions> oursOnce(const Fitted& f, ExplainBenchResult& r)
{
    const double cpu = BenchMachine::processCpuSeconds();
    QElapsedTimer timer;
    timer.start();
    auto contributions = f.model->contributions(f.explain);
    r.oursWall.append(BenchMachine::seconds(timer));
    r.oursCpu.append(BenchMachine::processCpuSeconds() - cpu);
    return contributions;
}

/// Largest |bias + sum(contributions) - predict()| over the rows (untimed).
Status checkAdditivity(const Fitted& f, const Contributions& c, ExplainBenchResult& r)
{
    auto predicted = f.model->predict(f.explain);
    if (!predicted)
        return fail(predicted.error());
    const auto columns = size_t(c.columns);
    if (c.bias.size() != predicted->size() || c.values.size() != predicted->size() * columns)
        return fail(ErrorCode::Integrity, QStringLiteral("contributions of an unexpected shape"));
    for (size_t row = 0; row < predicted->size(); ++row) {
        double sum = c.bias[row];
        for (size_t k = 0; k < columns; ++k)
            sum += c.values[row * columns + k];
        r.oursAdditivity = std::max(r.oursAdditivity, std::abs(sum - (*predicted)[row]));
    }
    return {};
}

/// One xgb_shap.py child with one timed pred_contribs pass; its JSON becomes r.python.
Status pythonOnce(const Options& o, const QString& dir, ExplainBenchResult& r)
{
    const QString json = dir + QStringLiteral("/python.json");
    const QStringList argv {o.python, o.script, QStringLiteral("--dir"), dir, QStringLiteral("--runs"),
        QStringLiteral("1"), QStringLiteral("--out"), json};
    const QStringList env {
        QStringLiteral("OMP_NUM_THREADS=%1").arg(o.threads), QStringLiteral("OMP_WAIT_POLICY=") + r.ompWaitPolicy};
    auto child
        = ChildProcess(o.spawner, dir)
              .runChecked({argv, {}, {}, dir + QStringLiteral("/python.err"), env}, QStringLiteral("xgb_shap.py"));
    if (!child)
        return fail(child.error());
    r.pythonChild = *child;
    QFile f(json);
    if (!f.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, QStringLiteral("xgb_shap.py wrote no JSON"));
    QJsonParseError error;
    r.python = QJsonDocument::fromJson(f.readAll(), &error).object();
    if (error.error != QJsonParseError::NoError)
        return fail(ErrorCode::Parse, QStringLiteral("xgb_shap.py wrote bad JSON: %1").arg(error.errorString()));
    const QJsonArray runs = r.python.value(QStringLiteral("runs")).toArray();
    if (runs.size() != 1)
        return fail(ErrorCode::Parse, QStringLiteral("xgb_shap.py timed %1 runs, expected 1").arg(runs.size()));
    r.pythonWall.append(runs.first().toDouble());
    r.pythonCpu.append(r.python.value(QStringLiteral("cpu")).toArray().first().toDouble());
    r.pythonAdditivity
        = std::max(r.pythonAdditivity, r.python.value(QStringLiteral("additivity_max_diff")).toDouble(qInf()));
    return {};
}

/// Compares python's last contributions (contribs.f32, bias last) with ours.
Status compare(const Contributions& ours, const QString& dir, ExplainBenchResult& r)
{
    QFile c(dir + QStringLiteral("/contribs.f32"));
    if (!c.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, QStringLiteral("xgb_shap.py wrote no contributions"));
    const QByteArray bytes = c.readAll();
    const auto columns = size_t(ours.columns);
    const size_t rows = ours.bias.size();
    if (size_t(bytes.size()) != rows * (columns + 1) * sizeof(float))
        return fail(ErrorCode::Integrity,
            QStringLiteral("python wrote %1 contributions, ours are %2 x %3")
                .arg(bytes.size() / 4)
                .arg(rows)
                .arg(columns + 1));
    const auto* theirs = reinterpret_cast<const float*>(bytes.constData());
    for (size_t row = 0; row < rows; ++row)
        for (size_t k = 0; k <= columns; ++k) { // the bias is the last column on both sides
            const double mine = k < columns ? ours.values[row * columns + k] : ours.bias[row];
            const double diff = std::abs(mine - double(theirs[row * (columns + 1) + k]));
            r.maxAbsDiff = std::isnan(diff) ? qInf() : std::max(r.maxAbsDiff, diff);
            r.maxAbsValue = std::max(r.maxAbsValue, std::abs(mine));
            ++r.comparedValues;
        }
    return {};
}

/// `o.runs` rounds of one ours pass and one python pass, alternating so that both see the same machine load.
Status measure(const Options& o, const Fitted& f, const QString& dir, ExplainBenchResult& r)
{
    r.loadOurs = BenchMachine::loadAverage();
    Result<Contributions> last = fail(ErrorCode::Unknown, QString());
    for (int i = 0; i < o.runs; ++i) {
        last = oursOnce(f, r);
        if (!last)
            return fail(last.error());
        if (Status ok = pythonOnce(o, dir, r); !ok)
            return ok;
        BenchMachine::out() << QStringLiteral("  run %1: ours %2 s (cpu %3 s), python %4 s (cpu %5 s) | load %6")
                                   .arg(i + 1)
                                   .arg(r.oursWall.last(), 0, 'f', 3)
                                   .arg(r.oursCpu.last(), 0, 'f', 2)
                                   .arg(r.pythonWall.last(), 0, 'f', 3)
                                   .arg(r.pythonCpu.last(), 0, 'f', 2)
                                   .arg(BenchMachine::loadAverage())
                            << Qt::endl;
    }
    r.loadPython = BenchMachine::loadAverage();
    if (Status ok = checkAdditivity(f, *last, r); !ok)
        return ok;
    return compare(*last, dir, r);
}

Status runBench(const Options& o, ExplainBenchResult& r)
{
    const ChildProcess children(o.spawner, o.workDir);
    auto csv = GeneratedCsv(children, o.python, o.generator, o.dataDir).ensure(o.rows, o.seed, BenchMachine::out());
    if (!csv)
        return fail(csv.error());
    BenchMachine::out() << "loading " << *csv << " ..." << Qt::endl;
    auto table = loadTable(*csv, r);
    if (!table)
        return fail(table.error());
    if (table->rowCount() < 2 * o.explainRows)
        return fail(ErrorCode::InvalidArgument,
            QStringLiteral("%1 table rows: need at least twice --explain-rows").arg(table->rowCount()));
    BenchMachine::out() << "fitting the model (untimed) ..." << Qt::endl;
    auto fitted = fitModel(o, *table, r);
    if (!fitted)
        return fail(fitted.error());
    *table = Table(); // the SHAP passes need the explained matrix only: give the memory back
    const QString dir = QStringLiteral("%1/explain-%2").arg(o.workDir).arg(getpid());
    QDir().mkpath(dir);
    struct RemoveAtExit {
        QString dir;
        ~RemoveAtExit() { QDir(dir).removeRecursively(); }
    } cleanup {dir};
    if (Status ok = writeInputs(o, *fitted, dir); !ok)
        return ok;
    BenchMachine::out() << "TreeSHAP of " << r.explainRows << " rows x" << o.runs
                        << ", alternating: ours TrainedModel::contributions, then " << o.script << " ..." << Qt::endl;
    return measure(o, *fitted, dir, r);
}

Result<Options> parseOptions(const QCoreApplication& app)
{
    BenchCommandLine p(QStringLiteral("Explainability benchmark: TreeSHAP vs python3-xgboost."));
    p.value("python", "Python interpreter that sees python3-xgboost", "/usr/bin/python3");
    p.value("script", "tests/bench/explain/xgb_shap.py");
    p.value("generator", "resources/demo/generate_sales.py");
    p.value("data-dir", "cache folder of the generated CSVs");
    p.value("work-dir", "scratch folder");
    p.value("rows", "rows of the generated file (the model is fitted on all but the explained ones)", "100000");
    p.value("explain-rows", "rows explained (the newest of the table)", "10000");
    p.value("seed", "generator seed", "7");
    p.value("threads", "threads of training and SHAP, both sides", "2");
    p.value("runs", "timed SHAP passes per side", "5");
    p.process(app);
    Options o;
    o.python = p.text("python");
    o.script = p.text("script");
    o.generator = p.text("generator");
    o.dataDir = p.text("data-dir");
    o.workDir = p.text("work-dir");
    o.rows = p.integer("rows");
    o.explainRows = p.integer("explain-rows");
    o.seed = int(p.integer("seed"));
    o.threads = int(p.integer("threads"));
    o.runs = int(p.integer("runs"));
    o.spawner = p.spawner();
    if (o.script.isEmpty() || o.generator.isEmpty() || o.dataDir.isEmpty() || o.workDir.isEmpty() || o.rows <= 0
        || o.explainRows <= 0 || o.threads <= 0 || o.runs <= 0)
        return fail(ErrorCode::InvalidArgument,
            QStringLiteral("need --script, --generator, --data-dir, --work-dir, positive --rows, --explain-rows, "
                           "--threads, --runs"));
    return o;
}

/// --threads as given on the command line (before QCommandLineParser exists), 2 when absent.
int threadsArgument(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--threads" && i + 1 < argc)
            return std::max(1, QByteArray(argv[i + 1]).toInt());
        if (arg.startsWith("--threads="))
            return std::max(1, arg.mid(10).toInt());
    }
    return 2;
}

/// OpenMP reads OMP_* when libgomp loads, before main(): when this process lacks the values both sides must
/// share, set them and execute this program again (once: the values are then present).
void ensureOpenMpEnvironment(int argc, char* argv[])
{
    const QByteArray wanted = QByteArray::number(threadsArgument(argc, argv));
    if (qgetenv("OMP_NUM_THREADS") == wanted && !qgetenv("OMP_WAIT_POLICY").isEmpty())
        return;
    qputenv("OMP_NUM_THREADS", wanted);
    if (qgetenv("OMP_WAIT_POLICY").isEmpty())
        qputenv("OMP_WAIT_POLICY", "passive");
    execv("/proc/self/exe", argv);
    QTextStream(stderr) << "bench_explain: cannot re-execute itself; OpenMP keeps its environment" << Qt::endl;
}

} // namespace

int main(int argc, char* argv[])
{
    ensureOpenMpEnvironment(argc, argv);
    QCoreApplication app(argc, argv);
    auto options = parseOptions(app);
    if (!options) {
        QTextStream(stderr) << "bench_explain: " << options.error().userMessage << Qt::endl;
        return 2;
    }
    QDir().mkpath(options->workDir);
    ExplainBenchResult r;
    r.csvRows = options->rows;
    r.threads = options->threads;
    r.ompWaitPolicy = QString::fromLocal8Bit(qgetenv("OMP_WAIT_POLICY"));
    r.loadBefore = BenchMachine::loadAverage();
    BenchMachine::out() << "bench_explain: load average " << r.loadBefore << " on " << BenchMachine::cores() << " cores"
                        << Qt::endl;
    Status ok = runBench(*options, r);
    if (ok) { // the table also explains a failed cross-check
        r.loadAfter = BenchMachine::loadAverage();
        ExplainBenchReport::print(r, BenchMachine::out());
        ok = ExplainBenchReport::verify(r);
    }
    if (!ok) {
        QTextStream(stderr) << "bench_explain: FAILED: " << ok.error().userMessage << ' ' << ok.error().detail
                            << Qt::endl;
        return 1;
    }
    return 0;
}
