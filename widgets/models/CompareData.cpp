// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/models/CompareData.h"

#include "models/quality/CivilDate.h"
#include "models/table/Table.h"
#include "services/datasets/DatasetStore.h"
#include "services/training/RunStore.h"
#include "services/workspace/Workspace.h"

#include <QHash>

#include <cmath>

namespace valuator {
namespace {

const QString kBrand = QStringLiteral("brand");
const QString kModelYear = QStringLiteral("model_year");
const QString kSaleDate = QStringLiteral("sale_date");

/// The segment columns the version has (loading a missing column would fail).
Result<Table> segmentTable(Database& db, qint64 versionId)
{
    auto version = DatasetStore::version(db, versionId);
    if (!version)
        return fail(version.error());
    QStringList wanted;
    for (const ColumnInfo& c : version->columns)
        if (c.name == kBrand || c.name == kModelYear || c.name == kSaleDate)
            wanted << c.name;
    if (wanted.isEmpty())
        return Table();
    return DatasetStore::loadTable(db, versionId, wanted);
}

void fillSegments(ComparedRun& out, const Table& table)
{
    const Column* brand = table.find(kBrand);
    const Column* year = table.find(kModelYear);
    const Column* date = table.find(kSaleDate);
    const std::vector<qint64>& rows = out.predictions.rows;
    out.brand.reserve(qsizetype(rows.size()));
    out.ageYears.reserve(rows.size());
    for (qint64 row : rows) {
        const bool inTable = row >= 0 && row < table.rowCount();
        out.brand << (inTable && brand ? brand->displayText(row) : QString());
        int age = -1;
        if (inTable && year && date && date->type() == ColumnType::Date && !date->isNull(row)) {
            const double modelYear = year->number(row);
            if (std::isfinite(modelYear))
                age = std::max(0, CivilDate::yearOf(date->days()[size_t(row)]) - int(modelYear));
        }
        out.ageYears.push_back(age);
    }
}

} // namespace

Result<CompareData> CompareLoader::load(
    const QString& workspacePath, const QList<qint64>& runIds, const ProgressFn& progress)
{
    auto ws = Workspace::open(workspacePath);
    if (!ws)
        return fail(ws.error());
    Database& db = (*ws)->db();
    QHash<qint64, Table> tables; // by dataset version id
    CompareData data;
    for (qsizetype i = 0; i < runIds.size(); ++i) {
        if (progress && !progress(i, runIds.size()))
            return fail(Error::cancelled());
        ComparedRun compared;
        auto run = RunStore::run(db, runIds.at(i));
        if (!run)
            return fail(run.error());
        auto predictions = RunStore::predictions(db, runIds.at(i));
        if (!predictions)
            return fail(predictions.error());
        compared.run = std::move(*run);
        compared.predictions = std::move(*predictions);
        const qint64 versionId = compared.run.datasetVersionId;
        if (!tables.contains(versionId)) {
            auto table = segmentTable(db, versionId);
            // A deleted dataset version still lets the run be compared, just without segments.
            tables.insert(versionId, table ? std::move(*table) : Table());
        }
        fillSegments(compared, *tables.constFind(versionId));
        data.runs.append(std::move(compared));
    }
    if (progress)
        progress(runIds.size(), runIds.size());
    return data;
}

} // namespace valuator
