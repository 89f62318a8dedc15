// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/plots/PlotFrame.h"

#include "widgets/plots/PlotExport.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <qcustomplot.h>

namespace valuator {

PlotFrame::PlotFrame(QWidget* parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_plotPage(new QWidget(this))
    , m_plotLayout(new QVBoxLayout(m_plotPage))
    , m_status(new QLabel(this))
    , m_reset(new QToolButton(this))
    , m_save(new QToolButton(this))
    , m_menu(new QMenu(this))
{
    m_placeholder->setObjectName(QStringLiteral("chartPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_plotLayout->setContentsMargins(0, 0, 0, 0);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_plotPage);
    m_status->setObjectName(QStringLiteral("chartStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reset->setObjectName(QStringLiteral("resetZoomButton"));
    m_reset->setText(tr("Reset &zoom"));
    m_reset->setToolTip(tr("Show the whole chart again (also: double-click the chart). Zoom with the mouse "
                           "wheel, pan by dragging."));
    m_save->setObjectName(QStringLiteral("saveChartButton"));
    m_save->setText(tr("Save chart…"));
    m_save->setToolTip(tr("Save this chart as a PNG image, an SVG drawing or a PDF document."));
    connect(m_menu->addAction(tr("Save chart…")), &QAction::triggered, this, &PlotFrame::chooseSaveFile);
    connect(m_menu->addAction(tr("Reset zoom")), &QAction::triggered, this, &PlotFrame::resetZoom);
    connect(m_save, &QToolButton::clicked, this, &PlotFrame::chooseSaveFile);
    connect(m_reset, &QToolButton::clicked, this, &PlotFrame::resetZoom);

    auto* tools = new QHBoxLayout;
    tools->setContentsMargins(0, 0, 0, 0);
    tools->addWidget(m_status, 1);
    tools->addWidget(m_reset);
    tools->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack, 1);
    layout->addLayout(tools);
    showText({});
}

PlotFrame::~PlotFrame() = default;

QCustomPlot* PlotFrame::newPlot(const QSize& minimumSize)
{
    delete m_plot;
    m_plot = new QCustomPlot(m_plotPage);
    m_plot->setObjectName(QStringLiteral("chartPlot"));
    m_plot->setMinimumSize(minimumSize);
    m_plot->setContextMenuPolicy(Qt::CustomContextMenu);
    m_plot->setAccessibleName(chartTitle());
    connect(m_plot, &QWidget::customContextMenuRequested, this, &PlotFrame::showMenu);
    connect(m_plot, &QCustomPlot::mouseDoubleClick, this, [this] { resetZoom(); });
    return m_plot;
}

void PlotFrame::showPlot()
{
    m_plotLayout->addWidget(m_plot);
    m_stack->setCurrentWidget(m_plotPage);
    m_status->clear();
    m_reset->setEnabled(true);
    m_save->setEnabled(true);
}

void PlotFrame::showText(const QString& text)
{
    delete m_plot;
    m_plot = nullptr;
    m_placeholder->setText(text);
    m_stack->setCurrentWidget(m_placeholder);
    m_status->clear();
    m_reset->setEnabled(false);
    m_save->setEnabled(false);
}

void PlotFrame::showMenu(const QPoint& pos)
{
    if (m_plot)
        m_menu->popup(m_plot->mapToGlobal(pos)); // popup, not exec: no nested event loop
}

Status PlotFrame::saveChart(const QString& path, QSize size) const
{
    if (!m_plot)
        return fail(ErrorCode::InvalidArgument, tr("There is no chart to save."));
    return PlotExport::save(*m_plot, path, size, chartTitle());
}

void PlotFrame::chooseSaveFile()
{
    if (!m_plot)
        return;
    QFileDialog* dialog = PlotExport::saveDialog(this, chartTitle());
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        const Status saved = saveChart(path);
        m_status->setText(saved ? tr("Saved to %1").arg(QDir::toNativeSeparators(path)) : saved.error().userMessage);
        if (saved)
            emit chartSaved(path);
    });
    dialog->open();
}

} // namespace valuator
