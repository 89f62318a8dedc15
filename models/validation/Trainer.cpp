// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/validation/Trainer.h"

#include "models/core/ModelsLog.h"
#include "models/schema/CarSchema.h"
#include "models/validation/SplitMix64.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <numeric>
#include <optional>

namespace valuator {

namespace {

constexpr qint64 kPerMille = 1000;

/// Maps a stage's own progress (a fold, the final fit) onto the run's per-mille and remembers a cancel.
class StageProgress {
public:
    StageProgress(const ProgressFn& fn, int stages)
        : m_fn(fn)
        , m_stages(std::max(stages, 1))
    {
    }

    bool report(int stage, qint64 done, qint64 total)
    {
        if (m_cancelled)
            return false;
        const qint64 local = total > 0 ? std::clamp(done * kPerMille / total, qint64(0), kPerMille) : 0;
        const qint64 value = (qint64(stage) * kPerMille + local) / m_stages;
        m_cancelled = !reportProgress(m_fn, value, kPerMille);
        return !m_cancelled;
    }
    bool cancelled() const { return m_cancelled; }

private:
    const ProgressFn& m_fn;
    int m_stages;
    bool m_cancelled = false;
};

/// What one fit produced: the spec learned from the training rows, the model, its learning curve.
struct Fitted {
    FeatureSpec spec;
    std::unique_ptr<TrainedModel> model;
    QList<CurvePoint> curve;
};

/// Everything one fit needs besides its rows.
struct FitContext {
    const Table& table;
    const TrainingConfig& config;
    const Learner& learner;
    StageProgress& progress;
    const Trainer::CurveFn& onIteration;
};

std::vector<float> gather(const std::vector<float>& values, std::span<const int64_t> rows)
{
    std::vector<float> out(rows.size());
    for (size_t i = 0; i < rows.size(); ++i)
        out[i] = values[size_t(rows[i])];
    return out;
}

/// The early-stopping slice of `rows` (see Trainer): a split of the training rows with the run's split kind.
/// None when there are too few rows to spare one (the learner then fits without a validation set).
std::optional<Fold> validationSlice(const Table& table, const SplitSpec& split, std::span<const int64_t> rows, int fold)
{
    constexpr size_t kMinRows = 20;
    if (rows.size() < kMinRows)
        return std::nullopt;
    SplitSpec s = split;
    if (s.kind == SplitKind::Time) {
        s.testShare = Trainer::kValidationShare;
    } else {
        s.folds = int(std::lround(1.0 / Trainer::kValidationShare));
        s.seed = SplitMix64::derive(split.seed, uint64_t(fold + 1));
    }
    auto folds = Splitter::make(table, s, rows);
    if (!folds || folds->front().train.empty() || folds->front().test.empty())
        return std::nullopt;
    return std::move(folds->front());
}

Result<Fitted> fitOn(const FitContext& ctx, std::span<const int64_t> trainRows, int fold, int stage)
{
    auto spec = FeatureSpec::build(ctx.table, ctx.config.features, trainRows);
    if (!spec)
        return fail(spec.error());
    auto target = spec->target(ctx.table);
    if (!target)
        return fail(target.error());
    std::vector<int64_t> fitRows(trainRows.begin(), trainRows.end());
    std::vector<int64_t> validRows;
    if (Trainer::usesEarlyStopping(ctx.learner)) {
        if (auto slice = validationSlice(ctx.table, ctx.config.split, trainRows, fold)) {
            fitRows = std::move(slice->train);
            validRows = std::move(slice->test);
        }
    }
    auto x = spec->transform(ctx.table, fitRows);
    if (!x)
        return fail(x.error());
    FeatureMatrix validX;
    if (!validRows.empty()) {
        auto v = spec->transform(ctx.table, validRows);
        if (!v)
            return fail(v.error());
        validX = std::move(*v);
    }
    const std::vector<float> y = gather(*target, fitRows);
    const std::vector<float> validY = gather(*target, validRows);

    Fitted fitted;
    FitOptions options;
    options.threads = ctx.config.threads;
    options.seed = ctx.config.split.seed;
    options.progress = [&](qint64 done, qint64 total) { return ctx.progress.report(stage, done, total); };
    options.onIteration = [&](int iteration, double trainRmse, double validRmse) {
        const CurvePoint point {iteration, trainRmse, validRmse};
        fitted.curve << point;
        if (ctx.onIteration)
            ctx.onIteration(fold, point);
    };
    auto model = ctx.learner.fit(*x, y, validRows.empty() ? nullptr : &validX, validY, options);
    if (ctx.progress.cancelled() || (!model && model.error().code == ErrorCode::Cancelled))
        return fail(Error::cancelled());
    if (!model)
        return fail(model.error());
    fitted.spec = std::move(*spec);
    fitted.model = std::move(*model);
    return fitted;
}

/// Fits on the fold's training rows and scores its test rows; appends the out-of-fold predictions to `run`.
Result<FoldResult> validateFold(const FitContext& ctx, const Fold& fold, int index, TrainingRun& run)
{
    auto fitted = fitOn(ctx, fold.train, index, index);
    if (!fitted)
        return fail(fitted.error());
    TransformReport report;
    auto x = fitted->spec.transform(ctx.table, fold.test, &report);
    if (!x)
        return fail(x.error());
    auto predicted = fitted->model->predict(*x);
    if (!predicted)
        return fail(predicted.error());
    if (predicted->size() != fold.test.size())
        return fail(ErrorCode::Unknown, Trainer::tr("The model returned a wrong number of predictions."),
            QStringLiteral("%1 predictions for %2 rows").arg(predicted->size()).arg(fold.test.size()));
    const Column* price = ctx.table.find(QLatin1String(CarSchema::field(CarField::SalePrice).key));
    std::vector<double> actual(fold.test.size());
    std::vector<double> prices(fold.test.size());
    for (size_t i = 0; i < fold.test.size(); ++i) {
        actual[i] = price->number(fold.test[i]);
        prices[i] = fitted->spec.toPrice((*predicted)[i]);
    }
    FoldResult result;
    result.fold = index;
    result.trainRows = qint64(fold.train.size());
    result.testRows = qint64(fold.test.size());
    result.metrics = Metrics::compute(actual, prices);
    result.model = fitted->model->summary();
    result.curve = fitted->curve;
    run.testRows.insert(run.testRows.end(), fold.test.begin(), fold.test.end());
    run.actual.insert(run.actual.end(), actual.begin(), actual.end());
    run.predicted.insert(run.predicted.end(), prices.begin(), prices.end());
    run.transform.merge(report);
    qCInfo(lcTrain) << "fold" << index << "train" << result.trainRows << "test" << result.testRows << "median APE"
                    << result.metrics.medianApe;
    return result;
}

/// Orders the out-of-fold predictions by table row (k-fold folds interleave).
void sortByRow(TrainingRun& run)
{
    std::vector<size_t> order(run.testRows.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return run.testRows[a] < run.testRows[b]; });
    auto permute = [&](auto& v) {
        auto copy = v;
        for (size_t i = 0; i < order.size(); ++i)
            v[i] = copy[order[i]];
    };
    permute(run.testRows);
    permute(run.actual);
    permute(run.predicted);
}

} // namespace

