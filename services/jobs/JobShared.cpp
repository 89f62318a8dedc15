// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/jobs/JobShared.h"

#include "services/jobs/Job.h"

#include <QMetaObject>

namespace valuator::detail {

JobShared::JobShared(Job* job, quint64 id, QString title)
    : job(job)
    , id(id)
    , title(std::move(title))
{
}

void JobShared::publishProgress(const JobProgress& progress)
{
    {
        QMutexLocker locker(&m_mutex);
        m_progress = progress;
    }
    // The Job pulls the snapshot itself, so stale notifications cost nothing and the latest state always wins.
    if (job)
        QMetaObject::invokeMethod(
            job, [target = job] { target->pullProgress(); }, Qt::QueuedConnection);
}

JobProgress JobShared::progress() const
{
    QMutexLocker locker(&m_mutex);
    return m_progress;
}

void JobShared::setOutcome(std::optional<Error> error)
{
    QMutexLocker locker(&m_mutex);
    m_outcome = std::move(error);
    m_hasOutcome = true;
}

bool JobShared::hasOutcome() const
{
    QMutexLocker locker(&m_mutex);
    return m_hasOutcome;
}

std::optional<Error> JobShared::outcome() const
{
    QMutexLocker locker(&m_mutex);
    return m_outcome;
}

} // namespace valuator::detail
