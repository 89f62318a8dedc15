// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/jobs/Job.h"

#include <QList>
#include <QWidget>

class QVBoxLayout;

namespace valuator {

class JobRow;
class JobRunner;

/// The running jobs of a JobRunner, one line each (JobRow): title, message, progress and Cancel. Meant for a
/// dock or the status bar. A row disappears removeDelay() ms after its job succeeded or was cancelled; a failed
/// job keeps its row, showing the error, until the user dismisses it.
///
/// An empty panel draws nothing. With autoHide() it also hides itself while empty and shows itself when a job
/// starts (useful in a status bar); in a dock, follow rowCountChanged()/activeCountChanged() instead.
class JobsPanel : public QWidget {
    Q_OBJECT
public:
    /// `runner` must outlive the panel. Jobs already running get rows at once.
    explicit JobsPanel(JobRunner& runner, QWidget* parent = nullptr);
    ~JobsPanel() override;

    /// Jobs still running (rows of finished jobs not counted).
    int activeCount() const;
    /// Rows shown: running jobs, just-finished ones about to go, and failed ones awaiting dismissal.
    int rowCount() const { return int(m_rows.size()); }

    int removeDelay() const { return m_removeDelayMs; }
    /// Milliseconds a succeeded or cancelled job's row stays visible (default 1500).
    void setRemoveDelay(int msecs);
    bool autoHide() const { return m_autoHide; }
    void setAutoHide(bool on);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void activeCountChanged(int count);
    void rowCountChanged(int count);

private:
    void addRow(Job* job);
    void removeRow(JobRow* row);
    void onRowEnded(JobRow* row, Job::State state);
    void countsChanged();
    int emptyRowHeight() const;

    QVBoxLayout* m_layout;
    QList<JobRow*> m_rows;
    int m_removeDelayMs = 1500;
    bool m_autoHide = false;
    int m_lastActive = 0;
    int m_lastRows = 0;
};

} // namespace valuator
