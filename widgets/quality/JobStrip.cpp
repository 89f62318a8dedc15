// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/quality/JobStrip.h"

#include "services/jobs/Job.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace valuator {

JobStrip::JobStrip(QWidget* parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("&Cancel"), this))
{
    m_text->setObjectName(QStringLiteral("jobText"));
    m_progress->setObjectName(QStringLiteral("jobProgress"));
    m_cancel->setObjectName(QStringLiteral("jobCancelButton"));
    m_cancel->setToolTip(tr("Stop this job. Nothing is stored when it is cancelled."));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    layout->addWidget(m_progress, 1);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, &JobStrip::cancel);
    hide();
}

void JobStrip::track(Job* job, const QString& text)
{
    if (m_job)
        disconnect(m_job, nullptr, this, nullptr);
    m_job = job;
    m_text->setText(text);
    m_progress->setRange(0, 0); // busy until the first report
    m_cancel->setEnabled(true);
    show();
    if (!job)
        return;
    connect(job, &Job::progressChanged, this, [this](qint64 done, qint64 total, const QString& message) {
        m_progress->setRange(0, total > 0 ? int(total) : 0);
        m_progress->setValue(int(done));
        if (!message.isEmpty())
            m_progress->setFormat(message + QStringLiteral(" %p%"));
    });
}

void JobStrip::finish()
{
    if (m_job)
        disconnect(m_job, nullptr, this, nullptr);
    m_job.clear();
    m_progress->resetFormat();
    hide();
}

void JobStrip::cancel()
{
    if (m_job) {
        m_job->cancel();
        m_cancel->setEnabled(false);
        m_text->setText(tr("Cancelling…"));
    }
}

} // namespace valuator
