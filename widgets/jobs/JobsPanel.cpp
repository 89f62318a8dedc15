// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/jobs/JobsPanel.h"

#include "services/jobs/JobRunner.h"
#include "widgets/jobs/JobRow.h"

#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace valuator {

JobsPanel::JobsPanel(JobRunner& runner, QWidget* parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("jobsPanel"));
    setAccessibleName(tr("Background jobs"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(2);
    m_layout->addStretch(1); // rows stack at the top of a tall dock
    connect(&runner, &JobRunner::jobStarted, this, &JobsPanel::addRow);
    const QList<Job*> running = runner.activeJobs();
    for (Job* job : running)
        addRow(job);
}

JobsPanel::~JobsPanel() = default;

int JobsPanel::activeCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const JobRow* row) { return row->isRunning(); }));
}

void JobsPanel::setRemoveDelay(int msecs)
{
    m_removeDelayMs = qMax(0, msecs);
}

void JobsPanel::setAutoHide(bool on)
{
    m_autoHide = on;
    if (on)
        setVisible(!m_rows.isEmpty());
}

QSize JobsPanel::sizeHint() const
{
    // Wide enough for a title, a short message, the bar and Cancel; as tall as the rows (one line when empty,
    // so a status bar or dock does not jump when the first job starts).
    const int width = fontMetrics().averageCharWidth() * 80;
    const int height = m_rows.isEmpty() ? emptyRowHeight() : m_layout->sizeHint().height();
    return {width, height};
}

QSize JobsPanel::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 32, m_rows.isEmpty() ? 0 : m_layout->minimumSize().height()};
}

void JobsPanel::addRow(Job* job)
{
    if (job->isFinished())
        return;
    auto* row = new JobRow(job, this);
    m_rows.append(row);
    m_layout->insertWidget(m_layout->count() - 1, row); // before the stretch
    connect(row, &JobRow::ended, this, [this, row](Job::State state) { onRowEnded(row, state); });
    connect(row, &JobRow::dismissed, this, [this, row] { removeRow(row); });
    if (m_autoHide)
        show();
    countsChanged();
}

void JobsPanel::removeRow(JobRow* row)
{
    if (!m_rows.removeOne(row))
        return;
    m_layout->removeWidget(row);
    row->hide();
    row->deleteLater();
    if (m_autoHide && m_rows.isEmpty())
        hide();
    countsChanged();
}

void JobsPanel::onRowEnded(JobRow* row, Job::State state)
{
    if (state != Job::State::Failed)
        QTimer::singleShot(m_removeDelayMs, row, [this, row] { removeRow(row); });
    countsChanged();
}

void JobsPanel::countsChanged()
{
    updateGeometry();
    const int active = activeCount();
    if (active != m_lastActive) {
        m_lastActive = active;
        emit activeCountChanged(active);
    }
    const int rows = rowCount();
    if (rows != m_lastRows) {
        m_lastRows = rows;
        emit rowCountChanged(rows);
    }
}

int JobsPanel::emptyRowHeight() const
{
    return fontMetrics().height() + 12;
}

} // namespace valuator
