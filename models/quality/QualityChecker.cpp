// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/quality/QualityChecker.h"

#include "models/quality/CheckContext.h"
#include "models/quality/ParallelTasks.h"
#include "models/quality/Profiler.h"
#include "models/quality/QualityChecks.h"

namespace valuator {

namespace {

QualityOptions effectiveOptions(const QualityOptions& given)
{
    QualityOptions o = given;
    o.profile.referenceDate = o.referenceDate;
    o.profile.threads = o.threads;
    if (o.referenceDate.isValid() && !o.impossible.maxSaleDate.isValid())
        o.impossible.maxSaleDate = o.referenceDate;
    return o;
}

} // namespace

Result<QualityReport> QualityChecker::run(const Table& table, const QualityOptions& given, const ProgressFn& progress)
{
    QualityReport report;
    report.options = effectiveOptions(given);
    if (!reportProgress(progress, 0, 0))
        return fail(Error::cancelled());
    const CheckContext ctx(table, report.options);
    report.brandSpelling = ctx.brands();
    report.modelSpelling = ctx.models();

    // One slot per check group, filled by its task; assembled in this fixed order afterwards.
    enum Slot { Completeness, Exact, PlateDate, Impossible, Mileage, Outliers, Spelling, Equipment, Fresh, Space, N };
    std::vector<QList<QualityCheck>> results(N);
    std::vector<ParallelTasks::Task> tasks;
    auto one = [](QualityCheck c) { return c.id.isEmpty() ? QList<QualityCheck>() : QList<QualityCheck> {c}; };
    // The largest tasks first: the pool takes tasks in order.
    tasks.push_back(
        [&](const std::atomic<bool>& cancel) { results[Exact] = one(QualityChecks::exactDuplicates(ctx, cancel)); });
    tasks.push_back([&](const std::atomic<bool>& cancel) {
        results[Outliers] = one(QualityChecks::priceOutliers(ctx, cancel, report.priceOutliers));
    });
    tasks.push_back([&](const std::atomic<bool>& cancel) {
        results[PlateDate] = one(QualityChecks::plateSaleDateDuplicates(ctx, cancel));
    });
    std::vector<ParallelTasks::Task> profileTasks = Profiler::tasks(table, report.options.profile, report.profile);
    for (ParallelTasks::Task& t : profileTasks)
        tasks.push_back(std::move(t));
    tasks.push_back([&](const std::atomic<bool>&) { results[Completeness] = QualityChecks::completeness(ctx); });
    tasks.push_back([&](const std::atomic<bool>&) { results[Impossible] = QualityChecks::impossibleValues(ctx); });
    tasks.push_back([&](const std::atomic<bool>&) { results[Mileage] = one(QualityChecks::mileagePerYear(ctx)); });
    tasks.push_back([&](const std::atomic<bool>&) { results[Spelling] = QualityChecks::spelling(ctx); });
    tasks.push_back([&](const std::atomic<bool>&) { results[Equipment] = QualityChecks::equipment(ctx); });
    tasks.push_back([&](const std::atomic<bool>&) { results[Fresh] = QualityChecks::freshness(ctx); });
    tasks.push_back([&](const std::atomic<bool>&) { results[Space] = one(QualityChecks::whitespace(ctx)); });
    if (Status s = ParallelTasks::run(std::move(tasks), report.options.threads, progress); !s)
        return fail(s.error());

    for (const QList<QualityCheck>& list : results)
        report.checks += list;
    if (const QualityCheck* exact = report.check(QStringLiteral("duplicates.exact_rows"))) {
        report.duplicates.exactRows = exact->count;
        report.duplicates.exactGroups = qint64(exact->details.value(QStringLiteral("groups")).toDouble());
    }
    if (const QualityCheck* pairs = report.check(QStringLiteral("duplicates.plate_sale_date")))
        report.duplicates.plateSaleDate = pairs->count;
    return report;
}

} // namespace valuator
