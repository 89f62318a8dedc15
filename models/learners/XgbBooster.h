// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"
#include "models/learners/XgbDMatrix.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QStringList>

#include <optional>
#include <span>
#include <vector>

namespace valuator {

/// The project's one RAII wrapper of an XGBoost booster (move-only). Every C call is checked and turned into an
/// Error by XgbError; output buffers, which belong to the library and are overwritten by its next call on this
/// thread, are copied before returning. No exception crosses into XGBoost: this class calls no user code.
/// Thread: training calls on one thread; predict/contribs may run concurrently (XGBoost >= 1.4 predicts
/// thread-safely with thread-local output buffers).
class XgbBooster {
public:
    /// A booster whose prediction cache holds `cache` (the training and validation matrices, which makes the
    /// per-round evaluation incremental instead of a full prediction).
    static Result<XgbBooster> create(std::span<const XgbDMatrix* const> cache);
    /// A booster restored from XGBoosterSaveModelToBuffer output (UBJSON or JSON). Anything else, and a
    /// truncated or structurally damaged document, is a Parse error before XGBoost sees it (see UbjsonCheck).
    static Result<XgbBooster> load(const QByteArray& bytes);

    XgbBooster(XgbBooster&& other) noexcept;
    XgbBooster& operator=(XgbBooster&& other) noexcept;
    XgbBooster(const XgbBooster&) = delete;
    XgbBooster& operator=(const XgbBooster&) = delete;
    ~XgbBooster();

    Status setParam(const char* name, const QByteArray& value);
    /// One boosting round on `train` (which must carry labels).
    Status updateOneIter(int iteration, const XgbDMatrix& train);
    /// Root mean squared error of the current model's predictions on `data` (a matrix the booster was created
    /// with) against `labels`. XGBoost keeps those matrices' predictions up to date after every round (its
    /// prediction cache), so this is a copy-free read of the cache plus one pass: several times cheaper than
    /// XGBoosterEvalOneIter's metric, which recomputes the same value through its generic tensor machinery.
    Result<double> cachedRmse(const XgbDMatrix& data, std::span<const float> labels) const;

    /// XGBoosterPredictFromDMatrix: `type` 0 = value, 2 = TreeSHAP contributions (rows x (features + 1), bias
    /// last); trees of rounds [0, iterationEnd) (0 = all). `shape` receives the output shape when not null.
    Result<std::vector<float>> predict(
        const XgbDMatrix& data, int type, int iterationEnd, std::vector<uint64_t>* shape = nullptr) const;
    /// In-place value prediction straight from a dense row-major float block (NaN missing): no DMatrix copy.
    Result<std::vector<float>> predictDense(const float* values, int64_t rows, int columns, int iterationEnd) const;

    /// XGBoosterSaveModelToBuffer in `format` "ubj" or "json".
    Result<QByteArray> save(const char* format) const;
    Result<int> boostedRounds() const;
    Result<int> featureCount() const;

    Status setAttr(const char* name, const QByteArray& value);
    Result<std::optional<QByteArray>> attr(const char* name) const;
    /// "feature_name" / "feature_type" stored in the model (XGBoost does not copy them from the DMatrix).
    Status setFeatureInfo(const char* field, const QByteArrayList& values);
    Result<QStringList> featureInfo(const char* field) const;
    /// XGBoosterFeatureScore with `importanceType` ("total_gain", "gain", "weight", ...): per used feature.
    Result<QList<QPair<QString, double>>> featureScore(const char* importanceType) const;
    /// A new booster with the trees of rounds [begin, end).
    Result<XgbBooster> slice(int begin, int end) const;

private:
    explicit XgbBooster(void* handle)
        : m_handle(handle)
    {
    }
    void* m_handle = nullptr;
};

} // namespace valuator
