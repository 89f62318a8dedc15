// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/plots/XyChartView.h"

#include "widgets/plots/ChartSpec.h"
#include "widgets/plots/PlotExport.h"

#include <QApplication>
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

#include <algorithm>
#include <cmath>

namespace valuator {
namespace {

void styleAxis(QCPAxis* axis, const QString& label)
{
    QFont labelFont = QApplication::font();
    labelFont.setBold(true);
    axis->setLabel(label);
    axis->setLabelFont(labelFont);
    axis->setTickLabelFont(QApplication::font());
    axis->setLabelPadding(6);
    axis->setNumberFormat(QStringLiteral("gb"));
}

void setCategoryTicks(QCPAxis* axis, const QStringList& categories)
{
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    int chars = 0;
    for (qsizetype i = 0; i < categories.size(); ++i) {
        ticker->addTick(double(i + 1), categories.at(i));
        chars += int(categories.at(i).size()) + 2;
    }
    axis->setTicker(ticker);
    axis->setSubTicks(false);
    axis->grid()->setVisible(false);
    if (chars > 90)
        axis->setTickLabelRotation(30);
}

QColor seriesColor(const XySeries& s, int index)
{
    return s.color.isValid() ? s.color : ChartSpec::defaultColor(index);
}

void addGraph(QCustomPlot& plot, const XySeries& s, int index)
{
    QCPGraph* graph = plot.addGraph();
    graph->setName(s.name);
    graph->setData(s.x, s.y);
    QColor color = seriesColor(s, index);
    switch (s.style) {
    case XySeries::Style::Points: {
        graph->setLineStyle(QCPGraph::lsNone);
        QColor fill = color;
        fill.setAlpha(110);
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, fill, fill, 5));
        graph->setPen(QPen(color));
        break;
    }
    case XySeries::Style::Steps: {
        graph->setLineStyle(QCPGraph::lsStepCenter);
        graph->setPen(QPen(color, 2));
        QColor fill = color;
        fill.setAlpha(40);
        graph->setBrush(fill);
        break;
    }
    case XySeries::Style::DashedLine:
        graph->setPen(QPen(color, 2, Qt::DashLine));
        break;
    default:
        graph->setPen(QPen(color, 2));
        break;
    }
    if (s.name.isEmpty() || s.x.isEmpty())
        graph->removeFromLegend(); // an empty live series joins the legend with its first point
}

void addBars(QCustomPlot& plot, const XySeries& s, int index, QCPBarsGroup* group, double width)
{
    auto* bars = new QCPBars(plot.xAxis, plot.yAxis);
    bars->setName(s.name);
    bars->setData(s.x, s.y);
    bars->setWidth(width);
    bars->setWidthType(QCPBars::wtPlotCoords);
    const QColor color = seriesColor(s, index);
    bars->setPen(QPen(color.darker(130), 1));
    bars->setBrush(color);
    if (group)
        bars->setBarsGroup(group);
    if (s.name.isEmpty())
        bars->removeFromLegend();
}

/// The y = x line across everything plotted, as a graph so it has a legend entry.
void addIdentity(QCustomPlot& plot, const XyChartSpec& spec)
{
    double lo = std::numeric_limits<double>::infinity();
    double hi = -lo;
    for (const XySeries& s : spec.series)
        for (const QVector<double>* v : {&s.x, &s.y})
            for (double d : *v)
                if (std::isfinite(d)) {
                    lo = std::min(lo, d);
                    hi = std::max(hi, d);
                }
    if (!std::isfinite(lo))
        return;
    QCPGraph* graph = plot.addGraph();
    graph->setName(spec.identityName);
    graph->setData(QVector<double> {lo, hi}, QVector<double> {lo, hi});
    graph->setPen(QPen(QColor(60, 60, 60), 1.5, Qt::DashLine));
}

void addLegendBelow(QCustomPlot& plot)
{
    plot.legend->setVisible(true);
    plot.legend->setFont(QApplication::font());
    plot.legend->setBorderPen(Qt::NoPen);
    plot.legend->setFillOrder(QCPLegend::foColumnsFirst);
    plot.legend->setWrap(3);
    plot.axisRect()->insetLayout()->take(plot.legend);
    plot.plotLayout()->addElement(plot.plotLayout()->rowCount(), 0, plot.legend);
    plot.plotLayout()->setRowStretchFactor(plot.plotLayout()->rowCount() - 1, 0.001);
}

void fitRanges(QCustomPlot& plot, const XyChartSpec& spec)
{
    plot.rescaleAxes();
    const bool bars = std::any_of(
        spec.series.cbegin(), spec.series.cend(), [](const XySeries& s) { return s.style == XySeries::Style::Bars; });
    for (QCPAxis* axis : {plot.xAxis, plot.yAxis}) {
        QCPRange r = axis->range();
        const double pad = r.size() > 0 ? r.size() * 0.05 : 1.0;
        axis->setRange(r.lower - pad, r.upper + pad);
    }
    if (!spec.categories.isEmpty())
        plot.xAxis->setRange(0.4, double(spec.categories.size()) + 0.6);
    if (bars && plot.yAxis->range().lower > 0)
        plot.yAxis->setRangeLower(0);
}

} // namespace

