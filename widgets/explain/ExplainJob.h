// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/explain/ExplainService.h"

#include <QJsonObject>
#include <QList>

namespace valuator {

class Table;

/// What the Explain page's background job hands back: the loaded model (kept for what-ifs on the GUI thread), the
/// dataset explanation and, per explained car, its raw fields as CarExplainer JSON (the plate is left out).
struct ExplainOutcome {
    LoadedModel model;
    DatasetExplanation explanation;
    QList<QJsonObject> cars; ///< same order as explanation.carRows
};

/// The Explain page's long work, run on a worker thread: ExplainService::loadModel, ExplainService::explainDataset
/// and reading the explained cars' fields. Progress in per-mille; returning false cancels (ErrorCode::Cancelled).
class ExplainJob {
    Q_DECLARE_TR_FUNCTIONS(ExplainJob)
public:
    static Result<ExplainOutcome> run(
        const QString& workspacePath, const ExplainRequest& request, const ProgressFn& progress = {});
    /// Row `row` of `table` as CarExplainer JSON: numbers as numbers, dates as ISO text, equipment as "a; b";
    /// plate, sale_price and source_line are left out (personal data / the answer / bookkeeping).
    static QJsonObject carJson(const Table& table, int64_t row);
    /// A short label for people, without the plate: "BMW 1er 2019, 25,299 km".
    static QString carLabel(const QJsonObject& car);
};

} // namespace valuator