bool Trainer::usesEarlyStopping(const Learner& learner)
{
    const QJsonValue v = learner.parameters().value(QStringLiteral("early_stopping_rounds"));
    return v.toVariant().toDouble() > 0;
}

Result<TrainingRun> Trainer::run(const Table& table, const TrainingConfig& config, const Learner& learner,
    const ProgressFn& progress, const CurveFn& onIteration)
{
    const auto start = std::chrono::steady_clock::now();
    const Column* price = table.find(QLatin1String(CarSchema::field(CarField::SalePrice).key));
    if (!price || (price->type() != ColumnType::Float64 && price->type() != ColumnType::Int64))
        return fail(ErrorCode::InvalidArgument, tr("The data has no numeric sale_price column to learn from."));
    std::vector<int64_t> usable;
    for (int64_t r = 0; r < table.rowCount(); ++r)
        if (const double p = price->number(r); p > 0 && std::isfinite(p))
            usable.push_back(r);
    if (usable.size() < 2)
        return fail(ErrorCode::InvalidArgument, tr("There are too few rows with a price to train on."),
            QStringLiteral("%1 usable rows").arg(usable.size()));
    auto folds = Splitter::make(table, config.split, usable);
    if (!folds)
        return fail(folds.error());

    TrainingRun run;
    run.config = config;
    run.parameters = learner.parameters();
    run.usableRows = qint64(usable.size());
    const int stages = int(folds->size()) + (config.trainFinalModel ? 1 : 0);
    StageProgress stageProgress(progress, stages);
    const FitContext ctx {table, config, learner, stageProgress, onIteration};
    for (size_t i = 0; i < folds->size(); ++i) {
        if (!stageProgress.report(int(i), 0, 1))
            return fail(Error::cancelled());
        auto fold = validateFold(ctx, (*folds)[i], int(i), run);
        if (!fold)
            return fail(fold.error());
        run.folds << *fold;
    }
    sortByRow(run);
    run.overall = Metrics::compute(run.actual, run.predicted);
    if (config.trainFinalModel) {
        if (!stageProgress.report(stages - 1, 0, 1))
            return fail(Error::cancelled());
        auto fitted = fitOn(ctx, usable, -1, stages - 1);
        if (!fitted)
            return fail(fitted.error());
        run.spec = std::move(fitted->spec);
        run.model = std::shared_ptr<TrainedModel>(std::move(fitted->model));
        run.finalCurve = fitted->curve;
    }
    if (!stageProgress.report(stages, 0, 1))
        return fail(Error::cancelled());
    run.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return run;
}

} // namespace valuator
