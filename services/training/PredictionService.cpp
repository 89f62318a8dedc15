// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/training/PredictionService.h"

#include "models/core/Privacy.h"
#include "models/importing/ImportEngine.h"
#include "models/importing/TableSink.h"
#include "services/import/FileByteSource.h"
#include "services/training/TrainingService.h"
#include "services/workspace/Workspace.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace valuator {
namespace {

constexpr qsizetype kMaxUnscoredInResult = 100000;

QString csvField(QString text)
{
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n'))) {
        text.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

/// Prices and sale dates are optional when scoring: a missing price is just not compared, a missing sale date
/// is the valuation date.
void relaxMapping(ImportSettings& settings, const QDate& valuationDate)
{
    ColumnMapping& m = settings.mapping;
    if (!m.source(CarField::SalePrice).isMapped())
        m.setSource(CarField::SalePrice, {FieldSource::Kind::Constant, {}, QStringLiteral("0"), {}});
    if (!m.source(CarField::SaleDate).isMapped())
        m.setSource(CarField::SaleDate, {FieldSource::Kind::Constant, {}, valuationDate.toString(Qt::ISODate), {}});
}

Status writeOutput(const QString& path, const Table& table, const std::vector<double>& predicted, bool showPlates)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io, PredictionService::tr("Cannot write '%1': %2").arg(path, file.errorString()));
    QStringList columns;
    for (const Column& c : table.columns())
        columns << c.name();
    const int plate = table.indexOf(QStringLiteral("plate"));
    const int price = table.indexOf(QStringLiteral("sale_price"));
    QString text = columns.join(QLatin1Char(',')) + QStringLiteral(",predicted_price,error_pct\n");
    for (int64_t r = 0; r < table.rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < table.columnCount(); ++c) {
            QString value = table.column(c).displayText(r);
            if (c == plate && !showPlates)
                value = maskPlate(value);
            cells << csvField(value);
        }
        const double actual = price >= 0 ? table.column(price).number(r) : std::nan("");
        const bool hasActual = actual > 0;
        cells << QString::number(std::round(predicted[size_t(r)]), 'f', 0)
              << (hasActual ? QString::number(100.0 * (predicted[size_t(r)] - actual) / actual, 'f', 2) : QString());
        text += cells.join(QLatin1Char(',')) + QLatin1Char('\n');
        if (text.size() > (1 << 22)) {
            file.write(text.toUtf8());
            text.clear();
        }
    }
    file.write(text.toUtf8());
    if (!file.commit())
        return fail(ErrorCode::Io, PredictionService::tr("Cannot write '%1': %2").arg(path, file.errorString()));
    return {};
}

/// Rows per transform/predict call: small enough for ~20 progress steps, large enough to keep the per-call
/// overhead of the learner negligible.
qint64 scoringChunk(qint64 rows)
{
    return std::clamp<qint64>(rows / 20, 500, 50000);
}

/// Scores `table` chunk by chunk into `prices` (currency), reporting rows done of all rows to `progress`.
Status scoreTable(const LoadedModel& loaded, const Table& table, std::vector<double>& prices, TransformReport& report,
    const ProgressFn& progress)
{
    const qint64 rows = table.rowCount();
    prices.assign(size_t(rows), std::nan(""));
    if (!reportProgress(progress, 0, rows))
        return fail(Error::cancelled());
    const qint64 chunk = scoringChunk(rows);
    loaded.model->expectRows(rows); // the chunks are small; the model may prepare for the whole batch
    std::vector<int64_t> indices;
    for (qint64 from = 0; from < rows; from += chunk) {
        const qint64 to = std::min(rows, from + chunk);
        indices.resize(size_t(to - from));
        std::iota(indices.begin(), indices.end(), int64_t(from));
        TransformReport part;
        auto features = loaded.spec.transform(table, indices, &part);
        if (!features)
            return fail(features.error());
        auto raw = loaded.model->predict(*features);
        if (!raw)
            return fail(raw.error());
        for (size_t i = 0; i < raw->size() && i < indices.size(); ++i)
            prices[size_t(from) + i] = loaded.spec.toPrice((*raw)[i]);
        report.merge(part);
        if (!reportProgress(progress, to, rows))
            return fail(Error::cancelled());
    }
    return {};
}

