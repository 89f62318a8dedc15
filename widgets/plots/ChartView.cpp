// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/plots/ChartView.h"

#include "widgets/plots/ChartRenderer.h"

#include <qcustomplot.h>

namespace valuator {

ChartView::ChartView(QWidget* parent)
    : PlotFrame(parent)
{
}

ChartView::~ChartView() = default;

void ChartView::clear(const QString& text)
{
    m_spec = ChartSpec();
    showText(text);
}

void ChartView::setChart(const ChartSpec& spec)
{
    m_spec = spec;
    if (spec.isEmpty()) {
        showText(spec.emptyText.isEmpty() ? tr("%1: no data to show.").arg(spec.title) : spec.emptyText);
        return;
    }
    QCustomPlot* plot = newPlot({240, 240}); // room for title, rotated category labels and legend
    ChartRenderer::build(*plot, spec);
    showPlot();
}

void ChartView::resetZoom()
{
    if (plot())
        ChartRenderer::resetRanges(*plot(), m_spec);
}

} // namespace valuator
