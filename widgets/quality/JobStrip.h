// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace valuator {

class Job;

/// A one-line progress strip for a background job started by a page: what runs, a progress bar and "Cancel".
/// Hidden while no job is tracked. The page keeps reacting to the job's future; the strip only shows and cancels.
class JobStrip : public QWidget {
    Q_OBJECT
public:
    explicit JobStrip(QWidget* parent = nullptr);

    /// Shows `text` and follows `job`'s progress (done/total, 0..100 for the quality jobs) until finish().
    void track(Job* job, const QString& text);
    /// Hides the strip and forgets the job.
    void finish();
    bool isRunning() const { return !m_job.isNull(); }
    /// Asks the tracked job to stop (same as the Cancel button).
    void cancel();

    QPushButton* cancelButton() const { return m_cancel; }
    QProgressBar* progressBar() const { return m_progress; }

private:
    QPointer<Job> m_job;
    QLabel* m_text;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
};

} // namespace valuator
