// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/validation/Metrics.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace valuator {

/// A stored training run: what was trained on what, how, by whom, and how well. The model itself is a blob in
/// the `models` table under the same id (the model id is the run id).
struct RunRecord {
    qint64 id = 0;
    QString name;
    QStringList tags;
    QString learner;
    qint64 datasetVersionId = 0;
    QString datasetRef; ///< "name@version" at training time
    QString datasetSha256; ///< content hash of the dataset version
    QString qualityGate; ///< gate at training time: pass / warn / fail
    QString gateOverride; ///< reason when trained despite a failed gate
    QJsonObject config; ///< TrainingConfig: learner+preset+overrides, features, split, threads
    QJsonObject parameters; ///< the learner's resolved parameters
    QJsonObject featureSpec;
    QJsonArray folds; ///< FoldResult::toJson per fold
    Metrics metrics; ///< pooled out-of-fold
    QJsonObject curve; ///< learning curves {"final": [...], "folds": [[...]]}
    double seconds = 0;
    QJsonObject versions; ///< library versions
    QString gitRevision;
    QString createdAt;
    QString createdBy;
    bool hasModel = false;

    /// The CLI's `runs --json` entry and `train --json` (with `run`, `model`, `metrics`, `folds`, `seconds`).
    QJsonObject toJson() const;
};

/// Out-of-fold predictions of a run, for charts (predicted vs actual, residuals, error by segment).
struct RunPredictions {
    std::vector<qint64> rows; ///< dataset rows
    std::vector<double> actual; ///< prices
    std::vector<double> predicted; ///< prices
    QByteArray encode() const;
    static RunPredictions decode(const QByteArray& bytes);
};

} // namespace valuator
