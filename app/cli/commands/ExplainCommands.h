// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/CliCommand.h"

namespace valuator {

struct CarExplanation;
struct DatasetExplanation;
struct FairnessRecord;

/// `valuator-cli explain -w WS --model ID (--car JSON | --car-file FILE.json | --dataset NAME[@V] [--rows N])`
class ExplainCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(ExplainCommand)
public:
    QString name() const override { return QStringLiteral("explain"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(CliContext& context) override;

private:
    static int explainCar(CliContext& context, const QString& workspace, qint64 modelId);
    static int explainDataset(CliContext& context, const QString& workspace, qint64 modelId);
    static void printCar(CliContext& context, const CarExplanation& car);
    static void printDataset(CliContext& context, const DatasetExplanation& result);
};

/// `valuator-cli fairness -w WS --model ID --dataset NAME[@V] [--by brand,region] [--factor 1.5] [--min-rows N]`
class FairnessCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(FairnessCommand)
public:
    QString name() const override { return QStringLiteral("fairness"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(CliContext& context) override;

private:
    static void printRecord(CliContext& context, const FairnessRecord& record);
};

} // namespace valuator
