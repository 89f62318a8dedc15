// SPDX-License-Identifier: GPL-3.0-or-later
// bench_training: the "Speed" targets of the model-training issue.
//  1. Training XGBoost (300 trees, depth 8, eta 0.1, hist, --threads threads) on the same generated 1M-row data
//     against python3-xgboost (Debian's /usr/bin/python3, the same libxgboost 1.7.4) in the same run: target
//     ours/python <= 1.0 end to end, data loading included, and the same validation MAE (within 1 %).
//  2. Batch prediction of every row: target ours/python3-xgboost <= 1.0.
//  3. python3-sklearn's HistGradientBoostingRegressor on the same split: time and MAE side by side (no target).
//
// Method: the input comes from resources/demo/generate_sales.py (cached in --data-dir, shared with the other
// benches: see GeneratedCsv). Ours, in this process and timed end to end: read the CSV and importCsvToTable (the
// dialect detection, typing and auto-mapping of a real import), then Trainer::run with the xgboost learner, the
// overrides rounds=300 max_depth=8 eta=0.1 early_stopping_rounds=0, a time split (train on the older 80 %, test
// the newest 20 %) and no final model; its MAE is the fold's, in price space.
// Then, untimed, the bench rebuilds that fold (the same Splitter, FeatureSpec::build on the training rows — both
// timed again for the breakdown) and writes the features FeatureSpec::transform makes for every table row, the
// log-price target, each row's role (train/test/unused) and the prices as flat binary files with a meta.json
// (see xgb_training.py). Python's side loads those files — easier than our CSV -> Table -> features path, which
// favours the peer — builds the DMatrix with the same feature types (native categoricals), trains with the
// parameters our XgbLearner sets (base_score = the mean training target, the same per-round train RMSE), predicts
// the test rows and times the batch prediction of all rows; it saves its model, which ours then loads
// (XgbBooster::load + XgbModel::fromBooster with --threads) to time our batch prediction (FeatureSpec::transform
// of the whole Table + TrainedModel::predict) on the very same trees. sklearn runs as a second child with
// OMP_NUM_THREADS=--threads.
//
// Fails (exit 1) when a side fails or the sides did not see the same data: python's train/test row counts must
// equal our fold's, our rebuilt fold must equal Trainer's, and both sides' predictions of the same model on every
// row must agree (TrainingBenchReport::kPredictionTolerance). Missing a target is reported (MISSED), not failed:
// timings on shared machines are noisy.
#include "models/importing/TableSink.h"
#include "models/learners/XgbDMatrix.h"
#include "models/learners/XgbModel.h"
#include "models/schema/CarSchema.h"
#include "models/validation/Trainer.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <time.h>
#include <unistd.h>

#include <cmath>
#include <limits>

#include "tests/bench/import/BenchCommandLine.h"
#include "tests/bench/import/BenchMachine.h"
#include "tests/bench/import/ChildProcess.h"
#include "tests/bench/import/GeneratedCsv.h"
#include "tests/bench/training/TrainingBenchReport.h"

using namespace valuator;

