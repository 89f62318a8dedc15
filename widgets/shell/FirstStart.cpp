// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/shell/FirstStart.h"

#include "services/import/DemoData.h"
#include "services/jobs/JobRunner.h"
#include "services/session/Session.h"
#include "widgets/common/MessageBanner.h"
#include "widgets/shell/MainWindow.h"

#include <QFutureWatcher>

namespace valuator {

void importDemoData(Session& session, MainWindow& window)
{
    const QString workspace = session.workspacePath();
    const ImportRequest request = DemoData::importRequest(session.actingUser());
    auto handle = session.jobs().start<ImportResult>(
        MainWindow::tr("Importing the demo data"), [workspace, request](JobContext& context) {
            return ImportService::run(workspace, request, context.progressFn(MainWindow::tr("Reading rows…")));
        });
    auto* watcher = new QFutureWatcher<Result<ImportResult>>(&window);
    QObject::connect(watcher, &QFutureWatcherBase::finished, &window, [watcher, &session, &window] {
        const Result<ImportResult> result = watcher->result();
        watcher->deleteLater();
        if (!result) {
            window.banner()->showError(result.error());
            return;
        }
        session.notifyContentChanged(QStringLiteral("datasets"));
        window.banner()->showMessage(MessageBanner::Kind::Success,
            MainWindow::tr("Welcome! The demo data set '%1' (%2 car sales) is ready to "
                           "explore.")
                .arg(result->version.refString())
                .arg(result->version.rowCount));
    });
    watcher->setFuture(handle.future);
}

} // namespace valuator
