// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Workspace content for the Datasets page tests: imports through the real ImportService.

#include "models/schema/CarSchema.h"
#include "services/import/ImportService.h"

#include <QFile>
#include <QtGlobal>

/// Imports `path` as dataset `name` (appending a version when `append`) by "tester"; aborts the test run on failure
/// (every later check depends on it).
inline valuator::ImportResult importFile(
    const QString& workspace, const QString& path, const QString& name, bool append = false)
{
    valuator::ImportRequest request;
    request.filePath = path;
    request.datasetName = name;
    request.append = append;
    request.actor = QStringLiteral("tester");
    auto result = valuator::ImportService::run(workspace, request);
    if (!result)
        qFatal("import of %s failed: %s", qPrintable(name), qPrintable(result.error().userMessage));
    return *result;
}

/// Writes a CSV of 1,250 rows to `path`: 1,200 with text in mileage_km (each one reject entry), 50 good ones.
inline bool writeBadCsv(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write("brand,model,model_year,mileage_km,sale_date,sale_price\n");
    for (int i = 0; i < 1250; ++i)
        f.write(i % 25 == 0 ? "VW,Golf,2015,100000,2020-01-02,9000\n" : "VW,Golf,2015,lots,2020-01-02,9000\n");
    return true;
}

/// What the page should show as the header of a column.
inline QString expectedHeader(const valuator::ColumnInfo& column)
{
    if (const valuator::FieldDef* def = valuator::CarSchema::byKey(column.field))
        return valuator::CarSchema::displayName(def->field);
    return column.name == QLatin1String("source_line") ? QStringLiteral("Source line") : column.name;
}
