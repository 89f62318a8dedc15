// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/typing/ColumnProfiler.h"

#include <QList>

#include <string>
#include <string_view>
#include <vector>

namespace valuator {

/// Type inference for a whole table: one ColumnProfiler per column. Feed records (or single cells on the hot
/// path), then propose() from a sample or check() a sample's proposals against the full data; see ColumnProfiler
/// for the propose/confirm cycle. A record with fewer fields than columns counts the absent fields as missing;
/// extra fields are ignored (the CSV reader reports ragged rows). Not thread-safe; merge() per-thread instances.
class TypeInference {
public:
    explicit TypeInference(int columnCount = 0, const InferenceOptions& options = {});

    int columnCount() const { return int(m_columns.size()); }

    /// Hot path: one cell.
    void add(int column, std::string_view field, qint64 line) { m_columns[size_t(column)].add(field, line); }
    void addRecord(const std::vector<std::string_view>& fields, qint64 line);
    void addRecord(const std::vector<std::string>& fields, qint64 line);
    /// Feeds records[first..]; record i gets line `firstLine + (i - first)` (use the CSV line of records[first]).
    void addRecords(const std::vector<std::vector<std::string>>& records, size_t first, qint64 firstLine);
    void merge(const TypeInference& other);

    const ColumnProfiler& column(int index) const { return m_columns[size_t(index)]; }
    QList<ColumnProposal> propose() const;
    /// Per column: sample[i] judged against everything fed here. `sample` must have columnCount() entries.
    QList<ProposalCheck> check(const QList<ColumnProposal>& sample) const;

private:
    std::vector<ColumnProfiler> m_columns;
};

} // namespace valuator
