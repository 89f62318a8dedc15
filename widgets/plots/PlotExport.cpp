// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/plots/PlotExport.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>
#include <QSvgGenerator>
#include <qcustomplot.h>

namespace valuator {
namespace {

QString safeFileName(const QString& title)
{
    QString name;
    for (const QChar c : title)
        name += c.isLetterOrNumber() ? c : QLatin1Char('-');
    name = name.left(60);
    return name.isEmpty() ? QStringLiteral("chart") : name;
}

bool saveSvg(QCustomPlot& plot, const QString& path, QSize size, const QString& title)
{
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setTitle(title);
    svg.setDescription(QCoreApplication::applicationName());
    QCPPainter painter;
    if (!painter.begin(&svg))
        return false;
    plot.toPainter(&painter, size.width(), size.height());
    return painter.end() && QFileInfo(path).size() > 0;
}

} // namespace

Status PlotExport::save(QCustomPlot& plot, const QString& path, QSize size, const QString& title)
{
    if (!size.isValid() || size.isEmpty())
        size = plot.size().isEmpty() || !plot.isVisible() ? defaultSize() : plot.size();
    const QString suffix = QFileInfo(path).suffix().toLower();
    bool ok = false;
    if (suffix == QLatin1String("png"))
        ok = plot.savePng(path, size.width(), size.height(), 2.0);
    else if (suffix == QLatin1String("pdf"))
        ok = plot.savePdf(
            path, size.width(), size.height(), QCP::epAllowCosmetic, QCoreApplication::applicationName(), title);
    else if (suffix == QLatin1String("svg"))
        ok = saveSvg(plot, path, size, title);
    else
        return fail(ErrorCode::InvalidArgument, tr("Charts can be saved as .png, .svg or .pdf, not '%1'.").arg(path));
    if (!ok)
        return fail(ErrorCode::Io, tr("Could not write the chart to '%1'.").arg(path));
    return {};
}

QFileDialog* PlotExport::saveDialog(QWidget* parent, const QString& title)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    auto* dialog = new QFileDialog(parent, tr("Save chart"), QDir(dir).filePath(safeFileName(title)),
        tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
    dialog->setObjectName(QStringLiteral("saveChartDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("png"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QFileDialog::filterSelected, dialog, [dialog](const QString& filter) {
        dialog->setDefaultSuffix(filter.contains(QLatin1String("*.pdf"))
                ? QStringLiteral("pdf")
                : (filter.contains(QLatin1String("*.svg")) ? QStringLiteral("svg") : QStringLiteral("png")));
    });
    return dialog;
}

} // namespace valuator
