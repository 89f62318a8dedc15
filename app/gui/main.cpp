// SPDX-License-Identifier: GPL-3.0-or-later
// valuator: the workbench GUI. Composition root only: builds the services and hands them to the window.
#include "services/jobs/JobRunner.h"
#include "services/session/Session.h"
#include "services/system/LogSink.h"
#include "services/system/Runtime.h"
#include "services/system/Settings.h"
#include "services/system/Translations.h"
#include "widgets/common/MessageBanner.h"
#include "widgets/shell/FirstStart.h"
#include "widgets/shell/MainWindow.h"
#include "widgets/shell/StandardPages.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QStandardPaths>

using namespace valuator;

int main(int argc, char* argv[])
{
    RuntimeGuard runtime; // before any thread starts
    QGuiApplication::setHighDpiScaleFactorRoundingPolicy(Qt::HighDpiScaleFactorRoundingPolicy::PassThrough);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CarValuator"));
    QApplication::setApplicationName(QStringLiteral("Car Valuator"));
    QApplication::setApplicationDisplayName(QStringLiteral("Car Valuator"));
    QApplication::setDesktopFileName(QStringLiteral("org.carvaluator.Valuator"));

    Settings settings;
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Car Valuator workbench"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("lang"), QApplication::translate("main", "User interface language (en, de, sv)."),
        QStringLiteral("code")});
    parser.addOption({QStringLiteral("verbose"), QApplication::translate("main", "Log debug messages.")});
    parser.addPositionalArgument(QStringLiteral("workspace"),
        QApplication::translate("main",
            "Workspace file to open (default: your default "
            "workspace)."),
        QStringLiteral("[workspace]"));
    parser.process(app);

    LogSink::Options log;
    log.directory = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/logs");
    log.maxFileBytes = qint64(settings.value(keys::kLogFileMaxKiB)) * 1024;
    log.fileCount = settings.value(keys::kLogFileCount);
    log.verbose = parser.isSet(QStringLiteral("verbose"));
    LogSink::install(log);
    Translations::install(
        parser.isSet(QStringLiteral("lang")) ? parser.value(QStringLiteral("lang")) : settings.value(keys::kLanguage));

    JobRunner jobs;
    Session session(settings, jobs);
    MainWindow window(session);
    addStandardPages(window, session);

    const QStringList args = parser.positionalArguments();
    const QString path = args.isEmpty() ? Session::defaultWorkspacePath() : args.first();
    const bool firstStart = args.isEmpty() && !QFileInfo::exists(path);
    window.show();
    if (const Status opened = session.openOrCreateWorkspace(path); !opened)
        window.banner()->showError(opened.error());
    else if (firstStart)
        importDemoData(session, window);
    const int code = app.exec();
    jobs.cancelAll();
    jobs.waitForAll(10000);
    LogSink::uninstall();
    return code;
}
