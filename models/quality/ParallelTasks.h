// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Progress.h"
#include "models/core/Result.h"

#include <atomic>
#include <functional>
#include <vector>

namespace valuator {

/// Runs independent tasks on up to `threads` threads (the calling thread is one of them) and waits for all.
/// Tasks are taken in the given order (put the largest first). Only the calling thread calls `progress`
/// (done = finished tasks, total = task count), between its own tasks, so callers keep the ProgressFn contract
/// "called on the thread that runs the core". When progress returns false the shared cancel flag is set: no
/// new task starts, long tasks poll `cancelled` and return early, and run() returns ErrorCode::Cancelled.
/// Tasks must not throw and must only write their own outputs.
class ParallelTasks {
public:
    using Task = std::function<void(const std::atomic<bool>& cancelled)>;

    static Status run(std::vector<Task> tasks, int threads, const ProgressFn& progress);
};

} // namespace valuator
