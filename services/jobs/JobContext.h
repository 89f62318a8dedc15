// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Progress.h"

#include <QElapsedTimer>
#include <QString>

#include <memory>

namespace valuator {

namespace detail {
class JobShared;
class PromiseControl;
} // namespace detail

/// What a job's work function gets on its worker thread: progress reporting and the cancel flag.
///
/// Lives on the worker thread for the duration of the work function and must not be used after it returns
/// (neither the context nor a ProgressFn made by progressFn()). All methods are meant for that thread only.
///
/// Progress is throttled: setProgress() is cheap enough to call for every row, but an update is only passed on
/// to the Job (and the QFuture) when ~100 ms have passed since the previous one, or when it is the first one,
/// the final one (done >= total > 0), or it changes the total or the message. The message names a phase
/// ("Reading rows…", "Saving…"), not an item: the panel shows done/total itself, and a message that changes on
/// every call defeats the throttle. The last state is always published when the work returns.
///
/// Cancellation is cooperative: setProgress() and the ProgressFn return false and isCancelled() turns true once
/// Job::cancel() (or QFuture::cancel()) was called; the work then stops at its next check and returns
/// `fail(Error::cancelled())` or the Cancelled error of the core it called, committing nothing.
class JobContext {
public:
    /// Constructed by the job machinery only.
    JobContext(std::shared_ptr<detail::JobShared> shared, detail::PromiseControl& promise);
    ~JobContext();
    JobContext(const JobContext&) = delete;
    JobContext& operator=(const JobContext&) = delete;

    quint64 jobId() const;
    QString title() const;

    /// Reports `done` of `total` units (total 0 = unknown). An empty `message` keeps the current one.
    /// Returns false when the job was cancelled: stop at this point.
    bool setProgress(qint64 done, qint64 total, const QString& message = {});
    /// Changes the message (a new phase) and publishes it at once, keeping done/total.
    void setMessage(const QString& message);
    bool isCancelled() const;
    /// A ProgressFn for a synchronous core: forwards to setProgress(done, total, message).
    ProgressFn progressFn(const QString& message = {});

    /// Publishes the latest state if the throttle held it back. Called when the work returns.
    void flush();

private:
    void publish();

    std::shared_ptr<detail::JobShared> m_shared;
    detail::PromiseControl& m_promise;
    QElapsedTimer m_sincePublish;
    qint64 m_done = 0;
    qint64 m_total = 0;
    QString m_message;
    bool m_published = false; // anything published yet
    bool m_dirty = false; // state changed since the last publish
    qint64 m_publishedDone = 0;
    qint64 m_publishedTotal = 0;
    QString m_publishedMessage;
};

} // namespace valuator
