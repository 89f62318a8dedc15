// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/shell/StandardPages.h"

#include "widgets/datasets/DatasetsPage.h"
#include "widgets/explain/ExplainPage.h"
#include "widgets/import/ImportPage.h"
#include "widgets/models/ModelsPage.h"
#include "widgets/quality/QualityPage.h"
#include "widgets/shell/MainWindow.h"
#include "widgets/workspace/OverviewPage.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QStyle>

namespace valuator {

void addStandardPages(MainWindow& window, Session& session)
{
    QStyle* style = QApplication::style();
    window.addPage(QStringLiteral("overview"), MainWindow::tr("Overview"), style->standardIcon(QStyle::SP_DirHomeIcon),
        new OverviewPage(session));
    auto* import = new ImportPage(session);
    window.addPage(
        QStringLiteral("import"), MainWindow::tr("Import"), style->standardIcon(QStyle::SP_DialogOpenButton), import);
    auto* datasets = new DatasetsPage(session);
    window.addPage(QStringLiteral("datasets"), MainWindow::tr("Datasets"),
        style->standardIcon(QStyle::SP_FileDialogDetailedView), datasets);
    auto* quality = new QualityPage(session);
    window.addPage(QStringLiteral("quality"), MainWindow::tr("Data Quality"),
        style->standardIcon(QStyle::SP_MessageBoxWarning), quality);
    window.addPage(QStringLiteral("models"), MainWindow::tr("Models"), style->standardIcon(QStyle::SP_ComputerIcon),
        new ModelsPage(session));

    QObject::connect(import, &ImportPage::openDatasetRequested, &window, [&window, datasets](const QString& ref) {
        window.showPage(QStringLiteral("datasets"));
        datasets->showVersion(ref);
    });
    auto* importAction = new QAction(MainWindow::tr("&Import CSV…"), &window);
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    QObject::connect(importAction, &QAction::triggered, &window, [&window, import] {
        window.showPage(QStringLiteral("import"));
        import->chooseFile();
    });
    // After New / Open / Open Recent, before the separator and Quit.
    window.fileMenu()->insertAction(window.fileMenu()->actions().value(3), importAction);
}

} // namespace valuator
