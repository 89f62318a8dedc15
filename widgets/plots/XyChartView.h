// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"
#include "widgets/plots/XyChartSpec.h"

#include <QSize>
#include <QWidget>

class QCustomPlot;
class QLabel;
class QMenu;
class QStackedWidget;
class QToolButton;
class QVBoxLayout;

namespace valuator {

/// An interactive x/y chart (scatter, lines, steps, grouped bars) from an XyChartSpec: title, labelled axes, a
/// legend below the plot naming every series that has points, wheel zoom and drag pan (double-click or "Reset zoom"
/// restores the full view), and "Save chart…" (button and context menu) to PNG or PDF. Each series becomes one
/// QCPGraph (or QCPBars for Bars) in series order; the y = x line is an extra graph after them. GUI thread only.
class XyChartView : public QWidget {
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
    /// The plot, null while nothing (or an empty spec) is shown.
    QCustomPlot* plot() const { return m_plot; }

    /// Writes the chart as .png (twice the resolution) or .pdf at `size` logical pixels (default: on-screen size).
    Status saveChart(const QString& path, QSize size = {}) const;

    QToolButton* saveButton() const { return m_save; }

public slots:
    /// Asks for a file name (non-modal dialog, object name "saveChartDialog"), then saveChart().
    void chooseSaveFile();
    void resetZoom();

signals:
    void chartSaved(const QString& path);

private:
    void buildPlot();
    void showMenu(const QPoint& pos);

    XyChartSpec m_spec;
    QStackedWidget* m_stack;
    QLabel* m_placeholder;
    QWidget* m_plotPage;
    QVBoxLayout* m_plotLayout;
    QCustomPlot* m_plot = nullptr;
    QLabel* m_status;
    QToolButton* m_reset;
    QToolButton* m_save;
    QMenu* m_menu;
};

} // namespace valuator
