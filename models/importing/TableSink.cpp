// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/importing/TableSink.h"

#include "models/csv/MemoryByteSource.h"
#include "models/importing/ImportPlanner.h"

namespace valuator {

Status TableSink::writeChunk(const std::vector<Column>& columns)
{
    if (m_table.columnCount() == 0) {
        for (const Column& c : columns)
            m_table.addColumn(Column(c.name(), c.type()));
    }
    for (size_t i = 0; i < columns.size(); ++i)
        m_table.column(int(i)).appendAll(columns[i]);
    return {};
}

Status TableSink::writeRejects(const QList<ImportReject>& rejects)
{
    m_rejects += rejects;
    return {};
}

Result<InMemoryImport> importCsvToTable(const QByteArray& csv, const ImportOverrides& overrides)
{
    auto preview = ImportPlanner::plan(csv, true, overrides);
    if (!preview)
        return fail(preview.error());
    auto engine = ImportEngine::create(preview->settings);
    if (!engine)
        return fail(engine.error());
    MemoryByteSource source(csv);
    TableSink sink;
    auto stats = engine->run(source, sink, {});
    if (!stats)
        return fail(stats.error());
    InMemoryImport out {std::move(sink.table()), sink.rejects(), *stats, engine->outputColumns()};
    if (out.table.columnCount() == 0) // no rows: still give the table its columns
        for (const OutputColumn& c : out.columns)
            out.table.addColumn(Column(c.name, c.type));
    return out;
}

Result<InMemoryImport> importCsvToTable(const QByteArray& csv)
{
    return importCsvToTable(csv, ImportOverrides {});
}

} // namespace valuator