namespace {

struct Options {
    QString python, script, generator, dataDir, workDir, spawner;
    qint64 rows = 1000000;
    int seed = 7;
    int threads = 2;
    int runs = 3; ///< batch predictions per side
    int trainRuns = 3; ///< end-to-end trainings per side, alternating
    bool sklearn = true;
    bool keepWork = false; ///< keep the design matrix and the models for a look afterwards
};

/// The configuration: xgboost with 300 depth-8 trees, eta 0.1, no early stopping; the newest 20 % test.
TrainingConfig trainingConfig(const Options& o)
{
    TrainingConfig c;
    c.learner.learner = QStringLiteral("xgboost");
    c.learner.preset = QStringLiteral("balanced");
    c.learner.overrides = {{QStringLiteral("rounds"), QStringLiteral("300")},
        {QStringLiteral("max_depth"), QStringLiteral("8")}, {QStringLiteral("eta"), QStringLiteral("0.1")},
        {QStringLiteral("early_stopping_rounds"), QStringLiteral("0")}};
    c.split.kind = SplitKind::Time;
    c.split.testShare = 0.2;
    c.threads = o.threads;
    c.trainFinalModel = false;
    return c;
}

/// Ours, timed end to end: the CSV file read, importCsvToTable, Trainer::run.
Result<Table> measureOurs(const QString& csv, const TrainingConfig& config, TrainingBenchResult& r)
{
    if (r.loadOurs.isEmpty())
        r.loadOurs = BenchMachine::loadAverage();
    const double cpu = BenchMachine::processCpuSeconds();
    QElapsedTimer timer;
    timer.start();
    QFile f(csv);
    if (!f.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, QStringLiteral("Cannot read %1").arg(csv));
    const QByteArray bytes = f.readAll();
    auto imported = importCsvToTable(bytes);
    if (!imported)
        return fail(imported.error());
    const double load = BenchMachine::seconds(timer);
    r.csvBytes = bytes.size();
    timer.restart();
    auto run = Trainer::run(imported->table, config);
    if (!run)
        return fail(run.error());
    r.oursLoad.append(load);
    r.oursTrainer.append(BenchMachine::seconds(timer));
    r.oursTotals.append(load + r.oursTrainer.last());
    r.oursCpu.append(BenchMachine::processCpuSeconds() - cpu);
    if (run->folds.size() != 1)
        return fail(ErrorCode::Integrity, QStringLiteral("a time split made %1 folds").arg(run->folds.size()));
    const FoldResult& fold = run->folds.front();
    r.oursMae = fold.metrics.mae;
    r.oursMaeRows = fold.metrics.count;
    r.trainRows = fold.trainRows;
    r.testRows = fold.testRows;
    r.trees = fold.model.value(QStringLiteral("trees_used")).toInt();
    r.tableRows = imported->table.rowCount();
    BenchMachine::out() << QStringLiteral("  ours: load %1 s + Trainer::run %2 s = %3 s (cpu %4 s), MAE %5 | load %6")
                               .arg(r.oursLoad.last(), 0, 'f', 2)
                               .arg(r.oursTrainer.last(), 0, 'f', 2)
                               .arg(r.oursTotals.last(), 0, 'f', 2)
                               .arg(r.oursCpu.last(), 0, 'f', 1)
                               .arg(r.oursMae, 0, 'f', 1)
                               .arg(BenchMachine::loadAverage())
                        << Qt::endl;
    return std::move(imported->table);
}

template <typename T> Status writeRaw(const QString& path, const std::vector<T>& values)
{
    QFile f(path);
    const auto bytes = qint64(values.size() * sizeof(T));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || f.write(reinterpret_cast<const char*>(values.data()), bytes) != bytes)
        return fail(ErrorCode::Io, QStringLiteral("Cannot write %1").arg(path));
    return {};
}

/// The booster parameters XgbLearner's configure() sets (base_score aside: python computes the mean target).
QJsonObject boosterParameters(const Learner& learner, const TrainingConfig& config)
{
    const QJsonObject p = learner.parameters();
    QJsonObject b {{QStringLiteral("objective"), QStringLiteral("reg:squarederror")},
        {QStringLiteral("tree_method"), QStringLiteral("hist")},
        {QStringLiteral("eval_metric"), QStringLiteral("rmse")}, {QStringLiteral("verbosity"), 1},
        {QStringLiteral("nthread"), config.threads}, {QStringLiteral("seed"), qint64(config.split.seed & 0x7fffffffu)},
        {QStringLiteral("seed_per_iteration"), 1}};
    for (const char* key : {"eta", "max_depth", "subsample", "colsample_bytree", "min_child_weight", "lambda", "alpha",
             "max_bin", "max_cat_to_onehot"})
        b.insert(QLatin1String(key), p.value(QLatin1String(key)));
    return b;
}

/// The meta.json of the design matrix (see xgb_training.py).
QJsonObject designMeta(
    const FeatureMatrix& m, const FeatureSpec& spec, const Learner& learner, const TrainingConfig& config)
{
    QJsonArray types;
    for (const QByteArray& t : XgbDMatrix::featureTypes(m))
        types.append(QString::fromLatin1(t));
    QJsonArray counts;
    for (int c : m.categoryCounts)
        counts.append(c);
    return {{QStringLiteral("rows"), qint64(m.rows)}, {QStringLiteral("columns"), m.columns},
        {QStringLiteral("names"), QJsonArray::fromStringList(m.names)}, {QStringLiteral("types"), types},
        {QStringLiteral("category_counts"), counts}, {QStringLiteral("log_target"), spec.options().logTarget},
        {QStringLiteral("params"), boosterParameters(learner, config)},
        {QStringLiteral("rounds"), learner.parameters().value(QStringLiteral("rounds")).toInt()},
        {QStringLiteral("threads"), config.threads}};
}

/// What the untimed rebuild of the fold keeps for the batch prediction and the cross-checks.
struct Design {
    FeatureSpec spec;
    std::vector<uint8_t> role; ///< per table row: 0 unused, 1 train, 2 test
    std::vector<double> actual; ///< per table row: the sale price, NaN when not usable
};

