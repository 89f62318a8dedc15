// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers for the Models page test: fixture cuts, imports through the real ImportService, screenshots.

#include "services/import/ImportService.h"
#include "widgets/plots/XyChartView.h"

#include <QDir>
#include <QFile>
#include <QPixmap>
#include <QTest>
#include <qcustomplot.h>

namespace models_test {

/// Writes the header and the first `rows` data lines of fixture `name` to `target`.
inline bool writeCut(const char* name, const QString& target, int rows)
{
    QFile in(QDir(QStringLiteral(VALUATOR_FIXTURES_DIR)).filePath(QString::fromUtf8(name)));
    QFile out(target);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
        return false;
    for (int i = 0; i <= rows && !in.atEnd(); ++i)
        out.write(in.readLine());
    return true;
}

inline valuator::ImportResult importFile(const QString& workspace, const QString& path, const QString& name)
{
    valuator::ImportRequest request;
    request.filePath = path;
    request.datasetName = name;
    request.actor = QStringLiteral("tester");
    auto result = valuator::ImportService::run(workspace, request);
    if (!result)
        qFatal("import of %s failed: %s", qPrintable(name), qPrintable(result.error().userMessage));
    return *result;
}

inline void saveScreenshot(QWidget& widget, const QString& name)
{
    const QPixmap shot = widget.grab();
    QDir().mkpath(QStringLiteral(VALUATOR_BINARY_DIR "/screenshots"));
    QVERIFY(shot.save(QStringLiteral(VALUATOR_BINARY_DIR "/screenshots/%1.png").arg(name)));
    const QString docs = qEnvironmentVariable("VALUATOR_SCREENSHOT_DIR");
    if (!docs.isEmpty() && QDir().mkpath(docs))
        QVERIFY(shot.save(QDir(docs).filePath(name + QStringLiteral(".png"))));
}

inline int graphPoints(valuator::XyChartView* view, int graph)
{
    return view->plot() && graph < view->plot()->graphCount() ? view->plot()->graph(graph)->data()->size() : -1;
}

} // namespace models_test
