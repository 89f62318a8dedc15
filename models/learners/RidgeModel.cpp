// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/learners/RidgeModel.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace valuator {

namespace {

const QString kFormat = QStringLiteral("valuator-ridge");
constexpr double kZ95 = 1.959963984540054; // two-sided 95 % quantile of the standard normal

QString kindName(FeatureKind kind)
{
    switch (kind) {
    case FeatureKind::Numeric:
        return QStringLiteral("numeric");
    case FeatureKind::Categorical:
        return QStringLiteral("categorical");
    case FeatureKind::Indicator:
        return QStringLiteral("indicator");
    }
    return QStringLiteral("numeric");
}

std::optional<FeatureKind> kindFromName(const QString& name)
{
    for (FeatureKind k : {FeatureKind::Numeric, FeatureKind::Categorical, FeatureKind::Indicator})
        if (kindName(k) == name)
            return k;
    return std::nullopt;
}

const QStringList& termKindNames()
{
    static const QStringList names {QStringLiteral("value"), QStringLiteral("missing"), QStringLiteral("level")};
    return names;
}

/// JSON has no NaN: store null and read it back as NaN.
QJsonValue finiteOrNull(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue();
}

double numberOrNaN(const QJsonValue& v)
{
    return v.isDouble() ? v.toDouble() : std::numeric_limits<double>::quiet_NaN();
}

} // namespace

QString RidgeTerm::label() const
{
    return kind == Kind::Level ? QStringLiteral("level:%1").arg(level) : termKindNames()[int(kind)];
}

RidgeModel::RidgeModel(
    std::vector<RidgeFeature> features, std::vector<RidgeTerm> terms, double meanTarget, RidgeFitStats stats)
    : m_features(std::move(features))
    , m_terms(std::move(terms))
    , m_meanTarget(meanTarget)
    , m_stats(stats)
{
}

Status RidgeModel::checkColumns(const FeatureMatrix& x) const
{
    bool same = x.columns == int(m_features.size()) && x.values.size() == size_t(x.rows) * size_t(x.columns);
    for (int c = 0; same && c < x.columns; ++c)
        same = x.names.value(c) == m_features[size_t(c)].name;
    if (!same)
        return fail(ErrorCode::InvalidArgument, tr("The data's features do not match the model's features."),
            QStringLiteral("data columns: %1").arg(x.names.join(QLatin1Char(','))));
    return {};
}

void RidgeModel::rowContributions(std::span<const float> row, double* out) const
{
    std::fill(out, out + m_features.size(), 0.0);
    for (const RidgeTerm& t : m_terms) {
        const float x = row[size_t(t.feature)];
        double e = 0;
        switch (t.kind) {
        case RidgeTerm::Kind::Value:
            e = std::isnan(x) ? m_features[size_t(t.feature)].impute : double(x);
            break;
        case RidgeTerm::Kind::Missing:
            e = std::isnan(x) ? 1.0 : 0.0;
            break;
        case RidgeTerm::Kind::Level:
            e = double(x) == double(t.level) ? 1.0 : 0.0; // NaN compares false: all-zero row
            break;
        }
        out[t.feature] += t.beta * (e - t.center);
    }
}

Result<std::vector<double>> RidgeModel::predict(const FeatureMatrix& x) const
{
    if (auto ok = checkColumns(x); !ok)
        return fail(ok.error());
    std::vector<double> out(size_t(x.rows));
    std::vector<double> parts(m_features.size());
    for (int64_t r = 0; r < x.rows; ++r) {
        rowContributions(x.row(r), parts.data());
        double sum = m_meanTarget;
        for (double p : parts)
            sum += p;
        out[size_t(r)] = sum;
    }
    return out;
}

Result<Contributions> RidgeModel::contributions(const FeatureMatrix& x) const
{
    if (auto ok = checkColumns(x); !ok)
        return fail(ok.error());
    Contributions out;
    out.columns = x.columns;
    out.names = x.names;
    out.bias.assign(size_t(x.rows), m_meanTarget);
    out.values.resize(size_t(x.rows) * size_t(x.columns));
    for (int64_t r = 0; r < x.rows; ++r)
        rowContributions(x.row(r), out.values.data() + size_t(r) * size_t(x.columns));
    return out;
}

