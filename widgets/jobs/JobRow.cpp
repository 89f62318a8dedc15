// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/jobs/JobRow.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace valuator {

namespace {

/// The bar works in per-mille so totals beyond int range still display.
constexpr int kBarScale = 1000;

} // namespace

JobRow::JobRow(Job* job, QWidget* parent)
    : QFrame(parent)
    , m_job(job)
    , m_jobId(job->id())
    , m_icon(new QLabel(this))
    , m_title(new QLabel(job->title(), this))
    , m_message(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_dismiss(new QToolButton(this))
{
    setObjectName(QStringLiteral("jobRow"));
    m_title->setObjectName(QStringLiteral("titleLabel"));
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_bar->setObjectName(QStringLiteral("progressBar"));
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_dismiss->setObjectName(QStringLiteral("dismissButton"));

    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setToolTip(job->title());
    // The message takes the room that is left and is elided to it (see resizeEvent).
    m_message->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_message->setMinimumWidth(fontMetrics().averageCharWidth() * 8);
    m_bar->setRange(0, 0);
    m_bar->setTextVisible(false);
    m_bar->setFixedWidth(fontMetrics().averageCharWidth() * 20);
    m_bar->setAccessibleName(tr("Progress of %1").arg(job->title()));
    m_cancel->setAccessibleName(tr("Cancel %1").arg(job->title()));
    m_dismiss->setAutoRaise(true);
    m_dismiss->setText(tr("Dismiss")); // shown when the style has no close icon
    m_dismiss->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_dismiss->setToolTip(tr("Dismiss"));
    m_dismiss->setAccessibleName(tr("Dismiss the error of %1").arg(job->title()));
    m_dismiss->hide();
    m_icon->hide();

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 2, 2);
    layout->addWidget(m_icon);
    layout->addWidget(m_title);
    layout->addWidget(m_message, 1);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    layout->addWidget(m_dismiss);

    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel(); // the row updates through cancelRequested, also when cancelled elsewhere
    });
    connect(m_dismiss, &QToolButton::clicked, this, &JobRow::dismissed);
    connect(job, &Job::progressChanged, this, &JobRow::onProgress);
    connect(job, &Job::cancelRequested, this, &JobRow::onCancelRequested);
    connect(job, &Job::finished, this, &JobRow::onFinished);

    onProgress(job->progressDone(), job->progressTotal(), job->message());
    if (job->isCancelRequested())
        onCancelRequested();
}

void JobRow::onProgress(qint64 done, qint64 total, const QString& message)
{
    if (total > 0) {
        const qint64 clamped = qBound<qint64>(0, done, total);
        m_bar->setRange(0, kBarScale);
        m_bar->setValue(int(double(clamped) / double(total) * kBarScale));
        m_bar->setTextVisible(true);
        const QLocale locale;
        m_bar->setToolTip(tr("%1 of %2").arg(locale.toString(done), locale.toString(total)));
    } else {
        m_bar->setRange(0, 0); // busy indicator: the total is unknown
        m_bar->setTextVisible(false);
        m_bar->setToolTip(done > 0 ? QLocale().toString(done) : QString());
    }
    setMessage(message);
}

void JobRow::onCancelRequested()
{
    if (!isRunning())
        return;
    m_cancel->setText(tr("Cancelling…"));
    m_cancel->setEnabled(false);
}

void JobRow::onFinished()
{
    if (!m_job || !isRunning())
        return;
    m_state = m_job->state();
    m_cancel->hide();
    switch (m_state) {
    case Job::State::Running:
        return;
    case Job::State::Succeeded:
        m_bar->setRange(0, kBarScale);
        m_bar->setValue(kBarScale);
        setMessage(tr("Finished"));
        break;
    case Job::State::Cancelled:
        m_bar->hide();
        setMessage(tr("Cancelled"));
        break;
    case Job::State::Failed: {
        const Error& error = m_job->error();
        m_bar->hide();
        const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
        m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical).pixmap(size, size));
        m_icon->show();
        m_message->setStyleSheet(QStringLiteral("color:#c5221f;"));
        m_message->setWordWrap(true); // an error is worth a second line; it is not elided
        setMessage(error.userMessage.isEmpty() ? tr("Failed") : error.userMessage, error.detail);
        m_dismiss->show();
        break;
    }
    }
    emit ended(m_state);
}

void JobRow::setMessage(const QString& text, const QString& toolTip)
{
    m_fullMessage = text;
    m_message->setToolTip(toolTip.isEmpty() ? text : text + QLatin1Char('\n') + toolTip);
    updateMessageText();
}

void JobRow::updateMessageText()
{
    if (m_message->wordWrap())
        m_message->setText(m_fullMessage);
    else
        m_message->setText(fontMetrics().elidedText(m_fullMessage, Qt::ElideRight, m_message->width()));
}

void JobRow::resizeEvent(QResizeEvent* event)
{
    QFrame::resizeEvent(event);
    // The layout has already resized the label (it sees the event first): elide to its new width.
    updateMessageText();
}

} // namespace valuator
