// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commands/ExplainCommands.h"

#include "app/cli/commands/WorkspaceCommands.h"
#include "services/explain/ExplainService.h"
#include "services/explain/FairnessService.h"
#include "services/jobs/ConsoleProgress.h"
#include "services/system/Settings.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace valuator {
namespace {

constexpr int kTopFeatures = 15; // importance rows in the text output (all of them with --json)

QString money(double v)
{
    return QLocale().toString(v, 'f', 0);
}

/// Parses --car / --car-file text as a JSON object; on failure `error` names the position.
std::optional<QJsonObject> parseCar(const QByteArray& text, QString& error)
{
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &parse);
    if (parse.error != QJsonParseError::NoError) {
        error = ExplainCommand::tr("the car is not valid JSON: %1 at character %2")
                    .arg(parse.errorString())
                    .arg(parse.offset); // Qt reports the position just past the offending character: its 1-based column
        return std::nullopt;
    }
    if (!doc.isObject()) {
        error = ExplainCommand::tr("the car must be a JSON object like {\"brand\": \"BMW\", \"mileage_km\": 85000}");
        return std::nullopt;
    }
    return doc.object();
}

} // namespace

// ---- explain ----------------------------------------------------------------------------------------------

QString ExplainCommand::summary() const
{
    return tr("Explain a model's prices: one car's dealer sheet, or feature importance on a dataset.");
}

void ExplainCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption(workspaceOption());
    parser.addOption({QStringLiteral("model"), tr("Model id (= run id)."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("car"),
        tr("One car as JSON with the canonical field names, e.g. '{\"brand\":\"BMW\",\"mileage_km\":85000}'."),
        QStringLiteral("JSON")});
    parser.addOption({QStringLiteral("car-file"), tr("The car as a JSON file."), QStringLiteral("FILE.json")});
    parser.addOption({QStringLiteral("dataset"), tr("Explain the model on a dataset version (NAME[@V])."),
        QStringLiteral("NAME[@V]")});
    parser.addOption({QStringLiteral("rows"), tr("Cars sampled from the dataset (default 1000; 0 = all)."),
        QStringLiteral("N"), QStringLiteral("1000")});
    parser.addOption({QStringLiteral("cars"), tr("Dealer sheets of this many sampled cars (default 3)."),
        QStringLiteral("N"), QStringLiteral("3")});
    parser.addOption({QStringLiteral("valuation-date"),
        tr("Sale date assumed when the car has none (YYYY-MM-DD; default today)."), QStringLiteral("DATE")});
}

int ExplainCommand::run(CliContext& context)
{
    const QCommandLineParser& p = context.parser;
    const QString workspace = context.requiredValue(QStringLiteral("workspace"));
    const QString model = context.requiredValue(QStringLiteral("model"));
    if (context.usageFailed)
        return kExitUsage;
    bool ok = false;
    const qint64 modelId = model.toLongLong(&ok);
    if (!ok || modelId <= 0)
        return context.usageError(tr("--model needs a model id (a number), not '%1'").arg(model));
    const int sources = int(p.isSet(QStringLiteral("car"))) + int(p.isSet(QStringLiteral("car-file")))
        + int(p.isSet(QStringLiteral("dataset")));
    if (sources != 1)
        return context.usageError(tr("give exactly one of --car, --car-file or --dataset"));
    if (p.isSet(QStringLiteral("dataset")))
        return explainDataset(context, workspace, modelId);
    return explainCar(context, workspace, modelId);
}

int ExplainCommand::explainCar(CliContext& context, const QString& workspace, qint64 modelId)
{
    const QCommandLineParser& p = context.parser;
    QByteArray text = p.value(QStringLiteral("car")).toUtf8();
    if (p.isSet(QStringLiteral("car-file"))) {
        QFile file(p.value(QStringLiteral("car-file")));
        if (!file.open(QIODevice::ReadOnly))
            return context.failWith(
                {ErrorCode::Io, tr("Cannot read '%1': %2").arg(file.fileName(), file.errorString()), QString()});
        text = file.readAll();
    }
    QString error;
    const auto car = parseCar(text, error);
    if (!car)
        return context.usageError(error);
    QDate date;
    if (const QString d = p.value(QStringLiteral("valuation-date")); !d.isEmpty()) {
        date = QDate::fromString(d, Qt::ISODate);
        if (!date.isValid())
            return context.usageError(tr("--valuation-date must be a date like 2025-06-30, not '%1'").arg(d));
    }
    auto loaded = ExplainService::loadModel(workspace, modelId);
    if (!loaded)
        return context.failWith(loaded.error());
    auto explained = ExplainService::explainCar(*loaded, *car, date);
    if (!explained)
        return context.failWith(explained.error());
    if (context.json()) {
        QJsonObject out = explained->toJson();
        out.insert(QStringLiteral("model"), modelId);
        context.printJson(out);
    } else
        printCar(context, *explained);
    return kExitOk;
}

