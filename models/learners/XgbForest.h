// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"

#include <QCoreApplication>

#include <cstdint>
#include <vector>

namespace valuator {

/// A flat, read-only copy of the trees of an XGBoost regression model for fast batch prediction.
///
/// XGBoost's CPU predictor copies every row into a per-thread feature vector and walks its general node
/// structure; this walks compact 16-byte nodes laid out breadth first (the right child right after the left),
/// a block of rows through all trees at a time, straight from the dense row-major input. It reproduces XGBoost's
/// arithmetic exactly: the prediction starts at base_score and adds each tree's leaf value in tree order, in
/// float, so the results are bit-identical to XGBoosterPredictFromDense (see XgbModel, which checks that on probe
/// rows before it uses a forest, and the unit tests, which check it on random models).
///
/// Only what our models use is accepted: gbtree, one output, an objective whose prediction is the raw margin
/// (reg:squarederror and kin), numeric and categorical (partition or one-hot) splits. Anything else is refused
/// with an error and the caller keeps using XGBoost itself.
class XgbForest {
    Q_DECLARE_TR_FUNCTIONS(XgbForest)
public:
    /// Where a categorical value goes when it is not a valid category (negative, >= 2^24) or lies beyond the
    /// split's stored category set (whose width XGBoost rounds up to 32). XGBoost versions differ here; XgbModel
    /// finds the one the linked library uses with probe rows.
    enum class OutOfSet { Left, DefaultDirection };

    /// Compiles the first `treeEnd` trees (all when <= 0 or larger) of a model saved by
    /// XGBoosterSaveModelToBuffer in the JSON format.
    static Result<XgbForest> fromJson(const QByteArray& json, int treeEnd);

    int trees() const { return int(m_trees.size()); }
    /// Trees stored in the complete layout (no deeper than kMaxCompleteDepth); the others are walked by pointer.
    int completeTrees() const;
    /// The feature count the model was trained with (the row width predict() expects).
    int features() const { return m_features; }
    float baseScore() const { return m_base; }
    void setOutOfSet(OutOfSet rule) { m_outOfSet = rule; }
    OutOfSet outOfSet() const { return m_outOfSet; }

    /// Predictions of `rows` dense row-major rows of features() floats (NaN = missing) into `out`, with up to
    /// `threads` threads.
    void predict(const float* values, int64_t rows, float* out, int threads) const;

    /// `rows` rows (row-major, features() wide) that reach every kind of branch of this forest: values exactly on
    /// and next to the split thresholds, missing values, categories inside, outside and beyond each split's set,
    /// invalid categories. Deterministic for a `seed`. XgbModel compares XGBoost's predictions of them with ours.
    std::vector<float> probeRows(int rows, uint64_t seed) const;

private:
    struct Node {
        uint32_t info = 0; ///< kLeaf | kDefaultLeft | kCategorical | feature index
        float value = 0; ///< split threshold (go left when value < threshold), or the leaf value
        int32_t left = 0; ///< index of the left child in m_nodes; the right child is left + 1
        uint32_t cats = 0; ///< categorical splits: offset in m_bits (word count, then the set's bit words)
    };
    static constexpr uint32_t kLeaf = 1u << 31;
    static constexpr uint32_t kDefaultLeft = 1u << 30;
    static constexpr uint32_t kCategorical = 1u << 29;
    static constexpr uint32_t kFeatureMask = kCategorical - 1;
    /// Trees up to this depth are also stored complete (see addComplete): at most 1023 internal nodes, 12 KiB.
    static constexpr int kMaxCompleteDepth = 10;

    struct Tree {
        int32_t root = 0; ///< in m_nodes
        int32_t depth = 0; ///< of the deepest leaf (a lone leaf: 0)
        int32_t complete = -1; ///< complete layout: its 2^depth - 1 internal nodes in m_info etc.; -1 = none
        int32_t leaves = -1; ///< complete layout: its 2^depth leaf values in m_leaves
    };

    /// Stores `tree` as a complete binary tree of its depth, in heap order (children of i at 2i+1 and 2i+2):
    /// no child pointers to chase and no leaf test, every row takes exactly `depth` steps.
    void addComplete(Tree& tree);
    /// Adds the leaf values of `tree` (complete layout) for `count` rows to `out`.
    void walkComplete(const Tree& tree, const float* rows, int64_t count, float* out) const;
    float leaf(int32_t node, const float* row) const;
    bool categoricalRight(const Node& n, float v) const;
    bool categoricalRight(const uint32_t* set, uint32_t info, float v) const;
    void predictRange(const float* values, int64_t begin, int64_t end, float* out) const;

    std::vector<Node> m_nodes; ///< every tree, breadth first (the right child follows the left one)
    std::vector<Tree> m_trees;
    std::vector<uint32_t> m_bits; ///< categorical sets: a word count, then the bit words
    // The complete layout of the trees no deeper than kMaxCompleteDepth, structure of arrays.
    std::vector<uint32_t> m_info;
    std::vector<float> m_threshold;
    std::vector<uint32_t> m_catOffset;
    std::vector<float> m_leaves;
    float m_base = 0;
    int m_features = 0;
    OutOfSet m_outOfSet = OutOfSet::Left;
};

} // namespace valuator