XyChartView::XyChartView(QWidget* parent)
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
    m_reset->setObjectName(QStringLiteral("resetZoomButton"));
    m_reset->setText(tr("Reset &zoom"));
    m_reset->setToolTip(tr("Show the whole chart again (also: double-click the chart). Zoom with the mouse "
                           "wheel, pan by dragging."));
    m_save->setObjectName(QStringLiteral("saveChartButton"));
    m_save->setText(tr("Save chart…"));
    m_save->setToolTip(tr("Save this chart as a PNG image, an SVG drawing or a PDF document."));
    connect(m_menu->addAction(tr("Save chart…")), &QAction::triggered, this, &XyChartView::chooseSaveFile);
    connect(m_menu->addAction(tr("Reset zoom")), &QAction::triggered, this, &XyChartView::resetZoom);
    connect(m_save, &QToolButton::clicked, this, &XyChartView::chooseSaveFile);
    connect(m_reset, &QToolButton::clicked, this, &XyChartView::resetZoom);

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

XyChartView::~XyChartView() = default;

void XyChartView::clear(const QString& text)
{
    m_spec = XyChartSpec();
    delete m_plot;
    m_plot = nullptr;
    m_placeholder->setText(text);
    m_stack->setCurrentWidget(m_placeholder);
    m_status->clear();
    m_reset->setEnabled(false);
    m_save->setEnabled(false);
}

void XyChartView::setChart(const XyChartSpec& spec)
{
    m_spec = spec;
    if (spec.isEmpty()) {
        delete m_plot;
        m_plot = nullptr;
        m_placeholder->setText(spec.emptyText.isEmpty() ? tr("%1: no data to show.").arg(spec.title) : spec.emptyText);
        m_stack->setCurrentWidget(m_placeholder);
        m_reset->setEnabled(false);
        m_save->setEnabled(false);
        return;
    }
    buildPlot();
}

void XyChartView::buildPlot()
{
    delete m_plot;
    m_plot = new QCustomPlot(m_plotPage);
    m_plot->setObjectName(QStringLiteral("chartPlot"));
    m_plot->setMinimumSize(240, 180);
    m_plot->setContextMenuPolicy(Qt::CustomContextMenu);
    m_plot->setAccessibleName(m_spec.title);
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    m_plot->setLocale(locale);
    m_plot->plotLayout()->insertRow(0);
    QFont titleFont = QApplication::font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    auto* title = new QCPTextElement(m_plot, m_spec.title, titleFont);
    title->setObjectName(QStringLiteral("chartTitle"));
    m_plot->plotLayout()->addElement(0, 0, title);
    styleAxis(m_plot->xAxis, m_spec.xLabel);
    styleAxis(m_plot->yAxis, m_spec.yLabel);
    if (!m_spec.categories.isEmpty())
        setCategoryTicks(m_plot->xAxis, m_spec.categories);

    const auto barCount = std::count_if(m_spec.series.cbegin(), m_spec.series.cend(),
        [](const XySeries& s) { return s.style == XySeries::Style::Bars; });
    QCPBarsGroup* group = barCount > 1 ? new QCPBarsGroup(m_plot) : nullptr;
    const double barWidth = barCount > 0 ? 0.8 / double(barCount) : 0.8;
    for (qsizetype i = 0; i < m_spec.series.size(); ++i) {
        const XySeries& s = m_spec.series.at(i);
        if (s.style == XySeries::Style::Bars)
            addBars(*m_plot, s, int(i), group, barWidth);
        else
            addGraph(*m_plot, s, int(i));
    }
    if (m_spec.identityLine)
        addIdentity(*m_plot, m_spec);
    int entries = 0;
    for (int i = 0; i < m_plot->plottableCount(); ++i)
        entries += m_plot->legend->hasItemWithPlottable(m_plot->plottable(i)) ? 1 : 0;
    if (entries > 0)
        addLegendBelow(*m_plot); // even for one series: the legend names the run
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    connect(m_plot, &QWidget::customContextMenuRequested, this, &XyChartView::showMenu);
    connect(m_plot, &QCustomPlot::mouseDoubleClick, this, &XyChartView::resetZoom);
    m_plotLayout->addWidget(m_plot);
    m_stack->setCurrentWidget(m_plotPage);
    m_reset->setEnabled(true);
    m_save->setEnabled(true);
    resetZoom();
}

void XyChartView::appendPoint(int index, double x, double y)
{
    if (index < 0 || index >= m_spec.series.size())
        return;
    XySeries& s = m_spec.series[index];
    s.x.append(x);
    s.y.append(y);
    if (!m_plot) {
        buildPlot();
        return;
    }
    // Series map to plottables in order (graphs and bars alike).
    if (auto* graph = qobject_cast<QCPGraph*>(m_plot->plottable(int(index)))) {
        graph->addData(x, y);
        if (!s.name.isEmpty() && !m_plot->legend->hasItemWithPlottable(graph))
            graph->addToLegend();
    }
    fitRanges(*m_plot, m_spec);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void XyChartView::resetZoom()
{
    if (!m_plot)
        return;
    fitRanges(*m_plot, m_spec);
    m_plot->replot();
}

void XyChartView::showMenu(const QPoint& pos)
{
    if (m_plot)
        m_menu->popup(m_plot->mapToGlobal(pos)); // popup, not exec: no nested event loop
}

Status XyChartView::saveChart(const QString& path, QSize size) const
{
    if (!m_plot)
        return fail(ErrorCode::InvalidArgument, tr("There is no chart to save."));
    return PlotExport::save(*m_plot, path, size, m_spec.title);
}

void XyChartView::chooseSaveFile()
{
    if (!m_plot)
        return;
    QFileDialog* dialog = PlotExport::saveDialog(this, m_spec.title);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        const Status saved = saveChart(path);
        m_status->setText(saved ? tr("Saved to %1").arg(QDir::toNativeSeparators(path)) : saved.error().userMessage);
        if (saved)
            emit chartSaved(path);
    });
    dialog->open();
}

} // namespace valuator
