// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/learners/XgbBooster.h"

#include "models/learners/UbjsonCheck.h"
#include "models/learners/XgbError.h"

#include <QJsonDocument>

#include <xgboost/c_api.h>

#include <cmath>
#include <limits>
#include <utility>

namespace valuator {

namespace {

QByteArray predictConfig(int type, int iterationEnd)
{
    // Every field is required by 1.7's parser; 2.x accepts the same object.
    return QByteArrayLiteral("{\"type\":") + QByteArray::number(type)
        + QByteArrayLiteral(",\"training\":false,\"iteration_begin\":0,\"iteration_end\":")
        + QByteArray::number(iterationEnd) + QByteArrayLiteral(",\"strict_shape\":false");
}

/// Number of values in a prediction output of `dim` dimensions.
uint64_t elementCount(const bst_ulong* shape, bst_ulong dim)
{
    uint64_t n = 1;
    for (bst_ulong i = 0; i < dim; ++i)
        n *= uint64_t(shape[i]);
    return n;
}

} // namespace

Result<XgbBooster> XgbBooster::create(std::span<const XgbDMatrix* const> cache)
{
    XgbError::installLogCallback();
    std::vector<DMatrixHandle> handles;
    for (const XgbDMatrix* m : cache)
        handles.push_back(m->handle());
    BoosterHandle handle = nullptr;
    if (auto ok
        = XgbError::check(XGBoosterCreate(handles.data(), bst_ulong(handles.size()), &handle), "XGBoosterCreate");
        !ok)
        return fail(ok.error());
    return XgbBooster(handle);
}

Result<XgbBooster> XgbBooster::load(const QByteArray& bytes)
{
    // XGBoost's readers trust the buffer (a truncated UBJSON model makes them read past its end), so only a
    // complete document of one of the two formats XGBoosterSaveModelToBuffer writes is handed over.
    const bool ubjson = UbjsonCheck::looksLikeUbjson(bytes);
    QJsonParseError jsonError {};
    const bool complete
        = ubjson ? UbjsonCheck::isComplete(bytes) : QJsonDocument::fromJson(bytes, &jsonError).isObject();
    if (!complete)
        return fail(ErrorCode::Parse, XgbError::tr("The XGBoost model is damaged or incomplete."),
            QStringLiteral("%1 bytes, not a complete %2 document")
                .arg(bytes.size())
                .arg(ubjson ? QStringLiteral("UBJSON") : QStringLiteral("JSON")));
    auto booster = create({});
    if (!booster)
        return booster;
    if (auto ok
        = XgbError::check(XGBoosterLoadModelFromBuffer(booster->m_handle, bytes.constData(), bst_ulong(bytes.size())),
            "XGBoosterLoadModelFromBuffer", ErrorCode::Parse);
        !ok)
        return fail(ok.error());
    return booster;
}

XgbBooster::XgbBooster(XgbBooster&& other) noexcept
    : m_handle(std::exchange(other.m_handle, nullptr))
{
}

XgbBooster& XgbBooster::operator=(XgbBooster&& other) noexcept
{
    if (this != &other) {
        if (m_handle)
            XGBoosterFree(m_handle);
        m_handle = std::exchange(other.m_handle, nullptr);
    }
    return *this;
}

XgbBooster::~XgbBooster()
{
    if (m_handle)
        XGBoosterFree(m_handle);
}

Status XgbBooster::setParam(const char* name, const QByteArray& value)
{
    return XgbError::check(
        XGBoosterSetParam(m_handle, name, value.constData()), "XGBoosterSetParam", ErrorCode::InvalidArgument);
}

Status XgbBooster::updateOneIter(int iteration, const XgbDMatrix& train)
{
    XgbError::installLogCallback();
    return XgbError::check(XGBoosterUpdateOneIter(m_handle, iteration, train.handle()), "XGBoosterUpdateOneIter");
}

Result<double> XgbBooster::cachedRmse(const XgbDMatrix& data, std::span<const float> labels) const
{
    // iteration_end 0 = every round: exactly what the cache holds, so XGBoost predicts nothing anew.
    const QByteArray config = predictConfig(0, 0) + '}';
    const bst_ulong* outShape = nullptr;
    bst_ulong dim = 0;
    const float* result = nullptr;
    if (auto ok = XgbError::check(
            XGBoosterPredictFromDMatrix(m_handle, data.handle(), config.constData(), &outShape, &dim, &result),
            "XGBoosterPredictFromDMatrix");
        !ok)
        return fail(ok.error());
    if (elementCount(outShape, dim) != labels.size())
        return fail(ErrorCode::Unknown, XgbError::tr("XGBoost returned predictions of an unexpected shape."),
            QStringLiteral("%1 predictions for %2 labels").arg(elementCount(outShape, dim)).arg(labels.size()));
    double sum = 0;
    for (size_t i = 0; i < labels.size(); ++i) {
        const double d = double(result[i]) - double(labels[i]);
        sum += d * d;
    }
    return labels.empty() ? 0.0 : std::sqrt(sum / double(labels.size()));
}

Result<std::vector<float>> XgbBooster::predict(
    const XgbDMatrix& data, int type, int iterationEnd, std::vector<uint64_t>* shape) const
{
    XgbError::installLogCallback();
    const QByteArray config = predictConfig(type, iterationEnd) + '}';
    const bst_ulong* outShape = nullptr;
    bst_ulong dim = 0;
    const float* result = nullptr;
    if (auto ok = XgbError::check(
            XGBoosterPredictFromDMatrix(m_handle, data.handle(), config.constData(), &outShape, &dim, &result),
            "XGBoosterPredictFromDMatrix");
        !ok)
        return fail(ok.error());
    if (shape)
        shape->assign(outShape, outShape + dim);
    return std::vector<float>(result, result + elementCount(outShape, dim));
}

Result<std::vector<float>> XgbBooster::predictDense(
    const float* values, int64_t rows, int columns, int iterationEnd) const
{
    XgbError::installLogCallback();
    const QByteArray data = XgbDMatrix::arrayInterface(values, rows, columns);
    // cache_id 0: do not cache this prediction inside the booster (1.7 requires the field).
    const QByteArray config = predictConfig(0, iterationEnd) + QByteArrayLiteral(",\"missing\":NaN,\"cache_id\":0}");
    const bst_ulong* outShape = nullptr;
    bst_ulong dim = 0;
    const float* result = nullptr;
    if (auto ok = XgbError::check(XGBoosterPredictFromDense(m_handle, data.constData(), config.constData(), nullptr,
                                      &outShape, &dim, &result),
            "XGBoosterPredictFromDense");
        !ok)
        return fail(ok.error());
    return std::vector<float>(result, result + elementCount(outShape, dim));
}

Result<QByteArray> XgbBooster::save(const char* format) const
{
    const QByteArray config = QByteArrayLiteral("{\"format\":\"") + format + QByteArrayLiteral("\"}");
    bst_ulong length = 0;
    const char* bytes = nullptr;
    if (auto ok = XgbError::check(
            XGBoosterSaveModelToBuffer(m_handle, config.constData(), &length, &bytes), "XGBoosterSaveModelToBuffer");
        !ok)
        return fail(ok.error());
    return QByteArray(bytes, qsizetype(length));
}

Result<int> XgbBooster::boostedRounds() const
{
    int rounds = 0;
    if (auto ok = XgbError::check(XGBoosterBoostedRounds(m_handle, &rounds), "XGBoosterBoostedRounds"); !ok)
        return fail(ok.error());
    return rounds;
}

Result<int> XgbBooster::featureCount() const
{
    bst_ulong n = 0;
    if (auto ok = XgbError::check(XGBoosterGetNumFeature(m_handle, &n), "XGBoosterGetNumFeature"); !ok)
        return fail(ok.error());
    return int(n);
}

Status XgbBooster::setAttr(const char* name, const QByteArray& value)
{
    return XgbError::check(XGBoosterSetAttr(m_handle, name, value.constData()), "XGBoosterSetAttr");
}

Result<std::optional<QByteArray>> XgbBooster::attr(const char* name) const
{
    const char* out = nullptr;
    int success = 0;
    if (auto ok = XgbError::check(XGBoosterGetAttr(m_handle, name, &out, &success), "XGBoosterGetAttr"); !ok)
        return fail(ok.error());
    if (!success || !out)
        return std::optional<QByteArray> {};
    return std::optional<QByteArray> {QByteArray(out)};
}

Status XgbBooster::setFeatureInfo(const char* field, const QByteArrayList& values)
{
    std::vector<const char*> c;
    for (const QByteArray& v : values)
        c.push_back(v.constData());
    return XgbError::check(XGBoosterSetStrFeatureInfo(m_handle, field, c.data(), bst_ulong(c.size())),
        "XGBoosterSetStrFeatureInfo", ErrorCode::InvalidArgument);
}

Result<QStringList> XgbBooster::featureInfo(const char* field) const
{
    bst_ulong n = 0;
    const char** out = nullptr;
    if (auto ok = XgbError::check(XGBoosterGetStrFeatureInfo(m_handle, field, &n, &out), "XGBoosterGetStrFeatureInfo");
        !ok)
        return fail(ok.error());
    QStringList values;
    for (bst_ulong i = 0; i < n; ++i)
        values << QString::fromUtf8(out[i]);
    return values;
}

Result<QList<QPair<QString, double>>> XgbBooster::featureScore(const char* importanceType) const
{
    const QByteArray config = QByteArrayLiteral("{\"importance_type\":\"") + importanceType + QByteArrayLiteral("\"}");
    bst_ulong nFeatures = 0;
    const char** features = nullptr;
    bst_ulong dim = 0;
    const bst_ulong* shape = nullptr;
    const float* scores = nullptr;
    if (auto ok = XgbError::check(
            XGBoosterFeatureScore(m_handle, config.constData(), &nFeatures, &features, &dim, &shape, &scores),
            "XGBoosterFeatureScore");
        !ok)
        return fail(ok.error());
    QList<QPair<QString, double>> out;
    for (bst_ulong i = 0; i < nFeatures; ++i)
        out.append({QString::fromUtf8(features[i]), double(scores[i])});
    return out;
}

Result<XgbBooster> XgbBooster::slice(int begin, int end) const
{
    BoosterHandle out = nullptr;
    if (auto ok = XgbError::check(XGBoosterSlice(m_handle, begin, end, 1, &out), "XGBoosterSlice"); !ok)
        return fail(ok.error());
    return XgbBooster(out);
}

} // namespace valuator
