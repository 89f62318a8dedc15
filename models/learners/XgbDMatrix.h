// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"
#include "models/features/FeatureMatrix.h"

#include <QByteArrayList>

#include <span>

namespace valuator {

/// Owns one XGBoost DMatrix (RAII; move-only). Built from a FeatureMatrix: XGBoost copies the values, so the
/// FeatureMatrix may die afterwards. NaN is "missing"; feature names and types ("q" numeric, "c" categorical,
/// "i" 0/1 indicator) are set so categorical columns get XGBoost's native categorical splits.
/// The handle is an opaque pointer here so that no header outside models/learners needs <xgboost/c_api.h>.
class XgbDMatrix {
public:
    /// Copies `x` (and `labels` when not empty; they must be finite, one per row) using `threads` threads.
    static Result<XgbDMatrix> create(const FeatureMatrix& x, std::span<const float> labels, int threads);

    XgbDMatrix(XgbDMatrix&& other) noexcept;
    XgbDMatrix& operator=(XgbDMatrix&& other) noexcept;
    XgbDMatrix(const XgbDMatrix&) = delete;
    XgbDMatrix& operator=(const XgbDMatrix&) = delete;
    ~XgbDMatrix();

    void* handle() const { return m_handle; }

    /// XGBoost's feature type codes of `x`'s columns ("q", "c", "i").
    static QByteArrayList featureTypes(const FeatureMatrix& x);
    /// The column names as UTF-8.
    static QByteArrayList featureNames(const FeatureMatrix& x);
    /// The `__array_interface__` JSON XGBoost reads a dense row-major float block through (no copy).
    static QByteArray arrayInterface(const float* data, int64_t rows, int columns);

private:
    explicit XgbDMatrix(void* handle)
        : m_handle(handle)
    {
    }
    void* m_handle = nullptr;
};

} // namespace valuator
