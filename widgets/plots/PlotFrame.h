// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"

#include <QSize>
#include <QWidget>

class QCustomPlot;
class QLabel;
class QMenu;
class QStackedWidget;
class QToolButton;
class QVBoxLayout;

namespace valuator {

/// What every chart view shares: a QCustomPlot or, when there is nothing to draw, a centred text; below it a status
/// line, "Reset zoom" and "Save chart…" (the same two actions in the plot's context menu; a double-click resets
/// the zoom). Saving goes through PlotExport (PNG, SVG or PDF by extension). Subclasses build the plot
/// (newPlot(), then showPlot()) and say how to reset the zoom and what the chart is called. GUI thread only.
class PlotFrame : public QWidget {
    Q_OBJECT
public:
    explicit PlotFrame(QWidget* parent = nullptr);
    ~PlotFrame() override;

    /// The plot shown; null while a text (or nothing) is shown. Invalidated by the next chart.
    QCustomPlot* plot() const { return m_plot; }
    /// Writes the chart to `path` (.png, .svg or .pdf) at `size` logical pixels (default: the on-screen size, or
    /// PlotExport::defaultSize() while hidden).
    Status saveChart(const QString& path, QSize size = {}) const;
    QToolButton* saveButton() const { return m_save; }
    QToolButton* resetZoomButton() const { return m_reset; }

public slots:
    /// Asks for a file name (a non-modal file dialog, object name "saveChartDialog"), then saveChart().
    void chooseSaveFile();
    /// Shows the whole chart again.
    virtual void resetZoom() = 0;

signals:
    void chartSaved(const QString& path);

protected:
    /// The chart's title (file name proposal, PDF/SVG document title).
    virtual QString chartTitle() const = 0;
    /// Replaces the plot by a new, empty one (object name "chartPlot", context menu and double-click wired) that
    /// the subclass fills before showPlot().
    QCustomPlot* newPlot(const QSize& minimumSize);
    /// Shows the plot newPlot() made and enables the tools.
    void showPlot();
    /// Drops the plot and shows `text` instead; the tools are disabled.
    void showText(const QString& text);

private:
    void showMenu(const QPoint& pos);

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
