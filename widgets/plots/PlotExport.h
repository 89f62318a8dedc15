// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"

#include <QCoreApplication>
#include <QSize>
#include <QString>

class QCustomPlot;
class QFileDialog;
class QWidget;

namespace valuator {

/// Writes a QCustomPlot to a file chosen by its extension — PNG (at twice the given size, for HiDPI and print),
/// PDF (vector, with the title as document title) or SVG (vector, via QSvgGenerator: QCustomPlot has no SVG
/// writer of its own) — and builds the matching non-modal save dialog. Shared by every chart view so all charts
/// export the same three formats. GUI thread only.
class PlotExport {
    Q_DECLARE_TR_FUNCTIONS(PlotExport)
public:
    /// The size used when the plot has none on screen (hidden tab, report rendering).
    static QSize defaultSize() { return {900, 560}; }

    /// Saves `plot` to `path` (.png, .pdf or .svg) at `size` logical pixels (invalid: the plot's own size, or
    /// defaultSize() when it is hidden). InvalidArgument for another extension, Io when the file cannot be written.
    static Status save(QCustomPlot& plot, const QString& path, QSize size, const QString& title);

    /// A "Save chart" dialog (object name "saveChartDialog") in the user's pictures folder, proposing a file named
    /// after `title`, with PNG, SVG and PDF filters; the default suffix follows the chosen filter. The caller
    /// connects fileSelected and calls open(); the dialog deletes itself on close.
    static QFileDialog* saveDialog(QWidget* parent, const QString& title);
};

} // namespace valuator
