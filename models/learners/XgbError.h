// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"

#include <QCoreApplication>

namespace valuator {

/// The one conversion of XGBoost's C API failures into Error. Every C call returns 0 or -1; on -1 the library's
/// thread-local XGBGetLastError() holds "[hh:mm:ss] src/file.cc:123: Check failed: ...\nStack trace: ...".
/// The user sees the first line without the time and source prefix; the whole text goes to `detail`.
/// Internal to models/learners (the only code that includes <xgboost/c_api.h>).
class XgbError {
    Q_DECLARE_TR_FUNCTIONS(XgbError)
public:
    /// Ok when `rc` is 0, else the last error of this thread, naming the C function `call`.
    static Status check(int rc, const char* call, ErrorCode code = ErrorCode::Unknown);
    /// The error for a failed `call` (reads XGBGetLastError()).
    static Error last(const char* call, ErrorCode code = ErrorCode::Unknown);
    /// Splits a raw XGBoost message into its user line and the rest (exposed for tests).
    static QString userLine(const QString& raw);
    /// Routes XGBoost's own log (warnings, info) to the valuator.train category. XGBoost keeps the callback per
    /// thread, so every XgbBooster/XgbDMatrix entry point calls this on its own thread; cheap after the first call.
    static void installLogCallback();
};

} // namespace valuator
