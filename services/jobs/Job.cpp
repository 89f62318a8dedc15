// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/jobs/Job.h"

#include "services/jobs/JobShared.h"
#include "services/system/ServicesLog.h"

#include <QFutureWatcher>

namespace valuator {

Job::Job(quint64 id, const QString& title, QObject* parent)
    : QObject(parent)
    , m_shared(std::make_shared<detail::JobShared>(this, id, title))
{
    m_clock.start();
}

Job::~Job() = default;

quint64 Job::id() const
{
    return m_shared->id;
}

QString Job::title() const
{
    return m_shared->title;
}

bool Job::isCancelRequested() const
{
    return m_shared->isCancelRequested();
}

qint64 Job::elapsedMs() const
{
    return m_elapsedMs >= 0 ? m_elapsedMs : m_clock.elapsed();
}

void Job::cancel()
{
    if (isFinished() || m_shared->isCancelRequested())
        return;
    m_shared->requestCancel();
    qCInfo(lcJobs).noquote()
        << QStringLiteral("Job %1 \"%2\": cancel requested after %3 ms").arg(id()).arg(title()).arg(m_clock.elapsed());
    emit cancelRequested();
}

void Job::watch(const QFuture<void>& future)
{
    m_future = future;
    m_watcher = new QFutureWatcher<void>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &Job::complete);
    m_watcher->setFuture(future);
}

void Job::pullProgress()
{
    if (isFinished())
        return;
    const detail::JobProgress progress = m_shared->progress();
    if (progress.done == m_done && progress.total == m_total && progress.message == m_message)
        return;
    m_done = progress.done;
    m_total = progress.total;
    m_message = progress.message;
    emit progressChanged(m_done, m_total, m_message);
}

void Job::complete()
{
    if (isFinished() || !m_future.isFinished())
        return;
    pullProgress();
    m_elapsedMs = m_clock.elapsed();
    // No outcome means QtConcurrent skipped the work because the future was cancelled before it started.
    std::optional<Error> outcome = m_shared->hasOutcome() ? m_shared->outcome() : Error::cancelled();
    if (m_future.isCanceled() && (!outcome || outcome->code != ErrorCode::Cancelled))
        outcome = Error::cancelled(); // a cancelled QFuture holds no result, whatever the work returned
    if (!outcome)
        m_state = State::Succeeded;
    else
        m_state = outcome->code == ErrorCode::Cancelled ? State::Cancelled : State::Failed;
    m_error = outcome.value_or(Error {});
    emit finished();
    logOutcome(); // after finished(), so a console progress line is ended before the log line
}

void Job::logOutcome() const
{
    const QString job = QStringLiteral("Job %1 \"%2\"").arg(id()).arg(title());
    switch (m_state) {
    case State::Running:
        break;
    case State::Succeeded:
        qCInfo(lcJobs).noquote() << QStringLiteral("%1 succeeded in %2 ms").arg(job).arg(m_elapsedMs);
        break;
    case State::Cancelled:
        qCInfo(lcJobs).noquote() << QStringLiteral("%1 cancelled after %2 ms").arg(job).arg(m_elapsedMs);
        break;
    case State::Failed:
        qCInfo(lcJobs).noquote() << QStringLiteral("%1 failed after %2 ms: [%3] %4 %5")
                                        .arg(job)
                                        .arg(m_elapsedMs)
                                        .arg(Error::codeName(m_error.code), m_error.userMessage, m_error.detail);
        break;
    }
}

} // namespace valuator
