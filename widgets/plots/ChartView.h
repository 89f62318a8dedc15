// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"
#include "widgets/plots/ChartSpec.h"

#include <QSize>
#include <QWidget>

class QCustomPlot;
class QLabel;
class QMenu;
class QStackedWidget;
class QToolButton;
class QVBoxLayout;

namespace valuator {

/// A chart on a page: shows a ChartSpec as an interactive QCustomPlot (wheel zooms, drag pans, double-click or
/// "Reset zoom" restores the full view) with a "Save chart…" button and the same actions in the context menu.
/// Saving writes PNG (at twice the on-screen resolution) or PDF, chosen by the file's extension. An empty spec
/// shows its emptyText instead of axes. GUI thread only.
class ChartView : public QWidget {
    Q_OBJECT
public:
    explicit ChartView(QWidget* parent = nullptr);
    ~ChartView() override;

    /// Replaces the chart (a new plot is built; earlier plot() pointers become invalid).
    void setChart(const ChartSpec& spec);
    /// Shows `text` and no chart.
    void clear(const QString& text = {});
    const ChartSpec& chart() const { return m_spec; }
    /// The plot showing the current chart; null while nothing (or an empty spec) is shown.
    QCustomPlot* plot() const { return m_plot; }

    /// Writes the chart to `path` (.png or .pdf) at `size` logical pixels (default: the view's size, or 900×560
    /// when it has none yet).
    Status saveChart(const QString& path, QSize size = {}) const;

    QToolButton* saveButton() const { return m_save; }
    QToolButton* resetZoomButton() const { return m_reset; }

public slots:
    /// Asks for a file name (a non-modal file dialog, object name "saveChartDialog"), then saveChart().
    void chooseSaveFile();
    void resetZoom();

signals:
    void chartSaved(const QString& path);

private:
    void showMenu(const QPoint& pos);

    ChartSpec m_spec;
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
