// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/plots/ChartRenderer.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace valuator {
namespace {

constexpr int kMaxCategoryLabels = 14; // more would overlap at the usual chart widths
constexpr int kMaxLabelChars = 24;

QFont baseFont()
{
    return QApplication::font();
}

QString elided(const QString& text)
{
    return text.size() <= kMaxLabelChars ? text : text.left(kMaxLabelChars - 1) + QChar(0x2026);
}

double maxValue(const ChartSpec& spec)
{
    double top = 0;
    for (const ChartSeries& s : spec.series)
        for (double v : s.values)
            if (std::isfinite(v))
                top = std::max(top, v);
    for (const ChartThreshold& t : spec.thresholds)
        top = std::max(top, t.value);
    return top;
}

/// Plain numbers with group separators; decimals only when the axis spans little.
void formatNumbers(QCPAxis* axis, double span)
{
    axis->setNumberFormat(QStringLiteral("f"));
    axis->setNumberPrecision(span >= 20 ? 0 : span >= 2 ? 1 : 2);
}

void styleAxis(QCPAxis* axis, const QString& label)
{
    QFont labelFont = baseFont();
    labelFont.setBold(true);
    axis->setLabel(label);
    axis->setLabelFont(labelFont);
    axis->setTickLabelFont(baseFont());
    axis->setLabelPadding(6);
}

/// Text ticks at positions 1..n (`reversed`: first category at n), thinned to at most kMaxCategoryLabels.
void setCategoryTicks(QCPAxis* axis, const QStringList& categories, bool reversed)
{
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    const int n = int(categories.size());
    const int step = std::max(1, int(std::ceil(double(n) / kMaxCategoryLabels)));
    int longest = 0;
    for (int i = 0; i < n; i += step) {
        ticker->addTick(reversed ? n - i : i + 1, elided(categories.at(i)));
        longest = std::max(longest, int(std::min<qsizetype>(categories.at(i).size(), kMaxLabelChars)));
    }
    axis->setTicker(ticker);
    axis->setSubTicks(false);
    axis->grid()->setVisible(false);
    const int shown = (n + step - 1) / step;
    if (axis->orientation() == Qt::Horizontal && shown * (longest + 2) > 70)
        axis->setTickLabelRotation(45);
}

QCPBars* addBars(QCustomPlot& plot, QCPAxis* keyAxis, QCPAxis* valueAxis, const ChartSeries& series,
    const QList<double>& keys, double width, int alpha)
{
    auto* bars = new QCPBars(keyAxis, valueAxis);
    QVector<double> k, v;
    for (qsizetype i = 0; i < keys.size() && i < series.values.size(); ++i)
        if (std::isfinite(series.values.at(i))) {
            k << keys.at(i);
            v << series.values.at(i);
        }
    bars->setData(k, v, true);
    bars->setWidth(width);
    bars->setWidthType(QCPBars::wtPlotCoords);
    QColor fill = series.color.isValid() ? series.color : ChartSpec::defaultColor(0);
    bars->setPen(QPen(fill.darker(130), 1));
    fill.setAlpha(alpha);
    bars->setBrush(fill);
    bars->setName(series.name);
    if (series.name.isEmpty())
        bars->removeFromLegend();
    Q_UNUSED(plot);
    return bars;
}

void addThresholds(QCustomPlot& plot, const ChartSpec& spec)
{
    for (const ChartThreshold& t : spec.thresholds) {
        QPen pen(t.color.isValid() ? t.color : QColor(Qt::darkRed), 1.5, Qt::DashLine);
        auto* line = new QCPItemStraightLine(&plot);
        line->point1->setCoords(0, t.value);
        line->point2->setCoords(1, t.value);
        line->setPen(pen);
        auto* text = new QCPItemText(&plot);
        text->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
        text->position->setTypeY(QCPItemPosition::ptPlotCoords);
        text->position->setCoords(0.995, t.value);
        text->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
        text->setText(t.label);
        text->setFont(baseFont());
        text->setColor(pen.color());
        text->setClipToAxisRect(true);
        // An empty graph with the same pen gives the threshold its legend entry.
        QCPGraph* legendEntry = plot.addGraph();
        legendEntry->setPen(pen);
        legendEntry->setName(t.label);
    }
}

void addLegendBelow(QCustomPlot& plot)
{
    plot.legend->setVisible(true);
    plot.legend->setFont(baseFont());
    plot.legend->setBorderPen(Qt::NoPen);
    plot.legend->setFillOrder(QCPLegend::foColumnsFirst);
    plot.axisRect()->insetLayout()->take(plot.legend);
    plot.plotLayout()->addElement(plot.plotLayout()->rowCount(), 0, plot.legend);
    plot.plotLayout()->setRowStretchFactor(plot.plotLayout()->rowCount() - 1, 0.001);
}

QList<double> categoryKeys(int n, bool reversed)
{
    QList<double> keys;
    for (int i = 0; i < n; ++i)
        keys << (reversed ? n - i : i + 1);
    return keys;
}

} // namespace

