// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/plots/PlotFrame.h"
#include "widgets/plots/XyChartSpec.h"

namespace valuator {

/// An interactive x/y chart (scatter, lines, steps, grouped bars) from an XyChartSpec: title, labelled axes, a
/// legend below the plot naming every series that has points, wheel zoom and drag pan (double-click or "Reset zoom"
/// restores the full view), and "Save chart…" (button and context menu) to PNG, SVG or PDF (see PlotFrame). Each series
/// becomes one QCPGraph (or QCPBars for Bars) in series order; the y = x line is an extra graph after them. GUI thread
/// only.
class XyChartView : public PlotFrame {
    Q_OBJECT
public:
    explicit XyChartView(QWidget* parent = nullptr);
    ~XyChartView() override;

    /// Replaces the chart (a new plot is built; earlier plot() pointers become invalid).
    void setChart(const XyChartSpec& spec);
    /// Shows `text` and no chart.
    void clear(const QString& text = {});
    /// Adds one point to series `index` of the shown chart (live learning curves) and replots lazily. When no
    /// plot is shown yet (the spec had no points), the chart is built.
    void appendPoint(int index, double x, double y);
    const XyChartSpec& chart() const { return m_spec; }

public slots:
    void resetZoom() override;

protected:
    QString chartTitle() const override { return m_spec.title; }

private:
    void buildPlot();

    XyChartSpec m_spec;
};

} // namespace valuator
