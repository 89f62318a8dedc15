// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/datasets/TableModel.h"

#include "models/importing/ImportTypes.h"
#include "models/schema/CarSchema.h"
#include "models/table/Table.h"

#include <QColor>

#include <algorithm>
#include <limits>

namespace valuator {
namespace {

/// Semi-transparent so it reads as "greyed" on light and dark palettes alike.
QColor nullBackground()
{
    return QColor(128, 128, 128, 48);
}

bool isNumeric(ColumnType type)
{
    return type == ColumnType::Float64 || type == ColumnType::Int64;
}

int clampToInt(int64_t n)
{
    return int(std::min<int64_t>(n, std::numeric_limits<int>::max()));
}

} // namespace

TableModel::TableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

TableModel::~TableModel() = default;

void TableModel::setTable(std::shared_ptr<const Table> table)
{
    beginResetModel();
    m_table = std::move(table);
    m_columns.clear();
    if (m_table)
        for (int c = 0; c < m_table->columnCount(); ++c)
            m_columns.push_back(c);
    m_rows.clear();
    m_filtered = false;
    m_labels.clear();
    endResetModel();
}

void TableModel::setColumns(std::vector<int> tableColumns)
{
    beginResetModel();
    const int count = m_table ? m_table->columnCount() : 0;
    if (tableColumns.empty()) {
        m_columns.clear();
        for (int c = 0; c < count; ++c)
            m_columns.push_back(c);
    } else {
        std::erase_if(tableColumns, [count](int c) { return c < 0 || c >= count; });
        m_columns = std::move(tableColumns);
    }
    endResetModel();
}

void TableModel::setHeaderLabels(const QStringList& labels)
{
    m_labels = labels;
    if (!m_columns.empty())
        emit headerDataChanged(Qt::Horizontal, 0, int(m_columns.size()) - 1);
}

void TableModel::setRowFilter(std::vector<int64_t> tableRows)
{
    const int64_t count = tableRowCount();
    std::erase_if(tableRows, [count](int64_t r) { return r < 0 || r >= count; });
    removeAllRows();
    const int after = m_columns.empty() ? 0 : clampToInt(int64_t(tableRows.size()));
    if (after > 0)
        beginInsertRows({}, 0, after - 1);
    m_rows = std::move(tableRows);
    if (after > 0)
        endInsertRows();
}

void TableModel::clearRowFilter()
{
    if (!m_filtered)
        return;
    removeAllRows();
    const int after = m_columns.empty() ? 0 : clampToInt(tableRowCount());
    if (after > 0)
        beginInsertRows({}, 0, after - 1);
    m_filtered = false;
    m_rows = {};
    if (after > 0)
        endInsertRows();
}

void TableModel::removeAllRows()
{
    // Rows are removed and inserted rather than the model reset, so views keep their column widths.
    const int before = rowCount();
    if (before > 0)
        beginRemoveRows({}, 0, before - 1);
    m_filtered = true;
    m_rows.clear();
    if (before > 0)
        endRemoveRows();
}

int64_t TableModel::tableRow(int modelRow) const
{
    if (modelRow < 0 || modelRow >= rowCount())
        return -1;
    return m_filtered ? m_rows[size_t(modelRow)] : int64_t(modelRow);
}

int TableModel::tableColumn(int modelColumn) const
{
    if (modelColumn < 0 || modelColumn >= int(m_columns.size()))
        return -1;
    return m_columns[size_t(modelColumn)];
}

int TableModel::modelColumn(int tableColumn) const
{
    const auto it = std::find(m_columns.begin(), m_columns.end(), tableColumn);
    return it == m_columns.end() ? -1 : int(it - m_columns.begin());
}

int64_t TableModel::tableRowCount() const
{
    return m_table ? m_table->rowCount() : 0;
}

QString TableModel::defaultHeader(const Column& column)
{
    if (const FieldDef* def = CarSchema::byKey(column.name()))
        return CarSchema::displayName(def->field);
    if (column.name() == sourceLineColumnName())
        return tr("Source line");
    return column.name();
}

int TableModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || m_columns.empty())
        return 0;
    return clampToInt(m_filtered ? int64_t(m_rows.size()) : tableRowCount());
}

int TableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

const Column* TableModel::columnAt(int modelColumn) const
{
    const int c = tableColumn(modelColumn);
    return c < 0 ? nullptr : &m_table->column(c);
}

QVariant TableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Column* column = columnAt(index.column());
    const int64_t row = tableRow(index.row());
    if (!column || row < 0)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return column->displayText(row);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(
            Qt::Alignment(Qt::AlignVCenter | (isNumeric(column->type()) ? Qt::AlignRight : Qt::AlignLeft)));
    case Qt::BackgroundRole:
        return column->isNull(row) ? QVariant(nullBackground()) : QVariant();
    case Qt::ToolTipRole:
        if (column->isNull(row))
            return tr("No value");
        return column->type() == ColumnType::TextList ? QVariant(column->displayText(row)) : QVariant();
    case IsNullRole:
        return column->isNull(row);
    case NumberRole:
        return column->number(row);
    case TableRowRole:
        return qint64(row);
    default:
        return {};
    }
}

QVariant TableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        const int64_t row = tableRow(section);
        if (row < 0)
            return {};
        if (role == Qt::DisplayRole)
            return QString::number(row + 1);
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    }
    const Column* column = columnAt(section);
    if (!column)
        return {};
    if (role == Qt::DisplayRole) {
        const QString label = m_labels.value(section);
        return label.isEmpty() ? defaultHeader(*column) : label;
    }
    if (role == Qt::ToolTipRole)
        return tr("%1 (%2)").arg(column->name(), columnTypeName(column->type()));
    return {};
}

Qt::ItemFlags TableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

} // namespace valuator
