// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Progress.h"
#include "models/core/Result.h"
#include "models/importing/FieldReader.h"
#include "models/importing/ImportTypes.h"
#include "models/typing/ColumnProfiler.h"

#include <QCoreApplication>

#include <vector>

namespace valuator {

class ByteSource;
struct CsvRecord;

/// Where the engine delivers its output: a dataset writer in services, a Table in tests.
class ChunkSink {
public:
    virtual ~ChunkSink() = default;
    /// One chunk of rows: a Column per OutputColumn, in order, all the same size (fresh dictionaries per chunk).
    virtual Status writeChunk(const std::vector<Column>& columns) = 0;
    /// Rejected cells and records, in batches, in line order within a batch.
    virtual Status writeRejects(const QList<ImportReject>& rejects) = 0;
};

/// The CSV import core: reads a whole file through CsvReader, turns every record into a typed row of the car
/// schema (plus extra columns kept as text and the source line), and hands rows to a ChunkSink in chunks of
/// settings.chunkRows, so memory stays bounded whatever the file size. A record or cell that cannot be read is
/// an ImportReject with line, column, raw text and reason: nothing is dropped silently.
///
/// Slash dates that read both ways (03/04/2024) in a column whose layout is another one are held back until the
/// end of the file, then read in the order the rest of that column proves (13/04 or 04/13 seen), or rejected as
/// ambiguous when the column does not decide it.
///
/// Synchronous, on the caller's thread; cancels through the ProgressFn (ErrorCode::Cancelled). Progress unit:
/// source bytes.
class ImportEngine {
    Q_DECLARE_TR_FUNCTIONS(ImportEngine)
public:
    /// Validates the settings (mapping complete, columns exist, fields readable) and prepares the readers.
    static Result<ImportEngine> create(const ImportSettings& settings);

    const std::vector<OutputColumn>& outputColumns() const { return m_outputs; }
    const ImportSettings& settings() const { return m_settings; }

    Result<ImportStats> run(ByteSource& source, ChunkSink& sink, const ProgressFn& progress);

    /// Rows held for ambiguous dates beyond this many are rejected at once (bounded memory).
    static constexpr qsizetype kMaxPendingRows = 100000;

private:
    enum class RowOutcome { Stored, Rejected, Pending };
    using SlashOrders = std::vector<std::optional<DateFormat>>;

    explicit ImportEngine(ImportSettings settings);
    RowOutcome processRecord(const CsvRecord& record, const SlashOrders* orders);
    void rejectRecord(const CsvRecord& record, const QString& column, const QString& reason, const QString& code);
    Status flushChunk(ChunkSink& sink);
    Status flushRejects(ChunkSink& sink, bool force);
    Status resolvePending(ChunkSink& sink);
    std::vector<Column> freshChunk() const;

    ImportSettings m_settings;
    std::vector<FieldReader> m_readers;
    std::vector<int> m_extraColumns; ///< source column index of each extra output column
    std::vector<OutputColumn> m_outputs;

    // Run state.
    std::vector<Column> m_chunk;
    std::vector<FieldValue> m_values;
    std::vector<ColumnProfiler> m_extraProfiles;
    std::vector<qint64> m_dmyEvidence;
    std::vector<qint64> m_mdyEvidence;
    struct PendingRow {
        qint64 line;
        std::vector<std::string> fields;
    };
    std::vector<PendingRow> m_pending;
    QList<ImportReject> m_rejects;
    ImportStats m_stats;
};

} // namespace valuator
