// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/CliCommand.h"

namespace valuator {

/// Shared option: -w/--workspace FILE.
QCommandLineOption workspaceOption();

/// `valuator-cli init -w FILE`: creates a new, empty workspace.
class InitCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(InitCommand)
public:
    QString name() const override { return QStringLiteral("init"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(CliContext& context) override;
};

/// `valuator-cli info -w FILE`: schema version, creation metadata and row counts.
class InfoCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(InfoCommand)
public:
    QString name() const override { return QStringLiteral("info"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(CliContext& context) override;
};

/// `valuator-cli audit verify|list -w FILE`: checks the hash chain or lists the newest entries.
class AuditCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(AuditCommand)
public:
    QString name() const override { return QStringLiteral("audit"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(CliContext& context) override;

private:
    int verify(CliContext& context);
    int list(CliContext& context);
};

} // namespace valuator