/// Rebuilds Trainer's fold (untimed for the targets; the spec and the training transform are timed for the
/// breakdown) and writes the design matrix of every table row to `dir`.
Result<Design> exportDesign(
    const Table& table, const TrainingConfig& config, const QString& dir, TrainingBenchResult& r)
{
    const Column* price = table.find(QLatin1String(CarSchema::field(CarField::SalePrice).key));
    Design d;
    d.role.assign(size_t(table.rowCount()), 0);
    d.actual.assign(size_t(table.rowCount()), std::numeric_limits<double>::quiet_NaN());
    std::vector<int64_t> usable;
    for (int64_t row = 0; row < table.rowCount(); ++row)
        if (const double p = price->number(row); p > 0 && std::isfinite(p)) {
            usable.push_back(row);
            d.actual[size_t(row)] = p;
        }
    auto folds = Splitter::make(table, config.split, usable);
    if (!folds)
        return fail(folds.error());
    const Fold& fold = folds->front();
    if (qint64(fold.train.size()) != r.trainRows || qint64(fold.test.size()) != r.testRows)
        return fail(ErrorCode::Integrity,
            QStringLiteral("the rebuilt fold differs from Trainer's: train %1/%2, test %3/%4")
                .arg(fold.train.size())
                .arg(r.trainRows)
                .arg(fold.test.size())
                .arg(r.testRows));
    for (int64_t row : fold.train)
        d.role[size_t(row)] = 1;
    for (int64_t row : fold.test)
        d.role[size_t(row)] = 2;
    QElapsedTimer timer;
    timer.start();
    auto spec = FeatureSpec::build(table, config.features, fold.train);
    if (!spec)
        return fail(spec.error());
    r.specBuild = BenchMachine::seconds(timer);
    timer.restart();
    if (auto x = spec->transform(table, fold.train); !x)
        return fail(x.error());
    r.transformTrain = BenchMachine::seconds(timer);
    auto all = spec->transform(table);
    auto target = spec->target(table);
    auto learner = LearnerFactory::create(config.learner);
    if (!all || !target || !learner)
        return fail(!all ? all.error() : !target ? target.error() : learner.error());
    r.features = all->columns;
    const QJsonObject meta = designMeta(*all, *spec, **learner, config);
    QFile f(dir + QStringLiteral("/meta.json"));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(QJsonDocument(meta).toJson()) < 0)
        return fail(ErrorCode::Io, QStringLiteral("Cannot write %1").arg(f.fileName()));
    for (Status ok : {writeRaw(dir + QStringLiteral("/features.f32"), all->values),
             writeRaw(dir + QStringLiteral("/label.f32"), *target), writeRaw(dir + QStringLiteral("/role.u8"), d.role),
             writeRaw(dir + QStringLiteral("/actual.f64"), d.actual)})
        if (!ok)
            return fail(ok.error());
    d.spec = std::move(*spec);
    return d;
}

/// Runs xgb_training.py --part `part` (with `batchRuns` timed batch predictions) and reads its JSON.
Result<QJsonObject> runPython(const Options& o, const QString& dir, const QString& part, int batchRuns, ChildRun& child)
{
    const QString json = dir + QStringLiteral("/%1.json").arg(part);
    const QStringList argv {o.python, o.script, QStringLiteral("--dir"), dir, QStringLiteral("--part"), part,
        QStringLiteral("--runs"), QString::number(batchRuns), QStringLiteral("--out"), json};
    const QStringList env {QStringLiteral("OMP_NUM_THREADS=%1").arg(o.threads)};
    auto run = ChildProcess(o.spawner, dir)
                   .runChecked({argv, {}, {}, dir + QStringLiteral("/%1.err").arg(part), env},
                       QStringLiteral("xgb_training.py ") + part);
    if (!run)
        return fail(run.error());
    child = *run;
    QFile f(json);
    if (!f.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, QStringLiteral("xgb_training.py wrote no JSON"));
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(f.readAll(), &error).object();
    if (error.error != QJsonParseError::NoError)
        return fail(ErrorCode::Parse, QStringLiteral("xgb_training.py wrote bad JSON: %1").arg(error.errorString()));
    return object;
}

/// Our model from python's trees (the same booster): XgbModel with all rounds and our thread count.
Result<std::unique_ptr<XgbModel>> loadPythonModel(const QString& dir, int threads, const QJsonObject& parameters)
{
    QFile f(dir + QStringLiteral("/model.ubj"));
    if (!f.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, QStringLiteral("xgb_training.py wrote no model"));
    auto booster = XgbBooster::load(f.readAll());
    if (!booster)
        return fail(booster.error());
    auto rounds = booster->boostedRounds();
    if (!rounds)
        return fail(rounds.error());
    return XgbModel::fromBooster(std::move(*booster), *rounds - 1, threads, parameters);
}

