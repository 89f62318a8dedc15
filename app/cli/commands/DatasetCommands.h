// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/CliCommand.h"

namespace valuator {

struct ImportOverrides;

/// `valuator-cli import -w WS FILE.csv [...]`: imports a CSV as a new dataset (version).
class ImportCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)
public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(CliContext& context) override;

private:
    /// Reads --delimiter, --encoding, --decimal, --header, --date-order and --mapping; false after a usage error.
    bool readOverrides(CliContext& context, ImportOverrides& overrides) const;
};

/// `valuator-cli datasets -w WS`: lists datasets and their versions with row counts and hashes.
class DatasetsCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(DatasetsCommand)
public:
    QString name() const override { return QStringLiteral("datasets"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(CliContext& context) override;
};

} // namespace valuator
