// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/learners/XgbModel.h"

#include "models/core/ModelsLog.h"

#include <QJsonDocument>

#include <xgboost/c_api.h>

#include <algorithm>
#include <cstring>

namespace valuator {

namespace {

constexpr const char* kBestIteration = "best_iteration";
constexpr const char* kParameters = "valuator_parameters";
constexpr const char* kThreads = "valuator_threads";

QString libraryVersion()
{
    int major = 0;
    int minor = 0;
    int patch = 0;
    XGBoostVersion(&major, &minor, &patch);
    return QStringLiteral("%1.%2.%3").arg(major).arg(minor).arg(patch);
}

} // namespace

Result<std::unique_ptr<XgbModel>> XgbModel::fromBooster(
    XgbBooster booster, int bestIteration, int threads, const QJsonObject& parameters)
{
    std::unique_ptr<XgbModel> model(new XgbModel(std::move(booster)));
    auto rounds = model->m_booster.boostedRounds();
    if (!rounds)
        return fail(rounds.error());
    auto names = model->m_booster.featureInfo("feature_name");
    if (!names)
        return fail(names.error());
    auto count = model->m_booster.featureCount();
    if (!count)
        return fail(count.error());
    if (*rounds <= 0 || names->size() != *count)
        return fail(ErrorCode::Parse, tr("The XGBoost model has no trees or no feature names."),
            QStringLiteral("rounds %1, names %2, features %3").arg(*rounds).arg(names->size()).arg(*count));
    model->m_rounds = *rounds;
    model->m_bestIteration = std::clamp(bestIteration, 0, *rounds - 1);
    model->m_threads = std::max(1, threads);
    model->m_parameters = parameters;
    model->m_names = *names;
    XgbBooster& b = model->m_booster;
    const QByteArray json = QJsonDocument(parameters).toJson(QJsonDocument::Compact);
    for (auto status : {b.setAttr(kBestIteration, QByteArray::number(model->m_bestIteration)),
             b.setAttr(kParameters, json), b.setAttr(kThreads, QByteArray::number(model->m_threads)),
             b.setParam("nthread", QByteArray::number(model->m_threads))})
        if (!status)
            return fail(status.error());
    return model;
}

Result<std::unique_ptr<XgbModel>> XgbModel::load(const QByteArray& bytes)
{
    auto booster = XgbBooster::load(bytes);
    if (!booster)
        return fail(booster.error());
    auto best = booster->attr(kBestIteration);
    auto params = booster->attr(kParameters);
    auto threads = booster->attr(kThreads);
    for (const auto* r : {&best, &params, &threads})
        if (!*r)
            return fail(r->error());
    const QJsonObject parameters = QJsonDocument::fromJson(params->value_or(QByteArray())).object();
    // A model without our attributes (e.g. saved by Python) predicts with all its trees on one thread.
    const int bestIteration = best->has_value() ? (*best)->toInt() : std::numeric_limits<int>::max();
    const int nthread = threads->has_value() ? (*threads)->toInt() : 1;
    return fromBooster(std::move(*booster), bestIteration, nthread, parameters);
}

Status XgbModel::checkColumns(const FeatureMatrix& x) const
{
    if (x.columns != m_names.size() || x.names != m_names || x.values.size() != size_t(x.rows) * size_t(x.columns))
        return fail(ErrorCode::InvalidArgument, tr("The data's features do not match the model's features."),
            QStringLiteral("model: %1; data: %2").arg(m_names.join(QLatin1Char(',')), x.names.join(QLatin1Char(','))));
    return {};
}

std::shared_ptr<const XgbForest> XgbModel::forest() const
{
    const std::lock_guard lock(m_forestMutex);
    if (m_forestTried)
        return m_forest;
    m_forestTried = true;
    auto json = m_booster.save("json");
    if (!json) {
        qCWarning(lcTrain) << "xgboost: no compiled forest, the model does not save as JSON:" << json.error().detail;
        return nullptr;
    }
    auto compiled = XgbForest::fromJson(*json, m_bestIteration + 1);
    if (!compiled) {
        qCInfo(lcTrain) << "xgboost: no compiled forest:" << compiled.error().userMessage << compiled.error().detail;
        return nullptr;
    }
    // The probe: XGBoost and the forest must agree on every bit, for the rule of out-of-set categories the linked
    // XGBoost follows (it changed between versions).
    constexpr int kProbeRows = 512;
    const std::vector<float> probe = compiled->probeRows(kProbeRows, 0x7a1e5eedULL);
    auto expected = m_booster.predictDense(probe.data(), kProbeRows, compiled->features(), m_bestIteration + 1);
    if (!expected || expected->size() != size_t(kProbeRows)) {
        qCWarning(lcTrain) << "xgboost: no compiled forest, XGBoost did not predict the probe rows";
        return nullptr;
    }
    std::vector<float> ours(static_cast<size_t>(kProbeRows));
    for (auto rule : {XgbForest::OutOfSet::Left, XgbForest::OutOfSet::DefaultDirection}) {
        compiled->setOutOfSet(rule);
        compiled->predict(probe.data(), kProbeRows, ours.data(), 1);
        if (std::memcmp(ours.data(), expected->data(), ours.size() * sizeof(float)) == 0) {
            qCDebug(lcTrain) << "xgboost: compiled forest of" << compiled->trees() << "trees,"
                             << compiled->completeTrees() << "complete; out-of-set categories go"
                             << (rule == XgbForest::OutOfSet::Left ? "left" : "the default way");
            m_forest = std::make_shared<const XgbForest>(std::move(*compiled));
            return m_forest;
        }
    }
    size_t first = 0;
    while (first < ours.size() && std::memcmp(&ours[first], &(*expected)[first], sizeof(float)) == 0)
        ++first;
    qCWarning(lcTrain) << "xgboost: the compiled forest disagrees with XGBoost on probe row" << first << ":"
                       << ours[first] << "vs" << (*expected)[first] << "- XGBoost predicts";
    return nullptr;
}

void XgbModel::expectRows(int64_t rows) const
{
    if (rows >= kCompileMinRows)
        forest();
}

Result<std::vector<double>> XgbModel::predict(const FeatureMatrix& x) const
{
    if (auto ok = checkColumns(x); !ok)
        return fail(ok.error());
    if (x.rows == 0)
        return std::vector<double> {};
    if (x.rows >= kCompileMinRows || (x.rows >= kForestMinRows && forestCompiled())) {
        if (const auto f = forest(); f && f->features() == x.columns) {
            std::vector<float> values(size_t(x.rows));
            f->predict(x.values.data(), x.rows, values.data(), m_threads);
            return std::vector<double>(values.begin(), values.end());
        }
    }
    auto values = m_booster.predictDense(x.values.data(), x.rows, x.columns, m_bestIteration + 1);
    if (!values)
        return fail(values.error());
    return std::vector<double>(values->begin(), values->end());
}

Result<Contributions> XgbModel::contributions(const FeatureMatrix& x) const
{
    if (auto ok = checkColumns(x); !ok)
        return fail(ok.error());
    Contributions out;
    out.columns = x.columns;
    out.names = m_names;
    if (x.rows == 0)
        return out;
    auto data = XgbDMatrix::create(x, {}, m_threads);
    if (!data)
        return fail(data.error());
    std::vector<uint64_t> shape;
    auto raw = m_booster.predict(*data, 2, m_bestIteration + 1, &shape);
    if (!raw)
        return fail(raw.error());
    const size_t width = size_t(x.columns) + 1;
    if (raw->size() != size_t(x.rows) * width)
        return fail(ErrorCode::Unknown, tr("XGBoost returned contributions of an unexpected shape."),
            QStringLiteral("%1 values for %2 rows x %3").arg(raw->size()).arg(x.rows).arg(width));
    out.bias.resize(size_t(x.rows));
    out.values.resize(size_t(x.rows) * size_t(x.columns));
    for (size_t r = 0; r < size_t(x.rows); ++r) {
        const float* row = raw->data() + r * width;
        std::copy(row, row + x.columns, out.values.begin() + ptrdiff_t(r * size_t(x.columns)));
        out.bias[r] = row[x.columns]; // XGBoost puts the bias (base_score + expected value) last
    }
    return out;
}

Result<QByteArray> XgbModel::serialize() const
{
    return m_booster.save("ubj");
}

QJsonObject XgbModel::gainImportance() const
{
    // Importance of the trees actually used: a temporary slice when early stopping left extra rounds.
    std::optional<XgbBooster> sliced;
    if (m_bestIteration + 1 < m_rounds) {
        auto s = m_booster.slice(0, m_bestIteration + 1);
        if (s)
            sliced.emplace(std::move(*s));
    }
    const XgbBooster& b = sliced ? *sliced : m_booster;
    QJsonObject out;
    for (const QString& name : m_names)
        out.insert(name, 0.0);
    auto scores = b.featureScore("total_gain");
    if (!scores)
        return out;
    for (const auto& [name, value] : *scores) {
        // A slice may lose the names in some versions: XGBoost then calls feature i "f<i>".
        QString key = name;
        if (!m_names.contains(key) && key.startsWith(QLatin1Char('f'))) {
            bool ok = false;
            const int i = key.mid(1).toInt(&ok);
            if (ok && i >= 0 && i < m_names.size())
                key = m_names[i];
        }
        out.insert(key, value);
    }
    return out;
}

QJsonObject XgbModel::summary() const
{
    return QJsonObject {{QStringLiteral("trees"), m_rounds}, {QStringLiteral("best_iteration"), m_bestIteration},
        {QStringLiteral("trees_used"), m_bestIteration + 1}, {QStringLiteral("parameters"), m_parameters},
        {QStringLiteral("xgboost_version"), libraryVersion()},
        {QStringLiteral("importance_type"), QStringLiteral("total_gain")},
        {QStringLiteral("gain_importance"), gainImportance()}};
}

} // namespace valuator
