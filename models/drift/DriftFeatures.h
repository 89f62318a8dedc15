// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/drift/DriftAnalyzer.h"

namespace valuator {

/// Internal to DriftAnalyzer: the drift of one numeric or one categorical column pair.
class DriftFeatures {
    Q_DECLARE_TR_FUNCTIONS(DriftAnalyzer)
public:
    /// `reference` and `current` are Float64, Int64 or Date columns (either may be any of the numeric types).
    static FeatureDrift numeric(const Column& reference, const Column& current, const DriftOptions& options);
    /// Both Text columns; values are matched by text (each column has its own dictionary).
    static FeatureDrift categorical(const Column& reference, const Column& current, const DriftOptions& options);

    /// Fills each bin's psi term (shares floored) and the feature's psi and status.
    static void finish(FeatureDrift& feature, const DriftOptions& options);
};

} // namespace valuator