Result<Table> readInput(
    const PredictRequest& request, ImportStats& stats, QList<ImportReject>& rejects, const ProgressFn& progress)
{
    const QString fileName = QFileInfo(request.inputPath).fileName();
    bool whole = false;
    auto head = FileByteSource::head(request.inputPath, 1 << 20, &whole);
    if (!head)
        return fail(head.error());
    auto preview = ImportPlanner::plan(*head, whole, request.overrides);
    if (!preview)
        return fail(preview.error().code, PredictionService::tr("%1: %2").arg(fileName, preview.error().userMessage),
            preview.error().detail);
    relaxMapping(preview->settings, request.valuationDate.isValid() ? request.valuationDate : QDate::currentDate());
    auto engine = ImportEngine::create(preview->settings);
    if (!engine)
        return fail(engine.error().code, PredictionService::tr("%1: %2").arg(fileName, engine.error().userMessage),
            engine.error().detail);
    auto source = FileByteSource::open(request.inputPath);
    if (!source)
        return fail(source.error());
    TableSink sink;
    auto ran = engine->run(**source, sink, progress);
    if (!ran)
        return fail(ran.error());
    stats = *ran;
    rejects = sink.rejects();
    Table table = std::move(sink.table());
    if (table.columnCount() == 0)
        for (const OutputColumn& c : engine->outputColumns())
            table.addColumn(Column(c.name, c.type));
    return table;
}

} // namespace

QJsonObject PredictResult::toJson() const
{
    QJsonArray list;
    for (const RejectedRow& r : unscored)
        list.append(r.toJson());
    return {{QStringLiteral("model"), modelId}, {QStringLiteral("rows_read"), rowsRead},
        {QStringLiteral("rows_scored"), rowsScored}, {QStringLiteral("rows_unscored"), rowsUnscored},
        {QStringLiteral("unscored"), list}, {QStringLiteral("unseen_categories"), unseenCategories},
        {QStringLiteral("missing_columns"), QJsonArray::fromStringList(missingColumns)},
        {QStringLiteral("output"), outputPath}, {QStringLiteral("seconds"), seconds}};
}

Result<PredictResult> PredictionService::predict(
    const QString& workspacePath, const PredictRequest& request, const PredictProgress& progress)
{
    QElapsedTimer clock;
    clock.start();
    auto ws = Workspace::open(workspacePath);
    if (!ws)
        return fail(ws.error());
    auto loaded = TrainingService::loadModel((*ws)->db(), request.modelId);
    if (!loaded)
        return fail(loaded.error());
    if (!loaded->model)
        return fail(ErrorCode::NotFound, tr("Run %1 has no stored model to predict with.").arg(request.modelId));

    ImportStats stats;
    QList<ImportReject> rejects;
    auto table = readInput(request, stats, rejects, progress.reading);
    if (!table)
        return fail(table.error());
    std::vector<double> prices;
    TransformReport report;
    if (Status scored = scoreTable(*loaded, *table, prices, report, progress.scoring); !scored)
        return fail(scored.error());
    if (Status written = writeOutput(request.outputPath, *table, prices, request.showPlates); !written)
        return fail(written.error());

    PredictResult result;
    result.modelId = request.modelId;
    result.rowsRead = stats.recordsRead;
    result.rowsScored = table->rowCount();
    result.rowsUnscored = stats.rowsRejected;
    for (const ImportReject& r : rejects)
        if (result.unscored.size() < kMaxUnscoredInResult)
            result.unscored.append({r.line, r.column, r.raw, r.reason});
    for (const auto& [feature, count] : report.unseenCategories)
        result.unseenCategories.insert(feature, count);
    result.missingColumns = report.missingColumns;
    result.outputPath = request.outputPath;
    result.seconds = clock.elapsed() / 1000.0;
    return result;
}

} // namespace valuator