/// Our batch prediction of every table row, `o.runs` times: FeatureSpec::transform + TrainedModel::predict.
/// Then compares the predictions with python's and scores the test rows.
Status measureBatch(const Options& o, const Table& table, const Design& d, const QString& dir, TrainingBenchResult& r)
{
    r.loadBatch = BenchMachine::loadAverage();
    std::vector<double> predicted;
    for (int i = 0; i < o.runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        // Loaded afresh every run, so the one-off work of the first prediction (compiling and checking the
        // forest, see XgbModel) counts every time.
        auto model = loadPythonModel(dir, o.threads, {});
        if (!model)
            return fail(model.error());
        r.batchModel.append(BenchMachine::seconds(timer));
        auto x = d.spec.transform(table);
        if (!x)
            return fail(x.error());
        r.batchTransform.append(BenchMachine::seconds(timer) - r.batchModel.last());
        auto p = (*model)->predict(*x);
        if (!p)
            return fail(p.error());
        r.batchTotal.append(BenchMachine::seconds(timer));
        r.batchPredict.append(r.batchTotal.last() - r.batchTransform.last() - r.batchModel.last());
        predicted = std::move(*p);
        BenchMachine::out() << QStringLiteral(
            "  run %1: model %2 s + transform %3 s + predict %4 s (compiled forest: %5) | load %6")
                                   .arg(i + 1)
                                   .arg(r.batchModel.last(), 0, 'f', 3)
                                   .arg(r.batchTransform.last(), 0, 'f', 3)
                                   .arg(r.batchPredict.last(), 0, 'f', 3)
                                   .arg((*model)->usesForest() ? QStringLiteral("yes") : QStringLiteral("no"))
                                   .arg(BenchMachine::loadAverage())
                            << Qt::endl;
    }
    QFile f(dir + QStringLiteral("/predictions.f32"));
    if (!f.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, QStringLiteral("xgb_training.py wrote no predictions"));
    const QByteArray bytes = f.readAll();
    if (size_t(bytes.size()) != predicted.size() * sizeof(float))
        return fail(ErrorCode::Integrity,
            QStringLiteral("python predicted %1 rows, ours %2").arg(bytes.size() / 4).arg(predicted.size()));
    const auto* theirs = reinterpret_cast<const float*>(bytes.constData());
    std::vector<double> actual, prices;
    for (size_t i = 0; i < predicted.size(); ++i) {
        r.predictionMaxDiff = std::max(r.predictionMaxDiff, std::abs(predicted[i] - double(theirs[i])));
        if (d.role[i] == 2) {
            actual.push_back(d.actual[i]);
            prices.push_back(d.spec.toPrice(predicted[i]));
        }
    }
    r.oursMaeSameModel = Metrics::compute(actual, prices).mae;
    return {};
}

Status runBench(const Options& o, TrainingBenchResult& r)
{
    const ChildProcess children(o.spawner, o.workDir);
    auto csv = GeneratedCsv(children, o.python, o.generator, o.dataDir).ensure(o.rows, o.seed, BenchMachine::out());
    if (!csv)
        return fail(csv.error());
    const TrainingConfig config = trainingConfig(o);
    const QString dir = QStringLiteral("%1/training-%2").arg(o.workDir).arg(getpid());
    QDir().mkpath(dir);
    struct RemoveAtExit {
        QString dir;
        bool keep;
        ~RemoveAtExit()
        {
            if (keep)
                BenchMachine::out() << "kept the work folder " << dir << Qt::endl;
            else
                QDir(dir).removeRecursively();
        }
    } cleanup {dir, o.keepWork};
    BenchMachine::out() << "training x" << o.trainRuns << ", ours and python3-xgboost alternating (" << o.threads
                        << " threads); ours: " << *csv << " -> importCsvToTable -> Trainer::run ..." << Qt::endl;
    Table table;
    Result<Design> design = fail(ErrorCode::Unknown, QString());
    for (int i = 0; i < o.trainRuns; ++i) {
        auto loaded = measureOurs(*csv, config, r);
        if (!loaded)
            return fail(loaded.error());
        table = std::move(*loaded);
        if (i == 0) {
            BenchMachine::out() << "  writing the fold's design matrix (untimed) ..." << Qt::endl;
            design = exportDesign(table, config, dir, r);
            if (!design)
                return fail(design.error());
            r.loadPython = BenchMachine::loadAverage();
        }
        const bool last = i + 1 == o.trainRuns;
        auto xgb = runPython(o, dir, QStringLiteral("xgboost"), last ? o.runs : 0, r.xgboostChild);
        if (!xgb)
            return fail(xgb.error());
        r.xgboost = *xgb;
        r.pythonTotals.append(xgb->value(QStringLiteral("total")).toDouble());
        BenchMachine::out()
            << QStringLiteral("  python3-xgboost: %1 s (train %2 s), MAE %3 | load %4")
                   .arg(r.pythonTotals.last(), 0, 'f', 2)
                   .arg(xgb->value(QStringLiteral("steps")).toObject().value(QStringLiteral("train")).toDouble(), 0,
                       'f', 2)
                   .arg(xgb->value(QStringLiteral("mae")).toDouble(), 0, 'f', 1)
                   .arg(BenchMachine::loadAverage())
            << Qt::endl;
    }
    BenchMachine::out() << "ours: batch prediction of " << table.rowCount() << " rows x" << o.runs << " ..."
                        << Qt::endl;
    if (Status ok = measureBatch(o, table, *design, dir, r); !ok)
        return ok;
    if (o.sklearn) {
        BenchMachine::out() << "python3-sklearn: HistGradientBoostingRegressor ..." << Qt::endl;
        r.loadSklearn = BenchMachine::loadAverage();
        auto sk = runPython(o, dir, QStringLiteral("sklearn"), 0, r.sklearnChild);
        if (!sk)
            return fail(sk.error());
        r.sklearn = *sk;
    }
    return {};
}

