// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/jobs/JobRunner.h"
#include "widgets/jobs/JobRow.h"
#include "widgets/jobs/JobsPanel.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLayout>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

#include "JobsTestUtil.h"

using namespace valuator;
using valuator::test::Gate;

namespace {

JobRow* rowFor(const JobsPanel& panel, quint64 jobId)
{
    const QList<JobRow*> rows = panel.findChildren<JobRow*>();
    for (JobRow* row : rows) {
        if (row->jobId() == jobId && row->isVisible())
            return row;
    }
    return nullptr;
}

} // namespace

class TestJobsPanel : public QObject {
    Q_OBJECT

private slots:
    void showsProgressCancelsAndKeepsFailures()
    {
        JobRunner runner(2);
        JobsPanel panel(runner);
        panel.setRemoveDelay(50);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QCOMPARE(panel.rowCount(), 0);
        QSignalSpy active(&panel, &JobsPanel::activeCountChanged);
        QSignalSpy rows(&panel, &JobsPanel::rowCountChanged);
        QHash<quint64, Job::State> finalStates;
        connect(&runner, &JobRunner::jobFinished, this, [&](Job* job) { finalStates.insert(job->id(), job->state()); });

        // A job that fails at once keeps its row with the error.
        const QString failure = QStringLiteral("Could not read sales.csv: permission denied.");
        auto failing = runner.start(QStringLiteral("Importing sales.csv"),
            [&](JobContext&) -> Result<int> { return fail(ErrorCode::Io, failure, QStringLiteral("open(): EACCES")); });
        const quint64 failingId = failing.job->id();

        // A job that waits on the test between steps.
        Gate opened, proceed, reached, wake;
        std::atomic<bool> committed {false};
        auto slow = runner.start(QStringLiteral("Training XGBoost"), [&](JobContext& context) -> Result<int> {
            context.setProgress(0, 0, QStringLiteral("Building the feature matrix"));
            opened.open();
            proceed.wait();
            context.setProgress(3, 10, QStringLiteral("Boosting round 3"));
            reached.open();
            wake.wait();
            if (context.isCancelled())
                return fail(Error::cancelled());
            committed = true;
            return 10;
        });
        const quint64 slowId = slow.job->id();
        connect(slow.job.data(), &Job::cancelRequested, this, [&wake] { wake.open(); });

        QTRY_VERIFY(finalStates.contains(failingId));
        QCOMPARE(finalStates.value(failingId), Job::State::Failed);
        QTRY_VERIFY(rowFor(panel, slowId) != nullptr);
        JobRow* row = rowFor(panel, slowId);
        auto* bar = row->findChild<QProgressBar*>(QStringLiteral("progressBar"));
        auto* cancel = row->findChild<QPushButton*>(QStringLiteral("cancelButton"));
        QVERIFY(bar && cancel);
        QVERIFY(bar->isVisible());
        QVERIFY(opened.wait());
        QTRY_COMPARE(row->messageText(), QStringLiteral("Building the feature matrix"));
        QCOMPARE(bar->maximum(), 0); // busy: total unknown

        proceed.open();
        QVERIFY(reached.wait());
        QTRY_COMPARE(bar->maximum(), 1000);
        QCOMPARE(bar->value(), 300);
        QCOMPARE(row->messageText(), QStringLiteral("Boosting round 3"));
        QCOMPARE(panel.activeCount(), 1);
        QCOMPARE(panel.rowCount(), 2);

        JobRow* failedRow = rowFor(panel, failingId);
        QVERIFY(failedRow);
        QCOMPARE(failedRow->state(), Job::State::Failed);
        QCOMPARE(failedRow->messageText(), failure);
        auto* dismiss = failedRow->findChild<QToolButton*>(QStringLiteral("dismissButton"));
        QVERIFY(dismiss && dismiss->isVisible());
        QVERIFY(!failedRow->findChild<QPushButton*>(QStringLiteral("cancelButton"))->isVisible());
        saveScreenshot(panel);

        QTest::mouseClick(cancel, Qt::LeftButton);
        // The click asks; the row says so until the work notices.
        QTRY_VERIFY(finalStates.contains(slowId));
        QCOMPARE(finalStates.value(slowId), Job::State::Cancelled);
        QCOMPARE(slow.future.result().error().code, ErrorCode::Cancelled);
        QVERIFY(!committed);
        QTRY_COMPARE(panel.rowCount(), 1); // the cancelled row goes away...
        QVERIFY(rowFor(panel, slowId) == nullptr);
        QVERIFY(rowFor(panel, failingId) != nullptr); // ...the failure stays until dismissed
        QCOMPARE(panel.activeCount(), 0);
        QCOMPARE(active.last().at(0).toInt(), 0);

        QTest::mouseClick(dismiss, Qt::LeftButton);
        QCOMPARE(panel.rowCount(), 0);
        QCOMPARE(rows.last().at(0).toInt(), 0);
    }

    void cancelButtonTurnsIntoCancelling()
    {
        JobRunner runner(1);
        JobsPanel panel(runner);
        panel.setRemoveDelay(0);
        panel.show();
        Gate started, wake;
        auto handle = runner.start(QStringLiteral("Publishing"), [&](JobContext& context) -> Status {
            started.open();
            wake.wait();
            return context.isCancelled() ? Status(fail(Error::cancelled())) : Status();
        });
        QVERIFY(started.wait());
        const quint64 id = handle.job->id();
        QTRY_VERIFY(rowFor(panel, id) != nullptr); // rows added to a visible panel are shown by a queued call
        JobRow* row = rowFor(panel, id);
        auto* cancel = row->findChild<QPushButton*>(QStringLiteral("cancelButton"));
        QCOMPARE(cancel->text(), QStringLiteral("Cancel"));
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(handle.job->isCancelRequested());
        QCOMPARE(cancel->text(), QStringLiteral("Cancelling…"));
        QVERIFY(!cancel->isEnabled());
        QCOMPARE(row->state(), Job::State::Running);
        wake.open();
        QTRY_COMPARE(panel.rowCount(), 0);
        QCOMPARE(handle.future.result().error().code, ErrorCode::Cancelled);
    }

    void autoHideFollowsRows()
    {
        JobRunner runner(1);
        Gate started, wake;
        auto handle = runner.start(QStringLiteral("Profiling"), [&](JobContext&) -> Result<int> {
            started.open();
            wake.wait();
            return 1;
        });
        JobsPanel panel(runner); // picks up the job that is already running
        panel.setRemoveDelay(0);
        QCOMPARE(panel.rowCount(), 1);
        QCOMPARE(panel.activeCount(), 1);
        panel.setAutoHide(true);
        panel.show();
        QVERIFY(panel.isVisible());
        QVERIFY(started.wait());
        wake.open();
        QTRY_COMPARE(panel.rowCount(), 0);
        QVERIFY(!panel.isVisible());
        QCOMPARE(handle.future.result().value(), 1);
        QVERIFY(panel.sizeHint().height() > 0);
    }

private:
    static void saveScreenshot(JobsPanel& panel)
    {
        panel.layout()->activate();
        const int width = panel.sizeHint().width();
        panel.resize(width, panel.hasHeightForWidth() ? panel.heightForWidth(width) : panel.sizeHint().height());
        QTest::qWait(50); // let the busy animation and layout settle for a readable picture
        const QString dir = QStringLiteral(VALUATOR_BINARY_DIR "/screenshots");
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(panel.grab().save(dir + QStringLiteral("/jobs-panel.png")));
    }
};

QTEST_MAIN(TestJobsPanel)
#include "TestJobsPanel.moc"
