// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/CliApp.h"

#include "services/system/LibraryVersions.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace valuator {

CliApp::CliApp(Settings& settings)
    : m_settings(settings)
    , m_out(stdout)
    , m_err(stderr)
{
}

CliApp::~CliApp() = default;

void CliApp::add(std::unique_ptr<CliCommand> command)
{
    m_commands.push_back(std::move(command));
}

CliCommand* CliApp::find(const QString& name) const
{
    for (const auto& c : m_commands)
        if (c->name() == name)
            return c.get();
    return nullptr;
}

QString CliApp::globalHelp() const
{
    QString text = tr("Usage: valuator-cli <command> [options]\n\n"
                      "Car Valuator on the command line: the same services as the workbench, for CI/CD and "
                      "schedulers.\n\nCommands:\n");
    for (const auto& c : m_commands)
        text += QStringLiteral("  %1%2\n").arg(c->name(), -12).arg(c->summary());
    text += tr("\nGlobal options:\n"
               "  -h, --help     Show this help, or a command's help after the command name.\n"
               "  --version      Show the versions of Car Valuator and its libraries.\n"
               "  --json         With --version or any command: machine-readable JSON on stdout.\n\n"
               "Exit codes: 0 success, 1 failure, 2 usage error.\n"
               "Run 'valuator-cli <command> --help' for the options of a command.\n");
    return text;
}

int CliApp::run(const QStringList& arguments)
{
    const QStringList rest = arguments.mid(1);
    const bool json = rest.contains(QStringLiteral("--json"));
    if (rest.isEmpty() || rest.first() == QStringLiteral("-h") || rest.first() == QStringLiteral("--help")
        || rest.first() == QStringLiteral("help")) {
        if (rest.size() >= 2 && rest.first() == QStringLiteral("help")) {
            if (CliCommand* c = find(rest.at(1)))
                return runCommand(*c, {arguments.first(), c->name(), QStringLiteral("--help")});
        }
        (rest.isEmpty() ? m_err : m_out) << globalHelp();
        return rest.isEmpty() ? kExitUsage : kExitOk;
    }
    if (rest.first() == QStringLiteral("--version") || rest.first() == QStringLiteral("-v")) {
        const LibraryVersions v = LibraryVersions::current();
        if (json) {
            QJsonObject o {{QStringLiteral("version"), v.app}, {QStringLiteral("git_revision"), v.gitRevision},
                {QStringLiteral("qt"), v.qt}, {QStringLiteral("xgboost"), v.xgboost},
                {QStringLiteral("sqlite"), v.sqlite}, {QStringLiteral("curl"), v.curl}};
            QJsonDocument doc(o);
            m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
        } else {
            for (const auto& [name, version] : v.asList())
                m_out << name << ' ' << version << '\n';
        }
        return kExitOk;
    }
    CliCommand* command = find(rest.first());
    if (!command) {
        m_err << tr("valuator-cli: unknown command '%1'.").arg(rest.first()) << '\n'
              << tr("Run 'valuator-cli --help' for the list of commands.") << '\n';
        return kExitUsage;
    }
    return runCommand(*command, arguments);
}

int CliApp::runCommand(CliCommand& command, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(command.summary());
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addHelpOption();
    parser.addOption({QStringLiteral("json"), tr("Print the result as JSON on stdout.")});
    command.configure(parser);

    CliContext context(parser, m_settings, m_out, m_err);
    context.commandName = command.name();
    // Drop the command name so positional arguments start after it; keep argv[0] for the help text.
    QStringList args = arguments;
    args.removeAt(1);
    if (!parser.parse(args))
        return context.usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QString help = parser.helpText();
        help.replace(QStringLiteral("Usage: %1").arg(arguments.first()),
            QStringLiteral("Usage: valuator-cli %1").arg(command.name()));
        m_out << help;
        return kExitOk;
    }
    const int code = command.run(context);
    m_out.flush();
    m_err.flush();
    return code;
}

} // namespace valuator
