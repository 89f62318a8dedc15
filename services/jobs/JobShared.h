// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Error.h"

#include <QMutex>
#include <QString>

#include <atomic>
#include <optional>

namespace valuator {

class Job;

namespace detail {

/// A progress snapshot as last published by the worker.
struct JobProgress {
    qint64 done = 0;
    qint64 total = 0;
    QString message;
};

/// The state one job shares between its worker thread (JobContext) and its Job object on the main thread.
/// Internal to services/jobs. The Job owns it together with the running work (shared_ptr), so either side may
/// finish first. The `job` pointer is only used to post notifications; the runner keeps the Job alive until
/// the work has returned.
class JobShared {
public:
    JobShared(Job* job, quint64 id, QString title);

    Job* const job;
    const quint64 id;
    const QString title;

    void requestCancel() { m_cancelRequested.store(true, std::memory_order_relaxed); }
    bool isCancelRequested() const { return m_cancelRequested.load(std::memory_order_relaxed); }

    /// Worker thread: stores the snapshot and posts a notification to the Job (queued).
    void publishProgress(const JobProgress& progress);
    /// Any thread: the last published snapshot.
    JobProgress progress() const;

    /// Worker thread, once at the end: what the work produced (nullopt = success).
    void setOutcome(std::optional<Error> error);
    /// True once setOutcome() ran; the work function may have been skipped (cancelled before it started).
    bool hasOutcome() const;
    std::optional<Error> outcome() const;

private:
    std::atomic<bool> m_cancelRequested {false};
    mutable QMutex m_mutex;
    JobProgress m_progress; // guarded by m_mutex
    bool m_hasOutcome = false; // guarded by m_mutex
    std::optional<Error> m_outcome; // guarded by m_mutex
};

} // namespace detail
} // namespace valuator
