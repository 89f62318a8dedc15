// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/learners/XgbDMatrix.h"

#include "models/learners/XgbError.h"

#include <xgboost/c_api.h>

#include <cmath>
#include <utility>

namespace valuator {

namespace {

/// Pointers into `list` for the C API's `const char**` parameters; valid while `list` lives.
std::vector<const char*> cStrings(const QByteArrayList& list)
{
    std::vector<const char*> out;
    out.reserve(size_t(list.size()));
    for (const QByteArray& s : list)
        out.push_back(s.constData());
    return out;
}

} // namespace

QByteArrayList XgbDMatrix::featureTypes(const FeatureMatrix& x)
{
    QByteArrayList out;
    for (FeatureKind kind : x.kinds) {
        switch (kind) {
        case FeatureKind::Numeric:
            out << QByteArrayLiteral("q");
            break;
        case FeatureKind::Categorical:
            out << QByteArrayLiteral("c");
            break;
        case FeatureKind::Indicator:
            out << QByteArrayLiteral("i");
            break;
        }
    }
    return out;
}

QByteArrayList XgbDMatrix::featureNames(const FeatureMatrix& x)
{
    QByteArrayList out;
    for (const QString& name : x.names)
        out << name.toUtf8();
    return out;
}

QByteArray XgbDMatrix::arrayInterface(const float* data, int64_t rows, int columns)
{
    // Little-endian float32 ("<f4"), read-only; version 3 is what numpy emits and every XGBoost >= 1.4 parses.
    return QByteArrayLiteral("{\"data\":[") + QByteArray::number(quint64(reinterpret_cast<quintptr>(data)))
        + QByteArrayLiteral(",true],\"shape\":[") + QByteArray::number(qint64(rows)) + ',' + QByteArray::number(columns)
        + QByteArrayLiteral("],\"typestr\":\"<f4\",\"version\":3}");
}

Result<XgbDMatrix> XgbDMatrix::create(const FeatureMatrix& x, std::span<const float> labels, int threads)
{
    XgbError::installLogCallback();
    if (x.columns <= 0 || x.rows <= 0 || x.values.size() != size_t(x.rows) * size_t(x.columns)
        || x.kinds.size() != size_t(x.columns) || x.names.size() != x.columns)
        return fail(ErrorCode::InvalidArgument, XgbError::tr("The feature matrix is empty or inconsistent."),
            QStringLiteral("rows %1, columns %2, values %3, kinds %4, names %5")
                .arg(x.rows)
                .arg(x.columns)
                .arg(x.values.size())
                .arg(x.kinds.size())
                .arg(x.names.size()));
    if (!labels.empty() && labels.size() != size_t(x.rows))
        return fail(ErrorCode::InvalidArgument, XgbError::tr("The number of targets does not match the rows."),
            QStringLiteral("%1 labels for %2 rows").arg(labels.size()).arg(x.rows));

    const QByteArray data = arrayInterface(x.values.data(), x.rows, x.columns);
    const QByteArray config = QByteArrayLiteral("{\"missing\":NaN,\"nthread\":") + QByteArray::number(threads) + '}';
    DMatrixHandle handle = nullptr;
    if (auto ok = XgbError::check(
            XGDMatrixCreateFromDense(data.constData(), config.constData(), &handle), "XGDMatrixCreateFromDense");
        !ok)
        return fail(ok.error());
    XgbDMatrix out(handle);

    if (!labels.empty()) {
        if (auto ok = XgbError::check(XGDMatrixSetFloatInfo(handle, "label", labels.data(), bst_ulong(labels.size())),
                "XGDMatrixSetFloatInfo", ErrorCode::InvalidArgument);
            !ok)
            return fail(ok.error());
    }
    const QByteArrayList names = featureNames(x);
    const QByteArrayList types = featureTypes(x);
    auto cNames = cStrings(names);
    auto cTypes = cStrings(types);
    if (auto ok
        = XgbError::check(XGDMatrixSetStrFeatureInfo(handle, "feature_name", cNames.data(), bst_ulong(cNames.size())),
            "XGDMatrixSetStrFeatureInfo(feature_name)", ErrorCode::InvalidArgument);
        !ok)
        return fail(ok.error());
    if (auto ok
        = XgbError::check(XGDMatrixSetStrFeatureInfo(handle, "feature_type", cTypes.data(), bst_ulong(cTypes.size())),
            "XGDMatrixSetStrFeatureInfo(feature_type)", ErrorCode::InvalidArgument);
        !ok)
        return fail(ok.error());
    return out;
}

XgbDMatrix::XgbDMatrix(XgbDMatrix&& other) noexcept
    : m_handle(std::exchange(other.m_handle, nullptr))
{
}

XgbDMatrix& XgbDMatrix::operator=(XgbDMatrix&& other) noexcept
{
    if (this != &other) {
        if (m_handle)
            XGDMatrixFree(m_handle);
        m_handle = std::exchange(other.m_handle, nullptr);
    }
    return *this;
}

XgbDMatrix::~XgbDMatrix()
{
    if (m_handle)
        XGDMatrixFree(m_handle); // cannot fail for a valid handle; nothing to report from a destructor
}

} // namespace valuator
