// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Progress.h"
#include "models/core/Result.h"
#include "services/training/RunRecord.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <vector>

namespace valuator {

/// One run as the compare charts need it: the record, its out-of-fold predictions and, per predicted row, the
/// segment attributes read from the run's dataset version.
struct ComparedRun {
    RunRecord run;
    RunPredictions predictions;
    QStringList brand; ///< per prediction; empty text when unknown
    std::vector<int> ageYears; ///< per prediction: sale year - model year, -1 when unknown
};

/// The runs selected for comparison, in selection order.
struct CompareData {
    QList<ComparedRun> runs;
};

/// Loads what the compare charts show. Runs on a worker thread (it decodes dataset versions): opens its own
/// workspace connection, reads each run and its predictions (RunStore) and the brand, model_year and sale_date
/// columns of each dataset version involved (DatasetStore::loadTable, once per version). `progress` counts runs;
/// returning false cancels with ErrorCode::Cancelled.
class CompareLoader {
    Q_DECLARE_TR_FUNCTIONS(CompareLoader)
public:
    static Result<CompareData> load(
        const QString& workspacePath, const QList<qint64>& runIds, const ProgressFn& progress = {});
};

} // namespace valuator