Result<QByteArray> RidgeModel::serialize() const
{
    QJsonArray features;
    for (const RidgeFeature& f : m_features)
        features.append(QJsonObject {{QStringLiteral("name"), f.name}, {QStringLiteral("kind"), kindName(f.kind)},
            {QStringLiteral("impute"), f.impute}});
    QJsonArray terms;
    for (const RidgeTerm& t : m_terms)
        terms.append(QJsonObject {{QStringLiteral("feature"), t.feature},
            {QStringLiteral("kind"), termKindNames()[int(t.kind)]}, {QStringLiteral("level"), t.level},
            {QStringLiteral("center"), t.center}, {QStringLiteral("scale"), t.scale}, {QStringLiteral("beta"), t.beta},
            {QStringLiteral("std_error"), finiteOrNull(t.stdError)}});
    const QJsonObject root {{QStringLiteral("format"), kFormat}, {QStringLiteral("version"), 1},
        {QStringLiteral("mean_target"), m_meanTarget}, {QStringLiteral("lambda"), m_stats.lambda},
        {QStringLiteral("rows"), m_stats.rows}, {QStringLiteral("sigma"), m_stats.sigma},
        {QStringLiteral("effective_dof"), m_stats.effectiveDof}, {QStringLiteral("features"), features},
        {QStringLiteral("terms"), terms}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

Result<std::unique_ptr<RidgeModel>> RidgeModel::load(const QByteArray& bytes)
{
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(bytes, &error).object();
    auto bad = [](const QString& why) {
        return fail(ErrorCode::Parse, tr("The linear model is damaged or not a linear model."), why);
    };
    if (error.error != QJsonParseError::NoError)
        return bad(error.errorString());
    if (root.value(QStringLiteral("format")).toString() != kFormat
        || root.value(QStringLiteral("version")).toInt() != 1)
        return bad(QStringLiteral("format/version"));
    std::vector<RidgeFeature> features;
    for (const QJsonValue& v : root.value(QStringLiteral("features")).toArray()) {
        const QJsonObject o = v.toObject();
        const auto kind = kindFromName(o.value(QStringLiteral("kind")).toString());
        if (!kind)
            return bad(QStringLiteral("feature kind"));
        features.push_back(
            {o.value(QStringLiteral("name")).toString(), *kind, o.value(QStringLiteral("impute")).toDouble()});
    }
    std::vector<RidgeTerm> terms;
    for (const QJsonValue& v : root.value(QStringLiteral("terms")).toArray()) {
        const QJsonObject o = v.toObject();
        RidgeTerm t;
        t.feature = o.value(QStringLiteral("feature")).toInt(-1);
        const qsizetype kind = termKindNames().indexOf(o.value(QStringLiteral("kind")).toString());
        if (t.feature < 0 || t.feature >= int(features.size()) || kind < 0)
            return bad(QStringLiteral("term"));
        t.kind = RidgeTerm::Kind(kind);
        t.level = o.value(QStringLiteral("level")).toInt(-1);
        t.center = o.value(QStringLiteral("center")).toDouble();
        t.scale = o.value(QStringLiteral("scale")).toDouble(1);
        t.beta = o.value(QStringLiteral("beta")).toDouble();
        t.stdError = numberOrNaN(o.value(QStringLiteral("std_error")));
        terms.push_back(t);
    }
    RidgeFitStats stats {root.value(QStringLiteral("lambda")).toDouble(),
        qint64(root.value(QStringLiteral("rows")).toDouble()), root.value(QStringLiteral("sigma")).toDouble(),
        root.value(QStringLiteral("effective_dof")).toDouble()};
    return std::make_unique<RidgeModel>(
        std::move(features), std::move(terms), root.value(QStringLiteral("mean_target")).toDouble(), stats);
}

QJsonObject RidgeModel::summary() const
{
    QJsonArray coefficients;
    double intercept = m_meanTarget;
    for (const RidgeTerm& t : m_terms) {
        intercept -= t.beta * t.center;
        const double b = t.beta * t.scale;
        coefficients.append(QJsonObject {{QStringLiteral("feature"), m_features[size_t(t.feature)].name},
            {QStringLiteral("term"), t.label()}, {QStringLiteral("coefficient"), b},
            {QStringLiteral("raw_coefficient"), t.beta}, {QStringLiteral("std_error"), finiteOrNull(t.stdError)},
            {QStringLiteral("ci_low"), finiteOrNull(b - kZ95 * t.stdError)},
            {QStringLiteral("ci_high"), finiteOrNull(b + kZ95 * t.stdError)}});
    }
    return QJsonObject {{QStringLiteral("lambda"), m_stats.lambda}, {QStringLiteral("rows"), m_stats.rows},
        {QStringLiteral("sigma"), m_stats.sigma}, {QStringLiteral("effective_dof"), m_stats.effectiveDof},
        {QStringLiteral("mean_target"), m_meanTarget}, {QStringLiteral("intercept"), intercept},
        {QStringLiteral("coefficients"), coefficients}};
}

} // namespace valuator
