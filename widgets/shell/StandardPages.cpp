// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/shell/StandardPages.h"

#include "widgets/shell/MainWindow.h"
#include "widgets/workspace/OverviewPage.h"

#include <QApplication>
#include <QStyle>

namespace valuator {

void addStandardPages(MainWindow& window, Session& session)
{
    QStyle* style = QApplication::style();
    window.addPage(QStringLiteral("overview"), MainWindow::tr("Overview"), style->standardIcon(QStyle::SP_DirHomeIcon),
        new OverviewPage(session));
}

} // namespace valuator
