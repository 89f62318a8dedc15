// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/workspace/AuditLogModel.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QJsonDocument>

namespace valuator {

AuditLogModel::AuditLogModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void AuditLogModel::setRecords(QList<AuditRecord> records)
{
    beginResetModel();
    m_records = std::move(records);
    endResetModel();
}

void AuditLogModel::setBrokenId(qint64 id)
{
    m_brokenId = id;
    if (!m_records.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::ForegroundRole});
}

int AuditLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int AuditLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditRecord& r = m_records.at(index.row());
    if (role == Qt::ForegroundRole && r.id == m_brokenId)
        return QBrush(QColor(0xc5, 0x22, 0x1f));
    if (role == Qt::ToolTipRole && index.column() == Details)
        return QString::fromUtf8(QJsonDocument(r.details).toJson(QJsonDocument::Indented));
    if (role == Qt::ToolTipRole && index.column() == Id)
        return tr("Hash: %1").arg(r.hash);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Id:
        return r.id;
    case Time: {
        const QDateTime utc = QDateTime::fromString(r.timestamp, Qt::ISODateWithMs);
        return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat) : r.timestamp;
    }
    case Actor:
        return r.actor;
    case Action:
        return r.action;
    case Target:
        return r.target;
    case Details:
        return r.detailsJson;
    default:
        return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        return tr("#");
    case Time:
        return tr("Time");
    case Actor:
        return tr("User");
    case Action:
        return tr("Action");
    case Target:
        return tr("Target");
    case Details:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace valuator
