// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/CliCommand.h"

namespace valuator {

/// `valuator-cli profile -w WS --dataset NAME[@V] [--contract FILE.yaml] [--reference-date D] [--strict]
/// [--report FILE.html|FILE.pdf]`: profile, quality checks and data contract of a dataset version, stored with it,
/// with the training gate; --report also writes the report with its charts (needs the QApplication that main()
/// creates when --report is on the command line).
class ProfileCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(ProfileCommand)
public:
    QString name() const override { return QStringLiteral("profile"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(CliContext& context) override;
};

/// `valuator-cli drift -w WS --reference NAME@V --current NAME@V [--bins N]`: PSI/KS per feature.
class DriftCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(DriftCommand)
public:
    QString name() const override { return QStringLiteral("drift"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(CliContext& context) override;
};

/// `valuator-cli clean -w WS --dataset NAME[@V] (--apply aliases,duplicates,impossible,outliers | --plan FILE)`:
/// a new cleaned version; the plan can be saved and re-applied to a later batch.
class CleanCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(CleanCommand)
public:
    QString name() const override { return QStringLiteral("clean"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(CliContext& context) override;
};

} // namespace valuator
