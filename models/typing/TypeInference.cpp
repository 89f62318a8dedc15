// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/typing/TypeInference.h"

namespace valuator {

TypeInference::TypeInference(int columnCount, const InferenceOptions& options)
    : m_columns(size_t(std::max(columnCount, 0)), ColumnProfiler(options))
{
}

void TypeInference::addRecord(const std::vector<std::string_view>& fields, qint64 line)
{
    const size_t n = m_columns.size();
    for (size_t c = 0; c < n; ++c) {
        m_columns[c].add(c < fields.size() ? fields[c] : std::string_view(), line);
    }
}

void TypeInference::addRecord(const std::vector<std::string>& fields, qint64 line)
{
    const size_t n = m_columns.size();
    for (size_t c = 0; c < n; ++c) {
        m_columns[c].add(c < fields.size() ? std::string_view(fields[c]) : std::string_view(), line);
    }
}

void TypeInference::addRecords(const std::vector<std::vector<std::string>>& records, size_t first, qint64 firstLine)
{
    for (size_t i = first; i < records.size(); ++i) {
        addRecord(records[i], firstLine + qint64(i - first));
    }
}

void TypeInference::merge(const TypeInference& other)
{
    const size_t n = std::min(m_columns.size(), other.m_columns.size());
    for (size_t c = 0; c < n; ++c) {
        m_columns[c].merge(other.m_columns[c]);
    }
}

QList<ColumnProposal> TypeInference::propose() const
{
    QList<ColumnProposal> out;
    out.reserve(qsizetype(m_columns.size()));
    for (const ColumnProfiler& column : m_columns) {
        out.append(column.propose());
    }
    return out;
}

QList<ProposalCheck> TypeInference::check(const QList<ColumnProposal>& sample) const
{
    QList<ProposalCheck> out;
    const qsizetype n = std::min(qsizetype(m_columns.size()), sample.size());
    out.reserve(n);
    for (qsizetype c = 0; c < n; ++c) {
        out.append(m_columns[size_t(c)].check(sample[c]));
    }
    return out;
}

} // namespace valuator