int ExplainCommand::explainDataset(CliContext& context, const QString& workspace, qint64 modelId)
{
    const QCommandLineParser& p = context.parser;
    auto ref = DatasetRef::parse(p.value(QStringLiteral("dataset")));
    if (!ref)
        return context.usageError(ref.error().userMessage);
    ExplainRequest request;
    request.modelId = modelId;
    request.dataset = *ref;
    bool ok = false;
    request.options.sampleRows = p.value(QStringLiteral("rows")).toLongLong(&ok);
    if (!ok || request.options.sampleRows < 0)
        return context.usageError(tr("--rows must be a whole number >= 0"));
    request.cars = p.value(QStringLiteral("cars")).toInt(&ok);
    if (!ok || request.cars < 0 || request.cars > 1000)
        return context.usageError(tr("--cars must be a number from 0 to 1000"));
    ConsoleProgress progress(tr("Explaining model %1 on %2").arg(modelId).arg(ref->toString()), QStringLiteral("%"));
    auto result = ExplainService::explainDataset(workspace, request, progress.progressFn());
    progress.finish();
    if (!result)
        return context.failWith(result.error());
    if (context.json())
        context.printJson(result->toJson());
    else
        printDataset(context, *result);
    return kExitOk;
}

void ExplainCommand::printCar(CliContext& context, const CarExplanation& car)
{
    context.out << tr("Price %1 (%2 model)").arg(money(car.price), car.learner) << '\n';
    context.out << QStringLiteral("  %1 %2\n").arg(tr("Base value of the model"), -48).arg(money(car.basePrice), 10);
    for (const DealerLine& l : car.dealerLines) {
        if (l.features.isEmpty() && l.amount == 0)
            continue;
        const double shown = l.key == QLatin1String("base") ? l.amount - car.basePrice : l.amount;
        context.out << QStringLiteral("  %1 %2")
                           .arg(l.label, -48)
                           .arg((shown >= 0 ? QStringLiteral("+") : QString()) + money(shown), 10);
        if (!l.carValues.isEmpty())
            context.out << QStringLiteral("   (%1)").arg(
                l.carValues.size() > 100 ? l.carValues.left(99) + QChar(0x2026) : l.carValues);
        context.out << '\n';
    }
    context.out << QStringLiteral("  %1 %2\n").arg(tr("= Price"), -48).arg(money(car.price), 10);
}

void ExplainCommand::printDataset(CliContext& context, const DatasetExplanation& result)
{
    const GlobalExplanation& g = result.global;
    context.out << tr("Model %1 (%2) on %3: %4 of %5 rows explained")
                       .arg(result.modelId)
                       .arg(g.learner, result.datasetRef)
                       .arg(g.summary.rowCount())
                       .arg(g.tableRows)
                << '\n';
    context.out
        << QStringLiteral("  %1 %2 %3\n").arg(tr("feature"), -36).arg(tr("mean |SHAP|"), 12).arg(tr("gain %"), 8);
    for (const FeatureImportance& fi : g.importance.mid(0, kTopFeatures))
        context.out << QStringLiteral("  %1 %2 %3\n")
                           .arg(fi.feature, -36)
                           .arg(fi.meanAbsShap, 12, 'f', 4)
                           .arg(std::isfinite(fi.gainShare) ? QString::number(fi.gainShare * 100, 'f', 1)
                                                            : QStringLiteral("-"),
                               8);
    for (const PartialDependence& pd : g.partialDependence)
        if (!pd.grid.empty())
            context.out << tr("  partial dependence of %1: %2 at %3 -> %4 at %5")
                               .arg(pd.feature, money(pd.average.front()), QString::number(pd.grid.front(), 'g', 4),
                                   money(pd.average.back()), QString::number(pd.grid.back(), 'g', 4))
                        << '\n';
    for (qsizetype i = 0; i < result.cars.size(); ++i) {
        context.out << '\n' << tr("Row %1:").arg(result.carRows[i] + 1) << ' ';
        printCar(context, result.cars[i]);
    }
}