Result<Options> parseOptions(const QCoreApplication& app)
{
    BenchCommandLine p(
        QStringLiteral("Training benchmark: XGBoost training and batch prediction vs python3-xgboost and sklearn."));
    p.value("python", "Python interpreter that sees python3-xgboost and python3-sklearn", "/usr/bin/python3");
    p.value("script", "tests/bench/training/xgb_training.py");
    p.value("generator", "resources/demo/generate_sales.py");
    p.value("data-dir", "cache folder of the generated CSVs");
    p.value("work-dir", "scratch folder (the design matrix: about 250 MB per million rows)");
    p.value("rows", "rows of the generated file", "1000000");
    p.value("seed", "generator seed", "7");
    p.value("threads", "threads of training and prediction, both sides", "2");
    p.value("runs", "timed batch predictions per side", "3");
    p.value("train-runs", "timed end-to-end trainings per side (ours and python alternate)", "3");
    p.flag("skip-sklearn", "do not run the sklearn comparison");
    p.flag("keep-work", "keep the design matrix and the models afterwards");
    p.process(app);
    Options o;
    o.python = p.text("python");
    o.script = p.text("script");
    o.generator = p.text("generator");
    o.dataDir = p.text("data-dir");
    o.workDir = p.text("work-dir");
    o.rows = p.integer("rows");
    o.seed = int(p.integer("seed"));
    o.threads = int(p.integer("threads"));
    o.runs = int(p.integer("runs"));
    o.trainRuns = int(p.integer("train-runs"));
    o.sklearn = !p.isSet("skip-sklearn");
    o.keepWork = p.isSet("keep-work");
    o.spawner = p.spawner();
    if (o.script.isEmpty() || o.generator.isEmpty() || o.dataDir.isEmpty() || o.workDir.isEmpty() || o.rows <= 0
        || o.threads <= 0 || o.runs <= 0 || o.trainRuns <= 0)
        return fail(ErrorCode::InvalidArgument,
            QStringLiteral("need --script, --generator, --data-dir, --work-dir, positive --rows, --threads, --runs, "
                           "--train-runs"));
    return o;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    auto options = parseOptions(app);
    if (!options) {
        QTextStream(stderr) << "bench_training: " << options.error().userMessage << Qt::endl;
        return 2;
    }
    QDir().mkpath(options->workDir);
    TrainingBenchResult r;
    r.rows = options->rows;
    r.threads = options->threads;
    r.loadBefore = BenchMachine::loadAverage();
    BenchMachine::out() << "bench_training: load average " << r.loadBefore << " on " << BenchMachine::cores()
                        << " cores" << Qt::endl;
    Status ok = runBench(*options, r);
    if (ok) { // the table also explains a failed cross-check
        r.loadAfter = BenchMachine::loadAverage();
        TrainingBenchReport::print(r, BenchMachine::out());
        ok = TrainingBenchReport::verify(r);
    }
    if (!ok) {
        QTextStream(stderr) << "bench_training: FAILED: " << ok.error().userMessage << ' ' << ok.error().detail
                            << Qt::endl;
        return 1;
    }
    return 0;
}
