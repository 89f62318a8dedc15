// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/drift/DriftReport.h"

#include <QJsonArray>

#include <cmath>

namespace valuator {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

QJsonValue num(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

double numOrNaN(const QJsonValue& v)
{
    return v.isDouble() ? v.toDouble() : kNaN;
}

QJsonObject binToJson(const DriftBin& b)
{
    return {{QStringLiteral("label"), b.label}, {QStringLiteral("lower"), num(b.lower)},
        {QStringLiteral("upper"), num(b.upper)},
        {QStringLiteral("category"), b.category.isEmpty() ? QJsonValue() : QJsonValue(b.category)},
        {QStringLiteral("missing"), b.missing}, {QStringLiteral("other"), b.other},
        {QStringLiteral("ref_count"), b.referenceCount}, {QStringLiteral("cur_count"), b.currentCount},
        {QStringLiteral("ref_share"), b.referenceShare}, {QStringLiteral("cur_share"), b.currentShare},
        {QStringLiteral("psi"), b.psi}};
}

DriftBin binFromJson(const QJsonObject& j)
{
    DriftBin b;
    b.label = j.value(QStringLiteral("label")).toString();
    b.lower = numOrNaN(j.value(QStringLiteral("lower")));
    b.upper = numOrNaN(j.value(QStringLiteral("upper")));
    b.category = j.value(QStringLiteral("category")).toString();
    b.missing = j.value(QStringLiteral("missing")).toBool();
    b.other = j.value(QStringLiteral("other")).toBool();
    b.referenceCount = j.value(QStringLiteral("ref_count")).toInteger();
    b.currentCount = j.value(QStringLiteral("cur_count")).toInteger();
    b.referenceShare = j.value(QStringLiteral("ref_share")).toDouble();
    b.currentShare = j.value(QStringLiteral("cur_share")).toDouble();
    b.psi = j.value(QStringLiteral("psi")).toDouble();
    return b;
}

} // namespace

QString driftStatusName(DriftStatus status)
{
    switch (status) {
    case DriftStatus::Ok:
        return QStringLiteral("ok");
    case DriftStatus::Warn:
        return QStringLiteral("warn");
    case DriftStatus::Alert:
        return QStringLiteral("alert");
    }
    return {};
}

std::optional<DriftStatus> driftStatusFromName(const QString& name)
{
    for (DriftStatus s : {DriftStatus::Ok, DriftStatus::Warn, DriftStatus::Alert})
        if (driftStatusName(s) == name)
            return s;
    return std::nullopt;
}

QJsonObject FeatureDrift::toJson() const
{
    QJsonArray edgeArray;
    for (double e : edges)
        edgeArray.append(num(e));
    QJsonArray binArray;
    for (const DriftBin& b : bins)
        binArray.append(binToJson(b));
    return {{QStringLiteral("name"), name},
        {QStringLiteral("kind"),
            kind == DriftFeatureKind::Numeric ? QStringLiteral("numeric") : QStringLiteral("categorical")},
        {QStringLiteral("value_type"), valueType}, {QStringLiteral("psi"), num(psi)}, {QStringLiteral("ks"), num(ks)},
        {QStringLiteral("ks_p_value"), num(ksPValue)}, {QStringLiteral("unseen_share"), num(unseenShare)},
        {QStringLiteral("unseen_categories"), unseenCategories}, {QStringLiteral("status"), driftStatusName(status)},
        {QStringLiteral("reference_values"), referenceValues}, {QStringLiteral("current_values"), currentValues},
        {QStringLiteral("reference_missing_share"), referenceMissingShare},
        {QStringLiteral("current_missing_share"), currentMissingShare}, {QStringLiteral("edges"), edgeArray},
        {QStringLiteral("custom_edges"), customEdges}, {QStringLiteral("bins"), binArray}};
}

Result<FeatureDrift> FeatureDrift::fromJson(const QJsonObject& json)
{
    FeatureDrift f;
    f.name = json.value(QStringLiteral("name")).toString();
    const QString kind = json.value(QStringLiteral("kind")).toString();
    const auto status = driftStatusFromName(json.value(QStringLiteral("status")).toString());
    if (f.name.isEmpty() || !status || (kind != QLatin1String("numeric") && kind != QLatin1String("categorical")))
        return fail(ErrorCode::Parse, DriftReport::tr("The stored drift report is damaged."),
            QStringLiteral("feature without name, kind or status"));
    f.kind = kind == QLatin1String("numeric") ? DriftFeatureKind::Numeric : DriftFeatureKind::Categorical;
    f.status = *status;
    f.valueType = json.value(QStringLiteral("value_type")).toString();
    f.psi = numOrNaN(json.value(QStringLiteral("psi")));
    f.ks = numOrNaN(json.value(QStringLiteral("ks")));
    f.ksPValue = numOrNaN(json.value(QStringLiteral("ks_p_value")));
    f.unseenShare = numOrNaN(json.value(QStringLiteral("unseen_share")));
    f.unseenCategories = json.value(QStringLiteral("unseen_categories")).toInteger();
    f.referenceValues = json.value(QStringLiteral("reference_values")).toInteger();
    f.currentValues = json.value(QStringLiteral("current_values")).toInteger();
    f.referenceMissingShare = json.value(QStringLiteral("reference_missing_share")).toDouble();
    f.currentMissingShare = json.value(QStringLiteral("current_missing_share")).toDouble();
    for (const QJsonValue& e : json.value(QStringLiteral("edges")).toArray())
        f.edges.push_back(numOrNaN(e));
    f.customEdges = json.value(QStringLiteral("custom_edges")).toBool();
    for (const QJsonValue& b : json.value(QStringLiteral("bins")).toArray())
        f.bins << binFromJson(b.toObject());
    return f;
}

int DriftReport::count(DriftStatus status) const
{
    int n = 0;
    for (const FeatureDrift& f : features)
        n += f.status == status;
    return n;
}

const FeatureDrift* DriftReport::feature(const QString& name) const
{
    for (const FeatureDrift& f : features)
        if (f.name == name)
            return &f;
    return nullptr;
}

QJsonObject DriftReport::toJson() const
{
    QJsonArray featureArray;
    const FeatureDrift* worst = nullptr;
    for (const FeatureDrift& f : features) {
        featureArray.append(f.toJson());
        if (!worst || f.psi > worst->psi)
            worst = &f;
    }
    QJsonArray skippedArray;
    for (const SkippedFeature& s : skipped)
        skippedArray.append(QJsonObject {{QStringLiteral("name"), s.name}, {QStringLiteral("reason"), s.reason}});
    const QJsonObject settings {{QStringLiteral("bins"), bins}, {QStringLiteral("floor"), floor},
        {QStringLiteral("warn_psi"), warnPsi}, {QStringLiteral("alert_psi"), alertPsi},
        {QStringLiteral("rare_share"), rareShare}};
    const QJsonObject summary {{QStringLiteral("status"), driftStatusName(overall)},
        {QStringLiteral("features"), int(features.size())}, {QStringLiteral("ok"), count(DriftStatus::Ok)},
        {QStringLiteral("warn"), count(DriftStatus::Warn)}, {QStringLiteral("alert"), count(DriftStatus::Alert)},
        {QStringLiteral("max_psi"), worst ? num(worst->psi) : QJsonValue()},
        {QStringLiteral("max_psi_feature"), worst ? QJsonValue(worst->name) : QJsonValue()}};
    return {{QStringLiteral("reference_rows"), referenceRows}, {QStringLiteral("current_rows"), currentRows},
        {QStringLiteral("settings"), settings}, {QStringLiteral("p_values_used_for_status"), false},
        {QStringLiteral("features"), featureArray}, {QStringLiteral("skipped"), skippedArray},
        {QStringLiteral("overall"), summary}};
}

Result<DriftReport> DriftReport::fromJson(const QJsonObject& json)
{
    DriftReport r;
    const auto overall = driftStatusFromName(
        json.value(QStringLiteral("overall")).toObject().value(QStringLiteral("status")).toString());
    if (!overall)
        return fail(ErrorCode::Parse, tr("The stored drift report is damaged."), QStringLiteral("no overall status"));
    r.overall = *overall;
    r.referenceRows = json.value(QStringLiteral("reference_rows")).toInteger();
    r.currentRows = json.value(QStringLiteral("current_rows")).toInteger();
    const QJsonObject settings = json.value(QStringLiteral("settings")).toObject();
    r.bins = settings.value(QStringLiteral("bins")).toInt();
    r.floor = settings.value(QStringLiteral("floor")).toDouble();
    r.warnPsi = settings.value(QStringLiteral("warn_psi")).toDouble();
    r.alertPsi = settings.value(QStringLiteral("alert_psi")).toDouble();
    r.rareShare = settings.value(QStringLiteral("rare_share")).toDouble();
    for (const QJsonValue& v : json.value(QStringLiteral("features")).toArray()) {
        auto f = FeatureDrift::fromJson(v.toObject());
        if (!f)
            return fail(f.error());
        r.features << *f;
    }
    for (const QJsonValue& v : json.value(QStringLiteral("skipped")).toArray()) {
        const QJsonObject s = v.toObject();
        r.skipped << SkippedFeature {
            s.value(QStringLiteral("name")).toString(), s.value(QStringLiteral("reason")).toString()};
    }
    return r;
}

} // namespace valuator