void ChartRenderer::build(QCustomPlot& plot, const ChartSpec& spec)
{
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    plot.setLocale(locale);
    plot.plotLayout()->insertRow(0);
    QFont titleFont = baseFont();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    auto* title = new QCPTextElement(&plot, spec.title, titleFont);
    title->setObjectName(QStringLiteral("chartTitle"));
    plot.plotLayout()->addElement(0, 0, title);

    const bool horizontal = spec.kind == ChartSpec::Kind::HorizontalBars;
    QCPAxis* keyAxis = horizontal ? plot.yAxis : plot.xAxis;
    QCPAxis* valueAxis = horizontal ? plot.xAxis : plot.yAxis;
    styleAxis(plot.xAxis, spec.xLabel);
    styleAxis(plot.yAxis, spec.yLabel);

    if (spec.kind == ChartSpec::Kind::Histogram && !spec.edges.isEmpty() && !spec.series.isEmpty()) {
        const double span = spec.edges.last() - spec.edges.first();
        const int bins = int(spec.edges.size()) - 1;
        const double width = bins > 0 && span > 0 ? span / bins : 1.0;
        QList<double> centres;
        for (int i = 0; i < bins; ++i)
            centres << (spec.edges.at(i) + spec.edges.at(i + 1)) / 2;
        QCPBars* bars = addBars(plot, keyAxis, valueAxis, spec.series.first(), centres, width, 220);
        bars->setPen(QPen(Qt::white, 1));
        formatNumbers(keyAxis, span);
    } else {
        const int n = int(spec.categories.size());
        setCategoryTicks(keyAxis, spec.categories, horizontal);
        const QList<double> keys = categoryKeys(n, horizontal);
        for (qsizetype s = 0; s < spec.series.size(); ++s) {
            const bool overlaid = spec.kind == ChartSpec::Kind::Overlaid;
            const double width = overlaid ? std::max(0.2, 0.8 - 0.35 * double(s)) : 0.7;
            addBars(plot, keyAxis, valueAxis, spec.series.at(s), keys, width, overlaid && s == 0 ? 110 : 220);
        }
    }
    formatNumbers(valueAxis, maxValue(spec));
    addThresholds(plot, spec);
    if (spec.hasLegend() || !spec.thresholds.isEmpty())
        addLegendBelow(plot);
    plot.setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    resetRanges(plot, spec);
}

void ChartRenderer::resetRanges(QCustomPlot& plot, const ChartSpec& spec)
{
    const bool horizontal = spec.kind == ChartSpec::Kind::HorizontalBars;
    QCPAxis* keyAxis = horizontal ? plot.yAxis : plot.xAxis;
    QCPAxis* valueAxis = horizontal ? plot.xAxis : plot.yAxis;
    if (spec.kind == ChartSpec::Kind::Histogram && spec.edges.size() >= 2) {
        const double lo = spec.edges.first();
        const double hi = spec.edges.last();
        const double pad = hi > lo ? (hi - lo) * 0.02 : 0.5;
        keyAxis->setRange(lo - pad, hi + pad);
    } else {
        keyAxis->setRange(0.4, std::max<qsizetype>(1, spec.categories.size()) + 0.6);
    }
    const double top = maxValue(spec);
    valueAxis->setRange(0, top > 0 ? top * 1.12 : 1.0);
    plot.replot();
}

QImage ChartRenderer::render(const ChartSpec& spec, QSize size, qreal scale)
{
    if (spec.isEmpty()) {
        QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(scale);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setFont(baseFont());
        painter.drawText(QRect(QPoint(0, 0), size), Qt::AlignCenter | Qt::TextWordWrap,
            spec.title + QLatin1Char('\n') + (spec.emptyText.isEmpty() ? tr("No data") : spec.emptyText));
        return image;
    }
    QCustomPlot plot; // never shown
    plot.resize(size);
    build(plot, spec);
    QImage image = plot.toPixmap(size.width(), size.height(), scale).toImage();
    image.setDevicePixelRatio(scale);
    return image;
}

} // namespace valuator
