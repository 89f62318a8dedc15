// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/plots/XyChartView.h"

#include "widgets/plots/ChartSpec.h"

#include <QApplication>
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
    : PlotFrame(parent)
{
}

XyChartView::~XyChartView() = default;

void XyChartView::clear(const QString& text)
{
    m_spec = XyChartSpec();
    showText(text);
}

void XyChartView::setChart(const XyChartSpec& spec)
{
    m_spec = spec;
    if (spec.isEmpty()) {
        showText(spec.emptyText.isEmpty() ? tr("%1: no data to show.").arg(spec.title) : spec.emptyText);
        return;
    }
    buildPlot();
}

void XyChartView::buildPlot()
{
    QCustomPlot* qcp = newPlot({240, 180});
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    qcp->setLocale(locale);
    qcp->plotLayout()->insertRow(0);
    QFont titleFont = QApplication::font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    auto* title = new QCPTextElement(qcp, m_spec.title, titleFont);
    title->setObjectName(QStringLiteral("chartTitle"));
    qcp->plotLayout()->addElement(0, 0, title);
    styleAxis(qcp->xAxis, m_spec.xLabel);
    styleAxis(qcp->yAxis, m_spec.yLabel);
    if (!m_spec.categories.isEmpty())
        setCategoryTicks(qcp->xAxis, m_spec.categories);

    const auto barCount = std::count_if(m_spec.series.cbegin(), m_spec.series.cend(),
        [](const XySeries& s) { return s.style == XySeries::Style::Bars; });
    QCPBarsGroup* group = barCount > 1 ? new QCPBarsGroup(qcp) : nullptr;
    const double barWidth = barCount > 0 ? 0.8 / double(barCount) : 0.8;
    for (qsizetype i = 0; i < m_spec.series.size(); ++i) {
        const XySeries& s = m_spec.series.at(i);
        if (s.style == XySeries::Style::Bars)
            addBars(*qcp, s, int(i), group, barWidth);
        else
            addGraph(*qcp, s, int(i));
    }
    if (m_spec.identityLine)
        addIdentity(*qcp, m_spec);
    int entries = 0;
    for (int i = 0; i < qcp->plottableCount(); ++i)
        entries += qcp->legend->hasItemWithPlottable(qcp->plottable(i)) ? 1 : 0;
    if (entries > 0)
        addLegendBelow(*qcp); // even for one series: the legend names the run
    qcp->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    showPlot();
    resetZoom();
}

void XyChartView::appendPoint(int index, double x, double y)
{
    if (index < 0 || index >= m_spec.series.size())
        return;
    XySeries& s = m_spec.series[index];
    s.x.append(x);
    s.y.append(y);
    if (!plot()) {
        buildPlot();
        return;
    }
    // Series map to plottables in order (graphs and bars alike).
    if (auto* graph = qobject_cast<QCPGraph*>(plot()->plottable(int(index)))) {
        graph->addData(x, y);
        if (!s.name.isEmpty() && !plot()->legend->hasItemWithPlottable(graph))
            graph->addToLegend();
    }
    fitRanges(*plot(), m_spec);
    plot()->replot(QCustomPlot::rpQueuedReplot);
}

void XyChartView::resetZoom()
{
    if (!plot())
        return;
    fitRanges(*plot(), m_spec);
    plot()->replot();
}

} // namespace valuator
