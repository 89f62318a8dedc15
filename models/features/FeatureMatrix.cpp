// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/features/FeatureMatrix.h"

#include <algorithm>

namespace valuator {

FeatureMatrix FeatureMatrix::select(std::span<const int64_t> indices) const
{
    FeatureMatrix out;
    out.rows = int64_t(indices.size());
    out.columns = columns;
    out.kinds = kinds;
    out.names = names;
    out.categoryCounts = categoryCounts;
    out.values.resize(size_t(out.rows) * size_t(columns));
    float* dst = out.values.data();
    for (int64_t r : indices) {
        const float* src = values.data() + size_t(r) * size_t(columns);
        std::copy(src, src + columns, dst);
        dst += columns;
    }
    return out;
}

} // namespace valuator
