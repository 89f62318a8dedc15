// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/table/Column.h"

#include <QStringList>

#include <vector>

namespace valuator {

/// A columnar, typed table with nulls: what profiling, features and training read. Columns all have rowCount()
/// rows. Move-only in practice (copies are deep and large).
class Table {
public:
    Table() = default;

    int columnCount() const { return int(m_columns.size()); }
    int64_t rowCount() const { return m_columns.empty() ? 0 : m_columns.front().size(); }

    /// Adds a column; returns its index. All columns must end with the same size.
    int addColumn(Column column);
    Column& column(int index) { return m_columns[size_t(index)]; }
    const Column& column(int index) const { return m_columns[size_t(index)]; }
    /// Index of the column named `name`, or -1.
    int indexOf(const QString& name) const;
    const Column* find(const QString& name) const;
    QStringList columnNames() const;
    std::vector<Column>& columns() { return m_columns; }
    const std::vector<Column>& columns() const { return m_columns; }

private:
    std::vector<Column> m_columns;
};

} // namespace valuator
