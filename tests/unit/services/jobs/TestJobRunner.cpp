// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/jobs/JobRunner.h"

#include <QElapsedTimer>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>

#include <atomic>
#include <memory>
#include <stdexcept>

#include "JobsTestUtil.h"

using namespace valuator;
using valuator::test::Gate;

namespace {

/// What a Job looked like when the runner reported it finished (the runner deletes it right after).
struct FinishedJob {
    quint64 id = 0;
    Job::State state = Job::State::Running;
    Error error;
    qint64 done = 0;
    qint64 total = 0;
    QString message;
};

/// Records every jobFinished() of a runner.
class FinishedRecorder {
public:
    explicit FinishedRecorder(JobRunner& runner)
    {
        QObject::connect(&runner, &JobRunner::jobFinished, &runner, [this](Job* job) {
            jobs.append(
                {job->id(), job->state(), job->error(), job->progressDone(), job->progressTotal(), job->message()});
        });
    }
    QList<FinishedJob> jobs;
};

/// A synchronous "core" in the shape of models/: reports progress per item, stops when told to.
Result<int> countTo(int n, const ProgressFn& progress)
{
    for (int i = 1; i <= n; ++i) {
        if (!reportProgress(progress, i, n))
            return fail(Error::cancelled());
    }
    return n;
}

} // namespace

class TestJobRunner : public QObject {
    Q_OBJECT

private slots:
    void deliversResult()
    {
        JobRunner runner(2);
        FinishedRecorder finished(runner);
        QSignalSpy started(&runner, &JobRunner::jobStarted);
        JobHandle<int> handle = runner.start(QStringLiteral("Answer"), [](JobContext&) -> Result<int> { return 42; });
        QCOMPARE(started.count(), 1);
        QCOMPARE(started.at(0).at(0).value<Job*>(), handle.job.data());
        QCOMPARE(handle.job->id(), quint64(1));
        QCOMPARE(handle.job->title(), QStringLiteral("Answer"));
        QCOMPARE(runner.activeJobs(), QList<Job*> {handle.job.data()});
        QTRY_COMPARE(finished.jobs.size(), 1);
        QVERIFY(handle.future.isFinished());
        QVERIFY(handle.future.result().has_value());
        QCOMPARE(handle.future.result().value(), 42);
        QCOMPARE(finished.jobs.at(0).state, Job::State::Succeeded);
        QCOMPARE(finished.jobs.at(0).error.code, ErrorCode::Unknown); // default Error: no error
        QVERIFY(finished.jobs.at(0).error.userMessage.isEmpty());
        QVERIFY(runner.activeJobs().isEmpty());
        QTRY_VERIFY(handle.job.isNull()); // deleted after jobFinished
    }

    void explicitTypeAndStatusJobs()
    {
        JobRunner runner(2);
        FinishedRecorder finished(runner);
        std::function<Result<QString>(JobContext&)> work
            = [](JobContext& context) -> Result<QString> { return QStringLiteral("job %1").arg(context.jobId()); };
        JobHandle<QString> text = runner.start<QString>(QStringLiteral("Text"), work);
        std::atomic<bool> ran {false};
        JobHandle<void> status = runner.start(QStringLiteral("Status"), [&ran](JobContext&) -> Status {
            ran = true;
            return {};
        });
        QCOMPARE(status.job->id(), quint64(2));
        QTRY_COMPARE(finished.jobs.size(), 2);
        QCOMPARE(text.future.result().value(), QStringLiteral("job 1"));
        QVERIFY(status.future.result().has_value());
        QVERIFY(ran);
    }

