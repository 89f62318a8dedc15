// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Error.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <QTextStream>

#include <memory>

namespace valuator {

class Settings;
class Workspace;

/// Exit codes of valuator-cli (documented in --help).
enum ExitCode : int { kExitOk = 0, kExitFailure = 1, kExitUsage = 2 };

/// What a command gets to run: its parsed options, the output streams and the shared settings.
/// stdout carries results only (JSON with --json); progress, warnings and errors go to stderr.
class CliContext {
    Q_DECLARE_TR_FUNCTIONS(CliContext)
public:
    CliContext(QCommandLineParser& parser, Settings& settings, QTextStream& out, QTextStream& err);

    QCommandLineParser& parser;
    Settings& settings;
    QTextStream& out;
    QTextStream& err;

    bool json() const;
    /// Writes `object` as indented JSON to stdout.
    void printJson(const QJsonObject& object);
    /// Reports a failure on stderr (and as {"ok":false,"error":{...}} on stdout with --json). Returns kExitFailure.
    int failWith(const Error& error);
    /// Reports a usage error on stderr with a hint to --help. Returns kExitUsage.
    int usageError(const QString& message);
    /// The value of a required option, or empty after reporting a usage error (check `usageFailed`).
    QString requiredValue(const QString& option);
    bool usageFailed = false;
    QString commandName;

    /// Opens the workspace named by -w/--workspace. On failure returns null and sets `exitCode` (usage error when
    /// the option is missing, failure when the file cannot be opened), having reported it.
    std::unique_ptr<Workspace> openWorkspace(int& exitCode);
};

/// One `valuator-cli <name>` subcommand. Commands are thin: parse options, call a service, format the result.
class CliCommand {
public:
    virtual ~CliCommand() = default;
    virtual QString name() const = 0;
    /// One line for the command list in `valuator-cli --help` (translated).
    virtual QString summary() const = 0;
    /// Adds the command's options and positional arguments (--json and --help are added for every command).
    virtual void configure(QCommandLineParser& parser) const = 0;
    virtual int run(CliContext& context) = 0;
};

} // namespace valuator
