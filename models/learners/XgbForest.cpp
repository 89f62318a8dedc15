// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/learners/XgbForest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <thread>

namespace valuator {

namespace {

/// XGBoost refuses categories at or above 2^24 (the last integer a float holds exactly) and below 0.
constexpr float kMaxCategory = 16777216.0f;
/// Rows walked through all trees together: their features stay in L1 while the trees stream by.
constexpr int64_t kBlockRows = 128;
/// Objectives whose prediction is the raw sum of the trees (no link function).
constexpr const char* kIdentityObjectives[]
    = {"reg:squarederror", "reg:linear", "reg:absoluteerror", "reg:pseudohubererror"};

/// splitmix64 (see models/validation/SplitMix64.h; spelled out to keep learners free of validation).
uint64_t nextRandom(uint64_t& state)
{
    uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

/// A number XGBoost's JSON writes as a string ("9.23267E0", in 2.x sometimes "[9.23267E0]").
bool parseNumberString(const QJsonValue& v, double& out)
{
    if (v.isDouble()) {
        out = v.toDouble();
        return true;
    }
    QString s = v.toString().trimmed();
    if (s.startsWith(QLatin1Char('[')) && s.endsWith(QLatin1Char(']')))
        s = s.mid(1, s.size() - 2).trimmed();
    bool ok = false;
    out = s.toDouble(&ok);
    return ok;
}

/// XGBoost's JSON writes non-finite floats as bare NaN / Infinity / -Infinity (the split condition of every
/// categorical split is NaN), which strict JSON parsers refuse. Outside strings they become null; a null where
/// a number matters is refused by fromJson.
QByteArray withoutNonFiniteTokens(const QByteArray& json)
{
    QByteArray out;
    out.reserve(json.size() + json.size() / 16);
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (inString) {
            out += c;
            if (c == '\\' && i + 1 < json.size())
                out += json[++i];
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
            out += c;
            continue;
        }
        const char* token = nullptr;
        if (c == 'N' || c == 'I' || c == '-') {
            const QByteArrayView rest(json.constData() + i, json.size() - i);
            for (const char* t : {"NaN", "Infinity", "-Infinity"})
                if (rest.startsWith(t))
                    token = t;
        }
        if (token) {
            out += "null";
            i += qsizetype(std::strlen(token)) - 1;
        } else {
            out += c;
        }
    }
    return out;
}

int intOf(const QJsonValue& v, int fallback = -1)
{
    if (v.isBool())
        return v.toBool() ? 1 : 0;
    if (v.isDouble())
        return v.toInt(fallback);
    bool ok = false;
    const int i = v.toString().toInt(&ok);
    return ok ? i : fallback;
}

/// One tree's arrays, checked for consistent sizes.
struct TreeArrays {
    QJsonArray left, right, feature, condition, defaultLeft, splitType, cats, catNodes, catSegments, catSizes;
    qsizetype nodes = 0;
};

Result<TreeArrays> treeArrays(const QJsonObject& t, int index)
{
    TreeArrays a;
    a.left = t.value(QLatin1String("left_children")).toArray();
    a.right = t.value(QLatin1String("right_children")).toArray();
    a.feature = t.value(QLatin1String("split_indices")).toArray();
    a.condition = t.value(QLatin1String("split_conditions")).toArray();
    a.defaultLeft = t.value(QLatin1String("default_left")).toArray();
    a.splitType = t.value(QLatin1String("split_type")).toArray();
    a.cats = t.value(QLatin1String("categories")).toArray();
    a.catNodes = t.value(QLatin1String("categories_nodes")).toArray();
    a.catSegments = t.value(QLatin1String("categories_segments")).toArray();
    a.catSizes = t.value(QLatin1String("categories_sizes")).toArray();
    a.nodes = a.left.size();
    const bool typesOk = a.splitType.isEmpty() || a.splitType.size() == a.nodes;
    if (a.nodes == 0 || a.right.size() != a.nodes || a.feature.size() != a.nodes || a.condition.size() != a.nodes
        || a.defaultLeft.size() != a.nodes || !typesOk || a.catNodes.size() != a.catSegments.size()
        || a.catNodes.size() != a.catSizes.size())
        return fail(ErrorCode::Parse, XgbForest::tr("The XGBoost model's trees are inconsistent."),
            QStringLiteral("tree %1: %2 nodes, arrays of different lengths").arg(index).arg(a.nodes));
    return a;
}

} // namespace

Result<XgbForest> XgbForest::fromJson(const QByteArray& json, int treeEnd)
{
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(withoutNonFiniteTokens(json), &error);
    const QJsonObject learner = doc.object().value(QLatin1String("learner")).toObject();
    if (error.error != QJsonParseError::NoError || learner.isEmpty())
        return fail(ErrorCode::Parse, tr("The XGBoost model is not valid JSON."), error.errorString());
    const auto unsupported = [](const QString& what) {
        return fail(ErrorCode::Unsupported, tr("This XGBoost model cannot be compiled for fast prediction."), what);
    };
    const QJsonObject param = learner.value(QLatin1String("learner_model_param")).toObject();
    const QJsonObject booster = learner.value(QLatin1String("gradient_booster")).toObject();
    const QString objective
        = learner.value(QLatin1String("objective")).toObject().value(QLatin1String("name")).toString();
    if (booster.value(QLatin1String("name")).toString() != QLatin1String("gbtree"))
        return unsupported(QStringLiteral("booster %1").arg(booster.value(QLatin1String("name")).toString()));
    if (std::none_of(std::begin(kIdentityObjectives), std::end(kIdentityObjectives),
            [&](const char* o) { return objective == QLatin1String(o); }))
        return unsupported(QStringLiteral("objective %1").arg(objective));
    if (intOf(param.value(QLatin1String("num_class")), 0) > 1 || intOf(param.value(QLatin1String("num_target")), 1) > 1)
        return unsupported(QStringLiteral("more than one output"));
    double base = 0;
    if (!parseNumberString(param.value(QLatin1String("base_score")), base))
        return fail(ErrorCode::Parse, tr("The XGBoost model has no base score."));

    const QJsonObject model = booster.value(QLatin1String("model")).toObject();
    const QJsonObject gbtreeParam = model.value(QLatin1String("gbtree_model_param")).toObject();
    if (intOf(gbtreeParam.value(QLatin1String("num_parallel_tree")), 1) != 1)
        return unsupported(QStringLiteral("num_parallel_tree != 1"));
    const QJsonArray trees = model.value(QLatin1String("trees")).toArray();
    const QJsonArray treeInfo = model.value(QLatin1String("tree_info")).toArray();
    const qsizetype count = treeEnd <= 0 ? trees.size() : std::min<qsizetype>(treeEnd, trees.size());

    XgbForest f;
    f.m_base = float(base);
    f.m_features = intOf(param.value(QLatin1String("num_feature")), 0);
    if (f.m_features <= 0 || f.m_features > int(kFeatureMask))
        return fail(ErrorCode::Parse, tr("The XGBoost model has no features."));
    f.m_trees.reserve(size_t(count));
    // Offset 0: an empty set, the catOffset of every numeric node in the complete layout.
    f.m_bits = {0u};
    for (qsizetype t = 0; t < count; ++t) {
        if (intOf(treeInfo.at(t), 0) != 0)
            return unsupported(QStringLiteral("tree %1 belongs to output group %2").arg(t).arg(intOf(treeInfo.at(t))));
        const QJsonObject tree = trees.at(t).toObject();
        if (intOf(tree.value(QLatin1String("tree_param")).toObject().value(QLatin1String("size_leaf_vector")), 0) > 1)
            return unsupported(QStringLiteral("vector leaves"));
        auto a = treeArrays(tree, int(t));
        if (!a)
            return fail(a.error());
        const auto bad = [&](qsizetype node) {
            return fail(ErrorCode::Parse, tr("The XGBoost model's trees are inconsistent."),
                QStringLiteral("tree %1, node %2").arg(t).arg(node));
        };
        // Categories per node: XGBoost stores the set of categories that go right.
        std::vector<std::pair<qsizetype, qsizetype>> catRange(size_t(a->nodes), {-1, 0});
        for (qsizetype i = 0; i < a->catNodes.size(); ++i) {
            const int node = intOf(a->catNodes.at(i));
            const int begin = intOf(a->catSegments.at(i));
            const int size = intOf(a->catSizes.at(i));
            if (node < 0 || node >= a->nodes || begin < 0 || size < 0 || begin + size > a->cats.size())
                return bad(node);
            catRange[size_t(node)] = {begin, size};
        }
        // Breadth first from the root, so that each node's children sit side by side.
        const auto root = int32_t(f.m_nodes.size());
        std::vector<int32_t> queue {0};
        std::vector<int32_t> level {0};
        int depth = 0;
        f.m_nodes.emplace_back();
        for (size_t q = 0; q < queue.size(); ++q) {
            const int32_t src = queue[q];
            depth = std::max(depth, level[q]);
            if (queue.size() > size_t(a->nodes))
                return bad(src); // a cycle
            Node n;
            const int left = intOf(a->left.at(src));
            const int right = intOf(a->right.at(src));
            const QJsonValue condition = a->condition.at(src);
            n.value = float(condition.toDouble());
            if (left < 0) {
                if (!condition.isDouble())
                    return bad(src); // a leaf without a finite value
                n.info = kLeaf;
            } else {
                const int feature = intOf(a->feature.at(src));
                if (right < 0 || left >= a->nodes || right >= a->nodes || feature < 0 || feature >= f.m_features)
                    return bad(src);
                n.info = uint32_t(feature) | (intOf(a->defaultLeft.at(src), 0) ? kDefaultLeft : 0u);
                const bool categorical = !a->splitType.isEmpty() && intOf(a->splitType.at(src), 0) == 1;
                if (!categorical && !condition.isDouble())
                    return unsupported(QStringLiteral("tree %1, node %2: a non-finite threshold").arg(t).arg(src));
                if (categorical) {
                    const auto [begin, size] = catRange[size_t(src)];
                    if (begin < 0)
                        return bad(src);
                    int maxCat = -1;
                    for (qsizetype i = begin; i < begin + size; ++i)
                        maxCat = std::max(maxCat, intOf(a->cats.at(i)));
                    // The set's width as XGBoost stores it: whole 32-bit words up to the largest category.
                    const uint32_t words = maxCat < 0 ? 0u : uint32_t(maxCat / 32 + 1);
                    n.info |= kCategorical;
                    n.cats = uint32_t(f.m_bits.size());
                    f.m_bits.push_back(words);
                    const size_t first = f.m_bits.size();
                    f.m_bits.resize(first + words, 0u);
                    for (qsizetype i = begin; i < begin + size; ++i) {
                        const int c = intOf(a->cats.at(i));
                        if (c < 0)
                            return bad(src);
                        f.m_bits[first + size_t(c / 32)] |= 1u << (c % 32);
                    }
                }
                n.left = int32_t(root + qsizetype(queue.size()));
                queue.push_back(left);
                queue.push_back(right);
                level.insert(level.end(), 2, level[q] + 1);
                f.m_nodes.emplace_back();
                f.m_nodes.emplace_back();
            }
            f.m_nodes[size_t(root) + q] = n;
        }
        f.m_trees.push_back({root, depth, -1, -1});
        if (depth <= kMaxCompleteDepth)
            f.addComplete(f.m_trees.back());
    }
    if (f.m_nodes.size() > size_t(std::numeric_limits<int32_t>::max() / 2))
        return unsupported(QStringLiteral("too many nodes"));
    return f;
}

int XgbForest::completeTrees() const
{
    return int(std::count_if(m_trees.begin(), m_trees.end(), [](const Tree& t) { return t.complete >= 0; }));
}

void XgbForest::addComplete(Tree& tree)
{
    const size_t internal = (size_t(1) << tree.depth) - 1;
    tree.complete = int32_t(m_info.size());
    tree.leaves = int32_t(m_leaves.size());
    m_info.resize(m_info.size() + internal, 0u);
    m_threshold.resize(m_threshold.size() + internal, INFINITY);
    m_catOffset.resize(m_catOffset.size() + internal, 0u);
    m_leaves.resize(m_leaves.size() + internal + 1, 0.0f);
    // A leaf above the bottom level becomes pass-through nodes (feature 0, always left unless the value is +inf)
    // over copies of its value, so every path is exactly `depth` steps and the direction taken there is moot.
    const auto place = [&](auto&& self, int32_t node, size_t pos, int level) -> void {
        const Node& n = m_nodes[size_t(node)];
        if (level == tree.depth) {
            m_leaves[size_t(tree.leaves) + pos - internal] = n.value; // only leaves reach the bottom level
            return;
        }
        const size_t at = size_t(tree.complete) + pos;
        if (n.info & kLeaf) {
            self(self, node, 2 * pos + 1, level + 1);
            self(self, node, 2 * pos + 2, level + 1);
            return;
        }
        m_info[at] = n.info;
        if (n.info & kCategorical)
            m_catOffset[at] = n.cats;
        else
            m_threshold[at] = n.value;
        self(self, n.left, 2 * pos + 1, level + 1);
        self(self, n.left + 1, 2 * pos + 2, level + 1);
    };
    place(place, tree.root, 0, 0);
}

void XgbForest::walkComplete(const Tree& tree, const float* rows, int64_t count, float* out) const
{
    // kLanes rows step through the tree together: their node loads and comparisons are independent, so the CPU
    // overlaps them instead of waiting on one row's chain of dependent loads.
    constexpr int kLanes = 4;
    const uint32_t* info = m_info.data() + tree.complete;
    const float* threshold = m_threshold.data() + tree.complete;
    const uint32_t* catOffset = m_catOffset.data() + tree.complete;
    const float* leaves = m_leaves.data() + tree.leaves;
    const size_t internal = (size_t(1) << tree.depth) - 1;
    const auto width = size_t(m_features);
    const auto step = [&](const float* row, uint32_t i) -> uint32_t {
        const uint32_t inf = info[i];
        const float v = row[inf & kFeatureMask];
        uint32_t right;
        if (inf & kCategorical) [[unlikely]]
            right = categoricalRight(m_bits.data() + catOffset[i], inf, v);
        else
            right = !(v < threshold[i]);
        if (std::isnan(v)) [[unlikely]]
            right = !(inf & kDefaultLeft);
        return 2 * i + 1 + right;
    };
    int64_t r = 0;
    for (; r + kLanes <= count; r += kLanes) {
        uint32_t idx[kLanes] = {};
        const float* row = rows + size_t(r) * width;
        for (int level = 0; level < tree.depth; ++level)
            for (int k = 0; k < kLanes; ++k)
                idx[k] = step(row + size_t(k) * width, idx[k]);
        for (int k = 0; k < kLanes; ++k)
            out[r + k] += leaves[idx[k] - internal];
    }
    for (; r < count; ++r) {
        uint32_t i = 0;
        for (int level = 0; level < tree.depth; ++level)
            i = step(rows + size_t(r) * width, i);
        out[r] += leaves[i - internal];
    }
}

bool XgbForest::categoricalRight(const Node& n, float v) const
{
    return categoricalRight(m_bits.data() + n.cats, n.info, v);
}

bool XgbForest::categoricalRight(const uint32_t* set, uint32_t info, float v) const
{
    const bool outRight = m_outOfSet == OutOfSet::DefaultDirection && !(info & kDefaultLeft);
    if (!(v >= 0.0f && v < kMaxCategory))
        return outRight;
    const auto c = uint32_t(int32_t(v)); // XGBoost truncates the value to its category
    if (c / 32 >= set[0])
        return outRight;
    return (set[1 + c / 32] >> (c % 32)) & 1u;
}

float XgbForest::leaf(int32_t node, const float* row) const
{
    const Node* nodes = m_nodes.data();
    for (;;) {
        const Node& n = nodes[node];
        if (n.info & kLeaf)
            return n.value;
        const float v = row[n.info & kFeatureMask];
        bool right;
        if (std::isnan(v))
            right = !(n.info & kDefaultLeft);
        else if (n.info & kCategorical) [[unlikely]]
            right = categoricalRight(n, v);
        else
            right = !(v < n.value);
        node = n.left + int32_t(right);
    }
}

void XgbForest::predictRange(const float* values, int64_t begin, int64_t end, float* out) const
{
    const auto width = size_t(m_features);
    for (int64_t block = begin; block < end; block += kBlockRows) {
        const int64_t stop = std::min(end, block + kBlockRows);
        std::fill(out + block, out + stop, m_base);
        for (const Tree& tree : m_trees) {
            if (tree.complete >= 0) {
                walkComplete(tree, values + size_t(block) * width, stop - block, out + block);
            } else {
                for (int64_t r = block; r < stop; ++r)
                    out[r] += leaf(tree.root, values + size_t(r) * width);
            }
        }
    }
}

void XgbForest::predict(const float* values, int64_t rows, float* out, int threads) const
{
    if (rows <= 0)
        return;
    const int64_t blocks = (rows + kBlockRows - 1) / kBlockRows;
    const auto workers = int(std::clamp<int64_t>(threads, 1, blocks));
    if (workers == 1) {
        predictRange(values, 0, rows, out);
        return;
    }
    std::vector<std::thread> pool;
    pool.reserve(size_t(workers - 1));
    const auto rangeOf = [&](int w) {
        const int64_t perWorker = (blocks + workers - 1) / workers;
        return std::pair {std::min(rows, w * perWorker * kBlockRows), std::min(rows, (w + 1) * perWorker * kBlockRows)};
    };
    for (int w = 1; w < workers; ++w) {
        const auto [b, e] = rangeOf(w);
        pool.emplace_back([=, this] { predictRange(values, b, e, out); });
    }
    const auto [b, e] = rangeOf(0);
    predictRange(values, b, e, out);
    for (std::thread& t : pool)
        t.join();
}

std::vector<float> XgbForest::probeRows(int rows, uint64_t seed) const
{
    // Per feature, the values worth trying: each threshold and its float neighbours, each categorical set's
    // members, non-members and the first categories past its width, and the invalid categories.
    std::vector<std::vector<float>> interesting(static_cast<size_t>(m_features));
    for (const Node& n : m_nodes) {
        if (n.info & kLeaf)
            continue;
        auto& v = interesting[n.info & kFeatureMask];
        if (n.info & kCategorical) {
            const uint32_t words = m_bits[n.cats];
            for (uint32_t c = 0; c < 32 * words + 3; c += 1 + c / 64)
                v.push_back(float(c));
            v.insert(v.end(), {-1.0f, 2.5f, kMaxCategory, 1e9f});
        } else {
            v.insert(v.end(), {n.value, std::nextafter(n.value, -INFINITY), std::nextafter(n.value, INFINITY)});
        }
        if (v.size() > 4096) { // keep memory bounded on huge forests: thin out, keeping a spread
            std::vector<float> thin;
            for (size_t i = 0; i < v.size(); i += 2)
                thin.push_back(v[i]);
            v.swap(thin);
        }
    }
    std::vector<float> out(size_t(rows) * size_t(m_features));
    uint64_t state = seed;
    for (size_t r = 0; r < size_t(rows); ++r) {
        for (size_t f = 0; f < size_t(m_features); ++f) {
            const uint64_t x = nextRandom(state);
            const auto& v = interesting[f];
            float value = std::numeric_limits<float>::quiet_NaN();
            if (!v.empty() && x % 8 != 0) // one in eight missing
                value = v[(x >> 8) % v.size()];
            out[r * size_t(m_features) + f] = value;
        }
    }
    return out;
}

} // namespace valuator
