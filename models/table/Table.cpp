// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/table/Table.h"

namespace valuator {

int Table::addColumn(Column column)
{
    m_columns.push_back(std::move(column));
    return int(m_columns.size()) - 1;
}

int Table::indexOf(const QString& name) const
{
    for (size_t i = 0; i < m_columns.size(); ++i)
        if (m_columns[i].name() == name)
            return int(i);
    return -1;
}

const Column* Table::find(const QString& name) const
{
    const int index = indexOf(name);
    return index < 0 ? nullptr : &m_columns[size_t(index)];
}

QStringList Table::columnNames() const
{
    QStringList names;
    for (const Column& c : m_columns)
        names << c.name();
    return names;
}

} // namespace valuator
