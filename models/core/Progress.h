// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <functional>

namespace valuator {

/// Progress callback of synchronous cores: `done` of `total` units (total 0 = unknown).
/// Return false to cancel; the core then stops at its next cancel point and returns ErrorCode::Cancelled.
/// Called on the worker thread that runs the core. Cores call it at most every few thousand units.
using ProgressFn = std::function<bool(qint64 done, qint64 total)>;

/// Calls `fn` when set; a missing callback never cancels.
inline bool reportProgress(const ProgressFn& fn, qint64 done, qint64 total)
{
    return !fn || fn(done, total);
}

} // namespace valuator
