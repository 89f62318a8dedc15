// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/import/ImportRejectsModel.h"

namespace valuator {

ImportRejectsModel::ImportRejectsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ImportRejectsModel::setRejects(QList<RejectedRow> rejects)
{
    beginResetModel();
    m_rejects = std::move(rejects);
    endResetModel();
}

int ImportRejectsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rejects.size());
}

int ImportRejectsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportRejectsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RejectedRow& r = m_rejects.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == LineColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case LineColumn:
        return r.line;
    case ColumnColumn:
        return r.column.isEmpty() && role == Qt::DisplayRole ? tr("(whole row)") : r.column;
    case ReasonColumn:
        return r.reason;
    case RawColumn:
        return r.raw;
    default:
        return {};
    }
}

QVariant ImportRejectsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineColumn:
        return tr("Line");
    case ColumnColumn:
        return tr("Column");
    case ReasonColumn:
        return tr("Reason");
    case RawColumn:
        return tr("Raw text");
    default:
        return {};
    }
}

} // namespace valuator
