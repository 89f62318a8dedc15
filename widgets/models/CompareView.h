// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QTabWidget;

namespace valuator {

class XyChartView;
struct CompareData;

/// The compare area under the leaderboard: tabs with predicted vs actual (with y = x), residual histograms,
/// error by segment (grouped bars) and learning curves of the selected runs (CompareCharts).
class CompareView : public QWidget {
    Q_OBJECT
public:
    explicit CompareView(QWidget* parent = nullptr);

    void setData(const CompareData& data);
    /// No runs to compare: every chart shows `text`.
    void clear(const QString& text);
    void setStatus(const QString& text);

    QTabWidget* tabs() const { return m_tabs; }
    XyChartView* scatterView() const { return m_scatter; }
    XyChartView* residualView() const { return m_residuals; }
    XyChartView* segmentView() const { return m_segments; }
    XyChartView* curveView() const { return m_curves; }

private:
    QLabel* m_status;
    QTabWidget* m_tabs;
    XyChartView* m_scatter;
    XyChartView* m_residuals;
    XyChartView* m_segments;
    XyChartView* m_curves;
};

} // namespace valuator
