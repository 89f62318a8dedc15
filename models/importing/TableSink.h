// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/importing/ImportEngine.h"
#include "models/importing/ImportPlanner.h"
#include "models/table/Table.h"

namespace valuator {

/// A ChunkSink that gathers the import into one in-memory Table (and the rejects into a list). For tests,
/// batch prediction input and small files; the workspace import streams chunks to a DatasetWriter instead.
class TableSink : public ChunkSink {
public:
    Status writeChunk(const std::vector<Column>& columns) override;
    Status writeRejects(const QList<ImportReject>& rejects) override;

    Table& table() { return m_table; }
    const QList<ImportReject>& rejects() const { return m_rejects; }

private:
    Table m_table;
    QList<ImportReject> m_rejects;
};

/// Convenience: plans and imports `csv` (the whole file in memory) with the detected dialect and the
/// auto-mapping, into a Table. `overrides` as for ImportPlanner::plan.
struct InMemoryImport {
    Table table;
    QList<ImportReject> rejects;
    ImportStats stats;
    std::vector<OutputColumn> columns;
};
Result<InMemoryImport> importCsvToTable(const QByteArray& csv, const ImportOverrides& overrides);
Result<InMemoryImport> importCsvToTable(const QByteArray& csv);

} // namespace valuator
