// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/explain/ExplainPlots.h"

#include "widgets/explain/ExplainCharts.h"
#include "widgets/plots/ChartRenderer.h"
#include "widgets/plots/ChartView.h"
#include "widgets/plots/XyChartView.h"

#include <QLocale>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace valuator {
namespace {

const QString kWaterfallName = QStringLiteral("waterfallBars");

QCPBars* stacked(QCustomPlot& plot, const QString& name, const QColor& colour, QCPBars* below)
{
    auto* bars = new QCPBars(plot.xAxis, plot.yAxis);
    bars->setName(name);
    bars->setWidth(0.7);
    bars->setPen(colour.alpha() == 0 ? QPen(Qt::NoPen) : QPen(colour.darker(130)));
    bars->setBrush(colour);
    if (below)
        bars->moveAbove(below);
    if (name.isEmpty())
        bars->removeFromLegend(); // QCustomPlot adds every plottable to the legend by default
    return bars;
}

void addLabel(QCustomPlot& plot, double x, double y, const QString& text)
{
    auto* label = new QCPItemText(&plot);
    label->position->setCoords(x, y);
    label->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
    label->setText(text);
    label->setPadding(QMargins(0, 0, 0, 3));
    label->setClipToAxisRect(false);
    QFont font = plot.xAxis->tickLabelFont();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    label->setFont(font);
}

/// As XyChartView places its legend: one row below the plot, so it never hides a bar.
void legendBelow(QCustomPlot& plot)
{
    plot.legend->setVisible(true);
    plot.legend->setBorderPen(Qt::NoPen);
    plot.legend->setFillOrder(QCPLegend::foColumnsFirst);
    plot.legend->setWrap(3);
    plot.axisRect()->insetLayout()->take(plot.legend);
    plot.plotLayout()->addElement(plot.plotLayout()->rowCount(), 0, plot.legend);
    plot.plotLayout()->setRowStretchFactor(plot.plotLayout()->rowCount() - 1, 0.001);
}

} // namespace

void ExplainPlots::show(XyChartView& view, const XyChartSpec& spec, double labelRotation)
{
    view.setChart(spec);
    QCustomPlot* plot = view.plot();
    if (!plot || spec.categories.isEmpty())
        return;
    int longest = 0;
    for (const QString& label : spec.categories)
        longest = std::max(longest, int(label.size()));
    QFontMetrics metrics(plot->xAxis->tickLabelFont());
    const int room = std::min(220, metrics.horizontalAdvance(QLatin1Char('x')) * longest * 7 / 8);
    if (labelRotation != 0)
        plot->xAxis->setTickLabelRotation(labelRotation);
    plot->axisRect()->setAutoMargins(QCP::msLeft | QCP::msTop | QCP::msBottom);
    plot->axisRect()->setMargins(QMargins(0, 0, std::max(16, room), 0));
    plot->replot();
}

void ExplainPlots::showWaterfall(XyChartView& view, const Waterfall& waterfall, const QString& currency)
{
    show(view, ExplainCharts::waterfall(waterfall, currency));
    QCustomPlot* plot = view.plot();
    if (!plot)
        return;
    plot->graph(0)->setVisible(false); // the invisible points only set the ranges
    QCPBars* base = stacked(*plot, QString(), QColor(0, 0, 0, 0), nullptr);
    base->setObjectName(kWaterfallName);
    QCPBars* up = stacked(*plot, tr("Raises the price"), QColor(44, 160, 44), base);
    QCPBars* down = stacked(*plot, tr("Lowers the price"), QColor(214, 39, 40), up);
    QCPBars* total = stacked(*plot, tr("Base value and price"), ChartSpec::defaultColor(0), down);
    const QLocale locale;
    for (qsizetype i = 0; i < waterfall.steps.size(); ++i) {
        const WaterfallStep& s = waterfall.steps.at(i);
        const double x = double(i + 1);
        const bool isTotal = s.kind != WaterfallStep::Kind::Contribution;
        base->addData(x, isTotal ? 0.0 : std::min(s.start, s.end));
        up->addData(x, !isTotal && s.delta() > 0 ? s.delta() : 0.0);
        down->addData(x, !isTotal && s.delta() < 0 ? -s.delta() : 0.0);
        total->addData(x, isTotal ? s.end : 0.0);
        const QString amount = isTotal
            ? locale.toString(s.end, 'f', 0)
            : (s.delta() >= 0 ? QStringLiteral("+") : QString()) + locale.toString(s.delta(), 'f', 0);
        addLabel(*plot, x, std::max(s.start, s.end), amount);
    }
    legendBelow(*plot);
    view.resetZoom();
    plot->yAxis->setRangeLower(0);
    plot->yAxis->setRangeUpper(plot->yAxis->range().upper * 1.08); // room for the amounts
    plot->replot();
}

void ExplainPlots::labelEveryCategory(ChartView& view)
{
    QCustomPlot* plot = view.plot();
    const QStringList& categories = view.chart().categories;
    if (!plot || categories.isEmpty() || view.chart().kind != ChartSpec::Kind::CategoryBars)
        return;
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    int longest = 0;
    for (qsizetype i = 0; i < categories.size(); ++i) {
        ticker->addTick(double(i + 1), categories.at(i));
        longest = std::max(longest, int(categories.at(i).size()));
    }
    plot->xAxis->setTicker(ticker);
    plot->xAxis->setTickLabelRotation(categories.size() > 8 ? 60 : 0);
    const QFontMetrics metrics(plot->xAxis->tickLabelFont());
    plot->axisRect()->setAutoMargins(QCP::msLeft | QCP::msTop | QCP::msBottom);
    plot->axisRect()->setMargins(
        QMargins(0, 0, std::clamp(metrics.horizontalAdvance(QLatin1Char('x')) * longest / 2, 16, 160), 0));
    plot->replot();
}

QImage ExplainPlots::renderBars(const ChartSpec& spec, QSize size)
{
    ChartView view;
    view.resize(size);
    view.setChart(spec);
    if (!view.plot())
        return ChartRenderer::render(spec, size, 2.0); // draws the empty text
    labelEveryCategory(view);
    return view.plot()->toPixmap(size.width(), size.height(), 2.0).toImage();
}

int ExplainPlots::waterfallBars(const XyChartView& view)
{
    if (!view.plot())
        return 0;
    for (int i = 0; i < view.plot()->plottableCount(); ++i)
        if (view.plot()->plottable(i)->objectName() == kWaterfallName)
            return view.plot()->plottable(i)->interface1D()->dataCount();
    return 0;
}

QImage ExplainPlots::render(const XyChartSpec& spec, QSize size, const Waterfall* waterfall, const QString& currency)
{
    XyChartView view;
    view.resize(size);
    if (waterfall)
        showWaterfall(view, *waterfall, currency);
    else
        show(view, spec);
    if (!view.plot()) {
        QImage empty(size * 2, QImage::Format_ARGB32_Premultiplied);
        empty.setDevicePixelRatio(2);
        empty.fill(Qt::white);
        QPainter painter(&empty);
        painter.drawText(QRect(QPoint(0, 0), size), Qt::AlignCenter | Qt::TextWordWrap,
            spec.title + QLatin1Char('\n') + spec.emptyText);
        return empty;
    }
    return view.plot()->toPixmap(size.width(), size.height(), 2.0).toImage();
}

} // namespace valuator
