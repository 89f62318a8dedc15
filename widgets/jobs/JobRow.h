// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/jobs/Job.h"

#include <QFrame>
#include <QPointer>

class QLabel;
class QProgressBar;
class QPushButton;
class QToolButton;

namespace valuator {

/// One job in a JobsPanel, on one line: title, current message, a progress bar (busy while the total is
/// unknown) and Cancel. Cancel calls Job::cancel() and turns into a disabled "Cancelling…". When the job ends the
/// row shows the outcome; a failure shows the error message (details in the tooltip) and a dismiss button.
/// Reads everything it shows when the Job signals, so it stays valid after the runner deleted the Job.
class JobRow : public QFrame {
    Q_OBJECT
public:
    explicit JobRow(Job* job, QWidget* parent = nullptr);

    quint64 jobId() const { return m_jobId; }
    bool isRunning() const { return m_state == Job::State::Running; }
    Job::State state() const { return m_state; }
    /// The full (unelided) text of the message label.
    QString messageText() const { return m_fullMessage; }

signals:
    /// The job reached its final state.
    void ended(valuator::Job::State state);
    /// The user closed a failed job's row.
    void dismissed();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void onProgress(qint64 done, qint64 total, const QString& message);
    void onCancelRequested();
    void onFinished();
    void setMessage(const QString& text, const QString& toolTip = {});
    void updateMessageText();

    QPointer<Job> m_job;
    quint64 m_jobId;
    Job::State m_state = Job::State::Running;
    QString m_fullMessage;
    QLabel* m_icon;
    QLabel* m_title;
    QLabel* m_message;
    QProgressBar* m_bar;
    QPushButton* m_cancel;
    QToolButton* m_dismiss;
};

} // namespace valuator
