// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/drift/DriftAnalyzer.h"

#include "models/drift/DriftFeatures.h"
#include "models/schema/CarSchema.h"

#include <cmath>

namespace valuator {

namespace {

bool isNumeric(ColumnType t)
{
    return t == ColumnType::Float64 || t == ColumnType::Int64 || t == ColumnType::Date;
}

Status validate(const Table& reference, const Table& current, const DriftOptions& o)
{
    const auto bad = [](const QString& message) { return fail(ErrorCode::InvalidArgument, message); };
    if (o.bins < 2 || o.bins > 1000)
        return bad(DriftAnalyzer::tr("The bin count must be between 2 and 1000, not %1.").arg(o.bins));
    if (!(o.floor > 0 && o.floor <= 0.1))
        return bad(DriftAnalyzer::tr("The PSI floor must be above 0 and at most 0.1."));
    if (!(o.warnPsi > 0 && o.warnPsi <= o.alertPsi))
        return bad(DriftAnalyzer::tr("The PSI thresholds must satisfy 0 < warn <= alert."));
    if (!(o.rareShare >= 0 && o.rareShare < 1) || o.maxCategories < 1)
        return bad(DriftAnalyzer::tr("The rare-category share must be in [0, 1) and at least one category kept."));
    for (auto it = o.edges.cbegin(); it != o.edges.cend(); ++it) {
        const std::vector<double>& e = it.value();
        for (size_t i = 0; i < e.size(); ++i)
            if (!std::isfinite(e[i]) || (i > 0 && e[i] <= e[i - 1]))
                return bad(
                    DriftAnalyzer::tr("The bin edges of '%1' must be finite and strictly ascending.").arg(it.key()));
    }
    if (reference.rowCount() == 0 || current.rowCount() == 0)
        return bad(DriftAnalyzer::tr("Both versions need rows to compare."));
    return {};
}

} // namespace

Result<DriftReport> DriftAnalyzer::compare(
    const Table& reference, const Table& current, const DriftOptions& options, const ProgressFn& progress)
{
    if (Status ok = validate(reference, current, options); !ok)
        return fail(ok.error());
    DriftReport report;
    report.referenceRows = reference.rowCount();
    report.currentRows = current.rowCount();
    report.bins = options.bins;
    report.floor = options.floor;
    report.warnPsi = options.warnPsi;
    report.alertPsi = options.alertPsi;
    report.rareShare = options.rareShare;
    const auto excluded = [&](const QString& name) {
        const FieldDef* field = CarSchema::byKey(name);
        return options.exclude.contains(name) || (field && field->personal)
            || (!options.features.isEmpty() && !options.features.contains(name));
    };
    const int total = reference.columnCount();
    for (int i = 0; i < total; ++i) {
        if (!reportProgress(progress, i, total))
            return fail(Error::cancelled());
        const Column& ref = reference.column(i);
        if (excluded(ref.name()))
            continue;
        const Column* cur = current.find(ref.name());
        if (!cur) {
            report.skipped << SkippedFeature {ref.name(), tr("not in the current version")};
        } else if (isNumeric(ref.type()) && isNumeric(cur->type())
            && (ref.type() == ColumnType::Date) == (cur->type() == ColumnType::Date)) {
            report.features << DriftFeatures::numeric(ref, *cur, options);
        } else if (ref.type() == ColumnType::Text && cur->type() == ColumnType::Text) {
            report.features << DriftFeatures::categorical(ref, *cur, options);
        } else if (ref.type() == ColumnType::TextList && cur->type() == ColumnType::TextList) {
            report.skipped << SkippedFeature {ref.name(), tr("lists are not compared")};
        } else {
            report.skipped << SkippedFeature {ref.name(),
                tr("the type changed from %1 to %2").arg(columnTypeName(ref.type()), columnTypeName(cur->type()))};
        }
    }
    for (const Column& cur : current.columns())
        if (!excluded(cur.name()) && !reference.find(cur.name()))
            report.skipped << SkippedFeature {cur.name(), tr("not in the reference version")};
    for (const FeatureDrift& f : std::as_const(report.features))
        report.overall = std::max(report.overall, f.status);
    if (!reportProgress(progress, total, total))
        return fail(Error::cancelled());
    return report;
}

} // namespace valuator
