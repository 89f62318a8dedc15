// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/quality/Cleaner.h"

#include "models/quality/CleanerSteps.h"

#include <QJsonArray>

namespace valuator {

QJsonObject CleaningStepReport::toJson() const
{
    return {{QStringLiteral("index"), index}, {QStringLiteral("step"), step}, {QStringLiteral("summary"), summary},
        {QStringLiteral("rows_before"), rowsBefore}, {QStringLiteral("rows_changed"), rowsChanged},
        {QStringLiteral("rows_removed"), rowsRemoved}, {QStringLiteral("details"), details}};
}

QJsonObject CleaningResult::toJson(qint64 rowsBefore) const
{
    QJsonArray list;
    for (const CleaningStepReport& s : steps)
        list.append(s.toJson());
    return {{QStringLiteral("rows_before"), rowsBefore}, {QStringLiteral("rows_after"), qint64(cleaned.rowCount())},
        {QStringLiteral("steps"), list}};
}

Result<CleaningStepReport> Cleaner::applyStep(Table& table, const CleaningStep& step)
{
    CleaningStepReport report;
    report.step = CleaningStep::kindName(step.kind);
    report.summary = step.summary();
    report.rowsBefore = table.rowCount();
    Status s;
    switch (step.kind) {
    case CleaningStepKind::TrimWhitespace:
        s = CleanerSteps::trimWhitespace(table, step, report);
        break;
    case CleaningStepKind::MergeSpelling:
        s = CleanerSteps::mergeSpelling(table, step, report);
        break;
    case CleaningStepKind::RemoveDuplicates:
        s = CleanerSteps::removeDuplicates(table, step, report);
        break;
    case CleaningStepKind::DropImpossible:
        s = CleanerSteps::dropImpossible(table, step, report);
        break;
    case CleaningStepKind::Outliers:
        s = CleanerSteps::outliers(table, step, report);
        break;
    }
    if (!s)
        return fail(s.error());
    report.rowsRemoved = report.rowsBefore - table.rowCount();
    return report;
}

Result<CleaningResult> Cleaner::apply(const Table& table, const CleaningPlan& plan, const ProgressFn& progress)
{
    const auto total = qint64(plan.steps.size());
    if (!reportProgress(progress, 0, total))
        return fail(Error::cancelled());
    CleaningResult result;
    result.cleaned = table;
    for (qsizetype i = 0; i < plan.steps.size(); ++i) {
        auto report = applyStep(result.cleaned, plan.steps[i]);
        if (!report) {
            Error e = report.error();
            e.detail = QStringLiteral("step %1 (%2): %3")
                           .arg(i + 1)
                           .arg(CleaningStep::kindName(plan.steps[i].kind), e.detail);
            return fail(e);
        }
        report->index = int(i);
        result.steps.append(*report);
        if (!reportProgress(progress, i + 1, total))
            return fail(Error::cancelled());
    }
    return result;
}

} // namespace valuator
