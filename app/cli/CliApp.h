// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/CliCommand.h"

#include <memory>
#include <vector>

namespace valuator {

/// The `valuator-cli <command> [options]` dispatcher: global --help/--version, per-command parsers.
class CliApp {
    Q_DECLARE_TR_FUNCTIONS(CliApp)
public:
    explicit CliApp(Settings& settings);
    ~CliApp();

    void add(std::unique_ptr<CliCommand> command);
    /// Runs with the full argument list (argv[0] first). Returns the process exit code.
    int run(const QStringList& arguments);

private:
    int runCommand(CliCommand& command, const QStringList& arguments);
    QString globalHelp() const;
    CliCommand* find(const QString& name) const;

    Settings& m_settings;
    std::vector<std::unique_ptr<CliCommand>> m_commands;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace valuator
