// SPDX-License-Identifier: GPL-3.0-or-later
// valuator-cli: the headless entry point. Composition root only; commands live in app/cli/commands.
#include "app/cli/CliApp.h"
#include "app/cli/commands/Commands.h"
#include "services/system/LogSink.h"
#include "services/system/Runtime.h"
#include "services/system/Settings.h"
#include "services/system/Translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <QStandardPaths>

#include <cstring>
#include <memory>

using namespace valuator;

namespace {

/// True when the command line asks for a report file (`profile --report`): its charts are QCustomPlot widgets,
/// which need a QApplication. Every other command keeps the lighter QCoreApplication.
bool needsWidgets(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "--report") == 0 || std::strncmp(argv[i], "--report=", 9) == 0)
            return true;
    return false;
}

/// The application object: a QApplication for reports, on the offscreen platform when there is no display
/// (servers, CI, cron) and the user chose no platform, so reports render headless.
std::unique_ptr<QCoreApplication> makeApplication(int& argc, char* argv[])
{
    if (!needsWidgets(argc, argv))
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QApplication>(argc, argv);
}

} // namespace

int main(int argc, char* argv[])
{
    RuntimeGuard runtime; // before any thread starts
    const std::unique_ptr<QCoreApplication> app = makeApplication(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CarValuator"));
    QCoreApplication::setApplicationName(QStringLiteral("Car Valuator"));

    Settings settings;
    LogSink::Options log;
    log.directory = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/logs");
    log.baseName = QStringLiteral("valuator-cli");
    log.toStderr = qEnvironmentVariableIsSet("VALUATOR_LOG_STDERR"); // stderr is for progress and errors
    log.verbose = qEnvironmentVariableIsSet("VALUATOR_VERBOSE");
    LogSink::install(log);
    Translations::install(settings.value(keys::kLanguage));

    CliApp cli(settings);
    registerCommands(cli);
    const int code = cli.run(QCoreApplication::arguments());
    LogSink::uninstall();
    return code;
}
