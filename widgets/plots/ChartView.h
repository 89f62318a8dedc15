// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/plots/ChartSpec.h"
#include "widgets/plots/PlotFrame.h"

namespace valuator {

/// A bar chart on a page: shows a ChartSpec as an interactive QCustomPlot (wheel zooms, drag pans, double-click or
/// "Reset zoom" restores the full view) with "Save chart…" to PNG, SVG or PDF (see PlotFrame). An empty spec shows
/// its emptyText instead of axes. GUI thread only.
class ChartView : public PlotFrame {
    Q_OBJECT
public:
    explicit ChartView(QWidget* parent = nullptr);
    ~ChartView() override;

    /// Replaces the chart (a new plot is built; earlier plot() pointers become invalid).
    void setChart(const ChartSpec& spec);
    /// Shows `text` and no chart.
    void clear(const QString& text = {});
    const ChartSpec& chart() const { return m_spec; }

public slots:
    void resetZoom() override;

protected:
    QString chartTitle() const override { return m_spec.title; }

private:
    ChartSpec m_spec;
};

} // namespace valuator
