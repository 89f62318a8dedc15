// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/datasets/RejectsModel.h"

namespace valuator {

RejectsModel::RejectsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void RejectsModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void RejectsModel::appendRows(const QList<RejectedRow>& rows)
{
    if (rows.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    m_rows.append(rows);
    endInsertRows();
}

int RejectsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RejectsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RejectsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RejectedRow& row = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == Line)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role == Qt::ToolTipRole && (index.column() == Reason || index.column() == Raw))
        return index.column() == Reason ? row.reason : row.raw;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Line:
        return row.line;
    case SourceColumn:
        return row.column.isEmpty() ? tr("(whole row)") : row.column;
    case Reason:
        return row.reason;
    case Raw:
        return row.raw;
    default:
        return {};
    }
}

QVariant RejectsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Line:
        return tr("Line");
    case SourceColumn:
        return tr("Column");
    case Reason:
        return tr("Reason");
    case Raw:
        return tr("Raw value");
    default:
        return {};
    }
}

} // namespace valuator