    void errorKeepsCodeAndMessages()
    {
        JobRunner runner(2);
        FinishedRecorder finished(runner);
        auto handle = runner.start(QStringLiteral("Parse"), [](JobContext&) -> Result<int> {
            return fail(
                ErrorCode::Parse, QStringLiteral("Row 7 has 3 fields, expected 5."), QStringLiteral("sales.csv:7"));
        });
        QTRY_COMPARE(finished.jobs.size(), 1);
        const Result<int> result = handle.future.result();
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::Parse);
        QCOMPARE(result.error().userMessage, QStringLiteral("Row 7 has 3 fields, expected 5."));
        QCOMPARE(result.error().detail, QStringLiteral("sales.csv:7"));
        QCOMPARE(finished.jobs.at(0).state, Job::State::Failed);
        QCOMPARE(finished.jobs.at(0).error.code, ErrorCode::Parse);
        QCOMPARE(finished.jobs.at(0).error.userMessage, QStringLiteral("Row 7 has 3 fields, expected 5."));
    }

    void exceptionBecomesError()
    {
        JobRunner runner(2);
        FinishedRecorder finished(runner);
        auto thrown = runner.start(
            QStringLiteral("Throws"), [](JobContext&) -> Result<int> { throw std::runtime_error("boom"); });
        auto odd = runner.start(QStringLiteral("Throws an int"), [](JobContext&) -> Status { throw 42; });
        QTRY_COMPARE(finished.jobs.size(), 2);
        QCOMPARE(thrown.future.result().error().code, ErrorCode::Unknown);
        QCOMPARE(thrown.future.result().error().detail, QStringLiteral("boom"));
        QVERIFY(!thrown.future.result().error().userMessage.isEmpty());
        QCOMPARE(odd.future.result().error().code, ErrorCode::Unknown);
        QCOMPARE(odd.future.result().error().detail, QStringLiteral("unknown exception"));
        for (const FinishedJob& job : finished.jobs)
            QCOMPARE(job.state, Job::State::Failed);
    }

    void cancelMidwayCommitsNothing()
    {
        JobRunner runner(2);
        FinishedRecorder finished(runner);
        Gate midway;
        Gate proceed;
        std::atomic<int> lastChecked {0};
        std::atomic<bool> committed {false};
        auto handle = runner.start(QStringLiteral("Import"), [&](JobContext& context) -> Result<int> {
            for (int i = 1; i <= 1000; ++i) {
                lastChecked = i;
                if (!context.setProgress(i, 1000))
                    return fail(Error::cancelled());
                if (i == 500) {
                    midway.open();
                    proceed.wait();
                }
            }
            committed = true; // the all-or-nothing step a real job does at the end
            return 1000;
        });
        QSignalSpy cancelRequested(handle.job.data(), &Job::cancelRequested);
        QVERIFY(midway.wait());
        handle.job->cancel();
        handle.job->cancel(); // a second request changes nothing
        QCOMPARE(cancelRequested.count(), 1);
        QVERIFY(handle.job->isCancelRequested());
        QCOMPARE(handle.job->state(), Job::State::Running); // cancel does not wait
        proceed.open();
        QTRY_COMPARE(finished.jobs.size(), 1);
        QCOMPARE(lastChecked.load(), 501); // noticed at its very next check
        QVERIFY(!committed);
        QCOMPARE(handle.future.result().error().code, ErrorCode::Cancelled);
        QCOMPARE(finished.jobs.at(0).state, Job::State::Cancelled);
        QCOMPARE(finished.jobs.at(0).error.code, ErrorCode::Cancelled);
        QVERIFY(!finished.jobs.at(0).error.userMessage.isEmpty());
    }

    void progressIsMonotonicAndEndsAtTotal()
    {
        JobRunner runner(2);
        FinishedRecorder finished(runner);
        QList<QList<QVariant>> updates;
        auto handle = runner.start(QStringLiteral("Profile"), [](JobContext& context) -> Result<int> {
            context.setMessage(QStringLiteral("Counting"));
            return countTo(250, context.progressFn());
        });
        QSignalSpy progress(handle.job.data(), &Job::progressChanged);
        QTRY_COMPARE(finished.jobs.size(), 1);
        QCOMPARE(handle.future.result().value(), 250);
        QVERIFY(progress.count() >= 1);
        qint64 previous = -1;
        for (const QList<QVariant>& update : std::as_const(progress)) {
            QVERIFY(update.at(0).toLongLong() >= previous);
            previous = update.at(0).toLongLong();
        }
        const QList<QVariant> last = progress.last();
        QCOMPARE(last.at(0).toLongLong(), 250);
        QCOMPARE(last.at(1).toLongLong(), 250);
        QCOMPARE(last.at(2).toString(), QStringLiteral("Counting"));
        QCOMPARE(finished.jobs.at(0).done, 250);
        QCOMPARE(finished.jobs.at(0).total, 250);
        QCOMPARE(finished.jobs.at(0).message, QStringLiteral("Counting"));
        // The QFuture mirrors progress as per-mille for consumers that only hold the future.
        QCOMPARE(handle.future.progressMaximum(), 1000);
        QCOMPARE(handle.future.progressValue(), 1000);
    }

    void progressFnCarriesMessageAndCancel()
    {
        JobRunner runner(1);
        FinishedRecorder finished(runner);
        Gate started;
        Gate proceed;
        auto handle = runner.start(QStringLiteral("Train"), [&](JobContext& context) -> Result<int> {
            started.open();
            proceed.wait();
            return countTo(10, context.progressFn(QStringLiteral("Boosting")));
        });
        QVERIFY(started.wait());
        handle.job->cancel();
        proceed.open();
        QTRY_COMPARE(finished.jobs.size(), 1);
        QCOMPARE(handle.future.result().error().code, ErrorCode::Cancelled);
        // The core reported its first item with the message, then stopped because the ProgressFn returned false.
        QCOMPARE(finished.jobs.at(0).done, 1);
        QCOMPARE(finished.jobs.at(0).message, QStringLiteral("Boosting"));
    }

    void progressIsThrottled()
    {
        constexpr qint64 kCalls = 1000000;
        JobRunner runner(2);
        FinishedRecorder finished(runner);
        QElapsedTimer clock;
        clock.start();
        auto handle = runner.start(QStringLiteral("Busy"), [](JobContext& context) -> Result<qint64> {
            for (qint64 i = 1; i <= kCalls; ++i) {
                if (!context.setProgress(i, kCalls))
                    return fail(Error::cancelled());
            }
            return kCalls;
        });
        QSignalSpy progress(handle.job.data(), &Job::progressChanged);
        QSignalSpy jobFinished(&runner, &JobRunner::jobFinished);
        // A real event loop (not QTRY's wait-and-sleep steps) so every posted notification is handled promptly.
        QVERIFY(jobFinished.wait(10000));
        const qint64 elapsed = clock.elapsed();
        QCOMPARE(handle.future.result().value(), kCalls);
        // At most one update per 100 ms plus the forced first and final ones (the bound scales with how long
        // the machine took, so this is no timing assertion).
        QVERIFY2(progress.count() <= elapsed / 100 + 3,
            qPrintable(QStringLiteral("%1 updates in %2 ms").arg(progress.count()).arg(elapsed)));
        QCOMPARE(progress.last().at(0).toLongLong(), kCalls);
        QCOMPARE(progress.last().at(1).toLongLong(), kCalls);
    }

    void runsAtMostMaxThreadsInParallel()
    {
        JobRunner runner(2);
        QCOMPARE(runner.maxThreads(), 2);
        FinishedRecorder finished(runner);
        std::atomic<int> running {0};
        std::atomic<int> peak {0};
        QSemaphore arrived;
        Gate gate;
        QList<JobHandle<int>> handles;
        for (int i = 0; i < 8; ++i) {
            handles.append(runner.start(QStringLiteral("Square %1").arg(i), [&, i](JobContext&) -> Result<int> {
                const int now = ++running;
                int seen = peak.load();
                while (now > seen && !peak.compare_exchange_weak(seen, now)) { }
                arrived.release();
                gate.wait();
                --running;
                return i * i;
            }));
        }
        QCOMPARE(runner.activeJobs().size(), 8);
        QVERIFY(arrived.tryAcquire(2, 10000)); // two run side by side...
        gate.open();
        QTRY_COMPARE(finished.jobs.size(), 8);
        QCOMPARE(peak.load(), 2); // ...and never more
        for (int i = 0; i < 8; ++i)
            QCOMPARE(handles.at(i).future.result().value(), i * i);
        QVERIFY(runner.activeJobs().isEmpty());
    }

    void cancelAllStopsRunningAndQueuedJobs()
    {
        JobRunner runner(2);
        FinishedRecorder finished(runner);
        std::atomic<int> calls {0};
        QSemaphore started;
        Gate gate;
        QList<JobHandle<int>> handles;
        for (int i = 0; i < 3; ++i) {
            handles.append(runner.start(QStringLiteral("Wait %1").arg(i), [&](JobContext& context) -> Result<int> {
                ++calls;
                started.release();
                gate.wait();
                if (context.isCancelled())
                    return fail(Error::cancelled());
                return 1;
            }));
        }
        QVERIFY(started.tryAcquire(2, 10000)); // the third is queued behind them
        runner.cancelAll();
        gate.open();
        QTRY_COMPARE(finished.jobs.size(), 3);
        for (const JobHandle<int>& handle : handles)
            QCOMPARE(handle.future.result().error().code, ErrorCode::Cancelled);
        for (const FinishedJob& job : finished.jobs)
            QCOMPARE(job.state, Job::State::Cancelled);
        QCOMPARE(calls.load(), 2); // the queued job never ran its work
        QVERIFY(runner.activeJobs().isEmpty());
    }

    void waitForAllCompletesWithoutEventLoop()
    {
        JobRunner runner(2);
        QSignalSpy finishedSpy(&runner, &JobRunner::jobFinished);
        auto handle = runner.start(QStringLiteral("Seven"), [](JobContext& context) -> Result<int> {
            context.setProgress(7, 7, QStringLiteral("Done counting"));
            return 7;
        });
        QVERIFY(runner.waitForAll(10000));
        // No event was processed, yet the job is complete and still readable (deleteLater is pending).
        QCOMPARE(finishedSpy.count(), 1);
        QVERIFY(!handle.job.isNull());
        QCOMPARE(handle.job->state(), Job::State::Succeeded);
        QCOMPARE(handle.job->progressDone(), 7);
        QCOMPARE(handle.job->message(), QStringLiteral("Done counting"));
        QCOMPARE(handle.future.result().value(), 7);
        QVERIFY(runner.activeJobs().isEmpty());
        QCoreApplication::processEvents(); // the watcher's late finished event must not complete it twice
        QCOMPARE(finishedSpy.count(), 1);
    }

    void destructorCancelsAndWaits()
    {
        auto runner = std::make_unique<JobRunner>(1);
        Gate wake;
        std::atomic<bool> committed {false};
        auto handle = runner->start(QStringLiteral("Long"), [&](JobContext& context) -> Status {
            wake.wait();
            if (context.isCancelled())
                return fail(Error::cancelled());
            committed = true;
            return {};
        });
        connect(handle.job.data(), &Job::cancelRequested, this, [&wake] { wake.open(); });
        runner.reset();
        QVERIFY(handle.future.isFinished());
        QCOMPARE(handle.future.result().error().code, ErrorCode::Cancelled);
        QVERIFY(!committed);
        QVERIFY(handle.job.isNull());
    }
};

namespace valuator::test {
std::unique_ptr<QObject> makeTestJobRunner()
{
    return std::make_unique<TestJobRunner>();
}
} // namespace valuator::test

#include "TestJobRunner.moc"
