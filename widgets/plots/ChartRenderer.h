// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/plots/ChartSpec.h"

#include <QCoreApplication>
#include <QImage>
#include <QSize>

class QCustomPlot;

namespace valuator {

/// Turns a ChartSpec into a QCustomPlot: title element (object name "chartTitle"), labelled axes, bars, threshold
/// lines with their labels, a legend when there is more than one series (or a threshold), zoom and pan with the
/// mouse. Also renders a chart to an image without any window, for reports. GUI thread only (QCustomPlot is a
/// QWidget): needs a QApplication, which may run on the offscreen platform.
class ChartRenderer {
    Q_DECLARE_TR_FUNCTIONS(ChartRenderer)
public:
    /// Fills `plot`, which must be freshly constructed (nothing added yet), and sets the full ranges.
    static void build(QCustomPlot& plot, const ChartSpec& spec);
    /// Sets the axis ranges that show all of `spec` (what "Reset zoom" returns to) and replots.
    static void resetRanges(QCustomPlot& plot, const ChartSpec& spec);
    /// Renders `spec` at `size` logical pixels, `scale` device pixels per logical pixel (2 for print and 200 % DPI
    /// screens); the image's devicePixelRatio is `scale`. An empty spec gives its emptyText centred.
    static QImage render(const ChartSpec& spec, QSize size, qreal scale = 2.0);
};

} // namespace valuator
