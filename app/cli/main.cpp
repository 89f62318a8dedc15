// SPDX-License-Identifier: GPL-3.0-or-later
// valuator-cli: the headless entry point. Composition root only; commands live in app/cli/commands.
#include "app/cli/CliApp.h"
#include "app/cli/commands/Commands.h"
#include "services/system/LogSink.h"
#include "services/system/Runtime.h"
#include "services/system/Settings.h"
#include "services/system/Translations.h"

#include <QCoreApplication>
#include <QStandardPaths>

using namespace valuator;

int main(int argc, char* argv[])
{
    RuntimeGuard runtime; // before any thread starts
    QCoreApplication app(argc, argv);
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
