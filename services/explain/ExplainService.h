// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/explain/CarExplanation.h"
#include "models/explain/GlobalExplainer.h"
#include "services/datasets/DatasetTypes.h"
#include "services/training/TrainingService.h"

#include <QCoreApplication>
#include <QDate>

namespace valuator {

/// What to explain on a dataset.
struct ExplainRequest {
    qint64 modelId = 0; ///< model id (= training run id)
    DatasetRef dataset; ///< the dataset version whose cars are explained
    GlobalExplainOptions options; ///< sample size, ICE curves, PDP features, seed
    int cars = 5; ///< per-car explanations (dealer sheets) of the first this many sampled rows; 0 = none
};

/// A global explanation of a model on a dataset version plus a few per-car explanations.
struct DatasetExplanation {
    qint64 modelId = 0; ///< the model explained
    QString datasetRef; ///< "name@version" of the explained dataset version
    GlobalExplanation global; ///< importance, beeswarm, PDP/ICE, coefficients
    QList<int64_t> carRows; ///< dataset rows of `cars` (0-based)
    QList<CarExplanation> cars; ///< per-car explanations, same order as carRows

    /// GlobalExplanation::toJson() plus {"model","dataset","cars": [{"row", ...CarExplanation::toJson()}]}
    QJsonObject toJson(bool withSummary = false) const;
};

/// Explanations of stored models: "why this price" for one car (what-if) and for the whole model.
///
/// explainCar() is pure computation on an already loaded model (no database): cheap enough (< 20 ms, typically
/// ~1 ms) for the GUI to call on every what-if edit. explainDataset() opens its own workspace connection, loads
/// the model and the dataset version and runs synchronously (minutes at most; run it as a job); `progress`
/// covers loading then explaining, in per-mille; returning false cancels with ErrorCode::Cancelled.
class ExplainService {
    Q_DECLARE_TR_FUNCTIONS(ExplainService)
public:
    /// Loads model `modelId` on its own connection to `workspacePath` (for the GUI to keep for what-ifs).
    /// NotFound when there is no such model or the run has no stored model.
    static Result<LoadedModel> loadModel(const QString& workspacePath, qint64 modelId);
    /// One car (JSON keyed by CarSchema keys, see CarExplainer::carTable) valued at `valuationDate` when it has no
    /// sale_date (invalid = today).
    static Result<CarExplanation> explainCar(
        const LoadedModel& model, const QJsonObject& car, const QDate& valuationDate = {});
    static Result<DatasetExplanation> explainDataset(
        const QString& workspacePath, const ExplainRequest& request, const ProgressFn& progress = {});
};

} // namespace valuator
