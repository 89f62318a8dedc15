// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/importing/ImportEngine.h"

#include "models/core/ModelsLog.h"
#include "models/core/Privacy.h"
#include "models/csv/CsvReader.h"
#include "models/csv/CsvRecord.h"
#include "models/typing/Utf8Text.h"

#include <QElapsedTimer>

namespace valuator {
namespace {

constexpr qint64 kProgressEvery = 4096;
constexpr qsizetype kRejectBatch = 2048;
constexpr qsizetype kMaxRawChars = 300;

// The record as text for a reject, with the licence plate masked (personal data; the line number finds it).
QString joinedRecord(const CsvRecord& record, char delimiter, int plateColumn)
{
    QByteArray raw;
    for (qsizetype i = 0; i < record.size() && raw.size() < kMaxRawChars * 2; ++i) {
        if (i)
            raw.append(delimiter);
        if (i == plateColumn)
            raw.append(maskPlateUtf8(record[i]));
        else
            raw.append(record[i].data(), qsizetype(record[i].size()));
    }
    QString text = QString::fromUtf8(raw);
    if (text.size() > kMaxRawChars)
        text = text.left(kMaxRawChars) + QStringLiteral("…");
    return text;
}

} // namespace

ImportEngine::ImportEngine(ImportSettings settings)
    : m_settings(std::move(settings))
{
}

Result<ImportEngine> ImportEngine::create(const ImportSettings& settings)
{
    if (settings.headers.isEmpty())
        return fail(ErrorCode::InvalidArgument, tr("The file has no columns."));
    if (settings.chunkRows < 1)
        return fail(ErrorCode::InvalidArgument, tr("The chunk size must be at least one row."));
    if (Status valid = settings.mapping.validate(settings.headers); !valid)
        return fail(valid.error());
    ImportEngine engine(settings);
    QStringList usedNames;
    for (const FieldDef& def : CarSchema::fields()) {
        if (!settings.mapping.source(def.field).isMapped())
            continue;
        auto reader = FieldReader::create(def, engine.m_settings);
        if (!reader)
            return fail(reader.error());
        engine.m_outputs.push_back(
            {QLatin1String(def.key), QLatin1String(def.key), reader->columnType(), reader->sourceDescription()});
        usedNames << QLatin1String(def.key);
        engine.m_readers.push_back(std::move(*reader));
    }
    for (const QString& header : settings.mapping.extraColumns(settings.headers)) {
        QString name = header;
        while (usedNames.contains(name) || name == sourceLineColumnName())
            name += QStringLiteral("_extra");
        usedNames << name;
        engine.m_extraColumns.push_back(int(settings.headers.indexOf(header)));
        engine.m_outputs.push_back({name, QString(), ColumnType::Text, header});
    }
    engine.m_outputs.push_back({sourceLineColumnName(), QString(), ColumnType::Int64, tr("line number")});
    return engine;
}

std::vector<Column> ImportEngine::freshChunk() const
{
    std::vector<Column> chunk;
    chunk.reserve(m_outputs.size());
    for (const OutputColumn& out : m_outputs) {
        chunk.emplace_back(out.name, out.type);
        chunk.back().reserve(m_settings.chunkRows);
    }
    return chunk;
}

void ImportEngine::rejectRecord(
    const CsvRecord& record, const QString& column, const QString& reason, const QString& code)
{
    const FieldSource& plate = m_settings.mapping.source(CarField::Plate);
    const int plateColumn
        = plate.kind == FieldSource::Kind::Column ? int(m_settings.headers.indexOf(plate.column)) : -1;
    m_rejects.append(
        {record.line, column, joinedRecord(record, m_settings.dialect.delimiter, plateColumn), reason, code});
    ++m_stats.rowsRejected;
    ++m_stats.rejectEntries;
}

ImportEngine::RowOutcome ImportEngine::processRecord(const CsvRecord& record, const SlashOrders* orders)
{
    bool rejected = false;
    bool pending = false;
    for (size_t i = 0; i < m_readers.size(); ++i) {
        ImportReject reject;
        const auto order = orders ? (*orders)[i] : std::nullopt;
        switch (m_readers[i].parse(record, m_values[i], reject, order)) {
        case CellStatus::Ok:
            break;
        case CellStatus::AmbiguousDate:
            pending = true;
            break;
        case CellStatus::Invalid:
            reject.line = record.line;
            m_rejects.append(std::move(reject));
            ++m_stats.rejectEntries;
            rejected = true;
            break;
        }
    }
    if (rejected) {
        ++m_stats.rowsRejected;
        return RowOutcome::Rejected;
    }
    if (pending)
        return RowOutcome::Pending;
    for (size_t i = 0; i < m_readers.size(); ++i) {
        m_readers[i].append(m_values[i], m_chunk[i]);
        if (m_readers[i].def().type == FieldType::Date && !m_values[i].missing) {
            if (m_values[i].dateFormat == DateFormat::DayMonthYearSlash)
                ++m_dmyEvidence[i];
            else if (m_values[i].dateFormat == DateFormat::MonthDayYearSlash)
                ++m_mdyEvidence[i];
        }
    }
    const size_t base = m_readers.size();
    const MissingValues& missing = m_settings.inference.missing;
    for (size_t e = 0; e < m_extraColumns.size(); ++e) {
        const std::string_view field = record[m_extraColumns[e]];
        m_extraProfiles[e].add(field, record.line);
        const std::string_view trimmed = Utf8Text::trimmed(field);
        if (missing.isMissingTrimmed(trimmed))
            m_chunk[base + e].appendNull();
        else
            m_chunk[base + e].appendText(trimmed);
    }
    m_chunk.back().appendInt(record.line);
    ++m_stats.rowsImported;
    return RowOutcome::Stored;
}

Status ImportEngine::flushChunk(ChunkSink& sink)
{
    if (m_chunk.empty() || m_chunk.back().size() == 0)
        return {};
    Status written = sink.writeChunk(m_chunk);
    m_chunk = freshChunk();
    return written;
}

Status ImportEngine::flushRejects(ChunkSink& sink, bool force)
{
    if (m_rejects.isEmpty() || (!force && m_rejects.size() < kRejectBatch))
        return {};
    Status written = sink.writeRejects(m_rejects);
    m_rejects.clear();
    return written;
}

Status ImportEngine::resolvePending(ChunkSink& sink)
{
    if (m_pending.empty())
        return {};
    // Per date field: the order the rest of the column proves, if it proves exactly one.
    SlashOrders orders(m_readers.size());
    for (size_t i = 0; i < m_readers.size(); ++i) {
        if (m_dmyEvidence[i] > 0 && m_mdyEvidence[i] == 0)
            orders[i] = DateFormat::DayMonthYearSlash;
        else if (m_mdyEvidence[i] > 0 && m_dmyEvidence[i] == 0)
            orders[i] = DateFormat::MonthDayYearSlash;
    }
    CsvRecord record;
    for (const PendingRow& row : m_pending) {
        record.fields.assign(row.fields.begin(), row.fields.end());
        record.line = row.line;
        if (processRecord(record, &orders) == RowOutcome::Pending) {
            rejectRecord(record, QString(),
                tr("a date reads both as day/month and as month/day, and the rest of its column does not "
                   "say which"),
                QStringLiteral("ambiguous_date"));
        }
        if (m_chunk.back().size() >= m_settings.chunkRows) {
            if (Status s = flushChunk(sink); !s)
                return s;
        }
    }
    m_pending.clear();
    return {};
}

Result<ImportStats> ImportEngine::run(ByteSource& source, ChunkSink& sink, const ProgressFn& progress)
{
    m_stats = {};
    m_chunk = freshChunk();
    m_values.assign(m_readers.size(), FieldValue {});
    m_extraProfiles.assign(m_extraColumns.size(), ColumnProfiler(m_settings.inference));
    m_dmyEvidence.assign(m_readers.size(), 0);
    m_mdyEvidence.assign(m_readers.size(), 0);
    m_pending.clear();
    m_rejects.clear();

    CsvReader reader(source, m_settings.dialect);
    CsvRecord record;
    bool headerPending = m_settings.hasHeader;
    const qsizetype columns = m_settings.headers.size();
    while (true) {
        const Result<bool> more = reader.next(record);
        if (!more)
            return fail(more.error());
        if (!*more)
            break;
        if (headerPending) {
            headerPending = false;
            continue;
        }
        ++m_stats.recordsRead;
        if (!record.problem.isNone()) {
            rejectRecord(record, m_settings.headers.value(record.problem.column), record.problem.message(),
                CsvProblem::kindName(record.problem.kind));
        } else if (record.size() != columns) {
            rejectRecord(record, QString(),
                tr("expected %1 fields as in the header, found %2").arg(columns).arg(record.size()),
                QStringLiteral("field_count"));
        } else if (processRecord(record, nullptr) == RowOutcome::Pending) {
            if (qsizetype(m_pending.size()) < kMaxPendingRows)
                m_pending.push_back({record.line, record.toStrings()});
            else
                rejectRecord(
                    record, QString(), tr("too many ambiguous dates to hold back"), QStringLiteral("ambiguous_date"));
        }
        if (m_chunk.back().size() >= m_settings.chunkRows) {
            if (Status s = flushChunk(sink); !s)
                return fail(s.error());
        }
        if (Status s = flushRejects(sink, false); !s)
            return fail(s.error());
        if (m_stats.recordsRead % kProgressEvery == 0
            && !reportProgress(progress, reader.bytesConsumed(), reader.totalBytes()))
            return fail(Error::cancelled());
    }
    if (Status s = resolvePending(sink); !s)
        return fail(s.error());
    if (Status s = flushChunk(sink); !s)
        return fail(s.error());
    if (Status s = flushRejects(sink, true); !s)
        return fail(s.error());
    m_stats.bytesRead = reader.bytesConsumed();
    m_stats.lastLine = reader.currentLine() - 1;
    for (size_t e = 0; e < m_extraColumns.size(); ++e)
        m_stats.extraTypes.append({m_settings.headers.value(m_extraColumns[e]), m_extraProfiles[e].propose()});
    reportProgress(progress, reader.bytesConsumed(), reader.totalBytes());
    return m_stats;
}

} // namespace valuator
