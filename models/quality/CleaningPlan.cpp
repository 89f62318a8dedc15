// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/quality/CleaningPlan.h"

#include "models/quality/QualityReport.h"

#include <QJsonArray>

namespace valuator {

namespace {

QList<SpellingMapEntry> mapOf(const SpellingClusters& clusters)
{
    QList<SpellingMapEntry> out;
    for (const SpellingCluster& c : clusters.clusters())
        for (const SpellingVariant& v : c.variants)
            out.append({c.scope, v.spelling, c.canonical});
    std::sort(out.begin(), out.end(), [](const SpellingMapEntry& a, const SpellingMapEntry& b) {
        return std::tie(a.scope, a.from) < std::tie(b.scope, b.from);
    });
    return out;
}

qint64 countOf(const QualityReport& report, const QString& id)
{
    const QualityCheck* c = report.check(id);
    return c ? c->count : 0;
}

} // namespace

CleaningPlan CleaningPlan::propose(const QualityReport& report)
{
    CleaningPlan plan;
    if (countOf(report, QStringLiteral("duplicates.exact_rows")) > 0)
        plan.steps.append(CleaningStep::removeDuplicates());
    if (countOf(report, QStringLiteral("text.whitespace")) > 0)
        plan.steps.append(CleaningStep::trimWhitespace());
    if (countOf(report, QStringLiteral("spelling.brand")) > 0)
        plan.steps.append(CleaningStep::mergeSpelling(QStringLiteral("brand"), {}, mapOf(report.brandSpelling)));
    if (countOf(report, QStringLiteral("spelling.model")) > 0)
        plan.steps.append(
            CleaningStep::mergeSpelling(QStringLiteral("model"), QStringLiteral("brand"), mapOf(report.modelSpelling)));
    qint64 impossible = 0;
    for (ImpossibleRules::Rule rule : ImpossibleRules::kAll)
        impossible += countOf(report, QStringLiteral("impossible.") + ImpossibleRules::fieldOf(rule));
    if (impossible > 0) {
        ImpossibleRules rules = report.options.impossible;
        // A later batch has later sales: keep the reference-date bound only where it found something to drop.
        if (countOf(report, QStringLiteral("impossible.sale_date")) == 0)
            rules.maxSaleDate = QDate();
        plan.steps.append(CleaningStep::dropImpossible(rules));
    }
    if (countOf(report, QStringLiteral("outliers.sale_price")) > 0)
        plan.steps.append(CleaningStep::outliers(OutlierAction::Flag, report.priceOutliers));
    return plan;
}

Result<CleaningPlan> CleaningPlan::only(const QStringList& kinds) const
{
    auto kindOf = [](const QString& name) -> std::optional<CleaningStepKind> {
        const QString n = name.trimmed().toLower();
        if (n == QStringLiteral("aliases") || n == QStringLiteral("spelling") || n == QStringLiteral("merge_spelling"))
            return CleaningStepKind::MergeSpelling;
        if (n == QStringLiteral("duplicates") || n == QStringLiteral("remove_duplicates"))
            return CleaningStepKind::RemoveDuplicates;
        if (n == QStringLiteral("impossible") || n == QStringLiteral("drop_impossible"))
            return CleaningStepKind::DropImpossible;
        if (n == QStringLiteral("outliers"))
            return CleaningStepKind::Outliers;
        if (n == QStringLiteral("whitespace") || n == QStringLiteral("trim_whitespace"))
            return CleaningStepKind::TrimWhitespace;
        return std::nullopt;
    };
    QList<CleaningStepKind> wanted;
    for (const QString& k : kinds) {
        const auto kind = kindOf(k);
        if (!kind)
            return fail(ErrorCode::InvalidArgument, tr("Unknown cleaning step \"%1\".").arg(k),
                QStringLiteral("known: aliases, duplicates, impossible, outliers, whitespace"));
        wanted.append(*kind);
    }
    CleaningPlan out;
    for (const CleaningStep& s : steps)
        if (wanted.contains(s.kind))
            out.steps.append(s);
    return out;
}

QJsonObject CleaningPlan::toJson() const
{
    QJsonArray list;
    for (const CleaningStep& s : steps)
        list.append(s.toJson());
    return {{QStringLiteral("format"), QStringLiteral("valuator.cleaning-plan")}, {QStringLiteral("version"), kVersion},
        {QStringLiteral("steps"), list}};
}

Result<CleaningPlan> CleaningPlan::fromJson(const QJsonObject& json)
{
    if (json.value(QStringLiteral("format")).toString() != QStringLiteral("valuator.cleaning-plan"))
        return fail(
            ErrorCode::Parse, tr("This is not a cleaning plan."), QStringLiteral("format key missing or wrong"));
    const int version = json.value(QStringLiteral("version")).toInt(0);
    if (version < 1 || version > kVersion)
        return fail(ErrorCode::Unsupported, tr("This cleaning plan needs a newer version of Car Valuator."),
            QStringLiteral("plan version %1, supported %2").arg(version).arg(kVersion));
    CleaningPlan plan;
    const QJsonArray list = json.value(QStringLiteral("steps")).toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        auto step = CleaningStep::fromJson(list[i].toObject());
        if (!step) {
            Error e = step.error();
            e.detail = QStringLiteral("step %1: %2").arg(i + 1).arg(e.detail);
            return fail(e);
        }
        plan.steps.append(*step);
    }
    return plan;
}

} // namespace valuator
