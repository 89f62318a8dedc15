// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/jobs/JobContext.h"

#include "services/jobs/JobDetail.h"
#include "services/jobs/JobShared.h"

namespace valuator {

namespace {

/// At most ~10 published updates per second (STYLE.md §2).
constexpr qint64 kPublishIntervalMs = 100;
/// QFuture progress is an int; publish it as per-mille of the current phase.
constexpr int kPromiseScale = 1000;

int promiseValue(qint64 done, qint64 total)
{
    if (total <= 0 || done <= 0)
        return 0;
    if (done >= total)
        return kPromiseScale;
    return int(double(done) / double(total) * kPromiseScale);
}

} // namespace

JobContext::JobContext(std::shared_ptr<detail::JobShared> shared, detail::PromiseControl& promise)
    : m_shared(std::move(shared))
    , m_promise(promise)
{
    m_promise.setProgressRange(0, 0);
}

JobContext::~JobContext() = default;

quint64 JobContext::jobId() const
{
    return m_shared->id;
}

QString JobContext::title() const
{
    return m_shared->title;
}

bool JobContext::setProgress(qint64 done, qint64 total, const QString& message)
{
    m_done = done;
    m_total = total;
    if (!message.isEmpty())
        m_message = message;
    m_dirty = true;
    // Forced updates: the first one, a new phase (total or message changed) and reaching the end. The end is
    // forced only once, so a core that keeps reporting done >= total cannot flood the main thread.
    const bool reachedEnd = total > 0 && done >= total && !(m_publishedTotal == total && m_publishedDone >= total);
    const bool force = !m_published || reachedEnd || total != m_publishedTotal || m_message != m_publishedMessage;
    if (force || m_sincePublish.hasExpired(kPublishIntervalMs))
        publish();
    return !isCancelled();
}

void JobContext::setMessage(const QString& message)
{
    m_message = message;
    m_dirty = true;
    publish();
}

bool JobContext::isCancelled() const
{
    return m_shared->isCancelRequested() || m_promise.isCanceled();
}

ProgressFn JobContext::progressFn(const QString& message)
{
    return [this, message](qint64 done, qint64 total) { return setProgress(done, total, message); };
}

void JobContext::flush()
{
    if (m_dirty)
        publish();
}

void JobContext::publish()
{
    m_shared->publishProgress({m_done, m_total, m_message});
    if (!m_published || m_total != m_publishedTotal)
        m_promise.setProgressRange(0, m_total > 0 ? kPromiseScale : 0);
    m_promise.setProgressValueAndText(promiseValue(m_done, m_total), m_message);
    m_published = true;
    m_dirty = false;
    m_publishedDone = m_done;
    m_publishedTotal = m_total;
    m_publishedMessage = m_message;
    m_sincePublish.start();
}

} // namespace valuator
