// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace valuator {

class CliApp;

/// Registers every valuator-cli subcommand, in the order `--help` lists them.
void registerCommands(CliApp& app);

} // namespace valuator
