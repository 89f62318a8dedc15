// SPDX-License-Identifier: GPL-3.0-or-later
// Small data and fast settings shared by the training and prediction service tests.
#pragma once

#include "services/import/ImportService.h"
#include "services/training/TrainingService.h"
#include "services/workspace/Database.h"
#include "services/workspace/Workspace.h"

#include <QFile>
#include <QStringList>

namespace valuator::testing {

/// Writes the header and data lines [from, from + count) of a fixture CSV (one record per line in the fixtures)
/// to `path`. Returns false when the fixture cannot be read or has fewer lines.
inline bool writeFixtureSlice(const QString& fixture, const QString& path, int from, int count)
{
    QFile in(QStringLiteral(VALUATOR_FIXTURES_DIR "/") + fixture);
    QFile out(path);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
        return false;
    out.write(in.readLine());
    for (int line = 0; line < from + count; ++line) {
        const QByteArray record = in.readLine();
        if (record.isEmpty())
            return false;
        if (line >= from)
            out.write(record);
    }
    return true;
}

inline Result<ImportResult> importFile(const QString& workspace, const QString& path, const QString& name)
{
    ImportRequest r;
    r.filePath = path;
    r.datasetName = name;
    r.actor = QStringLiteral("tester");
    return ImportService::run(workspace, r);
}

/// 20 shallow trees on one thread: a real XGBoost model in well under a second on 2,000 rows.
inline TrainRequest fastRequest(const QString& dataset, SplitKind split = SplitKind::KFold, int folds = 3)
{
    TrainRequest r;
    r.dataset = *DatasetRef::parse(dataset);
    r.config.learner.learner = QStringLiteral("xgboost");
    r.config.learner.preset = QStringLiteral("balanced");
    r.config.learner.overrides
        = {{QStringLiteral("rounds"), QStringLiteral("20")}, {QStringLiteral("max_depth"), QStringLiteral("4")}};
    r.config.split.kind = split;
    r.config.split.folds = folds;
    r.config.split.seed = 7;
    r.config.threads = 1;
    r.actor = QStringLiteral("anna");
    return r;
}

inline qint64 countRows(const QString& workspace, const QString& sql)
{
    auto ws = Workspace::open(workspace);
    if (!ws)
        return -1;
    auto n = (*ws)->db().queryInt64(sql);
    return n ? *n : -1;
}

} // namespace valuator::testing
