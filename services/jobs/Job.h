// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Error.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QObject>
#include <QString>

#include <memory>

template <typename T> class QFutureWatcher;

namespace valuator {

namespace detail {
class JobShared;
}

/// One started background job as seen from the main thread: title, state, progress, error and cancel.
///
/// Created and owned by JobRunner and living on the runner's (main) thread; the work itself runs on a pool
/// thread and reaches this object only through queued notifications. The runner deletes the Job (deleteLater)
/// right after emitting jobFinished(), so keep a QPointer (JobHandle does) if you look at it later; the QFuture
/// carries the result.
///
/// Signals: progressChanged() at most ~10 times per second plus the final state; cancelRequested() once when
/// cancel() is first called; finished() exactly once, after the last progressChanged(), when the state has left
/// Running and the QFuture holds its result.
class Job : public QObject {
    Q_OBJECT
public:
    enum class State { Running, Succeeded, Failed, Cancelled };
    Q_ENUM(State)

    ~Job() override;

    /// Unique within the runner, increasing from 1.
    quint64 id() const;
    QString title() const;
    State state() const { return m_state; }
    bool isFinished() const { return m_state != State::Running; }

    /// Units done of total (total 0 = unknown) and the phase message, as last published by the work.
    qint64 progressDone() const { return m_done; }
    qint64 progressTotal() const { return m_total; }
    QString message() const { return m_message; }

    /// The error when state() is Failed or Cancelled; a default Error otherwise.
    const Error& error() const { return m_error; }
    /// True once cancel() was called (the work may still be running until its next cancel check).
    bool isCancelRequested() const;
    /// Milliseconds since the job was started (until it finished, then frozen).
    qint64 elapsedMs() const;

public slots:
    /// Asks the work to stop at its next check. Does not wait; finished() follows with state Cancelled unless the
    /// work completed before it noticed. Calling it again or after the end does nothing.
    void cancel();

signals:
    void progressChanged(qint64 done, qint64 total, const QString& message);
    void cancelRequested();
    void finished();

private:
    friend class JobRunner;
    friend class detail::JobShared;

    Job(quint64 id, const QString& title, QObject* parent);
    /// Starts watching the job's future; called by the runner right after QtConcurrent::run().
    void watch(const QFuture<void>& future);
    std::shared_ptr<detail::JobShared> shared() const { return m_shared; }
    /// Takes the latest published progress snapshot and emits progressChanged() if it differs.
    void pullProgress();
    /// Moves to the final state once the future has finished. Idempotent.
    void complete();
    void logOutcome() const;

    std::shared_ptr<detail::JobShared> m_shared;
    QFuture<void> m_future;
    QFutureWatcher<void>* m_watcher = nullptr;
    QElapsedTimer m_clock;
    qint64 m_elapsedMs = -1;
    State m_state = State::Running;
    qint64 m_done = 0;
    qint64 m_total = 0;
    QString m_message;
    Error m_error;
};

} // namespace valuator
