// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/quality/ParallelTasks.h"

#include <algorithm>
#include <thread>

namespace valuator {

Status ParallelTasks::run(std::vector<Task> tasks, int threads, const ProgressFn& progress)
{
    const auto total = qint64(tasks.size());
    std::atomic<bool> cancelled {false};
    std::atomic<size_t> next {0};
    std::atomic<qint64> done {0};
    auto work = [&](bool reports) {
        for (;;) {
            if (cancelled.load(std::memory_order_relaxed))
                return;
            const size_t i = next.fetch_add(1);
            if (i >= tasks.size())
                return;
            tasks[i](cancelled);
            const qint64 finished = done.fetch_add(1) + 1;
            if (reports && !reportProgress(progress, finished, total))
                cancelled.store(true);
        }
    };
    if (!reportProgress(progress, 0, total))
        return fail(Error::cancelled());
    const int helpers = std::clamp(threads, 1, 64) - 1;
    std::vector<std::thread> pool;
    for (int t = 0; t < helpers && size_t(t + 1) < tasks.size(); ++t)
        pool.emplace_back(work, false);
    work(true);
    for (std::thread& t : pool)
        t.join();
    if (cancelled.load() || !reportProgress(progress, done.load(), total))
        return fail(Error::cancelled());
    return {};
}

} // namespace valuator
