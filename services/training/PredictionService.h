// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Progress.h"
#include "models/importing/ImportPlanner.h"
#include "services/datasets/DatasetTypes.h"

#include <QCoreApplication>
#include <QDate>

namespace valuator {

/// Batch scoring of a CSV with a stored model.
struct PredictRequest {
    qint64 modelId = 0;
    QString inputPath;
    QString outputPath;
    ImportOverrides overrides; ///< dialect and mapping, as for imports
    QDate valuationDate; ///< the sale date assumed where the file has none; invalid = today
    bool showPlates = false; ///< plates are personal data: masked in the output unless asked
};

struct PredictResult {
    qint64 modelId = 0;
    qint64 rowsRead = 0;
    qint64 rowsScored = 0;
    qint64 rowsUnscored = 0;
    QList<RejectedRow> unscored; ///< line and reason of each record that could not be scored (first 100,000)
    QJsonObject unseenCategories; ///< feature -> rows scored with a category the model never saw
    QStringList missingColumns; ///< columns the model needs that the file lacks (their features count as missing)
    QString outputPath;
    double seconds = 0;
    QJsonObject toJson() const;
};

/// Progress of a batch prediction, in two stages with their own units, so a caller can show "45% (178,000 /
/// 395,944 bytes)" while reading and "80% (800 / 1,000 rows)" while scoring. Either may be empty; returning false
/// from either cancels (ErrorCode::Cancelled, and no output file is written).
struct PredictProgress {
    ProgressFn reading; ///< bytes of the input file read, of its size
    ProgressFn scoring; ///< rows scored, of the rows read (called once with 0 before the first chunk)
};

/// Reads a CSV in any dialect the importer reads, turns it into the model's features and writes the input's
/// canonical columns plus `predicted_price` (and `error_pct` where the file has a price). Records that cannot be
/// read are reported with line and reason and left out of the output. Rows with categories the model never saw
/// are scored (the category counts as missing) and counted. A price column is optional; a file without sale
/// dates is valued at the valuation date.
///
/// Synchronous, on the calling thread with its own workspace connection; the output is written through a
/// QSaveFile, so a failure or cancel leaves no partial file.
class PredictionService {
    Q_DECLARE_TR_FUNCTIONS(PredictionService)
public:
    static Result<PredictResult> predict(
        const QString& workspacePath, const PredictRequest& request, const PredictProgress& progress = {});
};

} // namespace valuator