// ---- fairness ---------------------------------------------------------------------------------------------

QString FairnessCommand::summary() const
{
    return tr("Check a model's error by segment (brand, region, fuel, age, price) and store the result.");
}

void FairnessCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption(workspaceOption());
    parser.addOption({QStringLiteral("model"), tr("Model id (= run id)."), QStringLiteral("ID")});
    parser.addOption(
        {QStringLiteral("dataset"), tr("Dataset version to score (NAME[@V])."), QStringLiteral("NAME[@V]")});
    parser.addOption({QStringLiteral("by"),
        tr("Segments, comma-separated: brand, region, fuel, age_band, price_band or any text column "
           "(default all five)."),
        QStringLiteral("LIST")});
    parser.addOption({QStringLiteral("factor"),
        tr("Flag segments whose MAPE exceeds the overall MAPE by more than this factor (default 1.5)."),
        QStringLiteral("F"), QStringLiteral("1.5")});
    parser.addOption({QStringLiteral("min-rows"), tr("Segments with fewer rows are never flagged (default 30)."),
        QStringLiteral("N"), QStringLiteral("30")});
}

int FairnessCommand::run(CliContext& context)
{
    const QCommandLineParser& p = context.parser;
    const QString workspace = context.requiredValue(QStringLiteral("workspace"));
    const QString model = context.requiredValue(QStringLiteral("model"));
    const QString dataset = context.requiredValue(QStringLiteral("dataset"));
    if (context.usageFailed)
        return kExitUsage;
    FairnessRequest request;
    bool ok = false;
    request.modelId = model.toLongLong(&ok);
    if (!ok || request.modelId <= 0)
        return context.usageError(tr("--model needs a model id (a number), not '%1'").arg(model));
    auto ref = DatasetRef::parse(dataset);
    if (!ref)
        return context.usageError(ref.error().userMessage);
    request.dataset = *ref;
    if (p.isSet(QStringLiteral("by"))) {
        request.options.by.clear();
        for (const QString& b : p.value(QStringLiteral("by")).split(QLatin1Char(','), Qt::SkipEmptyParts))
            request.options.by << b.trimmed();
        if (request.options.by.isEmpty())
            return context.usageError(tr("--by needs at least one segment name"));
    }
    request.options.factor = p.value(QStringLiteral("factor")).toDouble(&ok);
    if (!ok || !(request.options.factor > 0))
        return context.usageError(tr("--factor must be a number above 0"));
    request.options.minSegmentRows = p.value(QStringLiteral("min-rows")).toLongLong(&ok);
    if (!ok || request.options.minSegmentRows < 0)
        return context.usageError(tr("--min-rows must be a whole number >= 0"));
    request.actor = context.settings.actingUser();
    ConsoleProgress progress(
        tr("Checking model %1 on %2").arg(request.modelId).arg(ref->toString()), QStringLiteral("%"));
    auto record = FairnessService::run(workspace, request, progress.progressFn());
    progress.finish();
    if (!record)
        return context.failWith(record.error());
    if (context.json())
        context.printJson(record->toJson());
    else
        printRecord(context, *record);
    return kExitOk;
}

void FairnessCommand::printRecord(CliContext& context, const FairnessRecord& record)
{
    const FairnessReport& r = record.report;
    context.out << tr("Fairness check %1 of model %2 on %3: %4 rows, MAE %5, MAPE %6%")
                       .arg(record.id)
                       .arg(record.modelId)
                       .arg(record.datasetRef)
                       .arg(r.count)
                       .arg(money(r.mae))
                       .arg(r.mape * 100, 0, 'f', 2)
                << '\n';
    if (r.outOfFold)
        context.out << tr("  (the model's training data: errors are its out-of-fold validation predictions)") << '\n';
    for (const SegmentError& s : r.segments)
        context.out << QStringLiteral("  %1 %2 %3 %4 %5% %6 %7\n")
                           .arg(s.dimension, -12)
                           .arg(s.segment, -20)
                           .arg(s.count, 7)
                           .arg(money(s.mae), 9)
                           .arg(s.mape * 100, 6, 'f', 2)
                           .arg(s.ratio, 5, 'f', 2)
                           .arg(s.flagged ? tr("FLAGGED") : QString());
    context.out << tr("%n segment(s) flagged (MAPE above %1 x overall, at least %2 rows).", nullptr, r.flaggedCount)
                       .arg(r.options.factor)
                       .arg(r.options.minSegmentRows)
                << '\n';
}

} // namespace valuator
