// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/jobs/JobRunner.h"

#include "services/system/ServicesLog.h"

#include <QThread>

namespace valuator {

JobRunner::JobRunner(int maxThreads, QObject* parent)
    : QObject(parent)
{
    m_pool.setObjectName(QStringLiteral("valuator-jobs"));
    setMaxThreads(maxThreads);
}

JobRunner::~JobRunner()
{
    // The work holds raw pointers to our Jobs (for notifications): it must return before they are deleted.
    cancelAll();
    m_pool.waitForDone();
}

int JobRunner::maxThreads() const
{
    return m_pool.maxThreadCount();
}

void JobRunner::setMaxThreads(int maxThreads)
{
    m_pool.setMaxThreadCount(maxThreads > 0 ? maxThreads : QThread::idealThreadCount());
}

void JobRunner::cancelAll()
{
    const QList<Job*> jobs = m_active;
    for (Job* job : jobs)
        job->cancel();
}

bool JobRunner::waitForAll(int msecs)
{
    const bool allReturned = m_pool.waitForDone(msecs);
    // Complete every job whose work returned now rather than when the watchers' queued events arrive, so that
    // callers without an event loop (CLI, shutdown) see final states. complete() ignores unfinished futures.
    const QList<Job*> jobs = m_active;
    for (Job* job : jobs)
        job->complete();
    return allReturned;
}

Job* JobRunner::createJob(const QString& title)
{
    Q_ASSERT_X(thread() == QThread::currentThread(), "JobRunner::start", "call from the runner's thread");
    auto* job = new Job(m_nextId++, title, this);
    m_active.append(job);
    return job;
}

void JobRunner::watch(Job* job, const QFuture<void>& future)
{
    connect(job, &Job::finished, this, [this, job] { onJobFinished(job); });
    job->watch(future);
    qCDebug(lcJobs).noquote() << QStringLiteral("Job %1 \"%2\" started (%3 active, %4 threads)")
                                     .arg(job->id())
                                     .arg(job->title())
                                     .arg(m_active.size())
                                     .arg(m_pool.maxThreadCount());
    emit jobStarted(job);
}

void JobRunner::onJobFinished(Job* job)
{
    m_active.removeOne(job);
    emit jobFinished(job);
    job->deleteLater();
}

} // namespace valuator
