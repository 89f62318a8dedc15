// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/CliCommand.h"

namespace valuator {

class Database;
struct PredictResult;
struct RunRecord;

/// `valuator-cli train -w WS --dataset NAME[@V] --learner xgboost|linear|baseline [...]`
class TrainCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(TrainCommand)
public:
    QString name() const override { return QStringLiteral("train"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(CliContext& context) override;
};

/// `valuator-cli runs [list|show ID|rename ID NAME|tag ID TAG...|delete ID] -w WS`
class RunsCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(RunsCommand)
public:
    QString name() const override { return QStringLiteral("runs"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(CliContext& context) override;

private:
    static int listRuns(CliContext& context, Database& db);
    static void printRun(CliContext& context, const RunRecord& run);
};

/// `valuator-cli predict -w WS --model ID --input FILE.csv --output FILE.csv`
class PredictCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(PredictCommand)
public:
    QString name() const override { return QStringLiteral("predict"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(CliContext& context) override;

private:
    static void printResult(CliContext& context, const PredictResult& result);
};

} // namespace valuator
