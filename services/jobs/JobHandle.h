// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"
#include "services/jobs/Job.h"

#include <QFuture>
#include <QPointer>

namespace valuator {

/// What JobRunner::start() returns: the future that will hold the work's Result<T>, and the Job that shows its
/// progress. `job` becomes null once the runner has deleted the finished Job; the future stays valid.
///
/// Observe the future with a QFutureWatcher<Result<T>> parented to your widget (never waitForFinished() on the
/// GUI thread), or connect to Job::finished and read `future.result()` there: the future is finished by then.
/// Cancel with `job->cancel()`. QFuture::cancel() also stops the work, but a cancelled QFuture holds no result
/// (Qt drops it), so prefer Job::cancel(), which yields a Result carrying ErrorCode::Cancelled.
template <class T> struct JobHandle {
    QFuture<Result<T>> future;
    QPointer<Job> job;
};

} // namespace valuator
