// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/plots/ChartView.h"

#include "widgets/plots/ChartRenderer.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>
#include <qcustomplot.h>

namespace valuator {
namespace {

const QSize kDefaultSaveSize(900, 560);

QString safeFileName(const QString& title)
{
    QString name;
    for (const QChar c : title)
        name += c.isLetterOrNumber() ? c : QLatin1Char('-');
    name = name.left(60);
    return name.isEmpty() ? QStringLiteral("chart") : name;
}

} // namespace

ChartView::ChartView(QWidget* parent)
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
    m_save->setToolTip(tr("Save this chart as a PNG image or a PDF document."));

    QAction* save = m_menu->addAction(tr("Save chart…"));
    QAction* reset = m_menu->addAction(tr("Reset zoom"));
    connect(save, &QAction::triggered, this, &ChartView::chooseSaveFile);
    connect(reset, &QAction::triggered, this, &ChartView::resetZoom);
    connect(m_save, &QToolButton::clicked, this, &ChartView::chooseSaveFile);
    connect(m_reset, &QToolButton::clicked, this, &ChartView::resetZoom);

    auto* tools = new QHBoxLayout;
    tools->setContentsMargins(0, 0, 0, 0);
    tools->addWidget(m_status, 1);
    tools->addWidget(m_reset);
    tools->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack, 1);
    layout->addLayout(tools);
    clear();
}

ChartView::~ChartView() = default;

void ChartView::clear(const QString& text)
{
    m_spec = ChartSpec();
    delete m_plot;
    m_plot = nullptr;
    m_placeholder->setText(text);
    m_stack->setCurrentWidget(m_placeholder);
    m_status->clear();
    m_reset->setEnabled(false);
    m_save->setEnabled(false);
}

void ChartView::setChart(const ChartSpec& spec)
{
    if (spec.isEmpty()) {
        clear(spec.emptyText.isEmpty() ? tr("%1: no data to show.").arg(spec.title) : spec.emptyText);
        m_spec = spec;
        return;
    }
    delete m_plot;
    m_spec = spec;
    m_plot = new QCustomPlot(m_plotPage);
    m_plot->setObjectName(QStringLiteral("chartPlot"));
    m_plot->setMinimumSize(240, 240); // room for title, rotated category labels and legend
    m_plot->setContextMenuPolicy(Qt::CustomContextMenu);
    m_plot->setAccessibleName(spec.title);
    ChartRenderer::build(*m_plot, spec);
    connect(m_plot, &QWidget::customContextMenuRequested, this, &ChartView::showMenu);
    connect(m_plot, &QCustomPlot::mouseDoubleClick, this, &ChartView::resetZoom);
    m_plotLayout->addWidget(m_plot);
    m_stack->setCurrentWidget(m_plotPage);
    m_status->clear();
    m_reset->setEnabled(true);
    m_save->setEnabled(true);
}

void ChartView::resetZoom()
{
    if (m_plot)
        ChartRenderer::resetRanges(*m_plot, m_spec);
}

void ChartView::showMenu(const QPoint& pos)
{
    if (m_plot)
        m_menu->popup(m_plot->mapToGlobal(pos)); // popup, not exec: no nested event loop
}

Status ChartView::saveChart(const QString& path, QSize size) const
{
    if (!m_plot)
        return fail(ErrorCode::InvalidArgument, tr("There is no chart to save."));
    if (!size.isValid() || size.isEmpty())
        size = m_plot->size().isEmpty() || !m_plot->isVisible() ? kDefaultSaveSize : m_plot->size();
    const QString suffix = QFileInfo(path).suffix().toLower();
    bool ok = false;
    if (suffix == QLatin1String("png"))
        ok = m_plot->savePng(path, size.width(), size.height(), 2.0);
    else if (suffix == QLatin1String("pdf"))
        ok = m_plot->savePdf(
            path, size.width(), size.height(), QCP::epAllowCosmetic, QCoreApplication::applicationName(), m_spec.title);
    else
        return fail(ErrorCode::InvalidArgument, tr("Charts can be saved as .png or .pdf, not '%1'.").arg(path));
    if (!ok)
        return fail(ErrorCode::Io, tr("Could not write the chart to '%1'.").arg(path));
    return {};
}

void ChartView::chooseSaveFile()
{
    if (!m_plot)
        return;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    auto* dialog = new QFileDialog(this, tr("Save chart"), QDir(dir).filePath(safeFileName(m_spec.title)),
        tr("PNG image (*.png);;PDF document (*.pdf)"));
    dialog->setObjectName(QStringLiteral("saveChartDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("png"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog](const QString& filter) {
        dialog->setDefaultSuffix(
            filter.contains(QLatin1String("*.pdf")) ? QStringLiteral("pdf") : QStringLiteral("png"));
    });
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        const Status saved = saveChart(path);
        m_status->setText(saved ? tr("Saved to %1").arg(QDir::toNativeSeparators(path)) : saved.error().userMessage);
        if (saved)
            emit chartSaved(path);
    });
    dialog->open();
}

} // namespace valuator
