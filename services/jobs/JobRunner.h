// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"
#include "services/jobs/Job.h"
#include "services/jobs/JobContext.h"
#include "services/jobs/JobDetail.h"
#include "services/jobs/JobHandle.h"

#include <QList>
#include <QObject>
#include <QThreadPool>
#include <QtConcurrentRun>

#include <concepts>
#include <functional>
#include <type_traits>

namespace valuator {

/// Runs long work (CSV import, profiling, training, SHAP, publishing) on its own thread pool, off the GUI thread,
/// with progress and cancel. Construct one in main() and inject it (Session::jobs()).
///
/// The runner and its Jobs live on the thread that created the runner (the main thread); call every method from
/// there. The work function runs on a pool thread with a JobContext for progress and cancel checks, and returns
/// Result<T>: exceptions are caught at the boundary and become ErrorCode::Unknown (detail = what()), and a job
/// cancelled before it started never calls its work function (its result is ErrorCode::Cancelled).
///
///     auto handle = runner.start(tr("Importing %1").arg(name), [=](JobContext& context) {
///         return importer.run(path, context.progressFn(tr("Reading rows…"))); // -> Result<DatasetVersion>
///     });
///
/// The destructor cancels every job and blocks until the work functions have returned.
class JobRunner : public QObject {
    Q_OBJECT
public:
    /// `maxThreads` <= 0 means QThread::idealThreadCount().
    explicit JobRunner(int maxThreads = 0, QObject* parent = nullptr);
    ~JobRunner() override;

    int maxThreads() const;
    void setMaxThreads(int maxThreads);

    /// Starts `work` on the pool (queued if all threads are busy). Emits jobStarted() before returning.
    template <class T> JobHandle<T> start(const QString& title, std::function<Result<T>(JobContext&)> work);

    /// Same, with T deduced from a callable returning Result<T> (or Status, giving JobHandle<void>).
    template <class F>
    requires std::invocable<F&, JobContext&> &&(!detail::IsStdFunction<std::remove_cvref_t<F>>::value)
        && detail::ResultTraits<std::invoke_result_t<F&, JobContext&>>::isResult
        auto start(const QString& title, F&& work)
    {
        using T = typename detail::ResultTraits<std::invoke_result_t<F&, JobContext&>>::Value;
        return start<T>(title, std::function<Result<T>(JobContext&)>(std::forward<F>(work)));
    }

    /// Jobs not yet finished, oldest first.
    QList<Job*> activeJobs() const { return m_active; }
    /// Requests cancellation of every active job; does not wait.
    void cancelAll();
    /// Blocks until every job's work has returned, or `msecs` passed (-1 = no limit); true when all returned.
    /// Jobs whose work returned are completed at once (finished()/jobFinished() emitted from inside this call),
    /// so it also works without an event loop. For shutdown, the CLI and tests only: never call it from a GUI
    /// event handler.
    bool waitForAll(int msecs = -1);

signals:
    void jobStarted(valuator::Job* job);
    /// The job has reached its final state; it is deleted (deleteLater) right after this signal.
    void jobFinished(valuator::Job* job);

private:
    Job* createJob(const QString& title);
    void watch(Job* job, const QFuture<void>& future);
    void onJobFinished(Job* job);

    QThreadPool m_pool;
    QList<Job*> m_active;
    quint64 m_nextId = 1;
};

template <class T> JobHandle<T> JobRunner::start(const QString& title, std::function<Result<T>(JobContext&)> work)
{
    Job* job = createJob(title);
    QFuture<Result<T>> future
        = QtConcurrent::run(&m_pool, [work = std::move(work), shared = job->shared()](QPromise<Result<T>>& promise) {
              detail::runJob<T>(promise, shared, work);
          });
    watch(job, QFuture<void>(future));
    return {future, job};
}

} // namespace valuator
